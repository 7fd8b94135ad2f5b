"""The content hash of a stored record, as the audit trail keeps it.

A record's hash is the SHA-256 of every column of its row *as the database gives it
back* (the driver's raw values, no column types in between), with the column names:
what is hashed at the write is exactly what ``mk3desk check`` reads later, whichever
way the row was written (the ORM, a bulk insert, a migration). Raw values are plain
text, numbers and NULL on SQLite (decimals are stored as text, times as ISO text).

Which tables are audited: every table of records people or bundles change. Not the
audit tables themselves, nor ``sync_state`` (this machine's bookkeeping of what it
exchanged) nor Alembic's version table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, column, select, table
from sqlalchemy.sql.expression import TableClause

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
)
AUDITED = frozenset(AUDITED_TABLES)
CHUNK = 900  # ids per "IN (...)": below SQLite's oldest limit of 999 variables
NULL = "\x00"


def canonical(value: Any) -> str:
    """One raw column value as text: NULL is a character no stored text holds."""
    if value is None:
        return NULL
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def content_hash(parts: Iterable[Any]) -> str:
    """SHA-256 of *parts*, each made canonical, separated by a unit separator."""
    return hashlib.sha256("\x1f".join(map(canonical, parts)).encode("utf-8")).hexdigest()


def row_hash(table_name: str, names: Sequence[str], values: Sequence[Any]) -> str:
    """The hash of one row: its table, then each column name with its raw value."""
    parts: list[Any] = [table_name]
    for name, value in zip(names, values, strict=True):
        parts += (name, value)
    return content_hash(parts)


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
    names = list(names) if names is not None else model_columns(table_name)
    wanted = sorted(set(ids))
    position = names.index("id")
    raw = _raw_table(table_name, names)
    found: dict[int, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        query = select(*raw.c).where(raw.c.id.in_(chunk))
        for values in connection.execute(query):
            found[values[position]] = row_hash(table_name, names, values)
    return found


def all_row_hashes(
    connection: Connection, table_name: str, names: Sequence[str] | None = None
) -> Iterator[tuple[int, str]]:
    """Every row of *table_name* with its hash, by id."""
    names = list(names) if names is not None else model_columns(table_name)
    position = names.index("id")
    raw = _raw_table(table_name, names)
    for values in connection.execute(select(*raw.c)):
        yield values[position], row_hash(table_name, names, values)
