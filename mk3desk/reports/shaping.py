"""Shaping Thai and writing the PDF text operators for it, fast.

Split from thai_text.py (line breaking and drawing). reportlab's own path
(shapeStr, then TextObject.textOut) costs about 0.2 ms a line in Python; these
functions produce the very same operators (tests/test_thai_pdf.py compares them
byte for byte with reportlab's) while shaping each distinct (text, font, size)
once and remembering the operators of each run per document. They copy
reportlab internals (ttf.hbAddPrivate, face._pdfScale, _formatText's number
formatting): the byte-for-byte test fails first if a reportlab upgrade changes them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

import uharfbuzz
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

_FEATURES = {"kern": True, "liga": True, "dlig": True}


@dataclass(frozen=True, slots=True, eq=False)
class Glyphs:
    """A run shaped by harfbuzz, in reportlab's terms.

    ``chars`` holds one code point per glyph (private-use stand-ins for glyphs
    that have none, such as lowered or shifted marks). ``adjust`` holds, per
    glyph, the text-space moves reportlab puts before and after it (its
    ShapeData's ``-x_offset`` and ``width - x_advance + x_offset``), and
    ``rises`` its vertical offset in points. Both are empty when harfbuzz
    changed nothing: the run is then shown as plain text.
    """

    chars: str
    adjust: tuple[tuple[float, float], ...]
    rises: tuple[float, ...]
    width: float

    @property
    def plain(self) -> bool:
        return not self.adjust


_hb_fonts: dict[tuple[str, float], tuple[Any, Any]] = {}


def _hb_font(font_name: str, size: float) -> tuple[Any, Any]:
    ttf = pdfmetrics.getFont(font_name)
    cached = _hb_fonts.get((font_name, size))
    if cached is None or cached[0] is not ttf:  # re-registered under the same name
        cached = _hb_fonts[font_name, size] = (ttf, ttf.hbFont(size))
    return cached


@functools.lru_cache(maxsize=32768)
def shape(text: str, font_name: str, size: float) -> Glyphs:
    """Shape *text* as ``reportlab.pdfbase.ttfonts.shapeStr`` does (same glyphs, same data)."""
    ttf, hb_font = _hb_font(font_name, size)
    if not text:
        return Glyphs(text, (), (), 0.0)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    face = ttf.face
    glyph_to_char = face.glyphToChar
    char_widths = face.charWidths
    scale = face._pdfScale
    unscaled = face.unitsPerEm == 1000  # reportlab's scale is then the identity
    count = len(text)
    chars: list[str] = []
    adjust: list[tuple[float, float]] = []
    rises: list[float] = []
    advance = 0.0
    changed = shaped = False
    for i, (info, position) in enumerate(
        zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
    ):
        gid = info.codepoint
        try:
            code = glyph_to_char[gid][0]
        except KeyError:
            # A glyph with no code point of its own (a repositioned mark): only
            # now is its name needed, to give it a private-use stand-in.
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, position.x_advance)
        char = chr(code)
        natural = char_widths[code]
        if unscaled:
            x_advance, x_offset, y_offset = position.x_advance, position.x_offset, position.y_offset
        else:
            x_advance = scale(position.x_advance)
            x_offset = scale(position.x_offset)
            y_offset = scale(position.y_offset)
        if not shaped:
            shaped = bool(
                x_offset or y_offset or i >= count or (text[i] == char and x_advance != natural)
            )
        changed = changed or shaped or i >= count or text[i] != char
        chars.append(char)
        adjust.append((-x_offset, natural - x_advance + x_offset))
        rises.append(size * y_offset / 1000)
        advance += x_advance
    if not changed:
        return Glyphs(text, (), (), float(stringWidth(text, font_name, size)))
    width = float(advance) * size / 1000.0
    return Glyphs("".join(chars), tuple(adjust), tuple(rises), width)


_numbers: dict[float, str] = {}


def number_text(value: float) -> str:
    """reportlab's fp_str of one number, remembered: the same offsets recur all the time."""
    text = _numbers.get(value)
    if text is None:
        if len(_numbers) > 100_000:
            _numbers.clear()
        text = _numbers[value] = fp_str(value)
    return text


class Writer:
    """Text-showing operators of one PDF document, remembered per run."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.runs: dict[tuple[str, str, float, int, float], tuple[str, int, float]] = {}

    def show(
        self, text: str, font_name: str, size: float, subset: int, rise: float
    ) -> tuple[str, int, float]:
        """Operators that show *text* shaped, given the selected subset and text rise.

        Returns them with the subset and rise in force afterwards.
        """
        key = (text, font_name, size, subset, rise)
        found = self.runs.get(key)
        if found is None:
            glyphs = shape(text, font_name, size)
            found = self.runs[key] = self._format(glyphs, font_name, size, subset, rise)
        return found

    def _format(
        self, glyphs: Glyphs, font_name: str, size: float, subset: int, rise: float
    ) -> tuple[str, int, float]:
        # The operators of TextObject._formatText for TrueType fonts, quirks
        # included (see set_rise), so that the output stays identical.
        ttf = pdfmetrics.getFont(font_name)
        doc = self.doc
        out: list[str] = []
        select = f"{number_text(size)} Tf {number_text(size * 1.2)} TL"
        if glyphs.plain:
            for part, text in ttf.splitString(glyphs.chars, doc):
                if part != subset:
                    out.append(f"{ttf.getSubsetInternalName(part, doc)} {select}")
                    subset = part
                out.append(f"({escapePDF(text)}) Tj")
            return " ".join(out), subset, rise

        def set_rise(value: float) -> None:
            nonlocal rise
            operator = f"{number_text(value)} Ts"
            if out and out[-1].endswith(" Ts"):
                out[-1] = operator  # reportlab replaces the operator but keeps its rise
            else:
                rise = value
                out.append(operator)

        base_rise = rise
        adjust, rises = glyphs.adjust, glyphs.rises
        start = 0
        for part, text in ttf.splitString(glyphs.chars, doc):
            if part != subset:
                out.append(f"{ttf.getSubsetInternalName(part, doc)} {select}")
                subset = part
            end = start + len(text)
            group = start  # first glyph of the group being collected
            for i in range(start, end + 1):
                last = i == end
                r = base_rise if last else base_rise + rises[i]
                if i == start or last or r != rise:
                    if i != start:
                        out.append(_show_operator(text, start, adjust, group, i))
                        if rise != base_rise:
                            set_rise(base_rise)
                        if last:
                            break
                    if r != rise:
                        set_rise(r)
                    group = i
            start = end
        if rise != base_rise:
            set_rise(base_rise)
        return " ".join(out), subset, rise


def _show_operator(
    codes: bytes, offset: int, adjust: tuple[tuple[float, float], ...], first: int, end: int
) -> str:
    """``(...) Tj`` or ``[(...) n (...)] TJ`` for glyphs *first* to *end* - 1.

    *codes* holds the subset codes of glyphs *offset* onwards. Equal to
    reportlab's grouping: zero moves dropped, neighbouring moves summed,
    neighbouring codes joined, and a sum that prints as "0" left out.
    """
    shown: list[str] = []
    number: float = 0
    moved = False  # a move is waiting to be written
    run = first - offset  # start of the codes not yet written
    for i in range(first, end):
        before, after = adjust[i]
        k = i - offset
        if before:
            if run < k:
                shown.append(f"({escapePDF(codes[run:k])})")
            run = k
            number += before
            moved = True
        if moved:
            value = number_text(number)
            if value != "0":
                shown.append(value)
            number, moved = 0, False
        if after:
            shown.append(f"({escapePDF(codes[run : k + 1])})")
            run = k + 1
            number += after
            moved = True
    if run < end - offset:
        shown.append(f"({escapePDF(codes[run : end - offset])})")
    if moved:
        value = number_text(number)
        if value != "0":
            shown.append(value)
    if len(shown) == 1 and shown[0].startswith("("):
        return f"{shown[0]} Tj"
    return f"[{' '.join(shown)}] TJ"


WRITERS: WeakKeyDictionary[Any, Writer] = WeakKeyDictionary()


def writer_for(canvas: Any) -> Writer:
    doc = canvas._doc
    writer = WRITERS.get(doc)
    if writer is None:
        writer = WRITERS[doc] = Writer(doc)
    return writer
