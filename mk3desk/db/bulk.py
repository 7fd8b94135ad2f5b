"""Writing thousands of new rows at once, as an Excel import of 10,000 values does.

``session.execute(insert(table), rows)`` spends about 3 µs a row inside
SQLAlchemy (building each parameter set and passing every value through its
column type), more than SQLite itself needs to store the row. On SQLite,
:func:`insert_rows` compiles the INSERT once, converts each column with the
column type's own bind processor (a value shared by every row, like the time
stamp, only once) and hands the rows to the driver's ``executemany``: the rows
stored are the same. Other databases take SQLAlchemy's own path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from itertools import repeat
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from mk3desk.db.audit_noting import note_inserted_uids
from mk3desk.db.audit_rows import AUDITED


def new_uids(count: int) -> list[str]:
    """*count* identifiers as :func:`mk3desk.db.types.new_uid` makes them, in one go.

    The same random version-4 UUIDs (RFC 4122, 32 hex digits) from the same
    source (``os.urandom``), without building a ``uuid.UUID`` for each.
    """
    data = bytearray(os.urandom(16 * count))
    data[6::16] = bytes(byte & 0x0F | 0x40 for byte in data[6::16])  # version 4
    data[8::16] = bytes(byte & 0x3F | 0x80 for byte in data[8::16])  # RFC 4122 variant
    digits = data.hex()
    return [digits[start : start + 32] for start in range(0, 32 * count, 32)]


def insert_rows(
    session: Session, table: Table, rows: Sequence[Mapping[str, Any]], **same: Any
) -> None:
    """INSERT *rows* (all with the same keys) into *table*; *same*: values shared by every row.

    Every column that has a Python-side default must be given (in the rows or in
    *same*): the fast path does not run SQLAlchemy's defaults, and says so
    rather than store a row without them.
    """
    if not rows:
        return
    if "uid" in rows[0]:  # the audit trail reads them back at the commit
        after_id = session.execute(select(func.max(table.c.id))).scalar() or 0
        note_inserted_uids(session, table.name, [row["uid"] for row in rows], after_id)
    elif table.name in AUDITED:
        raise ValueError(f"insert_rows: {table.name} is audited, give each row its uid")
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), [{**row, **same} for row in rows])
        return
    keys = [*rows[0], *same]
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    assert compiled.positional and compiled.positiontup is not None  # SQLite's "?" style
    columns: list[Any] = []
    for name in compiled.positiontup:
        if name not in keys:
            raise ValueError(f"insert_rows: no value for {table.name}.{name} (it has a default)")
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if name in same:
            value = same[name] if process is None else process(same[name])
            columns.append(repeat(value, len(rows)))
        else:
            values = [row[name] for row in rows]
            columns.append(values if process is None else [process(v) for v in values])
    connection.exec_driver_sql(compiled.string, list(zip(*columns, strict=True)))
