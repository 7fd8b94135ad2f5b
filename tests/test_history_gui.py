"""The history window: filter by person, indicator and days; export what is shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.services import lookup, pdca, people
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.history_dialog import HistoryDialog, HistoryModel
from mk3desk.ui.menus import MainMenus
from tests.qt_support import plain, type_text
from tests.support import DEADLINE, fresh_database, office_with_year, staff

pytestmark = pytest.mark.gui


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    database: Database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.transaction() as session:
        year = lookup.find_year(session, 2567)
        first, second = (lookup.find_indicator(session, year, c) for c in ("1.1", "2.1"))
        owner = cast["owner"]
        people.assign(
            session, Actor.system(), first.id, owner_id=owner.person_id, deadline=DEADLINE
        )
        pdca.save_text(session, owner, first.id, pdca.PdcaField.PLAN, "แผนงานฉบับแรก")
        reviewer = cast["reviewer"]  # the Key Man of 2.1 (a reviewer reviews others' work)
        people.assign(session, Actor.system(), second.id, owner_id=reviewer.person_id)
        pdca.set_criterion(session, reviewer, second.id, "B1", met=True)
    with database.transaction() as session:
        first = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        pdca.save_text(session, owner, first.id, pdca.PdcaField.PLAN, "แผนงานฉบับแก้")
    context = AppContext(database)
    context.set_year(context.read(lambda s: lookup.resolve_year(s, 2567)))
    yield context
    database.close()


def shown(dialog: HistoryDialog, column: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_filter_by_person_indicator_and_days_then_export(
    qapp: object, qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = HistoryDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() >= 8  # the chain start, office, year, people, work
    dialog.person.setCurrentIndex(dialog.person.findText("นางสาวสมศรี ใจดี"))
    type_text(dialog.indicator, "1.1")
    dialog.show_button.click()
    assert shown(dialog, HistoryModel.WHAT) == ["แก้ไขแผน (Plan)", "แก้ไขแผน (Plan)"]
    changes = shown(dialog, HistoryModel.CHANGES)
    assert "แผน: แผนงานฉบับแรก → แผนงานฉบับแก้" in changes[0]
    assert changes[1] == "เพิ่มข้อความ PDCA"
    be_year = str(date.today().year + 543)
    assert all(be_year in when for when in shown(dialog, HistoryModel.WHEN))  # พ.ศ.

    dialog.since.setDate(date.today() + timedelta(days=1))
    dialog.show_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.export_button.isEnabled()
    dialog.since.setDate(date.today() - timedelta(days=1))
    dialog.until.setDate(date.today())
    dialog.show_button.click()
    assert dialog.model.rowCount() == 2

    out = tmp_path / "ประวัติ.xlsx"
    assert dialog.export(str(out)) == out
    assert str(out) in dialog.result_label.text()
    sheet = openpyxl.load_workbook(out)["ประวัติการแก้ไข"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("เมื่อ", "ผู้ทำ", "การกระทำ")
    assert [r[1] for r in rows[1:]] == ["นางสาวสมศรี ใจดี", "นางสาวสมศรี ใจดี"]

    dialog.clear_filter()
    assert dialog.model.rowCount() >= 8
    dialog.resize(1280, 680)
    dialog.grab().save("/tmp/history.png")


def test_the_file_menu_opens_it(
    qapp: object, qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    menus = MainMenus(window, settings, window)
    assert not menus.history_action.isEnabled()
    menus.attach(context)
    assert menus.history_action.isEnabled()
    assert plain(menus.history_action.text()) == "ประวัติการแก้ไข…"
    dialog = menus.show_history()
    assert isinstance(dialog, HistoryDialog)
    dialog.close()
