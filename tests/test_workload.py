"""Workload per person: the indicators each one owns or backs up, their states, the late
ones — in the service, on the People page, and in the monitoring report."""

from __future__ import annotations

import os
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.workflow import State
from mk3desk.services import lookup, people, progress
from mk3desk.services.context import Actor
from mk3desk.services.reports import generate
from mk3desk.ui.models.people_model import PeopleModel
from mk3desk.ui.pages.people_page import PeoplePage
from tests.qt_support import year_context
from tests.support import fresh_database, office_with_year, staff

TODAY = date(2024, 3, 1)


@pytest.fixture
def office(tmp_path: Path) -> tuple[Database, dict[str, Actor]]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    system = Actor.system()
    owner, backup = cast["owner"].person_id, cast["backup"].person_id
    with database.transaction() as s:
        year = lookup.find_year(s, 2567)
        for code, deadline, state, who in (
            ("1.1", date(2024, 2, 1), State.IN_PROGRESS, (owner, backup)),  # late
            ("1.2", date(2024, 2, 1), State.SUBMITTED, (owner, None)),  # sent in time
            ("2.1", date(2024, 6, 30), State.PLANNING, (backup, owner)),
        ):
            ind = lookup.find_indicator(s, year, code)
            people.assign(s, system, ind.id, owner_id=who[0], backup_id=who[1], deadline=deadline)
            ind.state = state.value
    return database, cast


def test_each_person_has_their_indicators_states_and_late_ones(
    office: tuple[Database, dict[str, Actor]],
) -> None:
    database, _cast = office
    with database.session() as s:
        loads = {w.name: w for w in progress.workload(s, lookup.find_year(s, 2567).id, TODAY)}
    mine = loads["นางสาวสมศรี ใจดี"]
    assert (mine.owned, mine.backup, mine.open, mine.late) == (2, 1, 1, 1)
    assert [(i.code, i.state, i.as_backup, i.late) for i in mine.items] == [
        ("1.1", State.IN_PROGRESS, False, True),
        ("1.2", State.SUBMITTED, False, False),
        ("2.1", State.PLANNING, True, False),
    ]
    theirs = loads["นายสมชาย รักงาน"]
    assert (theirs.owned, theirs.backup, theirs.late) == (1, 1, 0)
    # The backup's list marks the late indicator too (both answer for it).
    assert [(i.code, i.as_backup, i.late) for i in theirs.items] == [
        ("2.1", False, False),
        ("1.1", True, True),
    ]
    database.close()


@pytest.mark.gui
def test_the_people_page_shows_the_chosen_persons_load(
    qapp: Any, qtbot: Any, office: tuple[Database, dict[str, Actor]]
) -> None:
    database, _cast = office
    page = PeoplePage(year_context(database, 2567))
    qtbot.addWidget(page)
    page.today = TODAY
    page.resize(1366, 700)
    page.show()
    page.refresh()
    model = page.people_model
    row = next(n for n in range(model.rowCount()) if model.person_at(n).name == "นางสาวสมศรี ใจดี")
    assert model.index(row, PeopleModel.LATE).data() == "1"
    tip = model.index(row, PeopleModel.OWNED).data(0x0003)  # ToolTipRole
    assert "1.1 กำลังดำเนินการ — เลยกำหนด" in tip and "(สำรอง) 2.1" in tip
    page.people_view.setCurrentIndex(model.index(row, 0))
    shown = page.load_label.text()
    assert "รับผิดชอบหลัก 2 · สำรอง 1 · ยังไม่ส่ง 1 · เลยกำหนด 1" in shown
    assert '<span style="color:#b71c1c">1.1 กำลังดำเนินการ — เลยกำหนด</span>' in shown
    folder = os.environ.get("MK3DESK_SHOTS")
    if folder:
        for _ in range(3):
            qapp.processEvents()
        page.grab().save(str(Path(folder) / "people-workload.png"))
    database.close()


def test_the_monitoring_report_lists_each_persons_indicators(
    office: tuple[Database, dict[str, Actor]], tmp_path: Path
) -> None:
    database, _cast = office
    with database.session() as s:
        office_year = lookup.resolve_year(s, 2567)
    out = tmp_path / "monitoring.pdf"
    generate(database, "monitoring", office_year, out, today=TODAY)
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "ตัวชี้วัดที่รับผิดชอบและสถานะ" in text
    mine = text[text.index("นางสาวสมศรี ใจดี", text.index("ตัวชี้วัดที่รับผิดชอบและสถานะ")) :]
    # Lines wrap inside the cell: compared without the spaces they leave.
    assert mine.replace(" ", "").startswith(
        "นางสาวสมศรีใจดี๑.๑กำลังดำเนินการ–เลยกำหนด·๑.๒ส่งตรวจสอบ·(สำรอง)๒.๑วางแผน"
    )
    database.close()
