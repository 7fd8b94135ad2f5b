"""Shaping Thai and writing the PDF text operators for it, fast.

Used by thai_draw.py (drawing lines). reportlab's own path (shapeStr, then
TextObject.textOut) costs about 0.2 ms a line in Python; these functions
produce the very same operators (tests/test_thai_pdf.py compares them byte for
byte with reportlab's) while shaping each distinct (text, font, size) once and
remembering the operators of each run, and of each whole line, per document.
They copy reportlab internals (ttf.hbAddPrivate, face._pdfScale, _formatText's
number formatting): the byte-for-byte test fails first if a reportlab upgrade
changes them, and tests/test_dependency_drift.py names the internal that moved.
pyproject.toml pins reportlab to the releases tested.

Most of a Thai line needs no move: harfbuzz moves about one glyph in ten
(marks over tall consonants, stacked tone marks), and only those glyphs are
visited when the operators are written.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

import uharfbuzz
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from mk3desk import caches

_FEATURES = {"kern": True, "liga": True, "dlig": True}


@dataclass(frozen=True, slots=True, eq=False)
class Glyphs:
    """A run shaped by harfbuzz, in reportlab's terms.

    ``chars`` holds one code point per glyph (private-use stand-ins for glyphs
    that have none, such as lowered or shifted marks). ``before`` and ``after``
    hold, per glyph, the text-space moves reportlab puts before and after it
    (its ShapeData's ``-x_offset`` and ``width - x_advance + x_offset``), and
    ``rises`` its vertical offset in points. All three are empty when harfbuzz
    changed nothing: the run is then shown as plain text.
    """

    chars: str
    before: tuple[float, ...]
    after: tuple[float, ...]
    rises: tuple[float, ...]
    width: float
    moving: tuple[int, ...] = ()  # the glyphs with a move before or after them
    risen: bool = False  # some glyph has a rise

    @property
    def plain(self) -> bool:
        return not self.before


@dataclass(frozen=True, slots=True)
class _ShapingFont:
    ttf: Any
    hb_font: Any
    # Per glyph id met so far: the character reportlab shows it with
    # (ttf.face.glyphToChar[gid][0], or a private-use stand-in) and that code's width.
    chars: dict[int, str]
    widths: dict[int, float]


_hb_fonts: dict[tuple[str, float], _ShapingFont] = {}
caches.register("shaping.harfbuzz_fonts", _hb_fonts.clear)


def _shaping_font(font_name: str, size: float) -> _ShapingFont:
    ttf = pdfmetrics.getFont(font_name)
    cached = _hb_fonts.get((font_name, size))
    if cached is None or cached.ttf is not ttf:  # re-registered under the same name
        cached = _hb_fonts[font_name, size] = _ShapingFont(ttf, ttf.hbFont(size), {}, {})
    return cached


def _learn_glyph(font: _ShapingFont, gid: int, x_advance: int) -> None:
    """The code point reportlab shows glyph *gid* with (a private-use one if it has none)."""
    ttf = font.ttf
    try:
        code: int = ttf.face.glyphToChar[gid][0]
    except KeyError:
        # A glyph with no code point of its own (a repositioned mark): only
        # now is its name needed, to give it a private-use stand-in.
        code = ttf.hbAddPrivate(font.hb_font.glyph_to_string(gid), gid, x_advance)
    font.chars[gid] = chr(code)
    font.widths[gid] = ttf.face.charWidths[code]


# Shaped runs per face and size (a dict per face: no key tuple to keep per run).
_shapes: dict[tuple[str, float], dict[str, Glyphs]] = {}
_SHAPES_PER_FACE = 32768
caches.register("shaping.shapes", _shapes.clear)


def shape(text: str, font_name: str, size: float) -> Glyphs:
    """Shape *text* as ``reportlab.pdfbase.ttfonts.shapeStr`` does (same glyphs, same data).

    Each distinct run is shaped once (``mk3desk.caches.clear_all`` forgets them).
    """
    shapes = _shapes.get((font_name, size))
    if shapes is None or len(shapes) > _SHAPES_PER_FACE:
        shapes = _shapes[font_name, size] = {}
    glyphs = shapes.get(text)
    if glyphs is None:
        glyphs = shapes[text] = _shape(text, font_name, size)
    return glyphs


def _shape(text: str, font_name: str, size: float) -> Glyphs:
    """Whole lists at a time rather than a glyph at a time, and only when harfbuzz
    moved or replaced something are the per-glyph moves kept.
    """
    font = _shaping_font(font_name, size)
    if not text:
        return Glyphs(text, (), (), (), 0.0)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font.hb_font, buffer, _FEATURES)
    positions = buffer.glyph_positions
    gids = [info.codepoint for info in buffer.glyph_infos]
    glyph_chars = font.chars
    try:
        chars = "".join([glyph_chars[gid] for gid in gids])
    except KeyError:  # a glyph not met before
        for gid, position in zip(gids, positions, strict=True):
            if gid not in glyph_chars:
                _learn_glyph(font, gid, position.x_advance)
        chars = "".join([glyph_chars[gid] for gid in gids])
    x_advances: list[Any] = [p.x_advance for p in positions]
    x_offsets: list[Any] = [p.x_offset for p in positions]
    y_offsets: list[Any] = [p.y_offset for p in positions]
    face = font.ttf.face
    if face.unitsPerEm != 1000:  # reportlab's scale is the identity otherwise
        scale = face._pdfScale
        x_advances = list(map(scale, x_advances))
        x_offsets = list(map(scale, x_offsets))
        y_offsets = list(map(scale, y_offsets))
    widths = font.widths
    naturals = [widths[gid] for gid in gids]
    sideways = any(x_offsets)
    if sideways:
        chars, naturals = _with_own_advances(font, gids, chars, naturals, x_offsets, x_advances)
    elif chars == text and x_advances == naturals and not any(y_offsets):
        return Glyphs(text, (), (), (), float(stringWidth(text, font_name, size)))
    advance = 0.0
    for x_advance in x_advances:  # summed in order, as reportlab does
        advance += x_advance
    count = len(gids)
    if sideways:
        before = tuple([-x_offset for x_offset in x_offsets])
        after = tuple(
            [
                natural - x_advance + x_offset
                for natural, x_advance, x_offset in zip(
                    naturals, x_advances, x_offsets, strict=True
                )
            ]
        )
        moving = tuple([i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b or a])
    else:  # the same values, without the offsets that are all zero
        before = (0,) * count
        after = tuple(
            [natural - x_advance for natural, x_advance in zip(naturals, x_advances, strict=True)]
        )
        moving = tuple([i for i, a in enumerate(after) if a])
    if any(y_offsets):
        rises = tuple([size * y_offset / 1000 for y_offset in y_offsets])
        risen = any(rises)
    else:
        rises, risen = (0.0,) * count, False
    return Glyphs(chars, before, after, rises, float(advance) * size / 1000.0, moving, risen)


def _with_own_advances(
    font: _ShapingFont,
    gids: list[int],
    chars: str,
    naturals: list[float],
    x_offsets: list[float],
    x_advances: list[float],
) -> tuple[str, list[float]]:
    """Glyphs moved sideways shown with codes whose PDF advance is the move back.

    A mark moved left by harfbuzz would otherwise be followed by a move to the right,
    which text extraction without /ActualText takes for a space ("ปิ่ นโต");
    see :meth:`mk3desk.reports.tounicode.ThaiTTFont.offset_code`. Only the fonts
    mk3desk registers (ThaiTTFont) can do it; others keep reportlab's moves.
    """
    offset_code = getattr(font.ttf, "offset_code", None)
    if offset_code is None:
        return chars, naturals
    codes = list(chars)
    widths = naturals.copy()
    for i, x_offset in enumerate(x_offsets):
        if x_offset:
            width = x_advances[i] - x_offset
            code = offset_code(gids[i], width)
            if code is not None:
                codes[i] = chr(code)
                widths[i] = width
    return "".join(codes), widths


_numbers: dict[float, str] = {}
caches.register("shaping.numbers", _numbers.clear)


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
        # Whole lines, kept by thai_draw.draw_line: their operators cut where y goes.
        self.lines: dict[Any, tuple[str, ...]] = {}
        # Whole texts drawn by thai_draw.draw_text (headers, footers): their operators.
        self.texts: dict[Any, tuple[tuple[str, ...], float]] = {}

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
        rises = glyphs.rises
        start = 0
        for part, text in ttf.splitString(glyphs.chars, doc):
            if part != subset:
                out.append(f"{ttf.getSubsetInternalName(part, doc)} {select}")
                subset = part
            end = start + len(text)
            if not glyphs.risen:  # one group: the rise never changes
                out.append(_show_operator(text, start, glyphs, start, end))
                start = end
                continue
            group = start  # first glyph of the group being collected
            for i in range(start, end + 1):
                last = i == end
                r = base_rise if last else base_rise + rises[i]
                if i == start or last or r != rise:
                    if i != start:
                        out.append(_show_operator(text, start, glyphs, group, i))
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


def _show_operator(codes: bytes, offset: int, glyphs: Glyphs, first: int, end: int) -> str:
    """``(...) Tj`` or ``[(...) n (...)] TJ`` for glyphs *first* to *end* - 1.

    *codes* holds the subset codes of glyphs *offset* onwards. Equal to
    reportlab's grouping: zero moves dropped, neighbouring moves summed,
    neighbouring codes joined, and a sum that prints as "0" left out. Only the
    glyphs that move are visited (about one in ten in Thai text).
    """
    shown: list[str] = []
    number: float = 0
    moved = False  # a move is waiting to be written
    run = first - offset  # start of the codes not yet written
    befores, afters = glyphs.before, glyphs.after
    previous = first - 1  # the last glyph visited
    moving = glyphs.moving
    for i in moving[bisect_left(moving, first) : bisect_left(moving, end)]:
        if moved and previous + 1 < i:  # the still glyph after a move writes its sum
            value = number_text(number)
            if value != "0":
                shown.append(value)
            number, moved = 0, False
        before, after = befores[i], afters[i]
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
        previous = i
    if moved and previous + 1 < end:
        value = number_text(number)
        if value != "0":
            shown.append(value)
        number, moved = 0, False
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
caches.register("shaping.writers", WRITERS.clear)


def writer_for(canvas: Any) -> Writer:
    doc = canvas._doc
    writer = WRITERS.get(doc)
    if writer is None:
        writer = WRITERS[doc] = Writer(doc)
    return writer
