"""The checks that look inside a database: structure, schema revision, schema, every row.

``PRAGMA integrity_check`` sees only the structure (pages, b-trees, indexes). Text
that is not UTF-8, a value a column type cannot read (a decimal, a date) or a table
dropped by hand pass it, so every row of every table is also read through the
models' column types, and the live tables and columns are compared with what the
recorded schema revision should hold (``Base.metadata`` at the newest revision).
Each step reports what it found as findings; a step that cannot run on a damaged
file is itself a finding, never an exception.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from mk3desk.db.models import Base
from mk3desk.db.schema_revisions import SCHEMA_HEAD, SCHEMA_REVISIONS
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.services.check_findings import Finding, Severity

# An older revision is no damage: the next opening upgrades it (a restore accepts it).
OLDER_REVISION = QT_TRANSLATE_NOOP(
    "Integrity", "รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})"
)
# Where a read failed, how many rows are named at most.
_BAD_ROWS_SHOWN = 5


def _problem(message: str, **params: object) -> Finding:
    return Finding(Severity.PROBLEM, message, dict(params))


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0][:200]


def structure_findings(connection: Connection) -> list[Finding]:
    """SQLite's own structural check (pages, b-trees, indexes)."""
    try:
        rows = [str(r[0]) for r in connection.execute(text("PRAGMA integrity_check"))]
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        return [
            _problem(
                QT_TRANSLATE_NOOP("Integrity", "ไฟล์ฐานข้อมูลเสียหาย: {detail}"), detail=_reason(exc)
            )
        ]
    if rows == ["ok"]:
        return [Finding(Severity.OK, QT_TRANSLATE_NOOP("Integrity", "โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์"))]
    return [
        _problem(
            QT_TRANSLATE_NOOP("Integrity", "ไฟล์ฐานข้อมูลเสียหาย: {detail}"),
            detail="; ".join(rows[:5]),
        )
    ]


class Revision(NamedTuple):
    findings: list[Finding]
    at_head: bool  # the schema and the rows can be compared with the models
    readable: bool  # an mk3desk database this program knows (head or older)


def revision_findings(connection: Connection) -> Revision:
    """The recorded schema revision: the newest, older (upgraded at the next opening),
    newer (another mk3desk), or none (not an mk3desk database)."""
    try:
        tables = _live_tables(connection)
        row = (
            connection.execute(text("SELECT version_num FROM alembic_version")).first()
            if "alembic_version" in tables
            else None
        )
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        finding = _problem(
            QT_TRANSLATE_NOOP("Integrity", "อ่านรุ่นโครงสร้างฐานข้อมูลไม่ได้: {detail}"),
            detail=_reason(exc),
        )
        return Revision([finding], False, False)
    if row is None:
        finding = _problem(
            QT_TRANSLATE_NOOP(
                "Integrity", "ไม่พบรุ่นโครงสร้างของ mk3desk ในไฟล์นี้ (ตาราง alembic_version หายไปหรือว่าง)"
            )
        )
        return Revision([finding], False, False)
    current = str(row[0])
    if current == SCHEMA_HEAD:
        ok = Finding(
            Severity.OK,
            QT_TRANSLATE_NOOP("Integrity", "รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})"),
            {"revision": current},
        )
        return Revision([ok], True, True)
    if current not in SCHEMA_REVISIONS:
        finding = _problem(
            QT_TRANSLATE_NOOP(
                "Integrity",
                "ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {current}) "
                "โปรแกรมนี้รู้จักถึงรุ่น {head} เท่านั้น",
            ),
            current=current,
            head=SCHEMA_HEAD,
        )
        return Revision([finding], False, False)
    finding = _problem(
        OLDER_REVISION,
        current=current,
        head=SCHEMA_HEAD,
    )
    return Revision([finding], False, True)


def _live_tables(connection: Connection) -> set[str]:
    rows = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    )
    return {str(r[0]) for r in rows}


