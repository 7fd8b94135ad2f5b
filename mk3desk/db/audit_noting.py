"""What a unit of work wrote, noted for the audit chain as it goes.

After every flush (:func:`after_flush`) each record of an audited table the flush
inserted, updated or deleted is noted with old → new of the columns an update changed
(secrets hidden, long values cut); a DELETE or single UPDATE a service runs itself is
noted by the ids its WHERE selects (:func:`on_execute`); bulk writes note their rows
themselves (:func:`note_rows`, :func:`note_inserted_uids`). ``audit_chain`` hashes and
chains the notes at the commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import MANYTOONE, InstanceState, ORMExecuteState, Session, UOWTransaction

from mk3desk.db.audit_rows import AUDITED
from mk3desk.db.models import AuditEntry

PENDING = "mk3desk.audit.pending"  # Session.info: the unit of work's Pending
BUSY = "mk3desk.audit.busy"  # Session.info: the chain is being written (do not note it)
_NOISE = frozenset({"updated_at", "version"})  # changed by every update: not shown as changes
# Columns whose values the history never shows (the row's hash still covers them, so a
# password hash edited with an SQLite tool is caught by the check like any other column).
_SECRET = frozenset({"password_hash"})
# Office settings that hold a hash (the recovery code's): their value is hidden too.
_SECRET_SETTING_SUFFIX = "_hash"
HIDDEN = "•••"
_LONGEST = 2000  # characters of an old or new value kept in ``changes``


@dataclass
class Pending:
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


def pending_of(session: Session) -> Pending:
    pending = session.info.get(PENDING)
    if pending is None:
        pending = session.info[PENDING] = Pending()
    return pending


def _shown(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if len(text) <= _LONGEST else text[:_LONGEST] + "…"


# -- noting what a unit of work writes ---------------------------------------------------


def _table_of(state: InstanceState[Any]) -> str:
    return str(state.mapper.local_table.name)  # type: ignore[attr-defined]


def after_flush(session: Session, flush_context: UOWTransaction) -> None:
    if session.info.get(BUSY):
        return
    pending = pending_of(session)
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


def on_execute(state: ORMExecuteState) -> None:
    """A DELETE or UPDATE a service runs itself: note the rows its WHERE selects."""
    if not (state.is_delete or state.is_update) or state.session.info.get(BUSY):
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
    pending = pending_of(session)
    for row_id in ids:
        pending.note(table_name, row_id, op, {})


def note_inserted_uids(
    session: Session, table_name: str, uids: Sequence[str], after_id: int
) -> None:
    """Rows a bulk insert added, known by their uids; every id before it was <= *after_id*."""
    if table_name in AUDITED and uids:
        pending = pending_of(session)
        pending.uids.append((table_name, list(uids), after_id, len(pending.entries)))
