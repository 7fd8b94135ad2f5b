"""แฟ้ม → เริ่มปีงบประมาณใหม่…: the clerk sees what will be carried, ticks, and starts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mk3desk.db.models import PdcaRecord
from mk3desk.services import lookup
from mk3desk.ui.dialogs.next_year_dialog import NextYearDialog
from tests.next_year_support import prepared_office
from tests.qt_support import year_context

pytestmark = pytest.mark.gui


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("MK3DESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_the_dialog_previews_then_starts_the_next_year(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    database, cast = prepared_office(tmp_path)
    with database.transaction() as s:  # an indicator gone next year, with an Act item
        gone = lookup.find_indicator(s, lookup.find_year(s, 2567), "1.2")
        gone.code = "9.9"
        gone.pdca = PdcaRecord(act_improvements="ขยายผลไปทุกกลุ่ม")
    context = year_context(database, 2567)
    context.set_actor(cast["coordinator"])
    dialog = NextYearDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 60)
    dialog.show()
    _settle()
    assert dialog.year_spin.value() == 2568
    assert "ยกไปเป็นจุดเริ่มของแผนปี 2568: 1 ตัวชี้วัด" in dialog.carried_label.text()
    assert "9.9" in dialog.unmatched_text.toPlainText()
    assert dialog.assignments.count() == 1
    assert dialog.assignments.item(0).text().startswith("1.1")
    # The unmatched item must be acknowledged before starting.
    assert not dialog.start_button.isEnabled()
    dialog.accept_unmatched.setChecked(True)
    assert dialog.start_button.isEnabled()
    _shot(dialog, "next-year-dialog.png")

    # A year that exists: said in Thai, the start button stays off.
    dialog.year_spin.setValue(2567)
    _settle()
    assert dialog.problem.isVisible() and "2567 มีอยู่แล้ว" in dialog.problem.text()
    assert not dialog.start_button.isEnabled()
    dialog.year_spin.setValue(2568)
    _settle()
    dialog.accept_unmatched.setChecked(True)
    dialog.assignments.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    _settle()
    assert dialog.outcome is not None
    assert dialog.outcome.carried == 1 and dialog.outcome.assignments == 0
    assert "ข้อปรับปรุงที่ต้องยกไปเอง" in dialog.summary()
    with database.session() as s:
        year = lookup.find_year(s, 2568)
        first = lookup.find_indicator(s, year, "1.1")
        assert first.pdca is not None and "จัดประชุมชี้แจงก่อนเริ่มปี" in first.pdca.plan_text
        assert first.assignment is None  # not ticked
    database.close()


def test_the_file_menu_starts_the_next_year_and_shows_it(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from mk3desk.ui.context import AppContext
    from mk3desk.ui.main_window import MainWindow
    from tests.qt_support import answer_next_box

    database, cast = prepared_office(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database), settings)
    qtbot.addWidget(window)
    window.show()
    _settle()
    window.context.set_actor(cast["owner"])
    window.menus.file_menu.aboutToShow.emit()
    assert not window.menus.next_year_action.isEnabled()  # a Key Man may not
    window.context.set_actor(cast["coordinator"])
    window.menus.file_menu.aboutToShow.emit()
    assert window.menus.next_year_action.isEnabled()
    dialog = window.menus.show_next_year()
    assert isinstance(dialog, NextYearDialog)
    _settle()
    seen: list[str] = []
    answer_next_box(seen)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "สร้างปีงบประมาณ 2568 แล้ว" in seen[0]
    # The window now shows the new year.
    shown = window.context.office_year
    assert shown is not None and shown.be_year == 2568
    database.close()
