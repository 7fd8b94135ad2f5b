"""What one save sends to the database, so that a save growing slower shows here.

A clerk's autosave on the office server pays a round trip per statement (and the
client's CPU for each): issue #15 asks for p95 ≤ 100 ms at 20 clients. On SQLite the
count is the same every time, so it is pinned: one PDCA text save as the window makes
it (``base=``: the text the editor started from) is ``BEGIN IMMEDIATE``, the indicator
with its assignment and PDCA record in one statement, the working committee in one,
the update, and the audit trail's seven (the entry, the row's hash, its line, the
chain head, the entry as stored, the entry's hashes, the head moved).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from mk3desk.db.engine import Database
from mk3desk.db.models import AuditEntry, FiscalYear
from mk3desk.domain.workflow import State
from mk3desk.services import lookup, pdca, people, workflow
from mk3desk.services.audit_check import check_audit_trail
from mk3desk.services.context import Actor
from mk3desk.services.integrity import Severity
from tests.support import DEADLINE, fresh_database, office_with_year, staff

DO_LOG = pdca.PdcaField.DO_LOG
TEXT_SAVE_STATEMENTS = 11
TICK_STATEMENTS = 11


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    sent: list[str] = []

    def noted(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", noted)
    try:
        yield sent
    finally:
        event.remove(database.engine, "before_cursor_execute", noted)


def _planning(tmp_path: Path) -> tuple[Database, int, Actor]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.session() as session:
        year = session.scalars(select(FiscalYear)).one()
        indicator_id = lookup.find_indicator(session, year, "1.1").id
    owner = cast["owner"]
    with database.transaction() as session:
        people.assign(
            session,
            cast["coordinator"],
            indicator_id,
            owner_id=owner.person_id,
            backup_id=cast["backup"].person_id,
            deadline=DEADLINE,
        )
        workflow.move_indicator(session, owner, indicator_id, State.PLANNING)
        pdca.save_text(session, owner, indicator_id, pdca.PdcaField.PLAN, "วางแผนเก็บหลักฐาน")
        workflow.move_indicator(session, owner, indicator_id, State.IN_PROGRESS)
    return database, indicator_id, owner


def _entries(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_pdca_text_save_sends_a_pinned_number_of_statements(tmp_path: Path) -> None:
    database, indicator_id, owner = _planning(tmp_path)
    try:
        before = _entries(database)
        for n in range(3):  # the first save and the ones after it cost the same
            with database.session() as session:
                record = lookup.get_indicator(session, indicator_id).pdca
                base = record.do_log if record is not None else ""
            typed = f"{base}\nประชุมคณะทำงานครั้งที่ {n + 1}".lstrip()
            with statements(database) as sent, database.transaction() as session:
                pdca.save_text(session, owner, indicator_id, DO_LOG, typed, base=base)
            assert len(sent) <= TEXT_SAVE_STATEMENTS, "\n".join(sent)
            with database.session() as session:
                stored = lookup.get_indicator(session, indicator_id).pdca
                assert stored is not None and stored.do_log == typed
        assert _entries(database) == before + 3  # each save is in the audit trail
        findings = check_audit_trail(database)
        assert [f.severity for f in findings] == [Severity.OK], [f.text() for f in findings]
    finally:
        database.close()


def test_a_criterion_tick_sends_a_pinned_number_of_statements(tmp_path: Path) -> None:
    database, indicator_id, owner = _planning(tmp_path)
    try:
        for met in (True, False):
            with statements(database) as sent, database.transaction() as session:
                pdca.set_criterion(session, owner, indicator_id, "B1", met=met)
            assert len(sent) <= TICK_STATEMENTS, "\n".join(sent)
            with database.session() as session:
                criteria = lookup.get_indicator(session, indicator_id).criteria
                result = next(c for c in criteria if c.key == "B1").result
                assert result is not None and result.met is met
    finally:
        database.close()
