"""What the knowledge-session actions share: finding a session of the year, touching it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.errors import changed_elsewhere
from mk3desk.db.models import KnowledgeSession
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import lookup


def get_session(
    session: Session, office_year: OfficeYear, session_id: int, *, version: int | None = None
) -> KnowledgeSession:
    """Knowledge session *session_id* of *office_year*; with *version*, the version the
    form read: a session saved since (another window, the CLI) is refused."""
    year = lookup.year_of(session, office_year)
    found = session.get(KnowledgeSession, session_id)
    if found is None or found.year_id != year.id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Knowledge", "ไม่พบการประชุม/อบรมรหัส {id} ในปีงบประมาณ {year}"),
            id=session_id,
            year=office_year.be_year,
        )
    if version is not None and found.version != version:
        raise changed_elsewhere()
    return found


def touch(found: KnowledgeSession) -> None:
    """Mark *found* changed (its version goes up) when only its lists changed."""
    found.updated_at = utcnow()
