"""Document 1: the year's result as OBEC announces it (หมวด ๑-๗, weighted score, band).

Laid out like the announcement quoted in the source story, with the office's
own computed figures next to the official ones, the target and the national
rank, and the director's signature.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.thainum import format_number
from mk3desk.domain.year_result import YearResult
from mk3desk.reports.blocks import thai_table
from mk3desk.reports.documents.common import DASH, DocumentContext, cells, column_widths
from mk3desk.reports.documents.data import SummaryData
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align

TITLE = "ผลการประเมินสถานะการเป็นระบบราชการ 4.0 (PMQA 4.0) และตัวชี้วัดผลลัพธ์"
SUBTITLE = "การดำเนินการตามมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของสำนักงานเขตพื้นที่การศึกษา"


def score_table(ctx: DocumentContext, result: YearResult) -> Flowable:
    """หมวด ๑-๗ and the weighted total: computed and official, 5 decimals."""
    official = result.official
    official_cats = dict(official.category_scores) if official else {}
    rows: list[list[object]] = [["หมวด", "ชื่อหมวด", "น้ำหนัก", "คำนวณได้", "ทางการ"]]
    for cat in result.score.categories:
        rows.append(
            cells(
                ctx,
                [
                    str(cat.number),
                    cat.title,
                    format_number(cat.weight),
                    ctx.score(cat.score),
                    ctx.score(official_cats.get(cat.number)),
                ],
            )
        )
    total_official = official.total if official else None
    rows.append(
        cells(
            ctx,
            ["", "**คะแนนถ่วงน้ำหนัก**", "", ctx.score(result.score.total), ctx.score(total_official)],
        )
    )
    band = result.score.band.name if result.score.band else DASH
    if official is not None and official.band:
        band_text = official.band if official.band == band else f"{official.band} (คำนวณได้: {band})"
    else:
        band_text = f"{band} (ตามที่คำนวณได้)"
    band_cell = ThaiParagraph(
        ctx.num(band_text), replace(ctx.styles.table_cell, align=Align.CENTER)
    )
    rows.append(cells(ctx, ["", "**ระดับผลการประเมิน**", band_cell, "", ""]))
    right, centre = Align.RIGHT, Align.CENTER
    # The band names are long: the last row's band spans weight and both score columns.
    last = len(rows) - 1
    return thai_table(
        rows,
        column_widths(1.7, 7.2, 1.9, 2.6, 2.6),
        cell_style=ctx.styles.table_cell,
        header_style=ctx.styles.table_header,
        column_align=[centre, None, centre, right, right],
        spans=[((2, last), (4, last))],
    )


def facts(ctx: DocumentContext, result: YearResult) -> list[Flowable]:
    """Target, rank and how the computed total compares with the official one."""
    score, official, rec = result.score, result.official, result.reconciliation
    lines: list[str] = []
    if score.target is not None:
        reached = score.gap_to_target is not None and score.gap_to_target <= 0
        verdict = "ถึงค่าเป้าหมายแล้ว" if reached else "ยังไม่ถึงค่าเป้าหมาย"
        lines.append(f"ค่าเป้าหมายของปี {ctx.score(score.target)} คะแนน — {verdict}")
    else:
        lines.append("ค่าเป้าหมายของปี: ยังไม่ได้กำหนด")
    if official is not None and official.rank is not None:
        lines.append(f"ลำดับที่ {official.rank} ของประเทศ (ตามประกาศของ สพฐ.)")
    else:
        lines.append("ลำดับที่ของประเทศ: ยังไม่ได้บันทึกผลประกาศ")
    if rec is not None and rec.total_difference is not None:
        if rec.total_difference == 0:
            lines.append("คะแนนรวมที่คำนวณได้ตรงกับคะแนนทางการ")
        else:
            side = "สูงกว่า" if rec.total_difference > 0 else "ต่ำกว่า"
            lines.append(
                f"คะแนนรวมทางการ {ctx.score(rec.official_total)} {side}ที่คำนวณได้ "
                f"({ctx.score(rec.computed_total)}) {ctx.score(abs(rec.total_difference))} คะแนน"
            )
    elif official is None:
        lines.append("ยังไม่ได้บันทึกคะแนนทางการที่ สพฐ. ประกาศ จึงแสดงเฉพาะคะแนนที่คำนวณได้")
    return [ctx.para(f"- {line}", ctx.styles.small) for line in lines]


def story(
    ctx: DocumentContext, result: YearResult, *, signed: bool = True, in_book: bool = False
) -> list[Flowable]:
    items: list[Flowable] = []
    if in_book:
        items += ctx.heading("ส่วนที่ 1 สรุปผลการประเมิน", 0)
    items += [
        ThaiParagraph(ctx.num(TITLE), replace(ctx.styles.title, size=ctx.fonts.body_size + 2)),
        ctx.para(SUBTITLE, replace(ctx.centre, size=ctx.styles.small.font_size)),
        ctx.para(ctx.year_label, ctx.centre),
        ctx.para(ctx.office.name, ctx.centre),
        Spacer(1, 6),
        score_table(ctx, result),
        Spacer(1, 4),
        *facts(ctx, result),
    ]
    if signed:
        items += [
            Spacer(1, 6),
            ctx.signed_right(ctx.director(), "ขอรับรองว่าข้อมูลข้างต้นถูกต้องตรงตามผลการดำเนินงาน"),
        ]
    return items


def build(ctx: DocumentContext, data: SummaryData) -> list[Flowable]:
    ctx.step(0, 1, "สรุปผลการประเมิน")
    return [*story(ctx, data.result), ctx.end()]
