"""Knowledge sessions as the window, the CLI and an indicator's evidence show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import (
    KnowledgeAttendee,
    KnowledgeIndicator,
    KnowledgeSession,
    Person,
    YearIndicator,
)
from mk3desk.domain.knowledge import (
    Attendance,
    AttendanceCount,
    SessionKind,
    count_attendance,
)
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.thaisort import person_sort_key
from mk3desk.services import lookup
from mk3desk.services.knowledge.common import get_session


@dataclass(frozen=True)
class AttendeeView:
    person_id: int
    name: str
    position: str
    group_name: str
    status: Attendance
    active: bool


@dataclass(frozen=True)
class LinkedIndicator:
    indicator_id: int
    code: str
    title: str


@dataclass(frozen=True)
class MaterialView:
    material_id: int
    file_name: str
    size: int
    sha256: str
    description: str


@dataclass(frozen=True)
class SessionView:
    session_id: int
    version: int  # hand it back when saving: a stale save is refused
    held_on: date
    topic: str
    kind: SessionKind
    speaker: str
    place: str
    lessons: str
    attendees: tuple[AttendeeView, ...]  # as the clerk listed them
    indicators: tuple[LinkedIndicator, ...]
    materials: tuple[MaterialView, ...]

    @property
    def count(self) -> AttendanceCount:
        return count_attendance(a.status for a in self.attendees)


def _options() -> tuple[object, ...]:
    return (
        selectinload(KnowledgeSession.attendees)
        .selectinload(KnowledgeAttendee.person)
        .selectinload(Person.group),
        selectinload(KnowledgeSession.links).selectinload(KnowledgeIndicator.indicator),
        selectinload(KnowledgeSession.materials),
    )


def view_of(found: KnowledgeSession) -> SessionView:
    links = sorted(found.links, key=lambda link: link.indicator.sort_order)
    return SessionView(
        session_id=found.id,
        version=found.version,
        held_on=found.held_on,
        topic=found.topic,
        kind=SessionKind(found.kind),
        speaker=found.speaker,
        place=found.place,
        lessons=found.lessons,
        attendees=tuple(
            AttendeeView(
                person_id=a.person_id,
                name=a.person.name,
                position=a.person.position,
                group_name=a.person.group.name if a.person.group else "",
                status=Attendance(a.status),
                active=a.person.active,
            )
            for a in found.attendees
        ),
        indicators=tuple(
            LinkedIndicator(link.indicator_id, link.indicator.code, link.indicator.title)
            for link in links
        ),
        materials=tuple(
            MaterialView(m.id, m.file_name, m.size, m.sha256, m.description)
            for m in found.materials
        ),
    )


def sessions(session: Session, office_year: OfficeYear) -> list[SessionView]:
    """The year's knowledge sessions, oldest first."""
    year = lookup.year_of(session, office_year)
    rows = session.scalars(
        select(KnowledgeSession)
        .where(KnowledgeSession.year_id == year.id)
        .order_by(KnowledgeSession.held_on, KnowledgeSession.id)
        .options(*_options())  # type: ignore[arg-type]
    )
    return [view_of(found) for found in rows]


def one_session(session: Session, office_year: OfficeYear, session_id: int) -> SessionView:
    return view_of(get_session(session, office_year, session_id))


def sessions_for_indicator(session: Session, indicator_id: int) -> list[SessionView]:
    """The sessions that serve indicator *indicator_id* (they count as its evidence)."""
    rows = session.scalars(
        select(KnowledgeSession)
        .join(KnowledgeIndicator, KnowledgeIndicator.session_id == KnowledgeSession.id)
        .where(KnowledgeIndicator.indicator_id == indicator_id)
        .order_by(KnowledgeSession.held_on, KnowledgeSession.id)
        .options(*_options())  # type: ignore[arg-type]
    )
    return [view_of(found) for found in rows]


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    name: str
    position: str
    group_name: str
    active: bool


def people_to_invite(session: Session, office_year: OfficeYear) -> list[PersonChoice]:
    """The office's people for the attendee picker, in Thai name order (those who left too:
    an old session still lists them)."""
    year = lookup.year_of(session, office_year)
    people = session.scalars(
        select(Person).where(Person.office_id == year.office_id).options(selectinload(Person.group))
    ).all()
    return [
        PersonChoice(p.id, p.name, p.position, p.group.name if p.group else "", p.active)
        for p in sorted(people, key=lambda p: person_sort_key(p.name))
    ]


def indicators_to_link(session: Session, office_year: OfficeYear) -> list[LinkedIndicator]:
    year = lookup.year_of(session, office_year)
    return [
        LinkedIndicator(i.id, i.code, i.title)
        for i in session.scalars(
            select(YearIndicator)
            .where(YearIndicator.year_id == year.id)
            .order_by(YearIndicator.sort_order, YearIndicator.id)
        )
    ]