def schema_findings(connection: Connection) -> list[Finding]:
    """Tables and columns as the newest revision has them (compare only at head)."""
    findings: list[Finding] = []
    try:
        live = _live_tables(connection) - {"alembic_version"}
        for table in Base.metadata.sorted_tables:
            if table.name not in live:
                findings.append(
                    _problem(
                        QT_TRANSLATE_NOOP("Integrity", "ตาราง {table} หายไปจากฐานข้อมูล"),
                        table=table.name,
                    )
                )
                continue
            columns = {
                str(r[1]) for r in connection.execute(text(f'PRAGMA table_info("{table.name}")'))
            }
            missing = sorted({c.name for c in table.columns} - columns)
            if missing:
                findings.append(
                    _problem(
                        QT_TRANSLATE_NOOP("Integrity", "ตาราง {table} ขาดคอลัมน์ {columns}"),
                        table=table.name,
                        columns=", ".join(missing),
                    )
                )
        extra = sorted(live - set(Base.metadata.tables))
        if extra:
            findings.append(
                Finding(
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP("Integrity", "มีตารางที่โปรแกรมไม่รู้จัก: {tables}"),
                    {"tables": ", ".join(extra)},
                )
            )
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        findings.append(
            _problem(
                QT_TRANSLATE_NOOP("Integrity", "อ่านโครงสร้างตารางไม่ได้: {detail}"),
                detail=_reason(exc),
            )
        )
    if not any(f.severity is Severity.PROBLEM for f in findings):
        findings.insert(
            0,
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP("Integrity", "ตารางและคอลัมน์ครบตามรุ่นโครงสร้าง"),
            ),
        )
    return findings


def row_findings(connection: Connection) -> list[Finding]:
    """Read every row of every table through the models' column types."""
    live = _safe_live_tables(connection)
    findings: list[Finding] = []
    total = 0
    for table in Base.metadata.sorted_tables:
        if table.name not in live:
            continue  # said by schema_findings
        try:
            total += _read_all(connection, table)
        except (SQLAlchemyError, sqlite3.Error, ValueError, TypeError, LookupError) as exc:
            findings.append(_unreadable(connection, table, exc))
    try:
        violations = connection.execute(text("PRAGMA foreign_key_check")).all()
    except (DBAPIError, sqlite3.DatabaseError):
        violations = []  # a damaged file: said by the steps above
    if violations:
        tables = sorted({str(v[0]) for v in violations})
        findings.append(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Integrity", "มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่แล้ว (ตาราง {tables})"
                ),
                count=len(violations),
                tables=", ".join(tables),
            )
        )
    if not findings:
        findings.append(
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP("Integrity", "อ่านข้อมูลได้ครบทุกแถว ({count} แถว)"),
                {"count": total},
            )
        )
    return findings


def _safe_live_tables(connection: Connection) -> set[str]:
    try:
        return _live_tables(connection)
    except (DBAPIError, sqlite3.DatabaseError):
        return set()


def _read_all(connection: Connection, table: Table) -> int:
    count = 0
    for _row in connection.execute(select(table)):
        count += 1
    return count


def _unreadable(connection: Connection, table: Table, exc: BaseException) -> Finding:
    """Which rows of *table* cannot be read (by rowid), as one finding."""
    bad: list[int] = []
    try:
        rowids = [int(r[0]) for r in connection.execute(text(f'SELECT rowid FROM "{table.name}"'))]
        for rowid in rowids:
            try:
                connection.execute(select(table).where(text(f"rowid = {rowid}"))).all()
            except (SQLAlchemyError, sqlite3.Error, ValueError, TypeError, LookupError):
                bad.append(rowid)
    except (SQLAlchemyError, sqlite3.Error):
        pass  # the table cannot even be walked: the first reason says it
    if bad:
        shown = ", ".join(str(r) for r in bad[:_BAD_ROWS_SHOWN])
        return _problem(
            QT_TRANSLATE_NOOP(
                "Integrity", "ตาราง {table}: อ่านข้อมูลไม่ได้ {count} แถว (แถวที่ {rows}) — {detail}"
            ),
            table=table.name,
            count=len(bad),
            rows=shown + (" …" if len(bad) > _BAD_ROWS_SHOWN else ""),
            detail=_reason(exc),
        )
    return _problem(
        QT_TRANSLATE_NOOP("Integrity", "ตาราง {table}: อ่านข้อมูลไม่ได้ — {detail}"),
        table=table.name,
        detail=_reason(exc),
    )
