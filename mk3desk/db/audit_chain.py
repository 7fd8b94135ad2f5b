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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from hashlib import sha256
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, event, insert, select, text
from sqlalchemy.orm import (
    MANYTOONE,
    InstanceState,
    ORMExecuteState,
    Session,
    UOWTransaction,
    sessionmaker,
)
from sqlalchemy.orm.attributes import set_committed_value

from mk3desk.db.audit_rows import AUDITED, content_hash, new_row_hashes, row_hashes
from mk3desk.db.audit_server import write_chain
from mk3desk.db.models import AuditEntry, AuditRow

GENESIS = "0" * 64
HEAD_ID = 1
_PENDING = "mk3desk.audit.pending"
_BUSY = "mk3desk.audit.busy"
_HEAD_HELD = "mk3desk.audit.head_held"
# Session.info after a commit that chained entries: (the head's entry id before, after) —
# how the window tells its own writes from someone else's (db/changes.py).
HEAD_MOVED = "mk3desk.audit.head_moved"
_NOISE = frozenset({"updated_at", "version"})  # changed by every update: not shown as changes
# Columns whose values the history never shows (the row's hash still covers them, so a
# password hash edited with an SQLite tool is caught by the check like any other column).
_SECRET = frozenset({"password_hash"})
# Office settings that hold a hash (the recovery code's): their value is hidden too.
_SECRET_SETTING_SUFFIX = "_hash"
HIDDEN = "•••"
PACK = 100  # more plain lines than this of one table and op in one entry are packed
MANY = "many:"
_LONGEST = 2000  # characters of an old or new value kept in ``changes``
ENTRY_COLUMNS = ("id", "at", "actor_id", "actor_name", "action", "target", "detail")


@dataclass
class _Pending:
    entries: list[AuditEntry] = field(default_factory=list)
    # (table, row id) -> [op, {column: [old, new]}, bucket]; a record's bucket is the
    # index in ``entries`` of the audit entry its (latest) write belongs to.
    rows: dict[tuple[str, int], list[Any]] = field(default_factory=dict)
    # bulk inserts: table, uids, the largest id before them, bucket
    uids: list[tuple[str, list[str], int, int]] = field(default_factory=list)

    def note(
        self,
        table_name: str,
        row_id: int,
        op: str,
        changes: dict[str, list[Any]],
        bucket: int | None = None,
    ) -> None:
        """A write of a record; by default it belongs to the next audit entry."""
        bucket = len(self.entries) if bucket is None else bucket
        known = self.rows.get((table_name, row_id))
        if known is None:
            self.rows[(table_name, row_id)] = [op, changes, bucket]
            return
        if not (op == "update" and known[0] == "insert"):
            known[0] = op  # the last write says what the record is now
        for name, (old, new) in changes.items():
            known[1][name] = [known[1][name][0] if name in known[1] else old, new]
        known[2] = bucket


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    return pending


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if len(text) <= _LONGEST else text[:_LONGEST] + "…"


# -- noting what a unit of work writes ---------------------------------------------------


def _table_of(state: InstanceState[Any]) -> str:
    return str(state.mapper.local_table.name)  # type: ignore[attr-defined]


def _after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get(_BUSY):
        return
    pending = _pending(session)
    states = [
        (state, is_delete)
        for state, (is_delete, list_only) in flush_context.states.items()
        if not list_only
    ]
    # New records get their key only after this event (finalize_flush_changes).
    for state, is_delete in states:
        if state.key is None and not is_delete and _table_of(state) == "audit_entry":
            pending.entries.append(state.obj())
    # The records written in the flush that wrote an entry are that entry's; the others
    # belong to the next entry (audit() flushes, so a service's writes go with its entry).
    bucket = (
        len(pending.entries) - 1
        if any(s.key is None and _table_of(s) == "audit_entry" for s, _ in states)
        else len(pending.entries)
    )
    for state, is_delete in states:
        table_name = _table_of(state)
        if table_name not in AUDITED:
            continue
        inserted = state.key is None
        row_id = state.dict.get("id") if inserted else state.key[1][0]
        if row_id is None:
            continue
        changes: dict[str, list[Any]] = {}
        if is_delete:
            op = "delete"
        elif inserted:
            op = "insert"
        else:
            op = "update"
            if not _changed(state, changes):
                continue  # only a relationship held on the other side changed
        pending.note(table_name, row_id, op, changes, bucket)


def _secret(state: InstanceState[Any], column: str) -> bool:
    if column in _SECRET:
        return True
    return (
        column == "value"
        and _table_of(state) == "office_setting"
        and str(getattr(state.obj(), "key", "")).endswith(_SECRET_SETTING_SUFFIX)
    )


def _changed(state: InstanceState[Any], changes: dict[str, list[Any]]) -> bool:
    """Fill *changes* with old → new of the columns an update changed; whether the row did."""
    changed = False
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            changed = True
            if attr.key not in _NOISE:
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if _secret(state, attr.key):
                    changes[attr.key] = [HIDDEN, HIDDEN]
                else:
                    changes[attr.key] = [_shown(old), _shown(new)]
    # A many-to-one reference changed sets this row's foreign key during the flush.
    return changed or any(
        rel.direction is MANYTOONE and state.attrs[rel.key].history.has_changes()
        for rel in state.mapper.relationships
    )


