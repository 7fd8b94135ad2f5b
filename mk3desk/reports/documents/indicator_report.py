"""Document 2: the report of one indicator (or of every indicator, one after another).

Criteria per level with which are met and the narrative, the PDCA record, the
outcome values (target and three years), self and official score, the
committee's comments, the evidence list, and the signatures of the owner, the
head of the owner's group and the director.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import KeepTogether, PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import LEVEL_ORDER, LEVEL_TITLES_TH, IndicatorKind
from mk3desk.domain.year_result import YearResult
from mk3desk.reports.blocks import Signer, signature_blocks, thai_table
from mk3desk.reports.documents.common import (
    DASH,
    DocumentContext,
    cells,
    column_widths,
    or_dash,
    person,
)
from mk3desk.reports.documents.data import IndicatorData, IndicatorsData
from mk3desk.reports.page import FRAME_WIDTH
from mk3desk.reports.thai_text import Align


def _facts(
    ctx: DocumentContext, ind: IndicatorData, scores: dict[str, Decimal], result: YearResult
) -> Flowable:
    official = result.official
    official_score = official.indicator_scores.get(ind.code) if official else None
    rows: list[list[str | None]] = [
        ["หมวด", f"หมวด {ind.category_number} {ind.category_title}"],
        ["ผู้รับผิดชอบ", person(ind.owner.name) if ind.owner else None],
        ["ผู้รับผิดชอบสำรอง", person(ind.backup_name)],
        ["กำหนดส่ง", ctx.date(ind.deadline) if ind.deadline else None],
        ["สถานะ", ctx.state(ind.state)],
        ["คะแนนประเมินตนเอง", ctx.score(scores.get(ind.code))],
        [
            "คะแนนที่ผ่านการตรวจสอบ (ทางการ)",
            ctx.score(official_score) if official_score is not None else "ยังไม่ได้บันทึก",
        ],
    ]
    return thai_table(
        [cells(ctx, row) for row in rows],
        column_widths(5, 11),
        cell_style=ctx.styles.table_cell,
        header_rows=0,
    )


def _criteria(ctx: DocumentContext, ind: IndicatorData) -> list[Flowable]:
    items: list[Flowable] = []
    for level in LEVEL_ORDER:
        criteria = [c for c in ind.criteria if c.level == level.value]
        if not criteria:
            continue
        items += ctx.heading(LEVEL_TITLES_TH[level], outline=False, style=ctx.styles.heading2)
        level_title = ind.level_titles.get(level.value, "")
        if level_title.strip():
            items += ctx.paras(level_title, ctx.styles.small)
        rows: list[list[object]] = [["ข้อ", "ประเด็นการพิจารณา", "ผล", "ผลการดำเนินงาน"]]
        for c in criteria:
            rows.append(
                cells(ctx, [c.key, c.text, "ผ่าน" if c.met else "ยังไม่ผ่าน", or_dash(c.narrative)])
            )
        items.append(
            thai_table(
                rows,
                column_widths(1.2, 6.0, 1.7, 7.1),
                cell_style=ctx.styles.table_cell,
                header_style=ctx.styles.table_header,
                column_align=[Align.CENTER, None, Align.CENTER, None],
            )
        )
    return items


def _outcome(
    ctx: DocumentContext, ind: IndicatorData, scores: dict[str, Decimal]
) -> list[Flowable]:
    values = ind.outcome_values
    years = [ctx.year.be_year - 2, ctx.year.be_year - 1, ctx.year.be_year]
    header = ["ค่าเป้าหมาย", *(f"ปี {y}" for y in years), "คะแนน"]
    places = target_places(ind.target)
    row = [ctx.number(ind.target), *(ctx.number(values.get(y), places) for y in years)]
    row.append(ctx.score(scores.get(ind.code)))
    unit = f"หน่วยนับ: {ind.unit}" if ind.unit.strip() else "หน่วยนับ: -"
    return [
        *ctx.heading("ผลการดำเนินงานตามตัวชี้วัด", outline=False, style=ctx.styles.heading2),
        ctx.para(unit, ctx.styles.small),
        thai_table(
            [cells(ctx, header), cells(ctx, row)],
            column_widths(1, 1, 1, 1, 1),
            cell_style=ctx.styles.table_cell,
            header_style=ctx.styles.table_header,
            column_align=[Align.RIGHT] * 5,
        ),
    ]


def target_places(target: Decimal | None) -> int | None:
    """Decimal places the values of an outcome print with: the target's own ("๗๐" →
    whole numbers, so a result of 70.32650 prints "๗๐", not "๗๐.๓๒๖๕๐" beside it).
    None (no target): each value as it was entered."""
    if target is None or not target.is_finite():
        return None
    exponent = target.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else None


def _pdca(ctx: DocumentContext, ind: IndicatorData) -> list[Flowable]:
    pdca = ind.pdca
    parts = [
        ("ขั้นวางแผน (Plan)", pdca.plan),
        ("ขั้นดำเนินการ (Do)", pdca.do),
        ("ขั้นตรวจสอบ (Check) — ข้อสังเกตของคณะกรรมการ", pdca.check),
        ("ขั้นสะท้อนผล (Act)", pdca.act),
        ("สิ่งที่จะปรับปรุงในปีต่อไป", pdca.improvements),
    ]
    items: list[Flowable] = ctx.heading("การดำเนินงานตามวงจร PDCA", outline=False)
    for title, text in parts:
        items += ctx.heading(title, outline=False, style=ctx.styles.heading2)
        items += ctx.paras(text, ctx.styles.body)
    comments = [t for t in ind.comments if t.text.strip()]
    items += ctx.heading(
        "ความเห็นของคณะกรรมการระหว่างการตรวจสอบ", outline=False, style=ctx.styles.heading2
    )
    if not comments:
        items.append(ctx.para("- ไม่มีความเห็นส่งกลับให้แก้ไข", ctx.styles.body_left))
    for t in comments:
        when = ctx.date(t.on, "short")
        who = t.by or DASH
        items.append(ctx.para(f"- {when} {who}: {t.text.strip()}", ctx.styles.body_left))
    return items


def _evidence(ctx: DocumentContext, ind: IndicatorData) -> list[Flowable]:
    live = ind.evidence
    items: list[Flowable] = ctx.heading("หลักฐานประกอบ", outline=False)
    if not live:
        return [*items, ctx.para("- ยังไม่มีไฟล์หลักฐาน", ctx.styles.body_left)]
    rows: list[list[object]] = [["ที่", "ชื่อไฟล์", "คำอธิบาย", "เกณฑ์", "วันที่แนบ"]]
    for n, e in enumerate(live, 1):
        key = e.criterion_key
        # File names are identifiers: their digits stay as the user typed them.
        rows.append(
            [
                ctx.num(str(n)),
                e.file_name,
                ctx.num(or_dash(e.description)),
                ctx.num(key) if key else DASH,
                ctx.date(e.added_on, "short"),
            ]
        )
    items.append(
        thai_table(
            rows,
            column_widths(0.9, 5.0, 5.6, 1.6, 2.9),
            cell_style=ctx.styles.table_cell,
            header_style=ctx.styles.table_header,
            column_align=[Align.CENTER, None, None, Align.CENTER, Align.CENTER],
        )
    )
    return items


def _signers(ctx: DocumentContext, ind: IndicatorData) -> list[Signer]:
    head = ind.group_head
    if head is None:
        ctx.no_group_head.append(ind.code)
    group = ind.group_name
    return [
        ctx.signer(
            ind.owner,
            missing=f"ผู้รับผิดชอบตัวชี้วัด {ind.code} (มอบหมายได้ที่หน้าตัวชี้วัด)",
            position="ผู้รับผิดชอบตัวชี้วัด",
            role="ผู้รายงาน",
        ),
        ctx.signer(
            head,
            missing="",
            quiet=True,
            position=f"ผู้อำนวยการ{group}" if group else "ผู้อำนวยการกลุ่ม",
            role="ผู้ตรวจสอบ",
        ),
        ctx.director(role="ผู้รับรอง"),
    ]


def indicator_story(
    ctx: DocumentContext,
    ind: IndicatorData,
    scores: dict[str, Decimal],
    result: YearResult,
    *,
    level: int = 0,
) -> list[Flowable]:
    """The report of one indicator; its heading is a bookmark at *level*."""
    items: list[Flowable] = [
        *ctx.heading(f"ตัวชี้วัด {ind.code} {ind.title}", level, style=ctx.styles.heading1),
        _facts(ctx, ind, scores, result),
        Spacer(1, 4),
    ]
    if ind.guide.strip():
        items += ctx.heading("แนวทางการพิจารณา", outline=False, style=ctx.styles.heading2)
        items += ctx.paras(ind.guide, ctx.styles.small)
    if ind.kind == IndicatorKind.OUTCOME.value:
        items += _outcome(ctx, ind, scores)
    else:
        items += _criteria(ctx, ind)
    items += _pdca(ctx, ind)
    blocks = signature_blocks(_signers(ctx, ind), FRAME_WIDTH, ctx.styles.small, per_row=2)
    signing = KeepTogether([Spacer(1, 8), *certification(ctx, CERTIFICATION), blocks])
    # The certification and signatures stay with the last section (the evidence), so
    # a page never holds only them; the evidence moves to their page if need be.
    items.append(KeepTogether([*_evidence(ctx, ind), signing]))
    return items


CERTIFICATION = "ขอรับรองว่าข้อมูลในรายงานนี้ถูกต้องตรงตามความเป็นจริง"
# Left for the signers to fill in by hand on the day they sign.
DATE_LINE = "วันที่ ..... เดือน .......... พ.ศ. ......."


def certification(ctx: DocumentContext, text: str) -> list[Flowable]:
    """The statement the signers below it certify and the date line, centred over
    their blocks on every line.

    It heads the row of signature blocks, which are centred in their columns,
    so it is centred like them. As a body paragraph its 2.5 cm first-line
    indent (and a last word that did not fit) made the first line look centred
    and the next one start at the margin.
    """
    return [ctx.para(text, ctx.centre), ctx.para(DATE_LINE, ctx.centre)]


def warn_group_heads(ctx: DocumentContext) -> None:
    """One warning for every indicator whose owner's group has no head to sign."""
    if ctx.no_group_head:
        ctx.warn(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "ไม่พบผู้อำนวยการกลุ่มของผู้รับผิดชอบตัวชี้วัด {codes} "
                    "จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ (กำหนดบทบาทผู้บริหารให้หัวหน้ากลุ่มที่หน้าบุคลากร)",
                ),
                codes=", ".join(ctx.no_group_head),
            )
        )


def indicator_scores(result: YearResult) -> dict[str, Decimal]:
    return {s.code: s.score for s in result.score.indicators}


def build(ctx: DocumentContext, data: IndicatorsData) -> list[Flowable]:
    indicators = data.indicators
    scores = indicator_scores(data.result)
    items: list[Flowable] = [ctx.title(f"รายงานผลการดำเนินงานรายตัวชี้วัด {ctx.year_label}")]
    for n, ind in enumerate(indicators):
        ctx.step(n, len(indicators), f"ตัวชี้วัด {ind.code}")
        if n:
            items.append(PageBreak())
        items += indicator_story(ctx, ind, scores, data.result)
    warn_group_heads(ctx)
    return [*items, ctx.end()]
