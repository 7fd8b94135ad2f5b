"""The chained audit trail: what each unit of work wrote, and the chain of entries.

Nothing changes at the call sites of :func:`mk3desk.db.audit.audit`. Session events do
the rest:

* after every flush, each record of an audited table (``audit_rows.AUDITED``) that the
  flush inserted, updated or deleted is noted, with old → new of the columns an update
  changed;
* statements a service runs itself go the same way: a ``DELETE`` or single ``UPDATE``
  through ``session.execute`` is noted by reading the ids its WHERE selects first;
  :func:`mk3desk.db.bulk.insert_rows` notes the uids it inserts; a many-row ``UPDATE``
  (executemany) is noted by its caller with :func:`note_rows`;
* just before the commit, the noted records are read back as stored and hashed
  (``audit_rows.row_hash``), written as :class:`AuditRow` lines of the unit of work's
  last audit entry (one line per record, also for a 10,000-row import), and every new
  entry is chained: ``entry_hash = SHA-256(prev_hash, id, at, who, action, target,
  detail, rows_hash)`` where ``rows_hash`` digests the entry's lines. A unit of work
  that wrote records without calling ``audit()`` gets an entry of its own
  (``record.write``), so nothing written escapes the chain.

Appending is serialised: on SQLite the unit of work holds the write lock (``BEGIN
IMMEDIATE``, or the first write of a deferred transaction, before the chain head is
read); on PostgreSQL the chain head row is read ``FOR UPDATE`` before the unit of work
inserts its first audit entry (``_before_flush``), so entry ids are handed out in the
order the entries are chained — the check walks the chain in id order — and held to the
commit. One code path for both.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, event, insert, text
from sqlalchemy.orm import (
    Session,
    UOWTransaction,
    sessionmaker,
)
from sqlalchemy.orm.attributes import set_committed_value

from mk3desk.db.audit_lines import (
    ENTRY_COLUMNS,
    GENESIS,
    Line,
    entry_digest,
    packed,
    rows_digest,
)
from mk3desk.db.audit_noting import (
    BUSY,
    PENDING,
    Pending,
    after_flush,
    on_execute,
)
from mk3desk.db.audit_rows import new_row_hashes, row_hashes
from mk3desk.db.audit_server import write_chain
from mk3desk.db.models import AuditEntry, AuditRow

HEAD_ID = 1
_HEAD_HELD = "mk3desk.audit.head_held"
# Session.info after a commit that chained entries: (the head's entry id before, after) —
# how the window tells its own writes from someone else's (db/changes.py).
HEAD_MOVED = "mk3desk.audit.head_moved"


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """On a server, take the chain head before the first audit entry gets its id.

    Ids come from a sequence as each entry is inserted; were the head taken only at the
    commit, two clients could chain their entries in the other order than their ids
    (entry 1640 before 1639), and the check, which walks the chain in id order, would
    find it broken. Held from here to the commit, the lock makes id order chain order;
    the records the service wrote before its ``audit()`` are locked already, so a
    concurrent writer of the same record is still refused by its version.
    """
    if session.info.get(_HEAD_HELD) or not any(isinstance(o, AuditEntry) for o in session.new):
        return
    connection = session.connection()
    held: Any = True
    if connection.dialect.name != "sqlite":  # SQLite: the unit of work holds the write lock
        # The head read now stays the head until the commit: append() need not read it again.
        held = _Head(connection.execute(_HEAD_FOR_UPDATE, {"id": HEAD_ID}).first())
    session.info[_HEAD_HELD] = held


# -- chaining at the commit --------------------------------------------------------------


def _before_commit(session: Session) -> None:
    if session.info.get(BUSY):
        return
    session.flush()
    pending: Pending | None = session.info.pop(PENDING, None)
    if pending is None or not (pending.entries or pending.rows or pending.uids):
        return
    session.info[BUSY] = True
    try:
        entries = pending.entries
        if not entries or any(bucket >= len(entries) for _o, _c, bucket in pending.rows.values()):
            # Records written after the last audit() call (or with none): an entry of their own.
            entries.append(AuditEntry(actor_name="", action="record.write"))
            session.add(entries[-1])
            session.flush()
        connection = session.connection()
        lines = _row_lines(connection, pending, [e.id for e in entries])
        held = session.info.get(_HEAD_HELD)
        head = held.row if isinstance(held, _Head) else _UNREAD
        hashes, before = _chain(connection, [e.id for e in entries], lines, head)
        session.info[HEAD_MOVED] = (before, max(hashes))
        for entry in entries:
            prev_hash, entry_hash, rows_hash = hashes[entry.id]
            set_committed_value(entry, "chained", True)
            set_committed_value(entry, "prev_hash", prev_hash)
            set_committed_value(entry, "entry_hash", entry_hash)
            set_committed_value(entry, "rows_hash", rows_hash)
    finally:
        session.info.pop(BUSY, None)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING, None)
    session.info.pop(_HEAD_HELD, None)


def _released(session: Session, _previous: Any) -> None:
    # A rolled-back savepoint releases the locks taken after it: take the head again.
    session.info.pop(_HEAD_HELD, None)


def _row_lines(
    connection: Connection, pending: Pending, entry_ids: Sequence[int]
) -> dict[int, list[Line]]:
    """The lines of each entry, by entry id: every noted record hashed as now stored."""
    lines: dict[int, list[Line]] = {}
    last = len(entry_ids) - 1
    for table_name, uids, after_id, bucket in pending.uids:  # bulk inserts
        own = lines.setdefault(entry_ids[min(bucket, last)], [])
        for row_id, digest in new_row_hashes(connection, table_name, after_id, uids).items():
            if (table_name, row_id) not in pending.rows:  # else written again since
                own.append((table_name, row_id, "insert", digest, ""))
    unread: dict[str, list[int]] = {}
    for table_name, row_id in pending.rows:
        unread.setdefault(table_name, []).append(row_id)
    stored = {name: row_hashes(connection, name, ids) for name, ids in unread.items()}
    for (table_name, row_id), (op, changes, bucket) in pending.rows.items():
        digest = stored[table_name].get(row_id, "")
        lines.setdefault(entry_ids[min(bucket, last)], []).append(
            (
                table_name,
                row_id,
                op if digest else "delete",
                digest,
                json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else "",
            )
        )
    return {entry_id: packed(own) for entry_id, own in lines.items()}


@dataclass(frozen=True)
class _Head:
    """The chain head as read (``None``: no head row yet) when its lock was taken."""

    row: Any


_UNREAD: Any = object()


def append(
    connection: Connection,
    entry_ids: Sequence[int],
    lines: Mapping[int, Sequence[Line]],
    head: Any = _UNREAD,
) -> dict[int, tuple[str, str, str]]:
    """Write each entry's *lines* and chain the entries (in id order).

    Gives each entry's (prev_hash, entry_hash, rows_hash). Used by the commit hook and
    by the migration that starts the chain. *head*: the head row as read under its
    lock earlier in this transaction (the commit hook on a server), else read here.
    """
    return _chain(connection, entry_ids, lines, head)[0]


def _chain(
    connection: Connection,
    entry_ids: Sequence[int],
    lines: Mapping[int, Sequence[Line]],
    head: Any = _UNREAD,
) -> tuple[dict[int, tuple[str, str, str]], int]:
    """:func:`append`, and the head's entry id before it (0: the chain was empty)."""
    locking = connection.dialect.name != "sqlite"  # SQLite: the unit of work holds the lock
    if head is _UNREAD:
        head = connection.execute(_HEAD_FOR_UPDATE if locking else _HEAD, {"id": HEAD_ID}).first()
    # On a server the lines, the entries' hashes and the head go in one statement.
    combined = connection.dialect.name == "postgresql" and head is not None
    if not combined:
        for entry_id, own in sorted(lines.items()):
            if own:
                _insert_lines(connection, entry_id, own)
    prev = head[0] if head is not None else GENESIS
    before = int(head[1] or 0) if head is not None else 0
    result: dict[int, tuple[str, str, str]] = {}
    for values in connection.execute(_ENTRIES, {"ids": list(entry_ids)}).all():
        own_rows = rows_digest(lines.get(values[0], ()))
        digest = entry_digest(prev, values, own_rows)
        result[values[0]] = (prev, digest, own_rows)
        prev = digest
    if combined:
        write_chain(connection, lines, result, HEAD_ID)
        return result, before
    connection.execute(
        _CHAIN_ENTRY,
        [
            {"eid": eid, "prev": p, "digest": d, "own": o}
            for eid, (p, d, o) in sorted(result.items())
        ],
    )
    newest = {"id": HEAD_ID, "entry_id": max(result), "entry_hash": prev}
    connection.execute(_HEAD_INSERT if head is None else _HEAD_UPDATE, newest)
    return result, before


