"""SWOT from the Plan step: the coordinator types the four lists and saves; a Key Man
reads the same analysis from their indicator's Plan, read-only."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from mk3desk.domain.swot import Quadrant
from mk3desk.services import lookup
from mk3desk.services.swot import load_swot
from mk3desk.ui.dialogs.swot_dialog import SwotDialog
from mk3desk.ui.pdca.work_screen import WorkScreen
from tests.qt_support import answer_next_box, type_text, year_context
from tests.support import fresh_database, office_with_year, staff

pytestmark = pytest.mark.gui


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("MK3DESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_swot_is_edited_and_read_from_the_plan_step(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    context = year_context(database, 2567)
    context.set_actor(cast["coordinator"])
    indicator = context.read(
        lambda s: lookup.find_indicator(s, lookup.find_year(s, 2567), "1.1").id
    )
    work = WorkScreen(context)
    qtbot.addWidget(work)
    work.resize(1366, 700)
    work.show()
    work.open_indicator(indicator)
    _settle()
    qtbot.mouseClick(work.plan.swot_button, Qt.MouseButton.LeftButton)
    dialog = work.plan.swot_dialog
    assert isinstance(dialog, SwotDialog) and dialog.save_button.isVisible()
    type_text(dialog.lists[Quadrant.STRENGTHS], "ครูมีความมุ่งมั่น")
    dialog.lists[Quadrant.STRENGTHS].appendPlainText("- เครือข่ายโรงเรียนเข้มแข็ง")
    type_text(dialog.lists[Quadrant.WEAKNESSES], "ข้อมูลกระจัดกระจาย")
    type_text(dialog.lists[Quadrant.OPPORTUNITIES], "นโยบายชัดเจน")
    type_text(dialog.lists[Quadrant.THREATS], "งบประมาณลดลง")
    # Without who took part and when: refused in Thai, nothing written.
    seen: list[str] = []

    answer_next_box(seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle()
    assert seen and "ผู้ร่วมวิเคราะห์" in seen[0]
    office_year = context.office_year
    assert office_year is not None
    assert context.read(lambda s: load_swot(s, office_year)).version is None
    type_text(dialog.participants, "กลุ่มนโยบายและแผน")
    dialog.held_on.setDate(date(2023, 11, 20))
    _shot(dialog, "swot-dialog.png")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle()
    swot = context.read(lambda s: load_swot(s, office_year)).swot
    assert swot.strengths == ("ครูมีความมุ่งมั่น", "เครือข่ายโรงเรียนเข้มแข็ง")
    assert swot.participants == ("กลุ่มนโยบายและแผน",) and swot.held_on == date(2023, 11, 20)

    # A Key Man: the same analysis, read-only, from the Plan step.
    context.set_actor(cast["owner"])
    work.open_indicator(indicator)
    _settle()
    qtbot.mouseClick(work.plan.swot_button, Qt.MouseButton.LeftButton)
    reader = work.plan.swot_dialog
    assert isinstance(reader, SwotDialog)
    assert not reader.save_button.isVisible() and reader.banner.isVisible()
    assert reader.lists[Quadrant.THREATS].isReadOnly()
    assert reader.lists[Quadrant.THREATS].toPlainText() == "งบประมาณลดลง"
    reader.close()
    database.close()
