"""What the attendance sheet and the meeting record of a knowledge session print.

Plain frozen values gathered by ``services.documents.knowledge``; part of
:data:`.data.DocumentContent`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AttendeeData:
    name: str
    position: str
    group_name: str
    status: str  # Attendance value: attended / absent / leave


@dataclass(frozen=True)
class KnowledgeData:
    """One knowledge session (ใบลงทะเบียน and บันทึกการประชุม / รายงานการถอดบทเรียน)."""

    topic: str
    kind: str  # SessionKind value
    kind_title: str  # Thai: ประชุมชี้แจง, อบรม, ถอดบทเรียน, ให้คำปรึกษา/โค้ช
    held_on: date
    speaker: str
    place: str
    lessons: str
    attendees: tuple[AttendeeData, ...]  # as listed by the clerk
    indicators: tuple[tuple[str, str], ...]  # (code, title) the session serves
    materials: tuple[str, ...]  # file names
