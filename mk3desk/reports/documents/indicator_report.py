"""Document 2: the report of one indicator (or of every indicator, one after another).

Criteria per level with which are met and the narrative, the PDCA record, the
outcome values (target and three years), self and official score, the
committee's comments, the evidence list, and the signatures of the owner, the
head of the owner's group and the director.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import KeepTogether, PageBreak, Spacer
from reportlab.platypus.flowables import Flowable
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mk3desk.db.models import Assignment, Person, YearCriterion, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import LEVEL_ORDER, LEVEL_TITLES_TH, IndicatorKind, Level
from mk3desk.domain.workflow import Role
from mk3desk.reports.blocks import Signer, signature_blocks, thai_table
from mk3desk.reports.documents.common import (
    DASH,
    DocumentContext,
    cells,
    column_widths,
    has_role,
    or_dash,
)
from mk3desk.reports.page import FRAME_WIDTH
from mk3desk.reports.thai_text import Align
from mk3desk.services import lookup

LEVEL_TITLE_FIELD = {
    Level.BASIC: "basic_title",
    Level.ADVANCE: "advance_title",
    Level.SIGNIFICANCE: "significance_title",
}


def group_head(indicator: YearIndicator) -> Person | None:
    """An executive of the owner's group other than the owner (the group's director)."""
    owner = indicator.assignment.owner if indicator.assignment else None
    if owner is None or owner.group is None:
        return None
    heads = [
        p
        for p in owner.group.members
        if p.active and p.id != owner.id and has_role(p, Role.EXECUTIVE)
    ]
    return heads[0] if heads else None


def _facts(ctx: DocumentContext, ind: YearIndicator, scores: dict[str, Decimal]) -> Flowable:
    a = ind.assignment
    official = ctx.result().official
    official_score = official.indicator_scores.get(ind.code) if official else None
    rows: list[list[str | None]] = [
        ["หมวด", f"หมวด {ind.category.number} {ind.category.title}"],
        ["ผู้รับผิดชอบ", a.owner.name if a and a.owner else None],
        ["ผู้รับผิดชอบสำรอง", a.backup.name if a and a.backup else None],
        ["กำหนดส่ง", ctx.date(a.deadline) if a and a.deadline else None],
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


def _criteria(ctx: DocumentContext, ind: YearIndicator) -> list[Flowable]:
    items: list[Flowable] = []
    for level in LEVEL_ORDER:
        criteria = [c for c in ind.criteria if c.level == level.value]
        if not criteria:
            continue
        items += ctx.heading(LEVEL_TITLES_TH[level], outline=False, style=ctx.styles.heading2)
        level_title = getattr(ind, LEVEL_TITLE_FIELD[level])
        if level_title.strip():
            items += ctx.paras(level_title, ctx.styles.small)
        rows: list[list[object]] = [["ข้อ", "ประเด็นการพิจารณา", "ผล", "ผลการดำเนินงาน"]]
        for c in criteria:
            met = bool(c.result and c.result.met)
            narrative = c.result.narrative if c.result else ""
            rows.append(
                cells(ctx, [c.key, c.text, "ผ่าน" if met else "ยังไม่ผ่าน", or_dash(narrative)])
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
    ctx: DocumentContext, ind: YearIndicator, scores: dict[str, Decimal]
) -> list[Flowable]:
    values = {v.be_year: v.value for v in ind.outcome_values}
    years = [ctx.year.be_year - 2, ctx.year.be_year - 1, ctx.year.be_year]
    header = ["ค่าเป้าหมาย", *(f"ปี {y}" for y in years), "คะแนน"]
    row = [ctx.number(ind.target), *(ctx.number(values.get(y)) for y in years)]
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


def _pdca(ctx: DocumentContext, ind: YearIndicator) -> list[Flowable]:
    pdca = ind.pdca
    parts = [
        ("ขั้นวางแผน (Plan)", pdca.plan_text if pdca else ""),
        ("ขั้นดำเนินการ (Do)", pdca.do_log if pdca else ""),
        ("ขั้นตรวจสอบ (Check) — ข้อสังเกตของคณะกรรมการ", pdca.check_notes if pdca else ""),
        ("ขั้นสะท้อนผล (Act)", pdca.act_reflection if pdca else ""),
        ("สิ่งที่จะปรับปรุงในปีต่อไป", pdca.act_improvements if pdca else ""),
    ]
    items: list[Flowable] = ctx.heading("การดำเนินงานตามวงจร PDCA", outline=False)
    for title, text in parts:
        items += ctx.heading(title, outline=False, style=ctx.styles.heading2)
        items += ctx.paras(text, ctx.styles.body)
    comments = [t for t in ind.transitions if t.comment.strip()]
    items += ctx.heading(
        "ความเห็นของคณะกรรมการระหว่างการตรวจสอบ", outline=False, style=ctx.styles.heading2
    )
    if not comments:
        items.append(ctx.para("- ไม่มีความเห็นส่งกลับให้แก้ไข", ctx.styles.body_left))
    for t in comments:
        when = ctx.date(t.at.date(), "short")
        who = t.actor_name or DASH
        items.append(ctx.para(f"- {when} {who}: {t.comment.strip()}", ctx.styles.body_left))
    return items


def _evidence(ctx: DocumentContext, ind: YearIndicator) -> list[Flowable]:
    live = [e for e in ind.evidence if e.removed_at is None]
    items: list[Flowable] = ctx.heading("หลักฐานประกอบ", outline=False)
    if not live:
        return [*items, ctx.para("- ยังไม่มีไฟล์หลักฐาน", ctx.styles.body_left)]
    rows: list[list[object]] = [["ที่", "ชื่อไฟล์", "คำอธิบาย", "เกณฑ์", "วันที่แนบ"]]
    for n, e in enumerate(live, 1):
        key = e.criterion.key if e.criterion else None
        # File names are identifiers: their digits stay as the user typed them.
        rows.append(
            [
                ctx.num(str(n)),
                e.file_name,
                ctx.num(or_dash(e.description)),
                ctx.num(key) if key else DASH,
                ctx.date(e.added_at.date(), "short"),
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


def _signers(ctx: DocumentContext, ind: YearIndicator) -> list[Signer]:
    owner = ind.assignment.owner if ind.assignment else None
    head = group_head(ind)
    if head is None:
        ctx.no_group_head.append(ind.code)
    group = owner.group.name if owner is not None and owner.group is not None else ""
    return [
        ctx.signer(
            owner,
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
    ctx: DocumentContext, ind: YearIndicator, scores: dict[str, Decimal], *, level: int = 0
) -> list[Flowable]:
    """The report of one indicator; its heading is a bookmark at *level*."""
    items: list[Flowable] = [
        *ctx.heading(f"ตัวชี้วัด {ind.code} {ind.title}", level, style=ctx.styles.heading1),
        _facts(ctx, ind, scores),
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
    items += _evidence(ctx, ind)
    blocks = signature_blocks(_signers(ctx, ind), FRAME_WIDTH, ctx.styles.small, per_row=2)
    items.append(KeepTogether([Spacer(1, 8), certification(ctx, CERTIFICATION), blocks]))
    return items


CERTIFICATION = "ขอรับรองว่าข้อมูลในรายงานนี้ถูกต้องตรงตามความเป็นจริง"


def certification(ctx: DocumentContext, text: str) -> Flowable:
    """The statement the signers below it certify, centred over their blocks on every line.

    It heads the row of signature blocks, which are centred in their columns,
    so it is centred like them. As a body paragraph its 2.5 cm first-line
    indent (and a last word that did not fit) made the first line look centred
    and the next one start at the margin.
    """
    return ctx.para(text, ctx.centre)


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


def indicators_of(ctx: DocumentContext) -> Sequence[YearIndicator]:
    if ctx.indicator_code:
        return [lookup.find_indicator(ctx.session, ctx.year, ctx.indicator_code)]
    load_indicator_rows(ctx)
    return list(ctx.year.indicators)


def load_indicator_rows(ctx: DocumentContext) -> None:
    """Read the rows every indicator's report shows in a few queries, not a few per indicator.

    The objects land in the session, so ``ind.criteria``, ``c.result``,
    ``ind.pdca`` and the rest are then read without a query each (about 350
    fewer for a year of 34 indicators). The groups' members are left to load
    as they are read: their order decides who signs for a group.
    """
    ctx.session.scalars(
        select(YearIndicator)
        .where(YearIndicator.year_id == ctx.year.id)
        .options(
            selectinload(YearIndicator.criteria).selectinload(YearCriterion.result),
            selectinload(YearIndicator.assignment).options(
                selectinload(Assignment.owner), selectinload(Assignment.backup)
            ),
            selectinload(YearIndicator.pdca),
            selectinload(YearIndicator.transitions),
            selectinload(YearIndicator.outcome_values),
            selectinload(YearIndicator.evidence),
        )
    ).all()


def indicator_scores(ctx: DocumentContext) -> dict[str, Decimal]:
    return {s.code: s.score for s in ctx.result().score.indicators}


def build(ctx: DocumentContext) -> list[Flowable]:
    indicators = indicators_of(ctx)
    scores = indicator_scores(ctx)
    items: list[Flowable] = [ctx.title(f"รายงานผลการดำเนินงานรายตัวชี้วัด {ctx.year_label}")]
    for n, ind in enumerate(indicators):
        ctx.step(n, len(indicators), f"ตัวชี้วัด {ind.code}")
        if n:
            items.append(PageBreak())
        items += indicator_story(ctx, ind, scores)
    warn_group_heads(ctx)
    return [*items, ctx.end()]
