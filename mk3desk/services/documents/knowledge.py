"""A knowledge session as its attendance sheet and its record print it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, KnowledgeSession
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from mk3desk.domain.knowledge import KIND_TITLES
from mk3desk.reports.documents.knowledge_data import AttendeeData, KnowledgeData
from mk3desk.services.knowledge.read import view_of


def knowledge_data(session: Session, year: FiscalYear, session_id: int | None) -> KnowledgeData:
    """Session *session_id* of *year* (default: the year's first); refused when the year
    has none, or the session is of another year."""
    query = (
        select(KnowledgeSession)
        .where(KnowledgeSession.year_id == year.id)
        .order_by(KnowledgeSession.held_on, KnowledgeSession.id)
    )
    if session_id is not None:
        query = query.where(KnowledgeSession.id == session_id)
    found = session.scalars(query.limit(1)).first()
    if found is None:
        if session_id is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Knowledge", "ไม่พบการประชุม/อบรมรหัส {id} ในปีงบประมาณ {year}"),
                id=session_id,
                year=year.be_year,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Knowledge",
                "ปีงบประมาณ {year} ยังไม่มีการประชุม/อบรม — เพิ่มที่หน้า “การพัฒนาความรู้” "
                "หรือ mk3desk knowledge add",
            ),
            year=year.be_year,
        )
    view = view_of(found)
    return KnowledgeData(
        topic=view.topic,
        kind=view.kind.value,
        kind_title=KIND_TITLES[view.kind],
        held_on=view.held_on,
        speaker=view.speaker,
        place=view.place,
        lessons=view.lessons,
        attendees=tuple(
            AttendeeData(a.name, a.position, a.group_name, a.status.value) for a in view.attendees
        ),
        indicators=tuple((i.code, i.title) for i in view.indicators),
        materials=tuple(m.file_name for m in view.materials),
    )
