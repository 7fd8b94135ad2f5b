"""The Excel menu: its entries, an import off the UI thread, and the result dialog."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.problems import ImportRefused, ImportReport
from mk3desk.services import excel
from mk3desk.services.lookup import resolve_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.excel_actions import ExcelActions
from tests import prebuilt
from tests.qt_support import plain


def office_year(database: Database, be_year: int) -> OfficeYear:
    """The office-year the window or ``--year`` would resolve (the demo has one office)."""
    with database.session() as session:
        return resolve_year(session, be_year)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = prebuilt.demo_office(tmp_path / "office.sqlite3", date(2025, 3, 1))
    yield db
    db.close()


@pytest.fixture
def actions(qapp: object, qtbot: QtBot, database: Database) -> ExcelActions:
    window = QWidget()
    qtbot.addWidget(window)
    context = AppContext(database, parent=window)
    context.set_year(context.read(lambda s: resolve_year(s, 2568)))
    return ExcelActions(context, window)


def people_count(database: Database) -> int:
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def assignments(database: Database) -> list[tuple[object, ...]]:
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        return connection.execute("SELECT * FROM assignment ORDER BY id").fetchall()


def test_menu_offers_templates_imports_and_exports_in_thai(actions: ExcelActions) -> None:
    menu = actions.menu()
    assert plain(menu.title()) == "Excel"
    submenus = [m for a in menu.actions() if isinstance(m := a.menu(), QMenu)]
    titles = [[plain(a.text()) for a in sub.actions()] for sub in submenus]
    assert len(titles) == 3
    assert "บุคลากรและกลุ่มงาน" in titles[0] and "บุคลากรและกลุ่มงาน" in titles[1]
    assert "ดัชนีไฟล์หลักฐาน" in titles[2] and "ดัชนีไฟล์หลักฐาน" not in titles[1]


def test_import_runs_and_shows_the_counts(
    actions: ExcelActions, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = actions.export("people", str(tmp_path / "people.xlsx"))
    assert path is not None
    book = openpyxl.load_workbook(path)
    book["บุคลากร"].append(["นางสาวใหม่ ทดลองใช้", "นักวิชาการ", None, "ใช่"])
    book.save(path)
    before = people_count(database)
    with qtbot.waitSignal(actions.import_finished, timeout=20_000) as signal:
        actions.start_import("people", path)
    assert isinstance(signal.args[0], ImportReport)
    dialog = actions.result_dialog
    assert dialog is not None and dialog.isVisible()
    assert "เพิ่ม 1" in dialog.summary.text()
    assert not dialog.table.isVisible() or dialog.table.rowCount() == 0
    assert people_count(database) == before + 1


def test_refused_import_lists_every_problem_and_writes_nothing(
    actions: ExcelActions, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = excel.export(database, "assignments", office_year(database, 2568), tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["ผู้รับผิดชอบ"]
    sheet["A2"] = "9.9"
    sheet["C3"] = "นายไม่มี ตัวตน"
    book.save(path)
    before = assignments(database)
    with qtbot.waitSignal(actions.import_finished, timeout=20_000) as signal:
        actions.start_import("assignments", path)
    error = signal.args[0]
    assert isinstance(error, ImportRefused) and len(error.problems) == 2
    dialog = actions.result_dialog
    assert dialog is not None
    assert "ไม่ได้นำเข้าข้อมูลใด ๆ" in dialog.summary.text()
    assert dialog.table.rowCount() == 2
    items = [dialog.table.item(r, c) for r in range(2) for c in range(4)]
    cells = [item.text() for item in items if item is not None]
    assert "ผู้รับผิดชอบ" in cells and "2" in cells and "3" in cells
    assert any("9.9" in c for c in cells) and any("นายไม่มี ตัวตน" in c for c in cells)
    assert assignments(database) == before


def test_the_save_dialogs_propose_thai_names_with_the_be_year(
    actions: ExcelActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[str] = []

    def chooser(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(name)
        return "", ""  # the clerk cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    assert actions.save_template("people") is None
    assert actions.export("scores") is None
    assert actions.export("progress") is None
    assert proposed == [
        "แม่แบบ-บุคลากรและกลุ่มงาน-2568.xlsx",
        "คะแนนรายหมวดและรายตัวชี้วัด-2568.xlsx",
        "ติดตามความก้าวหน้า-2568.xlsx",
    ]
