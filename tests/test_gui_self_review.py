"""The window allows what the services allow when the office lets an owner review their
own work (Settings → "อนุญาตให้ผู้รับผิดชอบตรวจงานตนเองได้"): before, the Check step stayed
locked for the owner although the verify service would have taken it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import Assignment, Transition
from mk3desk.domain.workflow import Role, State
from mk3desk.services import lookup, people, settings, years
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.pdca.work_screen import WorkScreen

pytestmark = pytest.mark.gui

CODE = "1.1"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, int, int]]:
    """An office whose Key Man also holds the reviewer role (no committee: the role stands
    in), with indicator 1.1 submitted for checking: (database, indicator id, person id)."""
    database = open_database(tmp_path / "office.sqlite3")
    system = Actor.system()
    with database.transaction() as s:
        years.create_office(s, system, name="สำนักงานเขตพื้นที่การศึกษาทดสอบ", short_name="สพป.ทดสอบ")
        year = years.create_year(s, system, be_year=2570)
        owner = people.add_person(
            s, system, name="นางสาวสมศรี ใจดี", roles=(Role.STAFF, Role.REVIEWER)
        )
        indicator = lookup.find_indicator(s, year, CODE)
        indicator.assignment = Assignment(owner_id=owner.id)
        indicator.state = State.SUBMITTED.value  # the owner has sent it for checking
        s.flush()
        ids = (int(indicator.id), int(owner.id))
    yield database, *ids
    database.close()


def allow_self_review(database: Database, allowed: bool) -> None:
    with database.transaction() as s:
        current = settings.load_settings(s)
        settings.save_settings(s, Actor.system(), replace(current, allow_self_review=allowed))


def open_as_owner(
    qtbot: QtBot, database: Database, owner_id: int, ind: int, tmp: Path
) -> WorkScreen:
    ini = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database), ini)
    qtbot.addWidget(window)
    window.show()
    window.choose_actor(owner_id)
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    page.open_indicator(ind)
    assert page.stack.currentWidget() is page.work
    return page.work


def test_the_owner_checks_their_own_work_only_when_the_office_allows_it(
    qtbot: QtBot, office: tuple[Database, int, int], tmp_path: Path
) -> None:
    database, ind, owner_id = office
    # Not allowed (the default): separation of duties, the owner may not verify.
    work = open_as_owner(qtbot, database, owner_id, ind, tmp_path / "off")
    assert not work.check.verify_button.isEnabled()
    assert work.check.notes.isReadOnly()
    work.window().close()

    allow_self_review(database, True)
    work = open_as_owner(qtbot, database, owner_id, ind, tmp_path / "on")
    check = work.check
    assert check.verify_button.isEnabled() and check.return_button.isEnabled()
    assert not check.notes.isReadOnly()
    QTest.mouseClick(check.verify_button, Qt.MouseButton.LeftButton)
    assert work.detail is not None and work.detail.state is State.VERIFIED
    with database.session() as s:
        last: Transition = lookup.get_indicator(s, ind).transitions[-1]
        assert last.to_state == State.VERIFIED.value
        assert "สำนักงานอนุญาต" in last.comment  # the history says it was self-reviewed
