"""The fast write of an outcome import stores exactly what SQLAlchemy's own insert would.

An import of 10,000 values writes them with ``db.bulk.insert_rows`` (one
compiled INSERT, the driver's executemany) and ``new_uids``: these tests hold it
to the rows, uids, time stamps and audit entry a clerk (or a bundle merge) relies on.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select, text

from mk3desk.db.bulk import insert_rows, new_uids
from mk3desk.db.engine import Database
from mk3desk.db.models import AuditEntry, OutcomeValue, YearIndicator
from mk3desk.domain.framework import (
    Category,
    Framework,
    Indicator,
    IndicatorKind,
    OutcomeRule,
    OutcomeRuleType,
)
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.kinds import outcomes
from mk3desk.excel.problems import ImportRefused
from mk3desk.excel.writer import write_table
from mk3desk.services import excel, years
from mk3desk.services.context import Actor
from mk3desk.services.lookup import resolve_year
from tests.support import fresh_database


def office_year(database: Database, be_year: int) -> OfficeYear:
    """The office-year the window or ``--year`` would resolve (the demo has one office)."""
    with database.session() as session:
        return resolve_year(session, be_year)


CODES = ("7.1.1", "7.1.2", "7.2.1")
TABLE = cast(Table, OutcomeValue.__table__)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """An office whose FY2567 framework has three outcome indicators."""
    rule = OutcomeRule(
        OutcomeRuleType.THRESHOLDS, thresholds=tuple(Decimal(n) for n in range(1, 6))
    )
    indicators = tuple(
        Indicator(code, f"ตัวชี้วัด {code}", IndicatorKind.OUTCOME, rule=rule) for code in CODES
    )
    framework = Framework(2567, "กรอบทดสอบ", (Category(7, "ผลลัพธ์", Decimal(1), indicators),))
    database = fresh_database(tmp_path)
    with database.transaction() as session:
        years.create_office(session, Actor.system(), name="สำนักงานทดสอบ")
        years.create_year(session, Actor.system(), be_year=2567, framework=framework)
    yield database
    database.close()


def _raw(database: Database, sql: str) -> list[tuple[Any, ...]]:
    """Rows as SQLite holds them (text, numbers), not as SQLAlchemy reads them back."""
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        return connection.execute(sql).fetchall()


def _indicator_ids(database: Database) -> list[int]:
    with database.session() as session:
        return list(session.scalars(select(YearIndicator.id).order_by(YearIndicator.code)))


def test_new_uids_are_random_version_4_uuids_like_new_uid() -> None:
    uids = new_uids(2000)
    assert len(uids) == 2000 and len(set(uids)) == 2000
    for uid in uids:
        parsed = uuid.UUID(uid)
        assert parsed.hex == uid  # 32 lowercase hex digits, as uuid4().hex
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert new_uids(0) == []


def test_insert_rows_stores_what_sqlalchemys_insert_stores(db: Database) -> None:
    ids = _indicator_ids(db)
    # An aware stamp outside UTC: the column type must still convert it to UTC.
    stamp = datetime(2024, 3, 1, 14, 5, 6, 789012, tzinfo=timezone(timedelta(hours=7)))
    values = [Decimal("82.5"), Decimal("1E+2"), Decimal("0.000001"), Decimal("-0"), Decimal(7)]
    rows = [
        {
            "indicator_id": ids[n % 3],
            "be_year": 2563 + n,
            "value": value,
            "note": "ระบบ DMC" if n % 2 else "",
            "uid": f"{n:032x}",
        }
        for n, value in enumerate(values)
    ]
    columns = "indicator_id, be_year, value, typeof(value), note, uid, updated_at"
    query = f"SELECT {columns} FROM outcome_value ORDER BY be_year"
    with db.transaction() as session:
        session.execute(insert(TABLE), [{**row, "updated_at": stamp} for row in rows])
    by_sqlalchemy = _raw(db, query)
    with db.transaction() as session:
        session.execute(text("DELETE FROM outcome_value"))
    with db.transaction() as session:
        insert_rows(session, TABLE, rows, updated_at=stamp)
    assert _raw(db, query) == by_sqlalchemy
    assert by_sqlalchemy[0][2:4] == ("82.5", "text")  # exact decimals stay text
    assert by_sqlalchemy[0][6].startswith("2024-03-01 07:05:06.789012")  # in UTC


def test_insert_rows_refuses_to_leave_out_a_column_with_a_default(db: Database) -> None:
    ids = _indicator_ids(db)
    row = {"indicator_id": ids[0], "be_year": 2567, "value": Decimal(1), "note": ""}
    with db.transaction() as session, pytest.raises(ValueError, match="uid"):
        insert_rows(session, TABLE, [row], updated_at=datetime.now(UTC))
    assert _raw(db, "SELECT count(*) FROM outcome_value") == [(0,)]


def _workbook(path: Path, values: dict[tuple[str, int], Any]) -> Path:
    spec = outcomes.specs()[0]
    rows = [
        {"code": code, "be_year": be_year, "value": value, "note": "ระบบ DMC"}
        for (code, be_year), value in values.items()
    ]
    return write_table(path, [(spec, rows)], kind_marker=outcomes.KEY)


def _stored(database: Database) -> dict[tuple[str, int], tuple[Any, ...]]:
    sql = (
        "SELECT i.code, v.be_year, v.value, v.note, v.uid, v.updated_at FROM outcome_value v"
        " JOIN year_indicator i ON i.id = v.indicator_id"
    )
    return {(row[0], row[1]): row[2:] for row in _raw(database, sql)}


def _audit(database: Database) -> list[tuple[str, str, str, str]]:
    with database.session() as session:
        return [
            (e.actor_name, e.action, e.target, e.detail)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action.like("excel.%")).order_by(AuditEntry.id)
            )
        ]


def test_outcome_import_writes_each_value_with_its_own_uid_one_stamp_and_one_audit_line(
    db: Database, tmp_path: Path
) -> None:
    values = {
        (code, be_year): Decimal(n) / 4
        for n, code in enumerate(CODES)
        for be_year in (2565, 2566, 2567)
    }
    with db.session() as session:
        year_id = str(session.scalars(select(YearIndicator.year_id)).first())
    started = datetime.now(UTC)
    report = excel.import_workbook(
        db, "outcomes", office_year(db, 2567), _workbook(tmp_path / "a.xlsx", values)
    )
    assert (report.added, report.changed, report.unchanged) == (9, 0, 0)
    stored = _stored(db)
    assert {key: Decimal(row[0]) for key, row in stored.items()} == values
    assert {row[1] for row in stored.values()} == {"ระบบ DMC"}
    uids = [row[2] for row in stored.values()]
    assert len(set(uids)) == 9 and all(uuid.UUID(uid).version == 4 for uid in uids)
    stamps = {row[3] for row in stored.values()}
    assert len(stamps) == 1  # one import, one moment
    when = datetime.fromisoformat(stamps.pop()).replace(tzinfo=UTC)
    assert started <= when <= datetime.now(UTC)
    system = Actor.system().name
    assert _audit(db) == [(system, "excel.import.outcomes", year_id, "added=9 changed=0")]

    # Two values changed: those rows keep their uid and get a new stamp; the rest stay as they were.
    changed = {**values, ("7.1.1", 2565): Decimal("9.5"), ("7.2.1", 2567): Decimal("0.125")}
    report = excel.import_workbook(
        db, "outcomes", office_year(db, 2567), _workbook(tmp_path / "b.xlsx", changed)
    )
    assert (report.added, report.changed, report.unchanged) == (0, 2, 7)
    again = _stored(db)
    for key, row in again.items():
        assert Decimal(row[0]) == changed[key] and row[2] == stored[key][2]
        assert (row[3] != stored[key][3]) == (key in {("7.1.1", 2565), ("7.2.1", 2567)})
    assert _audit(db)[1:] == [(system, "excel.import.outcomes", year_id, "added=0 changed=2")]

    # The same file again writes nothing, not even an audit line.
    report = excel.import_workbook(
        db, "outcomes", office_year(db, 2567), _workbook(tmp_path / "c.xlsx", changed)
    )
    assert (report.added, report.changed, report.unchanged) == (0, 0, 9)
    assert _stored(db) == again and len(_audit(db)) == 2


def test_every_row_changing_a_locked_indicator_is_reported(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE year_indicator SET state = 'locked' WHERE code = '7.1.2'"))
    values = {(code, be_year): Decimal(1) for code in CODES for be_year in (2565, 2566, 2567)}
    with pytest.raises(ImportRefused) as refused:
        excel.import_workbook(
            db, "outcomes", office_year(db, 2567), _workbook(tmp_path / "a.xlsx", values)
        )
    problems = refused.value.problems
    # 7.1.2 is on rows 5-7 (row 1 is the header): each row has its own problem.
    assert [(p.row, p.column) for p in problems] == [(r, "ค่าที่ได้") for r in (5, 6, 7)]
    assert all("7.1.2 ปิดระบบแล้ว" in p.message for p in problems)
    assert _stored(db) == {}


def test_a_number_too_large_for_a_decimal_is_a_problem_not_a_crash(
    db: Database, tmp_path: Path
) -> None:
    path = _workbook(tmp_path / "a.xlsx", {("7.1.1", 2567): 1e30, ("7.1.2", 2567): 5})
    with pytest.raises(ImportRefused) as refused:
        excel.import_workbook(db, "outcomes", office_year(db, 2567), path)
    [problem] = refused.value.problems
    assert (problem.row, problem.column, problem.message) == (2, "D (ค่าที่ได้)", "ตัวเลขไม่ถูกต้อง")
    assert _stored(db) == {}
