"""The audit trail: who did what, written in the caller's transaction.

Here, below the services, so that everything that changes the database (the services,
and sync when it applies a bundle) records it the same way.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import AuditEntry
from mk3desk.domain.actor import Actor

__all__ = ["audit"]


def audit(session: Session, actor: Actor, action: str, target: str = "", detail: str = "") -> None:
    """Record who did what. Called inside the caller's transaction, after the writes.

    The entry is flushed at once: the records written so far in the unit of work are
    its lines in the chained trail (db/audit_chain.py), the records written after it
    belong to the next entry. That flush writes the caller's changes with the entry, so
    a service flushes before calling this only when it needs a new row's id (for the
    entry's target, say): every flush is a round of statements, and the demo office's
    ~1,600 audited actions were ~3,500 flushes.
    """
    session.add(
        AuditEntry(
            actor_id=actor.person_id,
            actor_name=actor.name,
            action=action,
            target=target[:200],
            detail=detail,
        )
    )
    session.flush()
