"""The SWOT dialog's Excel buttons: export says where the file went; an edited workbook
imported back replaces the year's analysis and the dialog shows it; a hostile one is
refused with its problems listed and nothing changes."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from mk3desk.domain.swot import Quadrant
from mk3desk.excel.problems import ImportRefused, ImportReport
from mk3desk.services import accounts
from mk3desk.ui.dialogs.swot_dialog import SwotDialog
from tests import prebuilt
from tests.qt_support import year_context

pytestmark = pytest.mark.gui
TODAY = date(2025, 3, 1)  # one prebuilt demo with the Excel tests


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("MK3DESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _saved_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "SavedMessage" and w.isVisible()
    ]


def _dismiss(boxes: list[QMessageBox]) -> None:
    """Click the boxes away (close() is ignored by a box without an escape button)."""
    for box in boxes:
        box.done(0)
    QCoreApplication.processEvents()


def test_swot_dialog_exports_and_imports_excel(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = prebuilt.demo_office(tmp_path / "office.sqlite3", TODAY)
    try:
        context = year_context(database, 2567)
        with database.transaction() as session:
            actor = accounts.verify_login(session, "coordinator", "demo1234").actor
        assert actor is not None
        context.set_actor(actor)
        dialog = SwotDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        _shot(dialog, "swot-dialog-excel.png")
        assert dialog.export_button.isVisible() and dialog.import_button.isVisible()
        target = tmp_path / "swot.xlsx"
        proposed: list[str] = []

        def save_as(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
            proposed.append(name)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert proposed == ["การวิเคราะห์ SWOT ของปี-2567.xlsx"]
        assert target.exists()
        boxes = [b for b in _saved_boxes() if target.name in b.text()]
        assert boxes and str(tmp_path) in boxes[0].informativeText()  # what it saved, where
        _dismiss(boxes)

        book = openpyxl.load_workbook(target)
        book["SWOT"].append(["จุดอ่อน", "ระบบสารสนเทศยังไม่เชื่อมโยงกัน"])
        book.save(target)
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(target), ""))
        )
        with qtbot.waitSignal(dialog.excel.actions().import_finished, timeout=20_000) as signal:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert isinstance(signal.args[0], ImportReport)
        result = dialog.excel.actions().result_dialog
        assert result is not None and "เพิ่ม 1" in result.summary.text()
        shown = dialog.lists[Quadrant.WEAKNESSES].toPlainText().splitlines()
        assert shown[-1] == "ระบบสารสนเทศยังไม่เชื่อมโยงกัน"  # the dialog reloaded
        result.close()
        saved_version = dialog.version

        book = openpyxl.load_workbook(target)
        book["SWOT"].append(["จุดแข็ง", "ก" * 600])
        book.save(target)
        with qtbot.waitSignal(dialog.excel.actions().import_finished, timeout=20_000) as signal:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert isinstance(signal.args[0], ImportRefused)
        result = dialog.excel.actions().result_dialog
        assert result is not None and "ไม่ได้นำเข้าข้อมูลใด ๆ" in result.summary.text()
        cells = [result.table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
        assert cells[0] == "SWOT" and "ยาว 600 ตัวอักษร" in cells[3]
        QCoreApplication.processEvents()
        assert dialog.version == saved_version
        result.close()
    finally:
        database.close()


def _coordinator_context(database: Any) -> Any:
    context = year_context(database, 2567)
    with database.transaction() as session:
        actor = accounts.verify_login(session, "coordinator", "demo1234").actor
    assert actor is not None
    context.set_actor(actor)
    return context


def test_the_committee_and_the_attendance_go_out_and_come_back_from_their_windows(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mk3desk.domain.committees import CommitteeRole
    from mk3desk.domain.knowledge import Attendance
    from mk3desk.ui.dialogs.committees_dialog import CommitteesDialog
    from mk3desk.ui.pages.knowledge_page import KnowledgePage

    database = prebuilt.demo_office(tmp_path / "office.sqlite3", TODAY)
    try:
        context = _coordinator_context(database)
        target = tmp_path / "out.xlsx"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), ""))
        )
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(target), ""))
        )

        dialog = CommitteesDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = dialog.shown
        assert shown is not None and dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert [
            r[0]
            for r in openpyxl.load_workbook(target)["กรรมการ"].iter_rows(
                min_row=2, max_col=1, values_only=True
            )
        ] == [m.name for m in shown.members]
        _dismiss(_saved_boxes())
        book = openpyxl.load_workbook(target)
        book["กรรมการ"]["D3"] = "กรรมการ"
        book.save(target)
        with qtbot.waitSignal(dialog.excel.actions().import_finished, timeout=20_000) as signal:
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert isinstance(signal.args[0], ImportReport)
        assert dialog.shown is not None and dialog.shown.members[1].role is CommitteeRole.MEMBER
        dialog.excel.actions().result_dialog.close()  # type: ignore[union-attr]

        page = KnowledgePage(context)
        qtbot.addWidget(page)
        page.load()
        page.show()
        assert page.shown is not None and page.import_button.isEnabled()
        first = page.shown.attendees[0]
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        _dismiss(_saved_boxes())
        book = openpyxl.load_workbook(target)
        book["ผู้เข้าร่วม"]["C2"] = "ลา"
        book.save(target)
        with qtbot.waitSignal(page.excel.actions().import_finished, timeout=20_000) as signal:
            qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        assert isinstance(signal.args[0], ImportReport)
        assert page.shown is not None
        assert (page.shown.attendees[0].person_id, page.shown.attendees[0].status) == (
            first.person_id,
            Attendance.LEAVE,
        )
        page.excel.actions().result_dialog.close()  # type: ignore[union-attr]
    finally:
        database.close()


def test_the_recognition_dialog_exports_the_certificate_register(
    qapp: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mk3desk.ui.dialogs.recognition_dialog import RecognitionDialog

    database = prebuilt.demo_office(tmp_path / "office.sqlite3", TODAY)
    try:
        dialog = RecognitionDialog(_coordinator_context(database))
        qtbot.addWidget(dialog)
        dialog.show()
        target = tmp_path / "register.xlsx"
        proposed: list[str] = []

        def save_as(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
            proposed.append(name)
            return str(target), ""

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert proposed == ["ทะเบียนเกียรติบัตร-2567.xlsx"]
        sheet = openpyxl.load_workbook(target)["ทะเบียนเกียรติบัตร"]
        assert sheet.max_row - 1 == dialog.register_view.rowCount()
        boxes = [b for b in _saved_boxes() if target.name in b.text()]
        assert boxes and str(tmp_path) in boxes[0].informativeText()
        _dismiss(boxes)
    finally:
        database.close()
