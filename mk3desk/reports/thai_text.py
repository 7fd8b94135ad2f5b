"""Thai line layout for reportlab: runs of text, styles, and lines broken once.

reportlab cannot break Thai lines, and its shaping goes wrong when a shaped
string is wrapped again (docs/STACK-NOTES.md). So this engine does the whole job itself:

1. :func:`parse_markup` turns ``"ปกติ **ตัวหนา** ปกติ"`` into runs (``**`` toggles bold;
   a literal ``**`` cannot be written — no office text needs one).
2. :func:`break_lines` fills lines greedily with the units of
   :func:`mk3desk.domain.thaiwords.segment`, measured with ``stringWidth`` (equal
   to the shaped width for Thai); a unit is never split unless it alone is wider
   than a line, and then only where :func:`mk3desk.domain.thaiwords.cut_points`
   allows (a file name after its ``-`` or ``/``, never inside ``.png``; a Thai
   word between grapheme clusters).
3. :mod:`mk3desk.reports.thai_draw` shapes and draws each line (see there).

A :class:`Line` holds source text only, never shaped text: a paragraph can be
re-broken or split any number of times without touching harfbuzz output.

Words, widths, line breaks and shapes are remembered for the life of the
process (registered in :mod:`mk3desk.caches`); :func:`clear_caches` forgets them
(a first build, for benchmarks).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum

from reportlab.pdfbase.pdfmetrics import stringWidth

from mk3desk import caches
from mk3desk.domain import thaiwords
from mk3desk.domain.thaiwords import segment
from mk3desk.reports.fonts import FontSet

# Stacked Thai marks rise about 1.25 em above the baseline (docs/STACK-NOTES.md), and
# descending vowels reach about 0.3 em below it.
MIN_LEADING_RATIO = 1.5
DESCENT_RATIO = 0.3


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of source text in one face.

    ``name``: the text is a person's name, broken only at its spaces (between given
    name and surname) whether or not it has a title the word breaker recognises.
    """

    text: str
    bold: bool = False
    italic: bool = False
    name: bool = False


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

    # Remembered per style (layout asks for them tens of thousands of times a book).
    @functools.cached_property
    def _hash(self) -> int:
        return hash(tuple([getattr(self, item.name) for item in fields(self)]))

    def __hash__(self) -> int:
        """The fields' hash, remembered: a style is part of the key of every line
        broken, measured and drawn (the generated one hashed all twelve fields and the
        font set each time). Equality stays the dataclass's, field by field."""
        return self._hash

    @functools.cached_property
    def font_size(self) -> float:
        return self.size if self.size is not None else self.fonts.body_size

    @functools.cached_property
    def line_height(self) -> float:
        # Never tighter than 1.5 x size: stacked marks would touch the line above.
        minimum = MIN_LEADING_RATIO * self.font_size
        return max(self.leading or minimum, minimum)

    @functools.cached_property
    def baseline_drop(self) -> float:
        """Distance from the top of a line box to its baseline."""
        return self.line_height - DESCENT_RATIO * self.font_size

    def font_name(self, run: Run) -> str:
        return self.fonts.name(bold=run.bold or self.bold, italic=run.italic)


