"""Thai line layout and drawing for reportlab: break once, shape once, stay searchable.

reportlab cannot break Thai lines, and its shaping goes wrong when a shaped
string is wrapped again (STACK-NOTES). So this module does the whole job itself:

1. :func:`parse_markup` turns ``"ปกติ **ตัวหนา** ปกติ"`` into runs (``**`` toggles bold;
   a literal ``**`` cannot be written — no office text needs one).
2. :func:`break_lines` fills lines greedily with the units of
   :func:`mk3desk.domain.thaiwords.segment`, measured with ``stringWidth`` (equal
   to the shaped width for Thai); a unit is never split unless it alone is wider
   than a line, and then only where :func:`mk3desk.domain.thaiwords.cut_points`
   allows (a file name after its ``-`` or ``/``, never inside ``.png``; a Thai
   word between grapheme clusters).
3. :func:`draw_line` shapes each piece of a line exactly once, when it is drawn
   (harfbuzz, as ``reportlab.pdfbase.ttfonts.shapeStr`` would: :func:`shape`),
   writes the same text operators reportlab's TextObject would write for it
   (but remembered per document and run, see "shaping and text-showing
   operators" below), and wraps the line in a marked-content span whose
   ``/ActualText`` is the source text, so text copied or extracted from the PDF
   is the Thai that was written (shaping maps repositioned marks to private-use
   code points; poppler and Acrobat read ``/ActualText`` instead).

A :class:`Line` holds source text only, never shaped text: a paragraph can be
re-broken or split any number of times without touching harfbuzz output.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr

from mk3desk.domain import thaiwords
from mk3desk.domain.thaiwords import segment
from mk3desk.reports.fonts import FontSet
from mk3desk.reports.shaping import WRITERS, number_text, shape, writer_for

# Stacked Thai marks rise about 1.25 em above the baseline (STACK-NOTES), and
# descending vowels reach about 0.3 em below it.
MIN_LEADING_RATIO = 1.5
DESCENT_RATIO = 0.3
# Justification stretches only the spaces, and Thai lines often hold one or two:
# a line that would need more than this much extra per space (in em) is left
# ragged instead of showing holes.
MAX_JUSTIFY_STRETCH = 0.6


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True)
class Run:
    """A piece of source text in one face."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class TextStyle:
    """How a Thai paragraph is set. Sizes in points."""

    fonts: FontSet
    size: float | None = None  # None: the font set's body size
    leading: float | None = None  # None: MIN_LEADING_RATIO x size
    align: Align = Align.LEFT
    first_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0
    bold: bool = False  # the whole paragraph
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    keep_with_next: bool = False

    @property
    def font_size(self) -> float:
        return self.size if self.size is not None else self.fonts.body_size

    @property
    def line_height(self) -> float:
        # Never tighter than 1.5 x size: stacked marks would touch the line above.
        minimum = MIN_LEADING_RATIO * self.font_size
        return max(self.leading or minimum, minimum)

    @property
    def baseline_drop(self) -> float:
        """Distance from the top of a line box to its baseline."""
        return self.line_height - DESCENT_RATIO * self.font_size

    def font_name(self, run: Run) -> str:
        return self.fonts.name(bold=run.bold or self.bold, italic=run.italic)


@dataclass(frozen=True)
class Line:
    """One laid-out line: source pieces (never shaped text) and their measured width."""

    pieces: tuple[Run, ...]
    width: float
    indent: float  # extra left offset (first-line indent)
    trailing: str = ""  # whitespace dropped at the break; kept for the extracted text
    last: bool = False  # the paragraph's last line (not justified)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


def parse_markup(text: str) -> list[Run]:
    """``"a **b** c"`` → runs ``a ``, ``b`` (bold), `` c``; ``**`` toggles bold."""
    runs: list[Run] = []
    for i, part in enumerate(text.split("**")):
        if part:
            runs.append(Run(part, bold=i % 2 == 1))
    return runs


def plain_text(runs: Sequence[Run]) -> str:
    return "".join(run.text for run in runs)


@dataclass
class _Unit:
    """A line-break unit: pieces that must stay on one line together."""

    pieces: list[Run] = field(default_factory=list)
    width: float = 0.0
    is_space: bool = False


def _units(runs: Sequence[Run], style: TextStyle) -> list[_Unit]:
    """Segment the paragraph's whole text, then cut units where the run changes.

    A word half bold stays one unbreakable unit made of two pieces.
    """
    text = plain_text(runs)
    size = style.font_size
    ends: list[int] = []  # where each run ends in *text*
    for run in runs:
        ends.append((ends[-1] if ends else 0) + len(run.text))
    units: list[_Unit] = []
    index = 0  # the run holding the current position
    position = 0
    for token in segment(text):
        unit = _Unit(is_space=token.isspace())
        start = position
        position += len(token)
        while start < position:
            while ends[index] <= start:  # skips empty runs too
                index += 1
            run = runs[index]
            stop = min(position, ends[index])
            piece_text = token if stop - start == len(token) else text[start:stop]
            piece = Run(piece_text, run.bold, run.italic)
            unit.pieces.append(piece)
            unit.width += _width(piece_text, style.font_name(piece), size)
            start = stop
        units.append(unit)
    return units


