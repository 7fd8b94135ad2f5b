"""Taking indicators through PDCA with the services: the rules a coordinator relies on."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mk3desk.db.engine import Database
from mk3desk.db.models import AuditEntry, FiscalYear, Transition, YearIndicator
from mk3desk.domain.errors import PermissionDeniedError, ValidationError, WorkflowError
from mk3desk.domain.workflow import State
from mk3desk.services import lookup, pdca, people, scoring, workflow
from mk3desk.services.context import Actor
from mk3desk.services.pdca import PdcaField
from tests.support import DEADLINE, fresh_database, office_with_year, own, staff

Setup = tuple[Database, int, dict[str, Actor]]


@pytest.fixture()
def setup(tmp_path: Path) -> Iterator[Setup]:
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    cast = staff(database)
    yield database, year_id, cast
    database.close()


def indicator_id(database: Database, year_id: int, code: str) -> int:
    with database.session() as session:
        year = session.get(FiscalYear, year_id)
        assert year is not None
        return lookup.find_indicator(session, year, code).id


def plan(database: Database, ind: int, cast: dict[str, Actor]) -> None:
    owner = cast["owner"]
    with database.transaction() as s:
        people.assign(
            s,
            cast["coordinator"],
            ind,
            owner_id=owner.person_id,
            backup_id=cast["backup"].person_id,
            deadline=DEADLINE,
        )
        workflow.move_indicator(s, owner, ind, State.PLANNING)
        pdca.save_text(s, owner, ind, PdcaField.PLAN, "ประชุมคณะทำงาน วางแผนเก็บหลักฐาน")
        workflow.move_indicator(s, owner, ind, State.IN_PROGRESS)


def state_of(database: Database, ind: int) -> str:
    with database.session() as s:
        indicator = s.get(YearIndicator, ind)
        assert indicator is not None
        return indicator.state


def test_a_process_item_goes_through_the_whole_cycle(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "1.1")
    plan(database, ind, cast)
    owner, reviewer, coord = cast["owner"], cast["reviewer"], cast["coordinator"]
    with database.transaction() as s:
        pdca.save_text(s, owner, ind, PdcaField.DO_LOG, "จัดประชุมถ่ายทอดวิสัยทัศน์ 12 ม.ค. 2567")
        for key in ("B1", "B2", "B3"):
            pdca.set_criterion(s, owner, ind, key, met=True, narrative=f"ดำเนินการตามเกณฑ์ {key} แล้ว")
        workflow.move_indicator(s, owner, ind, State.SUBMITTED)
    with database.transaction() as s:
        workflow.move_indicator(s, reviewer, ind, State.RETURNED, "เพิ่มหลักฐานการประชุม")
    assert state_of(database, ind) == "returned"
    with database.transaction() as s:
        workflow.move_indicator(s, owner, ind, State.SUBMITTED)
        workflow.move_indicator(s, reviewer, ind, State.VERIFIED)
        workflow.move_indicator(s, coord, ind, State.LOCKED)
    # Locked: the owner cannot change the criteria any more; the reason names the lock.
    with pytest.raises(WorkflowError) as raised, database.transaction() as s:
        pdca.set_criterion(s, owner, ind, "B1", met=False)
    assert "ปิดระบบแล้ว" in str(raised.value)
    with database.transaction() as s:
        pdca.save_text(s, owner, ind, PdcaField.ACT_REFLECTION, "ปีหน้าเริ่มเก็บหลักฐานตั้งแต่ไตรมาสแรก")
        workflow.move_indicator(s, owner, ind, State.REFLECTED)
    with database.session() as s:
        moves = s.scalars(
            select(Transition).where(Transition.indicator_id == ind).order_by(Transition.id)
        ).all()
        assert [m.to_state for m in moves] == [
            "planning",
            "in_progress",
            "submitted",
            "returned",
            "submitted",
            "verified",
            "locked",
            "reflected",
        ]
        assert moves[3].comment == "เพิ่มหลักฐานการประชุม"
        assert moves[3].actor_name == "นางวิไล ตรวจดี"
        year = s.get(FiscalYear, year_id)
        assert year is not None
        score = scoring.year_result(s, year).score
        assert score.indicator("1.1").points == Decimal(300)
        assert s.scalars(select(func.count()).select_from(AuditEntry)).one() > 10


def test_moves_outside_the_workflow_are_refused_and_change_nothing(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "2.1")
    with pytest.raises(WorkflowError), database.transaction() as s:
        workflow.move_indicator(s, cast["owner"], ind, State.LOCKED)
    assert state_of(database, ind) == "not_started"


def test_plan_needs_owner_deadline_and_activities_before_do(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "2.2")
    # Nobody owns it yet: the coordinator starts it (the rights table).
    with database.transaction() as s:
        workflow.move_indicator(s, cast["coordinator"], ind, State.PLANNING)
    with pytest.raises(WorkflowError) as raised, database.transaction() as s:
        workflow.move_indicator(s, cast["coordinator"], ind, State.IN_PROGRESS)
    message = str(raised.value)
    assert "ผู้รับผิดชอบตัวชี้วัด" in message and "วันส่งงาน" in message
    assert state_of(database, ind) == "planning"


def test_submit_needs_a_narrative_for_each_ticked_criterion(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "3.1")
    plan(database, ind, cast)
    owner = cast["owner"]
    with database.transaction() as s:
        pdca.save_text(s, owner, ind, PdcaField.DO_LOG, "ดำเนินการแล้ว")
        pdca.set_criterion(s, owner, ind, "B1", met=True)
    with pytest.raises(WorkflowError) as raised, database.transaction() as s:
        workflow.move_indicator(s, owner, ind, State.SUBMITTED)
    assert "B1" in str(raised.value) and "คำอธิบาย" in str(raised.value)


def test_only_reviewers_return_and_only_the_coordinator_locks(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "4.1")
    plan(database, ind, cast)
    owner = cast["owner"]
    with database.transaction() as s:
        pdca.save_text(s, owner, ind, PdcaField.DO_LOG, "ดำเนินการแล้ว")
        pdca.set_criterion(s, owner, ind, "B1", met=True, narrative="มีระบบสารสนเทศ")
        workflow.move_indicator(s, owner, ind, State.SUBMITTED)
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        workflow.move_indicator(s, owner, ind, State.VERIFIED)
    with pytest.raises(WorkflowError), database.transaction() as s:
        workflow.move_indicator(s, cast["reviewer"], ind, State.RETURNED, "   ")
    with database.transaction() as s:
        workflow.move_indicator(s, cast["reviewer"], ind, State.VERIFIED)
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        workflow.move_indicator(s, cast["reviewer"], ind, State.LOCKED)
    with database.transaction() as s:
        workflow.move_indicator(s, cast["coordinator"], ind, State.LOCKED)
        workflow.move_indicator(
            s, cast["coordinator"], ind, State.IN_PROGRESS, "แก้ไขตัวเลขตามประกาศ"
        )
    assert state_of(database, ind) == "in_progress"


def test_outcome_values_only_for_this_year_and_the_two_before(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "7.2.1")
    own(database, cast, ind)
    with database.transaction() as s:
        for be_year, value in ((2565, "81.5"), (2566, "84.25"), (2567, "88.10")):
            pdca.set_outcome_value(s, cast["owner"], ind, be_year, Decimal(value))
    with pytest.raises(ValidationError), database.transaction() as s:
        pdca.set_outcome_value(s, cast["owner"], ind, 2564, Decimal(1))
    with database.session() as s:
        indicator = s.get(YearIndicator, ind)
        assert indicator is not None
        values = {v.be_year: v.value for v in indicator.outcome_values}
    assert values == {2565: Decimal("81.5"), 2566: Decimal("84.25"), 2567: Decimal("88.10")}


def test_a_huge_pasted_text_is_refused_with_a_thai_message(setup: Setup) -> None:
    database, year_id, cast = setup
    ind = indicator_id(database, year_id, "5.1")
    own(database, cast, ind)
    with pytest.raises(ValidationError) as raised, database.transaction() as s:
        pdca.save_text(s, cast["owner"], ind, PdcaField.PLAN, "ก" * (pdca.MAX_TEXT_LENGTH + 1))
    assert "ยาวเกินไป" in str(raised.value)