class PersonName(str):
    """A person's name given to a paragraph or a table cell: laid out as one
    ``Run(name=True)``, broken only between given name and surname."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
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


@functools.lru_cache(maxsize=4096)
def markup_runs(text: str) -> tuple[Run, ...]:
    """:func:`parse_markup` as a tuple, shared by every paragraph of the same text."""
    return tuple(parse_markup(text))


caches.register("thai_text.markup", markup_runs.cache_clear)


def plain_text(runs: Sequence[Run]) -> str:
    return "".join(run.text for run in runs)


@dataclass
class _Unit:
    """A line-break unit: pieces that must stay on one line together."""

    pieces: list[Run] = field(default_factory=list)
    width: float = 0.0
    is_space: bool = False
    trailing: str = ""  # a space the unit was cut at (a part of a date: "๑๖ | ก.ค. ๖๗")


def _tokens(runs: Sequence[Run], text: str) -> list[str]:
    """The line units of *text* (the runs' text): words, and each name's words whole."""
    for run in runs:
        if run.name:
            break
    else:
        return segment(text)
    tokens: list[str] = []
    pending = ""  # text of the runs since the last name
    for run in runs:
        if run.name:
            tokens += segment(pending) + thaiwords.segment_name(run.text)
            pending = ""
        else:
            pending += run.text
    return thaiwords.glue(tokens + segment(pending))


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
    for token in _tokens(runs, text):
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
            unit.width += word_width(piece_text, style.font_name(piece), size)
            start = stop
        units.append(unit)
    return units


def units(runs: Sequence[Run], style: TextStyle) -> list[tuple[str, float, str]]:
    """The words (line units) of *runs*: (text, width, face of its first piece), no spaces."""
    return [
        (plain_text(unit.pieces), unit.width, style.font_name(unit.pieces[0]))
        for unit in _units(runs, style)
        if not unit.is_space
    ]


# Widths of words, per face and size: words repeat, and measuring them is the
# inner loop of breaking. Plain dicts of str to float, which the garbage
# collector never has to look at (a lru_cache keeps two objects per word).
_widths: dict[tuple[str, float], dict[str, float]] = {}
_WIDTHS_PER_FACE = 50_000
caches.register("thai_text.widths", _widths.clear)


def _width_table(font_name: str, size: float) -> dict[str, float]:
    table = _widths.get((font_name, size))
    if table is None or len(table) > _WIDTHS_PER_FACE:
        table = _widths[font_name, size] = {}
    return table


def word_width(text: str, font_name: str, size: float) -> float:
    """stringWidth of a word, remembered."""
    table = _width_table(font_name, size)
    width = table.get(text)
    if width is None:
        width = table[text] = float(stringWidth(text, font_name, size))
    return width


# Ahead of layout, at most this many texts: well inside the cache that keeps
# their words until layout asks for them (thaiwords.segment).
SEGMENT_AHEAD = 2048


def segment_ahead(texts: Iterable[str]) -> None:
    """Cut the words of *texts* (a document's paragraphs) in one pass, before layout.

    The same work layout would do paragraph by paragraph, but together: the
    word table (a few MB) then stays in the CPU's caches instead of being
    pushed out by the layout work between two paragraphs, and segmenting the
    annual book takes about a third less time. Layout finds the words remembered.
    """
    for text in itertools.islice(dict.fromkeys(texts), SEGMENT_AHEAD):
        segment(text)


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
            edges.append(edges[-1] + word_width(ch, name, size))
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
            # a short first line is penalised, but not a date's day ("๑๖ | ก.ค. ๖๗")
            full = used * 3 >= room or text[offset - 1].isspace()
            rank = quality if full else quality + thaiwords.CUT_LAST_RESORT
            if best is None or (rank, -offset) < best:
                best = (rank, -offset)
        if best is not None:
            cut = -best[1]
        else:  # nothing fits: overflow as little as possible
            later = [offset for offset, _ in points if offset > start]
            if not later:
                break
            cut = later[0]
        end = cut - 1 if text[cut - 1].isspace() else cut
        part = _slice(unit, start, end, edges)
        part.trailing = text[end:cut]
        parts.append(part)
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


def line_breaks(
    runs: tuple[Run, ...], width: float, style: TextStyle, *, first_line: bool = True
) -> tuple[Line, ...]:
    """:func:`break_lines`, shared rather than copied (a tuple of frozen lines)."""
    return _break_lines(runs, width, style, first_line)


# Documents repeat short texts a lot (table cells such as "ผ่าน", headers and
# footers on every page): about three in four paragraphs of the annual book.
@functools.lru_cache(maxsize=4096)
def _break_lines(
    runs: tuple[Run, ...], width: float, style: TextStyle, first_line: bool
) -> tuple[Line, ...]:
    if len(runs) == 1:
        return _break_one_run(runs[0], width, style, first_line)
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
                finish(part.trailing)
            unit = parts[-1]
        pieces.extend(unit.pieces)
        used += unit.width
    if pieces or not lines:
        finish(plain_text([p for u in pending for p in u.pieces]), last=True)
    return tuple(lines)


def _break_one_run(run: Run, width: float, style: TextStyle, first_line: bool) -> tuple[Line, ...]:
    """:func:`_break_lines` for text in one face (most paragraphs): the same lines, made
    from the words' text and widths alone, with no unit or piece objects per word.
    """
    name = style.font_name(run)
    size = style.font_size
    widths = _width_table(name, size)
    lines: list[Line] = []
    words: list[str] = []  # the current line's text so far
    used = 0.0
    spaces: list[str] = []  # whitespace not yet known to be inside a line
    spaces_width = 0.0
    indent = style.first_indent if first_line else 0.0
    room = width - indent

    def finish(trailing: str, last: bool = False) -> None:
        nonlocal words, used, indent, room, spaces, spaces_width
        pieces = (Run("".join(words), run.bold, run.italic),) if words else ()
        lines.append(Line(pieces, used, indent, trailing, last))
        words, used, spaces, spaces_width = [], 0.0, [], 0.0
        indent = 0.0
        room = width

    for token in thaiwords.segment_name(run.text) if run.name else segment(run.text):
        if token.isspace():
            if "\n" in token:
                finish(token, last=True)
            elif words:
                spaces.append(token)
                spaces_width += widths.get(token) or word_width(token, name, size)
            continue
        token_width = widths.get(token) or word_width(token, name, size)
        if words and used + spaces_width + token_width > room:
            finish("".join(spaces))
        elif spaces:
            words.extend(spaces)
            used += spaces_width
            spaces, spaces_width = [], 0.0
        if token_width > room:
            unit = _Unit([Run(token, run.bold, run.italic)], token_width)
            parts = _split_long(unit, width, room - used, style)
            for part in parts[:-1]:
                words.extend(piece.text for piece in part.pieces)
                used += part.width
                finish(part.trailing)
            token, token_width = parts[-1].pieces[0].text, parts[-1].width
        words.append(token)
        used += token_width
    if words or not lines:
        finish("".join(spaces), last=True)
    return tuple(lines)


caches.register("thai_text.line_breaks", _break_lines.cache_clear)


def clear_caches() -> None:
    """Forget every remembered segmentation, width, line break and shape.

    For benchmarks and tests that must measure or check a first, cold build;
    the word dictionary itself stays loaded. (Every cache of the process
    registered in :mod:`mk3desk.caches` is emptied.)
    """
    caches.clear_all(keep=("thaiwords.dictionary",))
