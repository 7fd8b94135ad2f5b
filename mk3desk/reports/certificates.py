"""Certificates (เกียรติบัตร): landscape A4, one page per person.

Within a double border: the register number at the top right ("เลขที่ ๑/๒๕๖๗"), the
office's emblem centred (the image the orders use; without one, the space and a
warning), the office, "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า", the name large, the
position, the award's name, the reason (at most three lines), the wish, "ให้ไว้ ณ วันที่
… เดือน … พ.ศ. …" from the day it was issued, then room to sign, "(name)" and the
position. Everything printed comes from the register (services/documents/recognition.py).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.domain.recognition import number_text
from mk3desk.domain.thaidate import THAI_MONTHS, to_be
from mk3desk.reports.canvas_page import draw_image, numerals, text_box, write_canvas_pdf
from mk3desk.reports.documents.common import report_fonts
from mk3desk.reports.documents.data import CertificateData, CertificatesData
from mk3desk.reports.thai_text import Align, TextStyle

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
NAVY = (0.10, 0.18, 0.42)
GOLD = (0.72, 0.56, 0.18)
EMBLEM_HEIGHT = 2.4 * cm
LEAD = "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า"
WISH = "ขอให้มีความสุข ความเจริญ และร่วมสร้างคุณประโยชน์แก่ทางราชการสืบไป"
TEXT_WIDTH = PAGE_WIDTH - 7 * cm


def issued_text(data: CertificateData) -> str:
    day = data.issued_on
    return f"ให้ไว้ ณ วันที่ {day.day} เดือน {THAI_MONTHS[day.month - 1]} พ.ศ. {to_be(day.year)}"


def _border(canvas: Any) -> None:
    canvas.setStrokeColorRGB(*NAVY)
    canvas.setLineWidth(3)
    canvas.rect(0.8 * cm, 0.8 * cm, PAGE_WIDTH - 1.6 * cm, PAGE_HEIGHT - 1.6 * cm)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(1.2)
    canvas.rect(1.05 * cm, 1.05 * cm, PAGE_WIDTH - 2.1 * cm, PAGE_HEIGHT - 2.1 * cm)


def _page(canvas: Any, data: CertificatesData, cert: CertificateData, base: TextStyle) -> bool:
    """One certificate; False when the emblem could not be drawn."""

    def num(text: str) -> str:
        return numerals(text, data.settings.numeral_style)

    body = base.font_size

    def style(
        factor: float, *, bold: bool = False, color: tuple[float, float, float] = (0, 0, 0)
    ) -> TextStyle:
        return replace(
            base, size=round(body * factor, 1), bold=bold, color=color, align=Align.CENTER
        )

    _border(canvas)
    right = replace(base, size=round(body * 0.9, 1), align=Align.RIGHT)
    text_box(
        canvas,
        num(number_text(cert.number, cert.be_year)),
        PAGE_WIDTH / 2,
        PAGE_HEIGHT - 1.5 * cm,
        PAGE_WIDTH / 2 - 1.7 * cm,
        right,
    )
    drawn = False
    top = PAGE_HEIGHT - 1.5 * cm
    if data.emblem:
        drawn = draw_image(canvas, data.emblem, 0, top - EMBLEM_HEIGHT, PAGE_WIDTH, EMBLEM_HEIGHT)
    top -= EMBLEM_HEIGHT + 0.1 * cm
    left = (PAGE_WIDTH - TEXT_WIDTH) / 2
    top -= (
        text_box(
            canvas, num(data.office.name), left, top, TEXT_WIDTH, style(1.45, bold=True, color=NAVY)
        )
        + 0.15 * cm
    )
    top -= text_box(canvas, LEAD, left, top, TEXT_WIDTH, style(1.2))
    top -= (
        text_box(
            canvas,
            num(cert.recipient_name),
            left,
            top,
            TEXT_WIDTH,
            style(2.1, bold=True, color=NAVY),
        )
        - 0.1 * cm
    )
    top -= text_box(canvas, num(cert.recipient_position), left, top, TEXT_WIDTH, style(1.05))
    top -= (
        text_box(canvas, num(cert.title), left, top, TEXT_WIDTH, style(1.3, bold=True, color=GOLD))
        + 0.15 * cm
    )
    top -= text_box(canvas, num(cert.reason), left, top, TEXT_WIDTH, style(1.15))
    top -= 0.1 * cm
    top -= text_box(canvas, WISH, left, top, TEXT_WIDTH, style(1.15))
    top -= text_box(canvas, num(issued_text(cert)), left, top, TEXT_WIDTH, style(1.15))
    # The signature: room for the pen, "(name)", the position (wrapped, centred).
    sign = style(1.1)
    top -= sign.line_height * 1.3
    width = 13 * cm
    x = (PAGE_WIDTH - width) / 2
    top -= text_box(canvas, num(f"({cert.signer.name})"), x, top, width, sign)
    text_box(canvas, num(cert.signer.position), x, top, width, sign)
    canvas.showPage()
    return drawn


def build_certificates(target: Path, data: CertificatesData) -> list[Mk3Error]:
    """Write *data*'s certificates to *target*, one landscape page each; the warnings."""
    fonts = report_fonts(data.settings)
    base = TextStyle(fonts)
    warnings: list[Mk3Error] = [fonts.problem] if fonts.problem is not None else []
    drawn: list[bool] = []

    def draw(canvas: Any) -> None:
        for cert in data.certificates:
            drawn.append(_page(canvas, data, cert, base))

    first = data.certificates[0]
    write_canvas_pdf(
        target,
        (PAGE_WIDTH, PAGE_HEIGHT),
        title=f"เกียรติบัตร {number_text(first.number, first.be_year)}",
        author=data.office.name,
        font=fonts.regular,
        draw=draw,
    )
    if not all(drawn):
        warnings.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "ยังไม่ได้กำหนดภาพตราของสำนักงาน จึงเว้นที่ว่างไว้ในเกียรติบัตร — "
                    "เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ",
                )
            )
        )
    return warnings
