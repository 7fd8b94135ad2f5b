"""Document 6: the monitoring report for the executives: progress, people, late items.

"Late" is the one rule of mk3desk.domain.readiness (past the deadline and not
yet submitted), counted on the day the report is printed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.reports.blocks import thai_table
from mk3desk.reports.documents.assignments import assignment_table
from mk3desk.reports.documents.common import DocumentContext, cells, column_widths, person
from mk3desk.reports.documents.data import DueDate, MonitoringData, PersonLoad
from mk3desk.reports.thai_text import Align


def state_table(ctx: DocumentContext, counts: Mapping[State, int]) -> Flowable:
    total = sum(counts.values())
    rows: list[list[object]] = [["สถานะ", "จำนวนตัวชี้วัด", "ร้อยละ"]]
    for state, count in counts.items():
        share = f"{count * 100 / total:.1f}" if total else "0"
        rows.append(cells(ctx, [STATE_TITLES[state], str(count), share]))
    rows.append(cells(ctx, ["**รวม**", f"**{total}**", "**100.0**" if total else "0"]))
    return thai_table(
        rows,
        column_widths(8, 4, 4),
        cell_style=ctx.small_cell,
        header_style=ctx.small_header,
        column_align=[None, Align.RIGHT, Align.RIGHT],
    )


def people_table(ctx: DocumentContext, loads: Sequence[PersonLoad]) -> list[Flowable]:
    """Per person: how many indicators as Key Man and backup, not yet submitted, late;
    then which ones, in which state."""
    if not loads:
        return [ctx.para("- ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัด", ctx.styles.body_left)]
    rows: list[list[object]] = [["ชื่อ - สกุล", "รับผิดชอบหลัก", "สำรอง", "ยังไม่ส่ง", "เลยกำหนด"]]
    for w in loads:
        row = [person(w.name), str(w.owned), str(w.backup), str(w.open), str(w.late)]
        rows.append(cells(ctx, row))
    return [
        thai_table(
            rows,
            column_widths(6.4, 2.4, 2.4, 2.4, 2.4),
            cell_style=ctx.small_cell,
            header_style=ctx.small_header,
            column_align=[None, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT],
        ),
        Spacer(1, 8),
        _indicator_table(ctx, loads),
    ]


def _load_text(load: PersonLoad) -> str:
    """The load's indicators in one flowing line: code and state, backup ones marked,
    late ones in bold."""
    parts = []
    for item in load.indicators:
        text = f"{item.code} {STATE_TITLES[item.state]}"
        if item.as_backup:
            text = f"(สำรอง) {text}"
        if item.late:
            text = f"**{text} – เลยกำหนด**"
        parts.append(text)
    return " · ".join(parts) or "-"


def _indicator_table(ctx: DocumentContext, loads: Sequence[PersonLoad]) -> Flowable:
    rows: list[list[object]] = [["ชื่อ - สกุล", "ตัวชี้วัดที่รับผิดชอบและสถานะ"]]
    rows += [cells(ctx, [w.name, _load_text(w)]) for w in loads]
    return thai_table(
        rows,
        column_widths(6.4, 9.6),
        cell_style=ctx.small_cell,
        header_style=ctx.small_header,
    )


def late_table(ctx: DocumentContext, items: Sequence[DueDate]) -> list[Flowable]:
    if not items:
        return [ctx.para("- ไม่มีตัวชี้วัดที่เลยกำหนดส่ง", ctx.styles.body_left)]
    rows: list[list[object]] = [["ตัวชี้วัด", "ประเด็น", "ผู้รับผิดชอบ", "กำหนดส่ง", "เลยมาแล้ว (วัน)"]]
    for item in sorted(items, key=lambda i: i.days_left):
        rows.append(
            cells(
                ctx,
                [
                    item.code,
                    item.title,
                    person(item.owner_name),
                    ctx.date(item.deadline, "short"),
                    str(-item.days_left),
                ],
            )
        )
    return [
        thai_table(
            rows,
            column_widths(1.5, 6.4, 3.3, 2.2, 2.6),
            cell_style=ctx.small_cell,
            header_style=ctx.small_header,
            column_align=[Align.CENTER, None, None, Align.CENTER, Align.RIGHT],
        )
    ]


def build(ctx: DocumentContext, data: MonitoringData) -> list[Flowable]:
    ctx.step(0, 1, "รายงานการกำกับติดตาม")
    return [
        ctx.title(f"รายงานการกำกับติดตามการดำเนินงานตามตัวชี้วัด {ctx.year_label}"),
        ctx.para(f"{ctx.office.name} ข้อมูล ณ วันที่ {ctx.date(ctx.today)}", ctx.centre),
        *ctx.heading("1. ความก้าวหน้าตามสถานะ PDCA", 0),
        state_table(ctx, data.states),
        *ctx.heading("2. ตัวชี้วัดที่เลยกำหนดส่ง", 0),
        *late_table(ctx, data.late),
        *ctx.heading("3. ภาระงานรายบุคคล", 0),
        *people_table(ctx, data.loads),
        *ctx.heading("4. ความก้าวหน้ารายตัวชี้วัด", 0),
        assignment_table(ctx, data.rows),
        ctx.end(),
    ]