def _statement_table(state: ORMExecuteState) -> Any:
    target = getattr(state.statement, "table", None)
    name = getattr(target, "name", None)
    return target if name in AUDITED else None


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


def _on_execute(state: ORMExecuteState) -> None:
    """A DELETE or UPDATE a service runs itself: note the rows its WHERE selects."""
    if not (state.is_delete or state.is_update) or state.session.info.get(_BUSY):
        return
    target = _statement_table(state)
    if target is None or isinstance(state.parameters, list):
        return  # a many-row UPDATE: its caller notes the rows (note_rows)
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(target.c.id)
    if where is not None:
        query = query.where(where)
    ids = state.session.execute(query, state.parameters or {}).scalars().all()
    note_rows(state.session, target.name, "delete" if state.is_delete else "update", ids)


def note_rows(session: Session, table_name: str, op: str, ids: Iterable[int]) -> None:
    """Rows of *table_name* a statement outside the ORM wrote (``op``: update or delete)."""
    pending = _pending(session)
    for row_id in ids:
        pending.note(table_name, row_id, op, {})


def note_inserted_uids(
    session: Session, table_name: str, uids: Sequence[str], after_id: int
) -> None:
    """Rows a bulk insert added, known by their uids; every id before it was <= *after_id*."""
    if table_name in AUDITED and uids:
        pending = _pending(session)
        pending.uids.append((table_name, list(uids), after_id, len(pending.entries)))


# -- chaining at the commit --------------------------------------------------------------


def _before_commit(session: Session) -> None:
    if session.info.get(_BUSY):
        return
    session.flush()
    pending: _Pending | None = session.info.pop(_PENDING, None)
    if pending is None or not (pending.entries or pending.rows or pending.uids):
        return
    session.info[_BUSY] = True
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
        session.info.pop(_BUSY, None)


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_HEAD_HELD, None)


def _released(session: Session, _previous: Any) -> None:
    # A rolled-back savepoint releases the locks taken after it: take the head again.
    session.info.pop(_HEAD_HELD, None)


Line = tuple[str, int, str, str, str]  # table, row id, op, row hash, changes (JSON or "")


def _row_lines(
    connection: Connection, pending: _Pending, entry_ids: Sequence[int]
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


def packed(lines: list[Line]) -> list[Line]:
    """Many plain inserts (updates, deletes) of one table as one line: ``many:<op>``,
    the number of records as its row id and ``"<id> <hash>"`` a line as its changes.

    A 10,000-row import stores one line, not 10,000 (which would cost more than the
    import's own writes).
    """
    groups: dict[tuple[str, str], list[Line]] = {}
    for line in lines:
        if not line[4]:
            groups.setdefault((line[0], line[2]), []).append(line)
    big = {key for key, group in groups.items() if len(group) > PACK}
    if not big:
        return lines
    kept = [line for line in lines if line[4] or (line[0], line[2]) not in big]
    for table_name, op in sorted(big):
        group = groups[(table_name, op)]
        listed = "\n".join([f"{line[1]} {line[3]}" for line in group])
        kept.append((table_name, len(group), MANY + op, "", listed))
    return kept


def unpacked(line: Sequence[Any]) -> Iterator[tuple[str, int, str, str]]:
    """The records of one line: (table, row id, op, hash) each (the inverse of :func:`packed`)."""
    table_name, row_id, op, digest, changes = line
    if not op.startswith(MANY):
        yield table_name, row_id, op, digest
        return
    for item in changes.splitlines():
        listed_id, _, listed_hash = item.partition(" ")
        yield table_name, int(listed_id), op[len(MANY) :], listed_hash


def rows_digest(lines: Sequence[Sequence[Any]]) -> str:
    """The digest of an entry's lines (table, row id, op, row hash, changes), in order."""
    if not lines:
        return ""
    text = "\x1e".join([f"{t}\x1f{r}\x1f{o}\x1f{h}\x1f{c}" for t, r, o, h, c in lines])
    return sha256(text.encode("utf-8")).hexdigest()


def entry_digest(prev_hash: str, values: Sequence[Any], rows_hash: str) -> str:
    """``entry_hash``: the previous hash, the entry's raw ENTRY_COLUMNS, its rows' digest."""
    return content_hash([prev_hash, *values, rows_hash])


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
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)
    event.listen(sessions, "before_commit", _before_commit)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
    event.listen(sessions, "after_soft_rollback", _released)


def unwatch(sessions: sessionmaker[Session]) -> None:
    """Stop auditing *sessions* (bench/audit_chain.py measures the import without it)."""
    event.remove(sessions, "before_flush", _before_flush)
    event.remove(sessions, "after_flush", _after_flush)
    event.remove(sessions, "do_orm_execute", _on_execute)
    event.remove(sessions, "before_commit", _before_commit)
    event.remove(sessions, "after_commit", _forget)
    event.remove(sessions, "after_rollback", _forget)
    event.remove(sessions, "after_soft_rollback", _released)
