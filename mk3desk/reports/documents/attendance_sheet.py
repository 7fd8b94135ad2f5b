"""The attendance sheet to sign (ใบลงทะเบียน) of one knowledge session.

The office, the topic, the day and the place; then one row per person invited:
ลำดับ, ชื่อ–สกุล, ตำแหน่ง, a signature column tall enough to sign in, and a note
(ลา / ขาด when already recorded). Signed at the bottom by whoever keeps the record.
"""

from __future__ import annotations

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.reports.blocks import Signer, thai_table
from mk3desk.reports.documents.common import BLANK_NAME, DocumentContext, cells, column_widths
from mk3desk.reports.documents.knowledge_common import STATUS_NOTES, heading_lines
from mk3desk.reports.documents.knowledge_data import KnowledgeData
from mk3desk.reports.thai_text import Align

SIGN_HEIGHT = 26.0  # points: about 9 mm, room for a signature in the row
EXTRA_ROWS = 3  # blank rows for people who come without being listed


def build(ctx: DocumentContext, data: KnowledgeData) -> list[Flowable]:
    ctx.step(0, 1, "ใบลงทะเบียน")
    rows: list[list[object]] = [["ลำดับ", "ชื่อ – สกุล", "ตำแหน่ง", "ลายมือชื่อ", "หมายเหตุ"]]
    for n, person in enumerate(data.attendees, 1):
        rows.append(
            cells(
                ctx,
                [
                    str(n),
                    person.name,
                    person.position or "",
                    Spacer(1, SIGN_HEIGHT),
                    STATUS_NOTES.get(person.status, ""),
                ],
            )
        )
    for n in range(len(data.attendees) + 1, len(data.attendees) + EXTRA_ROWS + 1):
        rows.append(cells(ctx, [str(n), "", "", Spacer(1, SIGN_HEIGHT), ""]))
    table = thai_table(
        rows,
        column_widths(1.6, 5.7, 5.0, 3.5, 2.6),
        cell_style=ctx.small_cell,
        header_style=ctx.small_header,
        column_align=[Align.CENTER, None, None, None, Align.CENTER],
    )
    speaker = f"วิทยากร/ประธาน: {data.speaker}" if data.speaker.strip() else ""
    recorder = Signer(BLANK_NAME, "ผู้บันทึกการลงทะเบียน")
    return [
        *heading_lines(ctx, data, "ใบลงทะเบียนผู้เข้าร่วม"),
        *([ctx.para(speaker, ctx.centre)] if speaker else []),
        Spacer(1, 8),
        table,
        Spacer(1, 10),
        ctx.signed_right(recorder),
        ctx.end(),
    ]
