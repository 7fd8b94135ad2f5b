"""The content hash of a stored record, as the audit trail keeps it.

A record's hash is the SHA-256 of every column of its row *as the database gives it
back* (the driver's raw values, no column types in between), with the column names:
what is hashed at the write is exactly what ``mk3desk check`` reads later, whichever
way the row was written (the ORM, a bulk insert, a migration). Raw values are plain
text, numbers and NULL on SQLite (decimals are stored as text, times as ISO text).
PostgreSQL gives booleans and times as Python values: they are written as SQLite
stores them (``1``/``0``, UTC ``YYYY-MM-DD HH:MM:SS.ffffff``), so a record hashes the
same on both and the chain survives ``server import`` / ``export`` unchanged.

Which tables are audited: every table of records people or bundles change, and the
accounts (a password hash or a role edited with an SQLite tool is a take-over). Not the
audit tables themselves, nor ``sync_state`` (this machine's bookkeeping of what it
exchanged) nor Alembic's version table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from functools import cache
from hashlib import sha256
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, column, select, table, text
from sqlalchemy.sql.expression import TableClause

from mk3desk import caches

AUDITED_TABLES: tuple[str, ...] = (
    "office",
    "office_setting",
    "fiscal_year",
    "office_group",
    "person",
    "year_category",
    "year_indicator",
    "year_criterion",
    "year_band",
    "year_adjustment",
    "assignment",
    "pdca_record",
    "transition",
    "criterion_result",
    "outcome_value",
    "evidence_file",
    "official_result",
    "official_category_score",
    "official_indicator_score",
    "account",
    "committee",
    "committee_member",
    "recognition",
    "certificate",
    "knowledge_session",
    "knowledge_attendee",
    "knowledge_indicator",
    "knowledge_material",
    "swot_analysis",
)
AUDITED = frozenset(AUDITED_TABLES)
CHUNK = 900  # ids per "IN (...)": below SQLite's oldest limit of 999 variables
NULL = "\x00"


def portable(value: Any) -> str:
    """A raw value that is not text as SQLite stores it (the same on every backend)."""
    if value.__class__ is int:
        return str(value)
    if value.__class__ is bool:
        return "1" if value else "0"
    if isinstance(value, datetime):
        moment = value.astimezone(UTC) if value.tzinfo is not None else value
        return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    return str(value)


def canonical(value: Any) -> str:
    """One raw column value as text: NULL is a character no stored text holds."""
    return NULL if value is None else value if value.__class__ is str else portable(value)


def content_hash(parts: Iterable[Any]) -> str:
    """SHA-256 of *parts*, each made canonical, separated by a unit separator."""
    return hashlib.sha256("\x1f".join(map(canonical, parts)).encode("utf-8")).hexdigest()


def row_header(table_name: str, names: Sequence[str]) -> str:
    """What every row hash of *table_name* starts with: the table and its column names."""
    return "\x1f".join([table_name, *names]) + "\x1e"


def row_hash(header: str, values: Sequence[Any]) -> str:
    """The hash of one row: :func:`row_header`, then each raw value as text.

    Written for speed (a 10,000-row import hashes every row it wrote): the same text as
    ``canonical`` gives, without a call per value.
    """
    text = "\x1f".join(
        [NULL if v is None else v if v.__class__ is str else portable(v) for v in values]
    )
    return sha256((header + text).encode("utf-8")).hexdigest()


@cache
def model_columns(table_name: str) -> list[str]:
    """The columns of an audited table, sorted, as the models declare them."""
    from mk3desk.db.models import Base

    return sorted(c.name for c in Base.metadata.tables[table_name].columns)


def _raw_table(table_name: str, names: Sequence[str]) -> TableClause:
    # Untyped columns: the driver's values come back as they are stored.
    return table(table_name, *(column(n) for n in names))


def row_hashes(
    connection: Connection, table_name: str, ids: Iterable[int], names: Sequence[str] | None = None
) -> dict[int, str]:
    """The current hash of each of the rows *ids* of *table_name* (missing rows left out)."""
    names = tuple(names) if names is not None else tuple(model_columns(table_name))
    wanted = sorted(set(ids))
    position = names.index("id")
    query = _by_ids(table_name, names)
    header = row_header(table_name, names)
    found: dict[int, str] = {}
    for start in range(0, len(wanted), CHUNK):
        for values in connection.execute(query, {"ids": wanted[start : start + CHUNK]}):
            found[values[position]] = row_hash(header, values)
    return found


@cache
def _by_ids(table_name: str, names: tuple[str, ...]) -> TextClause:
    """Plain SQL (built once per table: every unit of work runs it) giving raw values."""
    listed = ", ".join(f'"{name}"' for name in names)
    return text(f'SELECT {listed} FROM "{table_name}" WHERE id IN :ids').bindparams(
        bindparam("ids", expanding=True)
    )


caches.register("audit_rows.model_columns", model_columns.cache_clear)
caches.register("audit_rows.by_ids", _by_ids.cache_clear)


def new_row_hashes(
    connection: Connection, table_name: str, after_id: int, uids: Iterable[str]
) -> dict[int, str]:
    """The rows a bulk insert added to *table_name*: those after *after_id* with one of *uids*.

    One range scan of the primary key, cheaper than looking 10,000 uids up.
    """
    names = model_columns(table_name)
    position, uid_at = names.index("id"), names.index("uid")
    wanted = set(uids)
    raw = _raw_table(table_name, names)
    header = row_header(table_name, names)
    query = select(*raw.c).where(raw.c.id > after_id)
    if connection.dialect.name == "sqlite":
        # The driver's cursor: its plain tuples cost less than result rows (10,000 here).
        compiled = query.compile(dialect=connection.dialect)
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows: Iterable[Sequence[Any]] = cursor.execute(compiled.string, (after_id,)).fetchall()
        finally:
            cursor.close()
    else:
        rows = connection.execute(query)
    return {
        values[position]: row_hash(header, values) for values in rows if values[uid_at] in wanted
    }


def all_row_hashes(
    connection: Connection, table_name: str, names: Sequence[str] | None = None
) -> Iterator[tuple[int, str]]:
    """Every row of *table_name* with its hash, by id."""
    names = list(names) if names is not None else model_columns(table_name)
    position = names.index("id")
    raw = _raw_table(table_name, names)
    header = row_header(table_name, names)
    for values in connection.execute(select(*raw.c)):
        yield values[position], row_hash(header, values)
