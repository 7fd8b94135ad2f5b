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
    """Record who did what. Called inside the caller's transaction."""
    session.add(
        AuditEntry(
            actor_id=actor.person_id,
            actor_name=actor.name,
            action=action,
            target=target[:200],
            detail=detail,
        )
    )