# Plain SQL, built once: every unit of work runs these (raw values, no column types).
_HEAD = text("SELECT entry_hash, entry_id FROM audit_chain_head WHERE id = :id")
_HEAD_FOR_UPDATE = text(
    "SELECT entry_hash, entry_id FROM audit_chain_head WHERE id = :id FOR UPDATE"
)
_HEAD_INSERT = text(
    "INSERT INTO audit_chain_head (id, entry_id, entry_hash) VALUES (:id, :entry_id, :entry_hash)"
)
_HEAD_UPDATE = text(
    "UPDATE audit_chain_head SET entry_id = :entry_id, entry_hash = :entry_hash WHERE id = :id"
)
_ENTRIES = text(
    f"SELECT {', '.join(ENTRY_COLUMNS)} FROM audit_entry WHERE id IN :ids ORDER BY id"
).bindparams(bindparam("ids", expanding=True))
_CHAIN_ENTRY = text(
    "UPDATE audit_entry SET chained = :chained, prev_hash = :prev, entry_hash = :digest, "
    "rows_hash = :own WHERE id = :eid"
).bindparams(chained=True)


def _insert_lines(connection: Connection, entry_id: int, lines: Sequence[Line]) -> None:
    if connection.dialect.name == "sqlite":
        # Plain text and integers: straight to the driver (a 10,000-row import).
        sql = (
            "INSERT INTO audit_row (entry_id, table_name, row_id, op, row_hash, changes) "
            "VALUES (?, ?, ?, ?, ?, ?)"
        )
        connection.exec_driver_sql(sql, [(entry_id, *line) for line in lines])
        return
    keys = ("table_name", "row_id", "op", "row_hash", "changes")
    connection.execute(
        insert(cast(Table, AuditRow.__table__)),
        [{"entry_id": entry_id, **dict(zip(keys, line, strict=True))} for line in lines],
    )


def watch(sessions: sessionmaker[Session]) -> None:
    """Audit every unit of work of the sessions *sessions* makes."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "do_orm_execute", on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "after_soft_rollback", _released)


def unwatch(sessions: sessionmaker[Session]) -> None:
    """Stop auditing *sessions* (bench/audit_chain.py measures the import without it)."""
    event.remove(sessions, "before_flush", _before_flush)
    event.remove(sessions, "after_flush", after_flush)
    event.remove(sessions, "do_orm_execute", on_execute)
    event.remove(sessions, "before_commit", _before_commit)
    event.remove(sessions, "after_commit", _forget)
    event.remove(sessions, "after_rollback", _forget)
    event.remove(sessions, "after_soft_rollback", _released)