@functools.lru_cache(maxsize=16384)
def _width(text: str, font_name: str, size: float) -> float:
    """stringWidth of a word; words repeat, and this is the inner loop of breaking."""
    return float(stringWidth(text, font_name, size))


def _split_long(unit: _Unit, width: float, first_room: float, style: TextStyle) -> list[_Unit]:
    """Cut a unit wider than a line at the best places :func:`thaiwords.cut_points` offers.

    Each line takes the furthest cut that fits, preferring a better kind of cut
    (after ``-`` or ``/`` in a file name, then between its parts) unless that
    would leave the line less than a third full; a long Thai word is cut between
    grapheme clusters. A part with no cut that fits (a file extension alone
    wider than the line) is left whole rather than cut inside.
    """
    text = plain_text(unit.pieces)
    size = style.font_size
    # Left edge of every character: stringWidth adds glyph advances (no kerning),
    # so the width of text[a:b] is edges[b] - edges[a].
    edges = [0.0]
    for piece in unit.pieces:
        name = style.font_name(piece)
        for ch in piece.text:
            edges.append(edges[-1] + _width(ch, name, size))
    points = sorted(thaiwords.cut_points(text).items())
    parts: list[_Unit] = []
    start = 0
    room = first_room
    while edges[-1] - edges[start] > room:
        best: tuple[int, int] | None = None  # (rank, -offset): the smallest wins
        for offset, quality in points:
            used = edges[offset] - edges[start]
            if offset <= start or used > room:
                continue
            rank = quality if used * 3 >= room else quality + thaiwords.CUT_LAST_RESORT
            if best is None or (rank, -offset) < best:
                best = (rank, -offset)
        if best is not None:
            cut = -best[1]
        else:  # nothing fits: overflow as little as possible
            later = [offset for offset, _ in points if offset > start]
            if not later:
                break
            cut = later[0]
        parts.append(_slice(unit, start, cut, edges))
        start = cut
        room = width
    parts.append(_slice(unit, start, len(text), edges))
    return parts


def _slice(unit: _Unit, start: int, stop: int, edges: list[float]) -> _Unit:
    """Characters *start* to *stop* of *unit*, keeping each piece's face."""
    part = _Unit(width=edges[stop] - edges[start])
    position = 0
    for piece in unit.pieces:
        end = position + len(piece.text)
        lo, hi = max(start, position), min(stop, end)
        if lo < hi:
            part.pieces.append(
                Run(piece.text[lo - position : hi - position], piece.bold, piece.italic)
            )
        position = end
    return part


def _merge(pieces: list[Run]) -> tuple[Run, ...]:
    merged: list[Run] = []
    for piece in pieces:
        if merged and (merged[-1].bold, merged[-1].italic) == (piece.bold, piece.italic):
            merged[-1] = Run(merged[-1].text + piece.text, piece.bold, piece.italic)
        else:
            merged.append(piece)
    return tuple(merged)


def break_lines(
    runs: Sequence[Run], width: float, style: TextStyle, *, first_line: bool = True
) -> list[Line]:
    """Fill lines of *width* points greedily at word boundaries.

    Newlines in the text force a break. Whitespace at a break is not drawn but
    is kept in ``Line.trailing`` so the extracted text keeps it.
    """
    return list(_break_lines(tuple(runs), width, style, first_line))


# Documents repeat short texts a lot (table cells such as "ผ่าน", headers and
# footers on every page): about three in four paragraphs of the annual book.
@functools.lru_cache(maxsize=4096)
def _break_lines(
    runs: tuple[Run, ...], width: float, style: TextStyle, first_line: bool
) -> tuple[Line, ...]:
    lines: list[Line] = []
    pieces: list[Run] = []
    used = 0.0
    pending: list[_Unit] = []  # spaces not yet known to be inside a line
    indent = style.first_indent if first_line else 0.0

    def room() -> float:
        return width - indent

    def finish(trailing: str, last: bool = False) -> None:
        nonlocal pieces, used, indent, pending
        lines.append(Line(_merge(pieces), used, indent, trailing, last))
        pieces, used, pending = [], 0.0, []
        indent = 0.0

    for unit in _units(runs, style):
        if unit.is_space:
            text = plain_text(unit.pieces)
            if "\n" in text:
                finish(text, last=True)
            elif pieces:
                pending.append(unit)
            continue
        spaces = sum(p.width for p in pending)
        if pieces and used + spaces + unit.width > room():
            finish(plain_text([p for u in pending for p in u.pieces]))
        elif pending:
            for space in pending:
                pieces.extend(space.pieces)
            used += spaces
            pending = []
        if unit.width > room():
            parts = _split_long(unit, width, room() - used, style)
            for part in parts[:-1]:
                pieces.extend(part.pieces)
                used += part.width
                finish("")
            unit = parts[-1]
        pieces.extend(unit.pieces)
        used += unit.width
    if pieces or not lines:
        finish(plain_text([p for u in pending for p in u.pieces]), last=True)
    return tuple(lines)


