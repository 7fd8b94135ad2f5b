"""The read models behind the dashboard, calendar and assignments, on the demo office,
and the people/office editing services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.models import Assignment, AuditEntry, Office, Person, YearIndicator
from mk3desk.domain.errors import ValidationError
from mk3desk.domain.workflow import LOCKED_STATES, REVIEW_STATES, Role, State
from mk3desk.services import office_edit, people_edit, progress
from mk3desk.services.context import Actor
from mk3desk.services.lookup import find_year, office_year_of
from mk3desk.services.scoring import year_result
from tests import prebuilt

TODAY = date(2025, 3, 1)  # the demo's current fiscal year is then 2568
DONE = {State.SUBMITTED, State.VERIFIED, State.LOCKED, State.REFLECTED}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = prebuilt.demo_office(tmp_path / "demo.sqlite3", TODAY)
    yield db
    db.close()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


def _year_id(session: Session, be_year: int) -> int:
    return find_year(session, be_year).id


def _assigned(session: Session, year_id: int) -> list[tuple[int, str, date | None, int | None]]:
    query = (
        select(YearIndicator.id, YearIndicator.state, Assignment.deadline, Assignment.owner_id)
        .join(Assignment, Assignment.indicator_id == YearIndicator.id)
        .where(YearIndicator.year_id == year_id)
    )
    return [(i, state, deadline, owner) for i, state, deadline, owner in session.execute(query)]


def test_counts_per_state_equal_the_database(session: Session) -> None:
    year_id = _year_id(session, 2568)
    counts = progress.progress_by_state(session, year_id)
    assert list(counts) == list(State)  # every state, in PDCA order, zeros included
    in_db = {
        state: n
        for state, n in session.execute(
            select(YearIndicator.state, func.count())
            .where(YearIndicator.year_id == year_id)
            .group_by(YearIndicator.state)
        )
    }
    assert {s.value: n for s, n in counts.items() if n} == in_db
    assert sum(counts.values()) == session.scalar(
        select(func.count()).where(YearIndicator.year_id == year_id)
    )


def test_late_and_due_soon_by_a_fixed_today(session: Session) -> None:
    year_id = _year_id(session, 2568)
    rows = _assigned(session, year_id)
    expected_late = {
        i for i, state, deadline, _ in rows if deadline and deadline < TODAY and state not in DONE
    }
    expected_soon = {
        i
        for i, state, deadline, _ in rows
        if deadline and TODAY <= deadline <= TODAY + timedelta(days=14) and state not in DONE
    }
    late = progress.late_items(session, year_id, TODAY)
    soon = progress.due_soon_items(session, year_id, TODAY)
    assert expected_late and expected_soon  # the demo has both, or this test proves nothing
    assert {i.indicator_id for i in late} == expected_late
    assert {i.indicator_id for i in soon} == expected_soon
    assert all(i.days_left < 0 for i in late)
    assert [i.deadline for i in soon] == sorted(i.deadline for i in soon)
    # A finished year has nothing late, whatever the date.
    assert progress.late_items(session, _year_id(session, 2567), TODAY) == []


def test_workload_counts_every_owned_indicator(session: Session) -> None:
    year_id = _year_id(session, 2568)
    loads = progress.workload(session, year_id, TODAY)
    rows = _assigned(session, year_id)
    assert sum(w.owned for w in loads) == sum(1 for *_, owner in rows if owner is not None)
    assert sum(w.late for w in loads) == len(progress.late_items(session, year_id, TODAY))
    for w in loads:
        owned = [r for r in rows if r[3] == w.person_id]
        assert w.open == sum(1 for r in owned if r[1] not in DONE)


def test_trend_and_dashboard_match_the_scoring_services(session: Session) -> None:
    office_id = session.scalars(select(Office.id)).one()
    trend = progress.score_trend(session, office_id)
    assert [p.be_year for p in trend] == [2566, 2567, 2568]
    for point in trend:
        result = year_result(session, find_year(session, point.be_year))
        assert point.computed == result.score.total
        assert point.official == (result.official.total if result.official else None)

    year = find_year(session, 2567)
    data = progress.dashboard(session, office_year_of(year), TODAY)
    result = year_result(session, year)
    assert result.official is not None and result.reconciliation is not None
    assert data.computed_total == result.score.total
    assert data.official_total == result.official.total
    assert data.unexplained == result.reconciliation.unexplained
    assert [c.official for c in data.categories] == [
        result.official.category_scores.get(c.number) for c in result.score.categories
    ]
    assert len(data.what_if) <= 5


def test_assignment_rows_say_why_locked_ones_cannot_change(session: Session) -> None:
    rows = progress.assignment_rows(session, _year_id(session, 2568))
    assert rows
    for row in rows:
        frozen = row.state in LOCKED_STATES or row.state in REVIEW_STATES
        assert (row.blocked is not None) == frozen
        if row.blocked is not None:
            assert row.blocked.params["code"] == row.code


def test_update_person_and_group(database: Database) -> None:
    actor = Actor.system()
    with database.transaction() as s:
        person = s.scalars(select(Person).where(Person.name == "นางรัตนา ภูผาลี")).one()
        group = people_edit.group_rows(s)[0]
        people_edit.update_person(
            s,
            actor,
            person.id,
            name="  นางรัตนา ภูผาลี ",
            position="เจ้าพนักงานธุรการชำนาญงานพิเศษ",
            group_id=group.group_id,
            roles={Role.STAFF, Role.REVIEWER},
        )
    with database.session() as s:
        row = next(r for r in people_edit.person_rows(s) if r.person_id == person.id)
        assert row.name == "นางรัตนา ภูผาลี"
        assert row.position == "เจ้าพนักงานธุรการชำนาญงานพิเศษ"
        assert row.group_name == group.name
        assert row.roles == {Role.STAFF, Role.REVIEWER}
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first() == (
            "person.update"
        )
    with database.transaction() as s, pytest.raises(ValidationError):
        people_edit.update_person(
            s, actor, person.id, name=" ", position="", group_id=None, roles={Role.STAFF}
        )
    with database.transaction() as s:
        groups = people_edit.group_rows(s)
        with pytest.raises(ValidationError):
            people_edit.rename_group(s, actor, groups[0].group_id, groups[1].name)
        people_edit.rename_group(s, actor, groups[0].group_id, "กลุ่มทดสอบเปลี่ยนชื่อ")
    with database.session() as s:
        assert "กลุ่มทดสอบเปลี่ยนชื่อ" in {g.name for g in people_edit.group_rows(s)}


def test_people_are_listed_in_thai_order(session: Session) -> None:
    names = [r.name for r in people_edit.person_rows(session)]
    # By given name, as Thai lists are (not by title: นาง before นางสาว before นาย);
    # leading vowels (เ แ โ ใ ไ) file under the consonant after them.
    assert names.index("นางสาวกนกวรรณ พลศรีเมือง") < names.index("นายเกียรติศักดิ์ พรหมวงศ์")
    assert names.index("นายเกียรติศักดิ์ พรหมวงศ์") < names.index("นางจันทร์เพ็ญ ศรีบุญเรือง")
    assert names.index("นางสุภาพร แสงอรุณ") < names.index("นางเสาวลักษณ์ ไชยมงคล")
    assert names.index("นางเสาวลักษณ์ ไชยมงคล") < names.index("นายอนุชา สุขประเสริฐ")


def test_update_office_profile(database: Database) -> None:
    with database.transaction() as s:
        profile = office_edit.load_profile(s)
        office_edit.update_office(
            s, Actor.system(), office_edit.OfficeProfile(profile.name, "สพป.มค.3", profile.area)
        )
    with database.session() as s:
        assert office_edit.load_profile(s).short_name == "สพป.มค.3"
    with database.transaction() as s, pytest.raises(ValidationError):
        office_edit.update_office(s, Actor.system(), office_edit.OfficeProfile("", "", ""))
