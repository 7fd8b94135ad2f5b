"""The year's SWOT analysis as a section of the annual book (after the year's summary).

Who took part and when head the section; then each of strengths, weaknesses,
opportunities and threats as a numbered list (plain paragraphs, so a long list
breaks across pages like any text).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.swot import QUADRANT_TITLES, Quadrant, Swot
from mk3desk.reports.documents.common import DocumentContext


def section(ctx: DocumentContext, swot: Swot) -> list[Flowable]:
    story: list[Flowable] = ctx.heading(
        f"การวิเคราะห์ SWOT ประจำปีงบประมาณ พ.ศ. {ctx.year.be_year}", 1
    )
    left = ctx.styles.body_left
    story.append(ctx.para(f"วันที่วิเคราะห์ {ctx.date(swot.held_on)}", left))
    story.append(ctx.para("ผู้ร่วมวิเคราะห์ " + ", ".join(swot.participants), left))
    bold = replace(left, bold=True)
    for quadrant in Quadrant:
        story.append(Spacer(1, 6))
        story += ctx.heading(str(QUADRANT_TITLES[quadrant]), 2, style=bold, outline=False)
        items = swot.items(quadrant)
        story += [ctx.para(f"{n}. {item}", left) for n, item in enumerate(items, 1)]
        if not items:
            story.append(ctx.para(None, left))
    return story
