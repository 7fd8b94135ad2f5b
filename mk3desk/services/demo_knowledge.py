"""The demo office's FY2567 knowledge sessions: a briefing, a training, a lessons-learned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.models import FiscalYear, Person
from mk3desk.domain.knowledge import Attendance, SessionDraft, SessionKind
from mk3desk.domain.thaidate import to_ce
from mk3desk.services import demo_data as data
from mk3desk.services.context import Actor
from mk3desk.services.knowledge.materials import add_material
from mk3desk.services.knowledge.save import create_session
from mk3desk.services.lookup import find_indicator, office_year_of

DEMO_YEAR = 2567


def add_demo_sessions(
    session: Session,
    system: Actor,
    store: EvidenceFiles,
    people: list[Person],
    year: FiscalYear,
    files: list[Path],
) -> list[int]:
    """The three FY2567 sessions with attendance, indicators and (two) materials."""
    if year.be_year != DEMO_YEAR:
        return []
    office_year = office_year_of(year)
    by_name = {path.name: path for path in files}
    made = []
    for (
        month,
        day,
        kind,
        topic,
        speaker,
        place,
        lessons,
        codes,
        who,
        material,
    ) in data.KNOWLEDGE_SESSIONS:
        ce = to_ce(year.be_year) - (1 if month >= 10 else 0)
        draft = SessionDraft(
            held_on=date(ce, month, day),
            topic=topic,
            kind=SessionKind(kind),
            speaker=speaker,
            place=place,
            lessons=lessons,
            attendees=tuple((people[i].id, Attendance(status)) for i, status in who),
            indicator_ids=tuple(find_indicator(session, year, code).id for code in codes),
        )
        session_id = create_session(session, system, office_year, draft)
        if material in by_name:
            add_material(session, store, system, office_year, session_id, by_name[material])
        made.append(session_id)
    return made
