"""Document 3: the annual book — cover, contents, summary, the year's SWOT analysis,
every indicator, appendices.

One file with page numbers and PDF bookmarks. The table of contents is laid out
in the same pass as the rest: its page numbers are forms filled in at the end
(see :mod:`.common`), so the book is laid out once, not twice.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import PageBreak, Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.reports.documents import (
    assignments,
    committee_order,
    indicator_report,
    swot,
    year_summary,
)
from mk3desk.reports.documents.common import DocumentContext, ProgressMark
from mk3desk.reports.documents.contents import contents
from mk3desk.reports.documents.data import BookData
from mk3desk.reports.thai_paragraph import ThaiParagraph


def cover(ctx: DocumentContext) -> list[Flowable]:
    big = replace(ctx.styles.title, size=ctx.fonts.body_size * 1.75)
    middle = replace(ctx.styles.title, size=ctx.fonts.body_size * 1.25)
    return [
        Spacer(1, 150),
        ThaiParagraph(ctx.num("รายงานผลการดำเนินงาน"), big),
        ThaiParagraph(ctx.num("ตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS)"), middle),
        ThaiParagraph(ctx.num("และตัวชี้วัดการเป็นระบบราชการ 4.0 (PMQA 4.0)"), middle),
        Spacer(1, 40),
        ThaiParagraph(ctx.year_label, big),
        Spacer(1, 150),
        ThaiParagraph(ctx.office_name, middle),
        ThaiParagraph(ctx.num("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน กระทรวงศึกษาธิการ"), ctx.centre),
        PageBreak(),
    ]


def build(ctx: DocumentContext, data: BookData) -> list[Flowable]:
    ctx.cover = True  # no running header or footer on the cover
    indicators = data.indicators.indicators
    result = data.indicators.result
    scores = indicator_report.indicator_scores(result)
    total = len(indicators) + 2
    body: list[Flowable] = [
        *year_summary.story(ctx, result, signed=False, in_book=True),
        PageBreak(),
    ]
    if data.swot is not None:
        body += [*swot.section(ctx, data.swot), PageBreak()]
    body += ctx.heading("ส่วนที่ 2 ผลการดำเนินงานรายตัวชี้วัด", 0)
    category = None
    for n, ind in enumerate(indicators, 1):
        ctx.step(n, total, f"รวบรวมตัวชี้วัด {ind.code}")
        if ind.category_number != category:
            category = ind.category_number
            if n > 1:
                body.append(PageBreak())
            body += ctx.heading(f"หมวด {category} {ind.category_title}", 1)
        elif n > 1:
            body.append(PageBreak())
        body.append(ProgressMark(ctx, n, total, f"จัดหน้าตัวชี้วัด {ind.code}"))
        body += indicator_report.indicator_story(ctx, ind, scores, result, level=2)
    body.append(PageBreak())
    body += ctx.heading("ภาคผนวก", 0)
    body += ctx.heading("ภาคผนวก ก บัญชีมอบหมายผู้รับผิดชอบตัวชี้วัด", 1)
    body.append(assignments.assignment_table(ctx, data.assignments.rows))
    body.append(PageBreak())
    body += ctx.heading("ภาคผนวก ข คณะกรรมการดำเนินงาน", 1)
    body.append(committee_order.member_table(ctx, data.committee))
    body.append(PageBreak())
    body += ctx.heading("ภาคผนวก ค ปฏิทินการดำเนินงาน", 1)
    body += assignments.calendar(ctx, data.assignments.deadlines)
    indicator_report.warn_group_heads(ctx)
    ctx.step(total - 1, total, "จัดหน้าเล่มรายงาน")
    # The contents list every heading above, so they are made after the body.
    return [*cover(ctx), *contents(ctx), PageBreak(), *body, ctx.end()]