def _pdf_text_string(text: str) -> str:
    """A PDF hex string in UTF-16BE with a BOM, as /ActualText requires."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def shaped_width(text: str | ShapedStr, font_name: str, size: float) -> float:
    data = getattr(text, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data)) * size / 1000.0
    return float(stringWidth(text, font_name, size))


def draw_line(
    canvas: Any,
    line: Line,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
    *,
    actual_text: str | None = None,
) -> None:
    """Draw *line* with its baseline at *y*, inside the box [x, x + width].

    Pieces are shaped here from source text, never from shaped text. The whole
    line becomes one /ActualText span (source text plus the whitespace dropped
    at its break), holding one text object.
    """
    size = style.font_size
    room = width - line.indent
    start = x + line.indent
    extra_per_space = _justify_stretch(line, room, style)
    chunks: list[tuple[str | None, str, float]] = []  # text (None: space), font, advance
    for piece in line.pieces:
        name = style.font_name(piece)
        if extra_per_space:
            # Only a justified line is cut at its spaces (then each word is a run).
            for part in _split_spaces(piece.text):
                if part.isspace():
                    chunks.append((None, name, _width(part, name, size)))
                else:
                    chunks.append((part, name, shape(part, name, size).width))
        else:
            chunks.append((piece.text, name, shape(piece.text, name, size).width))
    natural = sum(chunk[2] for chunk in chunks)
    if extra_per_space:  # stretch to the shaped width, so the right edge is exact
        extra_per_space = (room - natural) / sum(1 for chunk in chunks if chunk[0] is None)
    if style.align is Align.CENTER:
        start += (room - natural) / 2
    elif style.align is Align.RIGHT:
        start += room - natural
    source = actual_text if actual_text is not None else line.text + line.trailing
    writer = writer_for(canvas)
    matrix = "1 0 0 1 {} Tm" if canvas.bottomup else "1 0 0 -1 {} Tm"
    code = [
        f"/Span <</ActualText {_pdf_text_string(source)}>> BDC\nBT",
        matrix.format("0 0"),
        f"{' '.join(map(number_text, style.color))} rg",
    ]
    cursor = start
    subset = -1  # the font subset selected in this text object (-1: none yet)
    rise = 0.0
    current_font = ""
    for run_text, name, advance in chunks:
        if run_text is None:
            cursor += advance + extra_per_space
            continue
        code.append(matrix.format(f"{number_text(cursor)} {number_text(y)}"))
        if name != current_font:
            subset = -1  # a new font must be selected again
            current_font = name
        operators, subset, rise = writer.show(run_text, name, size, subset, rise)
        code.append(operators)
        cursor += advance
    code.append("ET\nEMC")
    canvas.addLiteral(" ".join(code))


def _justify_stretch(line: Line, room: float, style: TextStyle) -> float:
    """Extra width for each space of a justified line (0: leave it ragged)."""
    if style.align is not Align.JUSTIFY or line.last or line.width >= room:
        return 0.0
    spaces = sum(ch.isspace() for ch in line.text)
    if not spaces:
        return 0.0
    stretch = (room - line.width) / spaces
    return stretch if stretch <= MAX_JUSTIFY_STRETCH * style.font_size else 0.0


def _split_spaces(text: str) -> list[str]:
    parts: list[str] = []
    current = ""
    for ch in text:
        if current and ch.isspace() != current[-1].isspace():
            parts.append(current)
            current = ""
        current += ch
    if current:
        parts.append(current)
    return parts


def clear_caches() -> None:
    """Forget every remembered segmentation, width, line break and shape.

    For benchmarks and tests that must measure or check a first, cold build;
    the word dictionary itself stays loaded.
    """
    thaiwords.clear_cache()
    _width.cache_clear()
    _break_lines.cache_clear()
    shape.cache_clear()
    WRITERS.clear()


def draw_text(
    canvas: Any,
    text: str,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
) -> float:
    """Draw *text* (markup allowed) in the box starting at top-left (x, y), wrapped.

    For headers, footers and other canvas text. Returns the height used.
    """
    inner = width - style.left_indent - style.right_indent
    lines = break_lines(parse_markup(text), inner, style)
    baseline = y - style.baseline_drop
    for line in lines:
        draw_line(canvas, line, x + style.left_indent, baseline, inner, style)
        baseline -= style.line_height
    return len(lines) * style.line_height
