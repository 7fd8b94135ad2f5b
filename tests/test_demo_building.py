"""The demo office is built behind a progress bar: the window keeps painting meanwhile.

Driven through the real first-start dialog, offscreen: a timer on the UI thread looks at
the screen every 50 ms while the demo is built (seconds). Before, the build ran on the UI
thread with nothing on screen: the timer never looked, and no bar was there to see."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QProgressDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mk3desk.db.models import FiscalYear, Office
from mk3desk.domain.errors import ValidationError
from mk3desk.services.demo_data import OFFICE_NAME
from mk3desk.ui.context import AppContext
from mk3desk.ui.demo_building import build_demo
from mk3desk.ui.first_start import FirstStartDialog
from tests.support import fresh_database, office_with_year

pytestmark = pytest.mark.gui


def _bars() -> list[QProgressDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QProgressDialog) and widget.isVisible()
    ]


def test_the_demo_chosen_at_first_start_is_built_behind_a_progress_bar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = fresh_database(tmp_path)
    dialog = FirstStartDialog(AppContext(database))
    qtbot.addWidget(dialog)
    dialog.show()
    radio = dialog.form.demoRadio
    QTest.mouseClick(
        radio,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(8, radio.height() // 2),
    )
    assert radio.isChecked()

    seen: list[tuple[str, int, bool]] = []  # the bar's text, value and modality, as shown

    pressed: list[bool] = []

    def look() -> None:
        bars = _bars()
        seen.extend((bar.labelText(), bar.value(), bar.isModal()) for bar in bars)
        if bars and len(seen) >= 3 and not pressed:
            # The clerk presses Esc, then the title bar's ×: the bar stays all along.
            pressed.append(True)
            QTest.keyClick(bars[0], Qt.Key.Key_Escape)
            bars[0].close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)
    ok = dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    timer.stop()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(seen) >= 10, f"the UI thread saw the bar {len(seen)} times while the demo was built"
    assert "กำลังสร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3" in seen[0][0]
    assert all(modal for _text, _value, modal in seen)  # nothing else can be clicked meanwhile
    values = [value for _text, value, _modal in seen]
    assert values == sorted(values)
    assert values[0] < 40 and values[-1] >= 90, values
    assert not _bars()  # closed when done
    with database.session() as session:
        assert session.scalars(select(Office.name)).all() == [OFFICE_NAME]
        assert session.scalar(select(func.count()).select_from(FiscalYear)) == 3


def test_a_refused_demo_is_reported_on_the_ui_thread_and_writes_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with pytest.raises(ValidationError, match="มีข้อมูลสำนักงานอยู่แล้ว"):
        build_demo(None, database)
    assert not _bars()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Office)) == 1
