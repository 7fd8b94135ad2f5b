"""The merge review with a deletion: listed, and in a conflict explained, then decided."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QTableWidget
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.ui.bundle_actions import BundleActions
from mk3desk.ui.thai_wrap import strip_hints
from tests.bundle_support import OUTCOME_CODE, pair_in, send, set_value, take, values
from tests.qt_support import year_context

pytestmark = pytest.mark.gui


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path)
    yield coord, laptop
    coord.close()
    laptop.close()


def test_a_deletion_against_a_change_is_shown_and_decided_in_the_review(
    qapp: object, qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    set_value(laptop, 2566, "38")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    set_value(laptop, 2566, None)
    set_value(coord, 2567, "45")  # changed here: a conflict; 2566 is simply deleted
    work = send(laptop, tmp_path, "งาน.mk3", (OUTCOME_CODE,))

    actions = BundleActions(year_context(coord))
    dialog = actions.import_bundle(work)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "ลบตามที่ส่งมา 1" in dialog.summary.text()
    lines = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    # Who made the change: the set-up tasks here (the laptop's command line, no person).
    assert "ลบตามที่ส่งมา: ค่าผลการดำเนินงาน — 2566 — ตัวชี้วัด 7.1.1 (โดย ผู้ดูแลระบบ (บรรทัดคำสั่ง))" in lines
    table = dialog.findChild(QTableWidget, "diffTable")
    assert table is not None
    cells = [
        [strip_hints(table.item(r, c).text()) for c in range(3)]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]
    assert ["ค่าที่ได้", "45", "(ลบแล้วในเครื่องที่ส่งมา)"] in cells
    note = dialog.findChild(QLabel, "note")
    assert note is not None and "จะลบรายการนี้ออกจากเครื่องนี้" in note.text()

    theirs, apply = dialog.findChild(QRadioButton, "theirs"), dialog.findChild(QPushButton, "apply")
    assert theirs is not None and apply is not None
    theirs.click()
    with qtbot.waitSignal(actions.imported) as signal:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert "ลบตามที่ส่งมา 1 รายการ" in signal.args[0]
    assert "ใช้ฉบับที่ส่งมา 1 รายการ" in signal.args[0]
    assert values(coord) == {}


def test_keeping_mine_in_the_review_keeps_the_value(
    qapp: object, qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    set_value(coord, 2567, "45")
    actions = BundleActions(year_context(coord))
    dialog = actions.import_bundle(send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,)))
    assert dialog is not None
    qtbot.addWidget(dialog)
    mine, apply = dialog.findChild(QRadioButton, "mine"), dialog.findChild(QPushButton, "apply")
    assert mine is not None and apply is not None
    mine.click()
    with qtbot.waitSignal(actions.imported):
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert values(coord) == {2567: Decimal("45")}
