"""Deleting a knowledge session (its attendance, links and material records go with it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services.context import Actor, audit
from mk3desk.services.evidence import delete_unused_after_commit
from mk3desk.services.knowledge.common import get_session
from mk3desk.services.rights import require


def delete_session(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    session_id: int,
    *,
    version: int | None = None,
    store: EvidenceFiles | None = None,
) -> str:
    """Delete session *session_id*; its topic. Refused when it changed since *version*.

    Given the evidence *store*, its materials' files go too once the deletion is
    committed, unless another record names the same bytes."""
    require(session, actor, Action.KNOWLEDGE)
    found = get_session(session, office_year, session_id, version=version)
    topic = found.topic
    hashes = {m.sha256 for m in found.materials}
    session.delete(found)
    session.flush()
    if store is not None:
        delete_unused_after_commit(session, store, hashes)
    audit(session, actor, "knowledge.delete", topic, f"year={office_year.be_year}")
    return topic
