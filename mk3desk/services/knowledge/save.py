"""Creating and editing a knowledge session as its form saves it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.lines import match_lines
from mk3desk.db.models import (
    FiscalYear,
    KnowledgeAttendee,
    KnowledgeIndicator,
    KnowledgeSession,
    Person,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.knowledge import (
    Attendance,
    AttendeeEntry,
    SessionDraft,
    SessionKind,
    check_attendees,
    check_session,
)
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_name, normalise_text
from mk3desk.services import lookup
from mk3desk.services.context import Actor, audit
from mk3desk.services.knowledge.common import get_session, touch
from mk3desk.services.knowledge.conflict import refuse_if_saved_since
from mk3desk.services.rights import require


def _person(session: Session, year: FiscalYear, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.office_id != year.office_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Knowledge", "บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
    return person


def _indicator(session: Session, year: FiscalYear, indicator_id: int) -> YearIndicator:
    indicator = session.get(YearIndicator, indicator_id)
    if indicator is None or indicator.year_id != year.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Knowledge", "ตัวชี้วัดที่เลือกไม่ได้อยู่ในปีงบประมาณ {year}"),
            year=year.be_year,
        )
    return indicator


def _apply(session: Session, found: KnowledgeSession, draft: SessionDraft) -> None:
    year = found.year
    topic = " ".join(normalise_text(draft.topic).split())
    speaker = normalise_name(draft.speaker)
    place = " ".join(normalise_text(draft.place).split())
    check_session(topic, speaker, place)
    listed = [(_person(session, year, pid), Attendance(status)) for pid, status in draft.attendees]
    check_attendees(AttendeeEntry(p.id, p.name, status) for p, status in listed)
    indicators: list[YearIndicator] = []
    for indicator_id in draft.indicator_ids:
        indicator = _indicator(session, year, indicator_id)
        if indicator not in indicators:
            indicators.append(indicator)
    found.held_on = draft.held_on
    found.topic = topic
    found.kind = SessionKind(draft.kind).value
    found.speaker = speaker
    found.place = place
    found.lessons = normalise_text(draft.lessons).strip()
    # Lines matched by person / indicator: an unchanged line keeps its record (and uid).
    match_lines(
        found.attendees,
        lambda line: line.person_id,
        [
            (person.id, {"status": status.value, "sort_order": order})
            for order, (person, status) in enumerate(listed)
        ],
        lambda person_id: KnowledgeAttendee(person_id=person_id),
    )
    match_lines(
        found.links,
        lambda link: link.indicator_id,
        [(indicator.id, {}) for indicator in indicators],
        lambda indicator_id: KnowledgeIndicator(indicator_id=indicator_id),
    )


def create_session(
    session: Session, actor: Actor, office_year: OfficeYear, draft: SessionDraft
) -> int:
    """A new knowledge session of the year; its id. Refused (nothing written) when it
    breaks a rule (no topic, no attendee, someone listed twice)."""
    require(session, actor, Action.KNOWLEDGE)
    year = lookup.year_of(session, office_year)
    found = KnowledgeSession(year=year)
    _apply(session, found, draft)  # before it is added: its lookups must not flush it half-filled
    session.add(found)
    session.flush()
    audit(
        session,
        actor,
        "knowledge.create",
        found.topic,
        f"year={year.be_year} attendees={len(found.attendees)}",
    )
    return found.id


def edit_session(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    session_id: int,
    draft: SessionDraft,
    *,
    version: int,
) -> int:
    """Save the form of session *session_id*, read at *version*; the new version.

    Saved by someone else since: refused with the parts that differ and the session as
    stored (``conflict.refuse_if_saved_since``)."""
    require(session, actor, Action.KNOWLEDGE)
    found = get_session(session, office_year, session_id)
    refuse_if_saved_since(session, found, version, draft)
    _apply(session, found, draft)
    touch(found)  # the lists alone changed: the session's version still goes up
    session.flush()
    audit(session, actor, "knowledge.edit", found.topic, f"attendees={len(found.attendees)}")
    return found.version
