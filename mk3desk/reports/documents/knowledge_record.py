"""The record of one knowledge session: บันทึกการประชุม, or รายงานการถอดบทเรียน.

The subject, day, place and speaker; who came and who did not (ลา / ขาด); the
indicators it served; the lessons learned (one paragraph per line as typed); the
materials; signed by the recorder and certified by the director.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.reports.blocks import Signer, signature_blocks
from mk3desk.reports.documents.common import BLANK_NAME, DocumentContext
from mk3desk.reports.documents.knowledge_common import heading_lines
from mk3desk.reports.documents.knowledge_data import AttendeeData, KnowledgeData
from mk3desk.reports.page import FRAME_WIDTH
from mk3desk.reports.thai_paragraph import ThaiParagraph


def record_title(data: KnowledgeData) -> str:
    return "รายงานการถอดบทเรียน" if data.kind == "lessons" else "บันทึกการประชุม"


def _people(ctx: DocumentContext, people: list[AttendeeData], note: str = "") -> list[Flowable]:
    if not people:
        return [ctx.para("-", ctx.styles.body_left)]
    lines = []
    for n, p in enumerate(people, 1):
        text = f"{n}. {p.name}"
        if p.position.strip():
            text += f" {p.position.strip()}"
        if note:
            text += f" ({note})"
        lines.append(ctx.para(text, ctx.styles.body_left))
    return lines


def build(ctx: DocumentContext, data: KnowledgeData) -> list[Flowable]:
    ctx.step(0, 1, record_title(data))
    came = [a for a in data.attendees if a.status == "attended"]
    leave = [a for a in data.attendees if a.status == "leave"]
    absent = [a for a in data.attendees if a.status == "absent"]
    items: list[Flowable] = [*heading_lines(ctx, data, record_title(data)), Spacer(1, 6)]
    if data.speaker.strip():
        items.append(ctx.para(f"วิทยากร/ประธาน: {data.speaker.strip()}", ctx.styles.body_left))
    items.append(
        ctx.para(
            f"ผู้เข้าร่วม {len(came)} คน ลา {len(leave)} คน ขาด {len(absent)} คน "
            f"จากผู้ได้รับเชิญ {len(data.attendees)} คน",
            ctx.styles.body_left,
        )
    )
    items += ctx.heading("ผู้เข้าร่วม", 0, outline=False)
    items += _people(ctx, came)
    if leave or absent:
        items += ctx.heading("ผู้ไม่ได้เข้าร่วม", 0, outline=False)
        items += _people(ctx, leave, "ลา") if leave else []
        items += _people(ctx, absent, "ขาด") if absent else []
    items += ctx.heading("ตัวชี้วัดที่เกี่ยวข้อง", 0, outline=False)
    items += [
        ctx.para(f"ตัวชี้วัด {code} {title}", ctx.styles.body_left) for code, title in data.indicators
    ] or [ctx.para("-", ctx.styles.body_left)]
    lessons_heading = "บทเรียนที่ได้รับ" if data.kind == "lessons" else "สาระสำคัญและบทเรียนที่ได้รับ"
    items += ctx.heading(lessons_heading, 0, outline=False)
    lessons = ctx.paras(data.lessons)
    items += lessons[:-1]
    tail: list[Flowable] = [lessons[-1]]  # kept on the page of the signatures
    if data.materials:
        tail += ctx.heading("เอกสารประกอบ", 0, outline=False)
        # File names as they are (no Thai digits: the name is how the file is found).
        tail += [ThaiParagraph(f"- {name}", ctx.styles.body_left) for name in data.materials]
    recorder = Signer(BLANK_NAME, "", role="ผู้บันทึก")
    signatures = signature_blocks(
        [recorder, ctx.director("ผู้รับรอง")], FRAME_WIDTH, ctx.styles.body_left
    )
    items.append(KeepTogether([*tail, Spacer(1, 12), signatures]))
    return [*items, ctx.end()]
