"""What the attendance sheet and the meeting record share: the session's heading lines."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from mk3desk.reports.documents.common import DocumentContext
from mk3desk.reports.documents.knowledge_data import KnowledgeData

STATUS_NOTES = {"attended": "", "absent": "ขาด", "leave": "ลา"}


def subject_line(data: KnowledgeData) -> str:
    """ "ประชุมชี้แจง เรื่อง …" (a lessons-learned session: "การถอดบทเรียน เรื่อง …")."""
    lead = "การถอดบทเรียน" if data.kind == "lessons" else data.kind_title
    return f"{lead} เรื่อง {data.topic}"


def when_where(ctx: DocumentContext, data: KnowledgeData) -> str:
    text = f"วันที่ {ctx.date(data.held_on)}"
    if data.place.strip():
        text += f" ณ {data.place.strip()}"
    return text


def heading_lines(ctx: DocumentContext, data: KnowledgeData, title: str) -> list[Flowable]:
    return [
        ctx.title(title),
        ctx.para(subject_line(data), ctx.centre),
        ctx.para(when_where(ctx, data), ctx.centre),
        ctx.para(ctx.office.name, ctx.centre),
    ]
