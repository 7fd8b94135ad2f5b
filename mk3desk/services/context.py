"""The audit trail of services, and who is acting (``Actor``, defined in the domain
and re-exported here where the services have always found it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import AuditEntry
from mk3desk.domain.actor import Actor, format_roles, parse_roles

__all__ = ["Actor", "audit", "format_roles", "parse_roles"]


def audit(session: Session, actor: Actor, action: str, target: str = "", detail: str = "") -> None:
    """Record who did what. Called by services inside their transaction."""
    session.add(
        AuditEntry(
            actor_id=actor.person_id,
            actor_name=actor.name,
            action=action,
            target=target[:200],
            detail=detail,
        )
    )
