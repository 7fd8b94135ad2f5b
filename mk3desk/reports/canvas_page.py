"""Documents drawn straight on the page (certificates, the year's poster), not flowed.

:func:`write_canvas_pdf` writes one atomically (temporary file, then rename, as
page.build_pdf does) with the fonts embedded; :func:`text_box` draws Thai text in a box
(shaped once per line, searchable: reports/thai_draw.py); :func:`draw_image` draws an
image scaled into a box, centred.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from mk3desk.domain.thainum import NumeralStyle, to_thai_digits
from mk3desk.reports.page import pdf_storage_error
from mk3desk.reports.thai_draw import draw_text
from mk3desk.reports.thai_text import TextStyle
from mk3desk.safe_write import replaced_atomically

_DIGITS = re.compile(r"(?<![A-Za-z])[0-9]+")


def numerals(text: str, style: NumeralStyle) -> str:
    """*text* with Thai digits when the office prints them, except in names such as "MK3"."""
    if style is not NumeralStyle.THAI:
        return text
    return _DIGITS.sub(lambda m: to_thai_digits(m.group()), text)


def write_canvas_pdf(
    target: Path,
    pagesize: tuple[float, float],
    *,
    title: str,
    author: str,
    font: str,
    draw: Callable[[Canvas], None],
) -> None:
    """Write the pages *draw* makes (it calls ``showPage`` after each) to *target*;
    *font* is the canvas's first font (else an unembedded Helvetica is referenced)."""
    target = Path(target)
    try:
        with (
            replaced_atomically(target, suffix=".pdf.part") as temporary,
            temporary.open("wb") as stream,
        ):
            canvas = Canvas(stream, pagesize=pagesize, lang="th-TH", initialFontName=font)
            canvas.setTitle(title)
            canvas.setAuthor(author)
            canvas.setCreator("mk3desk")
            draw(canvas)
            canvas.save()
    except OSError as exc:
        raise pdf_storage_error(target, exc) from exc


def text_box(canvas: Any, text: str, x: float, top: float, width: float, style: TextStyle) -> float:
    """Draw *text* (``**`` in it would toggle bold: taken out) wrapped in [x, x+width] from
    *top* down; the height used."""
    text = " ".join(text.replace("**", "").split())
    if not text:
        return 0.0
    canvas.setFillColorRGB(*style.color)
    return draw_text(canvas, text, x, top, width, style)


def draw_image(canvas: Any, data: bytes, x: float, y: float, width: float, height: float) -> bool:
    """Draw the image *data* as large as fits the box (x, y, width, height), centred;
    False when it cannot be read (the caller warns)."""
    try:
        from reportlab.lib.utils import ImageReader

        reader = ImageReader(io.BytesIO(data))
        image_width, image_height = reader.getSize()
        scale = min(width / image_width, height / image_height)
        w, h = image_width * scale, image_height * scale
        canvas.drawImage(reader, x + (width - w) / 2, y + (height - h) / 2, w, h, mask="auto")
    except Exception:  # any unreadable image prints as missing
        return False
    return True
