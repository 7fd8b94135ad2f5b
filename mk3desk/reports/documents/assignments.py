"""Document 5: who owns which indicator until when, and the year's calendar of deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.thaidate import THAI_MONTHS, to_be
from mk3desk.reports.blocks import thai_table
from mk3desk.reports.documents.common import DocumentContext, cells, column_widths, person
from mk3desk.reports.documents.data import AssignedIndicator, AssignmentsData, DueDate
from mk3desk.reports.thai_text import Align


def assignment_table(ctx: DocumentContext, assigned: Sequence[AssignedIndicator]) -> Flowable:
    rows: list[list[object]] = [
        ["ตัวชี้วัด", "ประเด็น", "ผู้รับผิดชอบ", "ผู้รับผิดชอบสำรอง", "กำหนดส่ง", "สถานะ"]
    ]
    for row in assigned:
        rows.append(
            cells(
                ctx,
                [
                    row.code,
                    row.title,
                    person(row.owner_name),
                    person(row.backup_name),
                    ctx.date(row.deadline, "short") if row.deadline else None,
                    ctx.state(row.state),
                ],
            )
        )
    return thai_table(
        rows,
        column_widths(1.3, 5.9, 2.7, 2.7, 1.7, 1.7),
        cell_style=ctx.small_cell,
        header_style=ctx.small_header,
        column_align=[Align.CENTER, None, None, None, Align.CENTER, None],
    )


def calendar(ctx: DocumentContext, items: Sequence[DueDate]) -> list[Flowable]:
    """Deadlines month by month, earliest first."""
    if not items:
        return [ctx.para("- ยังไม่ได้กำหนดวันส่งงานของตัวชี้วัดใด", ctx.styles.body_left)]
    rows: list[list[object]] = [["วันที่", "ตัวชี้วัด", "ผู้รับผิดชอบ", "สถานะ"]]
    for (year, month), group in groupby(items, key=lambda i: (i.deadline.year, i.deadline.month)):
        rows.append(cells(ctx, [f"**{THAI_MONTHS[month - 1]} {to_be(year)}**", "", "", ""]))
        for item in group:
            late = " (เลยกำหนด)" if item.late else ""
            rows.append(
                cells(
                    ctx,
                    [
                        ctx.date(item.deadline, "short"),
                        f"{item.code} {item.title}",
                        person(item.owner_name),
                        ctx.state(item.state) + late,
                    ],
                )
            )
    return [
        thai_table(
            rows,
            column_widths(2.2, 7.6, 3.4, 2.8),
            cell_style=ctx.small_cell,
            header_style=ctx.small_header,
        )
    ]


def build(ctx: DocumentContext, data: AssignmentsData) -> list[Flowable]:
    ctx.step(0, 1, "บัญชีมอบหมายงาน")
    return [
        ctx.title(f"บัญชีมอบหมายผู้รับผิดชอบตัวชี้วัด {ctx.year_label}"),
        ctx.para(ctx.office.name, ctx.centre),
        Spacer(1, 6),
        assignment_table(ctx, data.rows),
        *ctx.heading("ปฏิทินการดำเนินงาน (กำหนดส่งงาน)", 0),
        *calendar(ctx, data.deadlines),
        ctx.end(),
    ]
