"""The year on one page, for publishing: an A4 poster, and the same layout on a
1080×1350 page whose picture is the PNG for social media.

One layout for both sizes (every measure is a share of the page's width): a navy head
with the office's emblem and name and the year (พ.ศ.), the total score large against
the target, the band and the national rank (official results only), the seven หมวด as
horizontal bars from 0 to 5, and the MK3 line at the foot. Thai is drawn by
reports/thai_draw.py (shaped once, searchable), so the PNG, rendered from this page,
has the very same Thai.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4

from mk3desk.reports.canvas_page import draw_image, numerals, text_box, write_canvas_pdf
from mk3desk.reports.documents.common import report_fonts
from mk3desk.reports.documents.data import PosterData
from mk3desk.reports.thai_text import Align, TextStyle

NAVY = (0.10, 0.18, 0.42)
GOLD = (0.85, 0.65, 0.13)
PALE = (0.93, 0.95, 0.99)
WHITE = (1.0, 1.0, 1.0)
GREY = (0.35, 0.35, 0.40)
SCALE_MAX = Decimal(5)


class PosterSize(StrEnum):
    A4 = "a4"  # the printed poster
    SOCIAL = "social"  # 1080×1350 (4:5), the PNG's page


PAGE_SIZES: dict[PosterSize, tuple[float, float]] = {
    PosterSize.A4: A4,
    PosterSize.SOCIAL: (1080.0, 1350.0),
}


def score_text(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.5f}"


def headline(data: PosterData) -> str:
    return f"ผลการประเมินตัวชี้วัด PMQA 4.0 และ KRS ประจำปีงบประมาณ พ.ศ. {data.be_year}"


def _draw(canvas: Any, data: PosterData, size: PosterSize) -> None:
    width, height = PAGE_SIZES[size]
    unit = width / 100  # every measure below is a share of the width
    fonts = report_fonts(data.settings)
    body = unit * 2.9  # the body size at this width

    def style(
        factor: float,
        *,
        bold: bool = False,
        color: tuple[float, float, float] = (0, 0, 0),
        align: Align = Align.CENTER,
    ) -> TextStyle:
        return TextStyle(fonts, size=round(body * factor, 1), bold=bold, color=color, align=align)

    def num(text: str) -> str:
        return numerals(text, data.settings.numeral_style)

    margin = unit * 6
    inner = width - 2 * margin
    # The head: emblem, office, headline (each text on at most two lines).
    office_style = style(1.05, bold=True, color=WHITE)
    headline_style = style(0.85, color=WHITE)
    emblem = unit * 9 if data.emblem else 0.0
    head = unit * 5 + emblem + office_style.line_height * 1.2 + headline_style.line_height * 1.6
    canvas.setFillColorRGB(*NAVY)
    canvas.rect(0, height - head, width, head, stroke=0, fill=1)
    canvas.setFillColorRGB(*GOLD)
    canvas.rect(0, height - head - unit * 0.8, width, unit * 0.8, stroke=0, fill=1)
    top = height - unit * 2.5
    if data.emblem:
        draw_image(canvas, data.emblem, 0, top - emblem, width, emblem)
        top -= emblem + unit * 0.5
    top -= text_box(canvas, num(data.office.name), margin, top, inner, office_style)
    text_box(canvas, num(headline(data)), margin, top, inner, headline_style)
    # The total.
    top = height - head - unit * 3.5
    label = "คะแนนรวม (ผลทางการ)" if data.official else "คะแนนรวม (คำนวณโดยโปรแกรม)"
    top -= text_box(canvas, label, margin, top, inner, style(1.1, color=GREY))
    top -= text_box(
        canvas, num(score_text(data.total)), margin, top, inner, style(4.2, bold=True, color=NAVY)
    )
    if data.target is not None:
        reached = data.total is not None and data.total >= data.target
        verdict = "ผ่านเป้าหมาย" if reached else "ยังไม่ถึงเป้าหมาย"
        top -= text_box(
            canvas,
            num(f"เป้าหมาย {score_text(data.target)} · {verdict}"),
            margin,
            top,
            inner,
            style(1.15, bold=True, color=(0.1, 0.45, 0.2) if reached else (0.7, 0.2, 0.1)),
        )
    facts = []
    if data.band:
        facts.append(f"ระดับ {data.band}")
    if data.rank is not None:
        facts.append(f"อันดับที่ {data.rank} ของประเทศ")
    if facts:
        top -= text_box(canvas, num(" · ".join(facts)), margin, top, inner, style(1.1))
    # The seven categories as bars from 0 to 5.
    top -= unit * 3
    top -= text_box(canvas, "คะแนนรายหมวด", margin, top, inner, style(1.1, bold=True, color=NAVY))
    top -= unit * 1.5
    foot = unit * 10
    rows = max(len(data.categories), 1)
    row = min((top - foot - unit * 2) / rows, unit * 9)
    label_style = style(0.9, align=Align.LEFT)
    value_style = style(0.9, bold=True, align=Align.RIGHT, color=NAVY)
    bar_height = min(row - label_style.line_height - unit * 1.2, unit * 2.4)
    for category in data.categories:
        # The label and the score on one line, the bar under them.
        text_box(canvas, num(score_text(category.score)), margin, top, inner, value_style)
        text_box(
            canvas,
            num(f"หมวด {category.number} {category.name}"),
            margin,
            top,
            inner - unit * 14,
            label_style,
        )
        bar_top = top - label_style.line_height
        canvas.setFillColorRGB(*PALE)
        canvas.rect(margin, bar_top - bar_height, inner, bar_height, stroke=0, fill=1)
        if category.score is not None:
            share = float(min(max(category.score, Decimal(0)), SCALE_MAX) / SCALE_MAX)
            canvas.setFillColorRGB(*(GOLD if category.number == 7 else NAVY))
            canvas.rect(margin, bar_top - bar_height, inner * share, bar_height, stroke=0, fill=1)
        top -= row
    # The foot: the MK3 line.
    canvas.setFillColorRGB(*NAVY)
    canvas.rect(0, 0, width, foot * 0.8, stroke=0, fill=1)
    text_box(
        canvas,
        data.mk3_line,
        margin,
        foot * 0.8 - (foot * 0.8 - style(1.05).line_height) / 2,
        inner,
        style(1.05, bold=True, color=WHITE),
    )
    canvas.showPage()


def build_poster(target: Path, data: PosterData, size: PosterSize = PosterSize.A4) -> None:
    """Write the poster of *data* on one page of *size* to *target* (atomically)."""
    fonts = report_fonts(data.settings)
    write_canvas_pdf(
        target,
        PAGE_SIZES[size],
        title=headline(data),
        author=data.office.name,
        font=fonts.regular,
        draw=lambda canvas: _draw(canvas, data, size),
    )
