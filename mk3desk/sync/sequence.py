"""Which bundle came after which: the sender's numbering, the receiver's memory of it.

The three-way merge (merge.py) compares a record's versions by hash; it cannot tell
an older bundle from a newer one when both start from the same base. A Key Man who
exports bundle A (value 11), then B (value 22), both before hearing back, sends two
bundles with the same base; had the coordinator taken B, then A, the rule "mine is
what I last received from them → take theirs" would roll the value back to 11.

So every database numbers the bundles it sends: a random *sender* id made once, and a
*sequence* raised by one at every export (both in sync_state, under the kind SELF;
manifest version 3 carries them). The receiver remembers, per sender and record, the
sequence of the bundle it last settled that record from (kind ``STAMP + kind``, key
``sender/key``). A record arriving in a bundle with a lower sequence from the same
sender is stale: if it would change anything here it is refused with a Thai reason,
never taken (merge.py); the rest of the bundle — other indicators — merges as usual.
A replay of the same bundle (same sequence) still finds nothing to do.

Bundles without numbers (format 1 and 2, or exported from a read-only copy) merge by
the three-way rule alone, as before. A database file copied to a second machine shares
its sender id: the two copies' bundles then look like one sender's (documented limit).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import SyncState
from mk3desk.db.types import new_uid

SELF = "bundle.self"
STAMP = "seq:"


def next_number(session: Session, *, write: bool) -> tuple[str | None, int | None]:
    """This database's sender id and the next bundle's sequence (raised when *write*).

    A read-only database cannot count: its bundles carry no sequence.
    """
    rows = {r.key: r for r in session.scalars(select(SyncState).where(SyncState.kind == SELF))}
    sender = rows.get("sender")
    if not write:
        return (sender.hash if sender is not None else None), None
    if sender is None:
        sender = SyncState(kind=SELF, key="sender", hash=new_uid())
        session.add(sender)
    counter = rows.get("sequence")
    if counter is None:
        counter = SyncState(kind=SELF, key="sequence", hash="0")
        session.add(counter)
    number = int(counter.hash or "0") + 1
    counter.hash = str(number)
    session.flush()
    return sender.hash, number


def stamp_key(kind: str, sender: str, key: str) -> tuple[str, str]:
    return STAMP + kind, f"{sender}/{key}"


def received(session: Session, sender: str | None) -> dict[tuple[str, str], int]:
    """(kind, key) → the sequence of *sender*'s bundle each record was last settled from."""
    if sender is None:
        return {}
    prefix = f"{sender}/"
    rows = session.scalars(
        select(SyncState).where(
            SyncState.kind.startswith(STAMP), SyncState.key.startswith(prefix, autoescape=True)
        )
    )
    return {
        (row.kind[len(STAMP) :], row.key[len(prefix) :]): int(row.hash)
        for row in rows
        if row.hash is not None and row.hash.isdigit()
    }


def remember(
    session: Session,
    rows: dict[tuple[str, str], SyncState],
    sender: str | None,
    sequence: int | None,
    settled: Iterable[tuple[str, str]],
) -> None:
    """Record that *settled* records (kind, key) are known up to *sender*'s *sequence*.

    *rows*: every sync_state row by (kind, key), kept up to date.
    """
    if sender is None or sequence is None:
        return
    for kind, key in settled:
        name = stamp_key(kind, sender, key)
        row = rows.get(name)
        if row is None:
            row = SyncState(kind=name[0], key=name[1], hash=str(sequence))
            session.add(row)
            rows[name] = row
        elif not (row.hash or "").isdigit() or int(row.hash or "0") < sequence:
            row.hash = str(sequence)
