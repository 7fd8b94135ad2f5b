"""Deleting a knowledge session (its attendance, links and material records go with it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services.context import Actor, audit
from mk3desk.services.knowledge.common import get_session
from mk3desk.services.rights import require


def delete_session(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    session_id: int,
    *,
    version: int | None = None,
) -> str:
    """Delete session *session_id*; its topic. Refused when it changed since *version*.

    The material files stay in the evidence store (other records may share the bytes);
    ``mk3desk check`` counts bytes no record names."""
    require(session, actor, Action.KNOWLEDGE)
    found = get_session(session, office_year, session_id, version=version)
    topic = found.topic
    session.delete(found)
    session.flush()
    audit(session, actor, "knowledge.delete", topic, f"year={office_year.be_year}")
    return topic
