"""Knowledge sessions (K – Knowledge of the MK3 Model): meetings, trainings, lessons learned.

A session of a fiscal year has its day, topic, kind (ประชุมชี้แจง, อบรม, ถอดบทเรียน,
ให้คำปรึกษา/โค้ช), speaker and place, the people of the office invited with whether
they came (attended / absent / on leave), the lessons learned, the indicators it
serves (it counts as evidence there) and its materials (files in the evidence store).
Plain values here; services/knowledge/ stores them.

Rules (issue #14): a session needs a topic and at least one attendee; nobody is
listed twice; an indicator is linked once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TOPIC = 300
MAX_NAME = 200


class SessionKind(StrEnum):
    BRIEFING = "briefing"  # ประชุมชี้แจง
    TRAINING = "training"  # อบรม
    LESSONS = "lessons"  # ถอดบทเรียน
    COACHING = "coaching"  # ให้คำปรึกษา / โค้ช


KIND_TITLES: dict[SessionKind, str] = {
    SessionKind.BRIEFING: QT_TRANSLATE_NOOP("Knowledge", "ประชุมชี้แจง"),
    SessionKind.TRAINING: QT_TRANSLATE_NOOP("Knowledge", "อบรม"),
    SessionKind.LESSONS: QT_TRANSLATE_NOOP("Knowledge", "ถอดบทเรียน"),
    SessionKind.COACHING: QT_TRANSLATE_NOOP("Knowledge", "ให้คำปรึกษา/โค้ช"),
}


class Attendance(StrEnum):
    ATTENDED = "attended"
    ABSENT = "absent"
    LEAVE = "leave"


ATTENDANCE_TITLES: dict[Attendance, str] = {
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("Knowledge", "เข้าร่วม"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Knowledge", "ขาด"),
    Attendance.LEAVE: QT_TRANSLATE_NOOP("Knowledge", "ลา"),
}


def _parse(value: str, titles: dict[str, str], what: str) -> str:
    text = value.strip()
    for key, title in titles.items():
        if text in (key, title) or (text and title.startswith(text) and len(text) >= 3):
            return key
    raise ValidationError(
        QT_TRANSLATE_NOOP("Knowledge", "ไม่รู้จัก{what} “{value}” (ที่มี: {known})"),
        what=what,
        value=value,
        known=", ".join(titles.values()),
    )


def parse_kind(value: str) -> SessionKind:
    """A stored or typed kind: its key ("briefing") or its Thai title ("ประชุมชี้แจง")."""
    aliases = {"ชี้แจง": SessionKind.BRIEFING, "โค้ช": SessionKind.COACHING}
    if value.strip() in aliases:
        return aliases[value.strip()]
    titles = {k.value: t for k, t in KIND_TITLES.items()}
    return SessionKind(_parse(value, titles, QT_TRANSLATE_NOOP("Knowledge", "ประเภทการพัฒนาความรู้")))


def parse_attendance(value: str) -> Attendance:
    """A stored or typed status: "attended" / "เข้าร่วม", "absent" / "ขาด", "leave" / "ลา"."""
    titles = {k.value: t for k, t in ATTENDANCE_TITLES.items()}
    return Attendance(_parse(value, titles, QT_TRANSLATE_NOOP("Knowledge", "สถานะการเข้าร่วม")))


@dataclass(frozen=True)
class SessionDraft:
    """A knowledge session as its form is saved."""

    held_on: date
    topic: str
    kind: SessionKind
    speaker: str = ""
    place: str = ""
    lessons: str = ""  # the lessons learned / the meeting's record
    attendees: tuple[tuple[int, Attendance], ...] = ()  # (person id, status), as listed
    indicator_ids: tuple[int, ...] = ()  # the indicators of the year it serves


@dataclass(frozen=True)
class AttendeeEntry:
    person_id: int
    name: str
    status: Attendance


def check_session(topic: str, speaker: str, place: str) -> None:
    """A session needs its topic; the texts fit the printed forms."""
    if not topic.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Knowledge", "กรุณาระบุหัวข้อการประชุม/อบรม ก่อนบันทึก"))
    if len(topic) > MAX_TOPIC:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Knowledge", "หัวข้อยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)"),
            limit=MAX_TOPIC,
        )
    if len(speaker) > MAX_NAME or len(place) > MAX_TOPIC:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Knowledge", "ชื่อวิทยากรหรือสถานที่ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)"),
            limit=MAX_NAME,
        )


def check_attendees(attendees: Iterable[AttendeeEntry]) -> None:
    """Refuse an empty list and a person listed twice, with the problem in Thai."""
    listed = list(attendees)
    if not listed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Knowledge",
                "ยังไม่มีผู้เข้าร่วม — เลือกบุคลากรที่เข้าร่วม (หรือลา/ขาด) อย่างน้อยหนึ่งคนก่อนบันทึก",
            )
        )
    seen: set[int] = set()
    for entry in listed:
        if entry.person_id in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Knowledge", "“{name}” อยู่ในรายชื่อผู้เข้าร่วมแล้ว ระบุได้ครั้งเดียว"),
                name=entry.name,
            )
        seen.add(entry.person_id)


@dataclass(frozen=True)
class AttendanceCount:
    attended: int
    absent: int
    leave: int

    @property
    def invited(self) -> int:
        return self.attended + self.absent + self.leave


def count_attendance(statuses: Iterable[Attendance]) -> AttendanceCount:
    listed = list(statuses)
    return AttendanceCount(
        attended=listed.count(Attendance.ATTENDED),
        absent=listed.count(Attendance.ABSENT),
        leave=listed.count(Attendance.LEAVE),
    )
