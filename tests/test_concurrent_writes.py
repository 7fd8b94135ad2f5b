"""Two processes writing one record at once: no update lost, no raw exception.

Each worker is a separate Python process (as a window and a CLI command are), opening
the same SQLite file and doing read-modify-write units of work through the services.
Before units of work took the write lock first (BEGIN IMMEDIATE), 47 % of such appends
were lost and moves broke the transition history.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from multiprocessing.pool import Pool
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mk3desk.db import engine
from mk3desk.db.migrate import open_database
from mk3desk.db.models import FiscalYear, OutcomeValue, PdcaRecord, Transition, YearIndicator
from mk3desk.domain.errors import BusyError, ConflictError, Mk3Error
from mk3desk.domain.workflow import State
from mk3desk.services import lookup, pdca, people, workflow
from mk3desk.services.context import Actor
from mk3desk.services.pdca import PdcaField
from tests.support import DEADLINE, fresh_database, office_with_year, staff

ROUNDS = 40


def _append_worker(path: str, marker: str, indicator_id: int) -> str:
    """Append *marker* to the Do log ROUNDS times, each in its own unit of work."""
    database = open_database(path)
    failures: list[str] = []
    try:
        for n in range(ROUNDS):
            try:
                with database.transaction() as session:
                    indicator = lookup.get_indicator(session, indicator_id)
                    current = pdca.pdca_record(indicator).do_log or ""
                    text = f"{current}{marker}{n};"
                    pdca.save_text(session, Actor.system(), indicator_id, PdcaField.DO_LOG, text)
            except Mk3Error as error:  # a Thai refusal is allowed; a raw error is not
                failures.append(f"refused: {error}")
    finally:
        database.close()
    return "\n".join(failures)


def _move_worker(path: str, indicator_id: int) -> str:
    """Return the submitted indicator and submit it again, back and forth."""
    database = open_database(path)
    failures: list[str] = []
    try:
        for _ in range(ROUNDS):
            try:
                with database.transaction() as session:
                    state = State(lookup.get_indicator(session, indicator_id).state)
                    target = State.RETURNED if state is State.SUBMITTED else State.SUBMITTED
                    workflow.move_indicator(session, Actor.system(), indicator_id, target, "แก้")
            except Mk3Error as error:
                failures.append(f"refused: {error}")
    finally:
        database.close()
    return "\n".join(failures)


def _value_worker(path: str, indicator_id: int, be_year: int, base: int) -> str:
    database = open_database(path)
    failures: list[str] = []
    try:
        for n in range(ROUNDS):
            try:
                with database.transaction() as session:
                    pdca.set_outcome_value(
                        session, Actor.system(), indicator_id, be_year, Decimal(base + n)
                    )
            except Mk3Error as error:
                failures.append(f"refused: {error}")
    finally:
        database.close()
    return "\n".join(failures)


def _run_two(pool: Pool, target: Callable[..., str], *args_pairs: tuple[object, ...]) -> list[str]:
    """*target* in each of the two processes (conftest's ``two_processes``) at once."""
    results = [pool.apply_async(target, args) for args in args_pairs]
    return [r.get(timeout=300) for r in results]


def _ready(session: Session, ind: int, cast: dict[str, Actor]) -> None:
    """Assign, plan and start indicator *ind* (as the workflow requires before Do)."""
    owner = cast["owner"]
    people.assign(session, cast["coordinator"], ind, owner_id=owner.person_id, deadline=DEADLINE)
    workflow.move_indicator(session, owner, ind, State.PLANNING)
    pdca.save_text(session, owner, ind, PdcaField.PLAN, "ประชุมคณะทำงาน วางแผนเก็บหลักฐาน")
    workflow.move_indicator(session, owner, ind, State.IN_PROGRESS)


@pytest.fixture
def office(tmp_path: Path) -> tuple[str, int, int]:
    """A database whose process item 1.1 is submitted and whose first outcome
    indicator is in progress: (path, 1.1's id, the outcome indicator's id)."""
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    cast = staff(database)
    with database.transaction() as session:
        year = session.get(FiscalYear, year_id)
        assert year is not None
        process = lookup.find_indicator(session, year, "1.1")
        outcome = next(i for i in year.indicators if i.kind == "outcome")
        for ind in (process.id, outcome.id):
            _ready(session, ind, cast)
        pdca.save_text(session, cast["owner"], process.id, PdcaField.DO_LOG, "ดำเนินการแล้ว")
        pdca.set_criterion(session, cast["owner"], process.id, "B1", met=True, narrative="มี")
        workflow.move_indicator(session, cast["owner"], process.id, State.SUBMITTED)
        ids = (process.id, outcome.id)
    path = str(database.path)
    database.close()
    return path, *ids


def test_two_processes_appending_to_one_text_lose_nothing(
    office: tuple[str, int, int], two_processes: Pool
) -> None:
    path, _, indicator_id = office  # the outcome indicator: in progress, its Do log editable
    problems = _run_two(
        two_processes, _append_worker, (path, "A", indicator_id), (path, "B", indicator_id)
    )
    assert problems == ["", ""]  # no refusal needed: each waited for the other
    database = open_database(path)
    with database.session() as session:
        text = session.scalars(
            select(PdcaRecord.do_log).where(PdcaRecord.indicator_id == indicator_id)
        ).one()
    database.close()
    pieces = [p for p in text.split(";") if p]
    assert sorted(pieces) == sorted(
        [f"A{n}" for n in range(ROUNDS)] + [f"B{n}" for n in range(ROUNDS)]
    )


def test_two_processes_moving_one_indicator_keep_an_unbroken_history(
    office: tuple[str, int, int], two_processes: Pool
) -> None:
    path, indicator_id, _ = office
    problems = _run_two(two_processes, _move_worker, (path, indicator_id), (path, indicator_id))
    assert problems == ["", ""]
    database = open_database(path)
    with database.session() as session:
        moves = session.scalars(
            select(Transition)
            .where(Transition.indicator_id == indicator_id)
            .order_by(Transition.id)
        ).all()
        indicator = session.get(YearIndicator, indicator_id)
        assert indicator is not None
        state = indicator.state
    database.close()
    assert len(moves) == 3 + 2 * ROUNDS  # the set-up moves, then every move of both workers
    for before, after in itertools.pairwise(moves):
        assert after.from_state == before.to_state, (before.id, after.id)
    assert moves[-1].to_state == state


def test_two_processes_setting_one_value_raise_nothing_raw(
    office: tuple[str, int, int], two_processes: Pool
) -> None:
    path, _, outcome_id = office
    database = open_database(path)
    with database.session() as session:
        outcome = session.get(YearIndicator, outcome_id)
        assert outcome is not None
        be_year = outcome.year.be_year
    database.close()
    problems = _run_two(
        two_processes,
        _value_worker,
        (path, outcome_id, be_year, 1000),
        (path, outcome_id, be_year, 2000),
    )
    assert problems == ["", ""]
    database = open_database(path)
    with database.session() as session:
        values = session.scalars(
            select(OutcomeValue).where(
                OutcomeValue.indicator_id == outcome_id, OutcomeValue.be_year == be_year
            )
        ).all()
    database.close()
    assert len(values) == 1  # one value per year, whoever wrote last
    assert values[0].value in {Decimal(1000 + ROUNDS - 1), Decimal(2000 + ROUNDS - 1)}


def test_a_writer_that_cannot_get_the_lock_gets_a_thai_message(
    office: tuple[str, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _, outcome_id = office
    # The program waits BUSY_TIMEOUT_MS (5 s; tests/test_db_migrations.py checks it is
    # set) for the lock; this test waits a quarter of a second for the same refusal.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 250)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program in the middle of a long save
    database = open_database(path)
    try:
        with pytest.raises(BusyError) as raised, database.transaction() as session:
            pdca.save_text(session, Actor.system(), outcome_id, PdcaField.DO_LOG, "ใหม่")
        assert "ยังไม่ได้บันทึก" in raised.value.message
    finally:
        blocker.rollback()
        blocker.close()
    with database.session() as session:  # nothing was written
        record = session.scalars(
            select(PdcaRecord).where(PdcaRecord.indicator_id == outcome_id)
        ).one()
        assert record.do_log == ""
    database.close()


def test_a_text_saved_over_someone_elses_newer_text_is_refused_with_both_texts(
    office: tuple[str, int, int],
) -> None:
    path, _, outcome_id = office
    database = open_database(path)
    with database.transaction() as session:  # the window loaded "" and the clerk types
        pdca.save_text(session, Actor.system(), outcome_id, PdcaField.DO_LOG, "ของฉัน", base="")
    with database.transaction() as session:  # meanwhile the CLI (no base) writes
        pdca.save_text(session, Actor.system(), outcome_id, PdcaField.DO_LOG, "ของคนอื่น")
    with pytest.raises(ConflictError) as raised, database.transaction() as session:
        pdca.save_text(
            session, Actor.system(), outcome_id, PdcaField.DO_LOG, "ของฉัน ต่อ", base="ของฉัน"
        )
    assert (raised.value.mine, raised.value.theirs) == ("ของฉัน ต่อ", "ของคนอื่น")
    with database.session() as session:
        record = session.scalars(
            select(PdcaRecord).where(PdcaRecord.indicator_id == outcome_id)
        ).one()
        assert record.do_log == "ของคนอื่น"  # nothing overwritten
    database.close()


def test_an_update_from_a_stale_read_fails_on_the_record_version(
    office: tuple[str, int, int],
) -> None:
    """A row read in one transaction and saved in a later one (the office-server case):
    the UPDATE names the version it read; someone saved in between, so it is refused
    instead of overwriting."""
    path, _, outcome_id = office
    database = open_database(path)
    first, second = database.session(), database.session()
    try:
        mine = first.scalars(select(PdcaRecord).where(PdcaRecord.indicator_id == outcome_id)).one()
        first.commit()  # the read is over; the object keeps what it read (version 1)
        theirs = second.scalars(
            select(PdcaRecord).where(PdcaRecord.indicator_id == outcome_id)
        ).one()
        theirs.do_log = "ก่อน"
        second.commit()
        mine.do_log = "ทับ"
        with pytest.raises(StaleDataError):
            first.commit()
    finally:
        first.close()
        second.close()
        database.close()
