"""The chain's writes at a commit on the office server, in one statement.

At the end of a unit of work the audit trail writes each entry's lines
(:class:`AuditRow`), each entry's hashes and the chain head (db/audit_chain.py). On
SQLite these are statements within this process; on PostgreSQL each is a round trip
and a statement's worth of client work, paid by every save. Here they are one
statement: a data-modifying ``WITH`` whose parts write three different tables (the
lines, the entries, the head), each given its values as arrays — any number of lines
and entries in the one statement. The head row is the one this transaction locked
(``FOR UPDATE``) before its first entry got its id, so nothing else writes it between.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

# Built once: the same SQL for every commit.
_WRITE = text(
    """
    WITH lines AS (
        INSERT INTO audit_row (entry_id, table_name, row_id, op, row_hash, changes)
        SELECT * FROM unnest(
            CAST(:line_entry AS bigint[]), CAST(:line_table AS text[]),
            CAST(:line_row AS bigint[]), CAST(:line_op AS text[]),
            CAST(:line_hash AS text[]), CAST(:line_changes AS text[])
        )
    ), entries AS (
        UPDATE audit_entry
        SET chained = true, prev_hash = chain.prev, entry_hash = chain.digest,
            rows_hash = chain.own
        FROM unnest(
            CAST(:entry_id AS bigint[]), CAST(:entry_prev AS text[]),
            CAST(:entry_digest AS text[]), CAST(:entry_own AS text[])
        ) AS chain (id, prev, digest, own)
        WHERE audit_entry.id = chain.id
    )
    UPDATE audit_chain_head SET entry_id = :head_entry, entry_hash = :head_hash WHERE id = :id
    """
)
_LINE_PARAMS = ("line_entry", "line_table", "line_row", "line_op", "line_hash", "line_changes")


def write_chain(
    connection: Connection,
    lines: Mapping[int, Sequence[Sequence[Any]]],
    chained: Mapping[int, tuple[str, str, str]],
    head_id: int,
) -> None:
    """Insert *lines* (entry id -> its lines: table, row id, op, hash, changes), set each
    entry's (prev_hash, entry_hash, rows_hash) from *chained* and move the existing head
    row *head_id* to the newest entry."""
    rows = [(entry_id, *line) for entry_id, own in sorted(lines.items()) for line in own]
    line_columns = [list(values) for values in zip(*rows, strict=True)] if rows else [[]] * 6
    ordered = sorted(chained.items())
    newest_id, (_prev, newest_hash, _own) = ordered[-1]
    values: dict[str, Any] = dict(zip(_LINE_PARAMS, line_columns, strict=True))
    values.update(
        entry_id=[entry_id for entry_id, _hashes in ordered],
        entry_prev=[hashes[0] for _id, hashes in ordered],
        entry_digest=[hashes[1] for _id, hashes in ordered],
        entry_own=[hashes[2] for _id, hashes in ordered],
        head_entry=newest_id,
        head_hash=newest_hash,
        id=head_id,
    )
    connection.execute(_WRITE, values)
