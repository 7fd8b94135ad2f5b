"""One database, two offices that both have FY 2567: whatever the window shows is what
is printed, exported and sent.

Before the office-year was one value, the window turned its year into a bare 2567 and
the services looked that up "in the first office": the second office's clerk printed,
exported and sent the first office's year.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mk3desk.db.engine import Database
from mk3desk.domain.workflow import Role
from mk3desk.services import people, years
from mk3desk.services.context import Actor
from mk3desk.sync.format import read_bundle
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.reports_page import ReportsPage
from tests.support import fresh_database

pytestmark = pytest.mark.gui

FIRST = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1", "สพป.ขอนแก่น เขต 1")
SECOND = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2", "สพป.อุดรธานี เขต 2")
PEOPLE = {FIRST[1]: "นางสาวหนึ่งฤทัย ขอนแก่นดี", SECOND[1]: "นายสองเมือง อุดรธานีศรี"}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = fresh_database(tmp_path, "two-offices.sqlite3")
    with db.transaction() as session:
        actor = Actor.system()
        for name, short in (FIRST, SECOND):
            office = years.create_office(session, actor, name=name, short_name=short)
            years.create_year(session, actor, be_year=2567, office_id=office.id)
            # Each office's coordinator: sending the setup bundle is theirs (the rights table).
            people.add_person(
                session, actor, name=PEOPLE[short], office_id=office.id, roles=[Role.COORDINATOR]
            )
    yield db
    db.close()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, database: Database) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database), settings)
    qtbot.addWidget(window)
    window.show()
    labels = [window.year_combo.itemText(n) for n in range(window.year_combo.count())]
    assert labels == [f"{FIRST[1]} · ปีงบประมาณ 2567", f"{SECOND[1]} · ปีงบประมาณ 2567"]
    window.year_combo.setCurrentIndex(1)  # the clerk of the second office
    office_year = window.context.office_year
    assert office_year is not None and office_year.office_short == SECOND[1]
    return window


def _assert_said_where(window: MainWindow, path: Path) -> None:
    """The finished export says what it saved and where, with a button to the folder."""
    boxes = [b for b in window.findChildren(QMessageBox, "SavedMessage") if b.isVisible()]
    assert boxes, "the export finished without telling the clerk"
    box = boxes[-1]
    assert path.name in box.text() and str(path.parent) in box.informativeText()
    assert "เปิดโฟลเดอร์" in [b.text() for b in box.buttons()]
    box.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_printed_summary_names_the_office_in_view(qtbot: Any, window: MainWindow) -> None:
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.select_kind("summary")
    page.make()
    qtbot.waitUntil(lambda: page.result is not None, timeout=60_000)
    text = subprocess.run(
        ["pdftotext", "-layout", str(page.result.path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "อุดรธานี" in text and "ขอนแก่น" not in text


def test_the_exported_workbook_holds_the_office_in_view(window: MainWindow, tmp_path: Path) -> None:
    out = window.menus.excel_actions().export("people", str(tmp_path / "people.xlsx"))
    assert out is not None
    cells = {
        str(value)
        for sheet in load_workbook(out, read_only=True).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    assert PEOPLE[SECOND[1]] in cells
    assert PEOPLE[FIRST[1]] not in cells
    _assert_said_where(window, out)


def test_the_setup_bundle_is_the_office_in_view(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "setup.mk3"
    window.menus.bundle_actions().export_setup(out)
    _assert_said_where(window, out)
    manifest = read_bundle(out).manifest
    office_year = window.context.office_year
    assert office_year is not None
    assert (manifest.office_uid, manifest.office_name, manifest.be_year) == (
        office_year.office_uid,
        SECOND[0],
        2567,
    )


def test_the_window_remembers_the_office_year_by_uid_not_row_id(
    qtbot: Any, tmp_path: Path, window: MainWindow, database: Database
) -> None:
    chosen = window.context.office_year
    window.close()
    again = MainWindow(AppContext(database), window.settings)
    qtbot.addWidget(again)
    assert again.context.office_year == chosen
    # A database where the same row ids belong to other offices opens on its own first
    # office, not on whatever row id was remembered.
    other = fresh_database(tmp_path, "other.sqlite3")
    try:
        with other.transaction() as session:
            actor = Actor.system()
            for name, short in (SECOND, FIRST):  # same names, other uids, other order
                office = years.create_office(session, actor, name=name, short_name=short)
                years.create_year(session, actor, be_year=2567, office_id=office.id)
        elsewhere = MainWindow(AppContext(other), window.settings)
        qtbot.addWidget(elsewhere)
        assert elsewhere.year_combo.currentIndex() == 0
        elsewhere.close()
    finally:
        other.close()
