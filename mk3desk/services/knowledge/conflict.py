"""A knowledge session's form saved after someone else saved the session: what differs.

``edit_session`` passes the version its form read; when the stored session is newer its
save is refused with each part (day, topic, kind, speaker, place, lessons, attendees,
indicators) where the form and the stored session differ, and with the session as stored
(``SessionView``) to show or to save over (``services.conflicts``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import KnowledgeSession, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict
from mk3desk.domain.knowledge import (
    ATTENDANCE_TITLES,
    KIND_TITLES,
    Attendance,
    SessionDraft,
    SessionKind,
)
from mk3desk.domain.text import normalise_name, normalise_text
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.conflicts import read_locked, refuse_if_changed
from mk3desk.services.knowledge.read import view_of


def _attendees(session: Session, draft: SessionDraft) -> str:
    lines = []
    for person_id, status in draft.attendees:
        person = session.get(Person, person_id)
        name = person.name if person is not None else str(person_id)
        lines.append(f"{name} — {ATTENDANCE_TITLES[Attendance(status)]}")
    return "\n".join(lines)


def _codes(session: Session, draft: SessionDraft) -> str:
    found = (session.get(YearIndicator, i) for i in draft.indicator_ids)
    return ", ".join(sorted({i.code for i in found if i is not None}))


def refuse_if_saved_since(
    session: Session, found: KnowledgeSession, version: int, draft: SessionDraft
) -> None:
    """Refuse the save of *draft* when *found* is no longer at *version* and the form
    differs from what is stored."""
    read_locked(session, found)
    stored = view_of(found)
    day = format_thai_date(draft.held_on, digits=NumeralStyle.ARABIC)
    pairs = (
        (
            QT_TRANSLATE_NOOP("Knowledge", "วันที่"),
            day,
            format_thai_date(stored.held_on, digits=NumeralStyle.ARABIC),
        ),
        (
            QT_TRANSLATE_NOOP("Knowledge", "เรื่อง"),
            " ".join(normalise_text(draft.topic).split()),
            stored.topic,
        ),
        (
            QT_TRANSLATE_NOOP("Knowledge", "ประเภท"),
            KIND_TITLES[SessionKind(draft.kind)],
            KIND_TITLES[stored.kind],
        ),
        (QT_TRANSLATE_NOOP("Knowledge", "วิทยากร"), normalise_name(draft.speaker), stored.speaker),
        (
            QT_TRANSLATE_NOOP("Knowledge", "สถานที่"),
            " ".join(normalise_text(draft.place).split()),
            stored.place,
        ),
        (
            QT_TRANSLATE_NOOP("Knowledge", "บทเรียนที่ได้ / บันทึกการประชุม"),
            normalise_text(draft.lessons).strip(),
            stored.lessons,
        ),
        (
            QT_TRANSLATE_NOOP("Knowledge", "ผู้เข้าร่วม"),
            _attendees(session, draft),
            "\n".join(f"{a.name} — {ATTENDANCE_TITLES[a.status]}" for a in stored.attendees),
        ),
        (
            QT_TRANSLATE_NOOP("Knowledge", "ตัวชี้วัดที่เกี่ยวข้อง"),
            _codes(session, draft),
            ", ".join(sorted({i.code for i in stored.indicators})),
        ),
    )
    refuse_if_changed(
        found.version != version,
        stored.topic,
        (FieldConflict(*pair) for pair in pairs),
        stored,
    )
