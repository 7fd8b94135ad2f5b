"""The merge review shows the changes refused because their author may not make them
here — who, what, which rule — and takes the rest only once the clerk has ticked so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.workflow import State
from mk3desk.services import pdca
from mk3desk.ui.bundle_actions import BundleActions
from mk3desk.ui.thai_wrap import strip_hints
from tests.bundle_authors import (
    OWNER,
    REVIEWER,
    forge_lock,
    give_outcome_to_backup,
    key_man_work,
    rewrite,
)
from tests.bundle_reviewers import CHECKER, CODE, YEAR, sent, state_of, take_off_working_committee
from tests.bundle_support import detail, pair_in, text_of
from tests.qt_support import year_context

pytestmark = pytest.mark.gui


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path, give_outcome_to_backup)
    yield coord, laptop
    coord.close()
    laptop.close()


def test_the_review_lists_a_forged_lock_and_takes_the_rest_once_ticked(
    qapp: object, qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    forged = rewrite(key_man_work(laptop, tmp_path), tmp_path / "f.mk3", forge_lock(laptop, coord))
    state_before = detail(coord, "1.1").state

    actions = BundleActions(year_context(coord))
    dialog = actions.import_bundle(forged)
    assert dialog is not None
    qtbot.addWidget(dialog)
    lines = [strip_hints(dialog.changes.item(i).text()) for i in range(dialog.changes.count())]
    assert f"รับฉบับที่แก้ไข: บันทึก PDCA — ตัวชี้วัด 1.1 (โดย {OWNER})" in lines  # her own: taken
    refused = [line for line in lines if line.startswith("ไม่รับ: ")]
    state = next(line for line in refused if line.startswith("ไม่รับ: สถานะ PDCA"))
    assert "ตัวชี้วัด 1.1" in state and f"ผู้แก้ไขคือ “{OWNER}”" in state
    assert "ปิดระบบตัวชี้วัด" in state and "แบ่งแยกหน้าที่" in state
    assert any(f"ผู้แก้ไขคือ “{REVIEWER}”" in line for line in refused)
    assert f"ไม่รับ {len(refused)}" in dialog.summary.text()
    warning = dialog.findChild(QLabel, "rightsWarning")
    assert warning is not None and "ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์" in warning.text()

    tick = dialog.findChild(QCheckBox, "skipRefused")
    apply = dialog.findChild(QPushButton, "apply")
    assert tick is not None and apply is not None
    assert not apply.isEnabled()  # not before the clerk has seen and ticked
    tick.click()
    assert apply.isEnabled()
    with qtbot.waitSignal(actions.imported) as signal:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert f"ไม่รับ {len(refused)} รายการ" in signal.args[0]
    assert detail(coord, "1.1").state == state_before != State.LOCKED
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == "ทำกิจกรรมครบแล้ว"


def test_the_review_says_why_a_reviewer_off_the_working_committee_is_refused(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    """She holds the reviewer role but is not on the year's working committee here: the
    review lists her verification under "ไม่รับ", naming her, the action and why."""
    copies = sent(tmp_path)
    coord = open_database(copies.coordinator)
    try:
        take_off_working_committee(coord, CHECKER)
        actions = BundleActions(year_context(coord, YEAR))
        dialog = actions.import_bundle(copies.bundle)
        assert dialog is not None
        qtbot.addWidget(dialog)
        lines = [strip_hints(dialog.changes.item(i).text()) for i in range(dialog.changes.count())]
        refused = [line for line in lines if line.startswith("ไม่รับ: ")]
        assert len(refused) == 2 and f"ไม่รับ {len(refused)}" in dialog.summary.text()
        state = next(line for line in refused if line.startswith("ไม่รับ: สถานะ PDCA"))
        assert f"ตัวชี้วัด {CODE}" in state and f"ผู้แก้ไขคือ “{CHECKER}”" in state
        assert "ไม่มีสิทธิ์รับรองผลการตรวจสอบ" in state
        assert "ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้" in state
        move = next(line for line in refused if line.startswith("ไม่รับ: ประวัติการเปลี่ยนสถานะ"))
        assert "ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงาน" in move
        dialog.reject()
        assert state_of(coord) == State.SUBMITTED
    finally:
        coord.close()
