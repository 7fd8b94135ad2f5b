"""A platypus flowable for Thai paragraphs (use it instead of reportlab's Paragraph).

``ThaiParagraph("ข้อความ **ตัวหนา** ต่อ", style)`` — text with ``**bold**`` markup
(see :mod:`mk3desk.reports.thai_text`) or a list of :class:`Run`.

Lines are broken by :func:`~mk3desk.reports.thai_text.break_lines` and shaped
only when drawn, so wrapping again (tables, keepWithNext, page splits) never
reshapes anything. :meth:`split` hands back two paragraphs made of the source
lines before and after the page break: the second starts with a real line (no
blank line) and nothing is lost or repeated. A split leaves at least two lines on
each side (no single-line orphan at a page foot, no widow at a page top): a
paragraph that cannot be split that way moves whole to the next page.

``outline_level`` makes the paragraph a heading in the PDF's bookmarks (levels
must go 0, 1, 2 without skipping, as in the PDF outline).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from reportlab.platypus.flowables import Flowable

from mk3desk.reports.shaping import number_text
from mk3desk.reports.thai_draw import draw_line
from mk3desk.reports.thai_text import (
    Line,
    PersonName,
    Run,
    TextStyle,
    line_breaks,
    markup_runs,
    plain_text,
)

_outline_keys = itertools.count(1)
# Heights compared with the room left are rounded like this, so a paragraph that
# fits exactly is not pushed to the next page by floating-point noise.
_EPSILON = 1e-6
# Fewest lines of a paragraph left on either side of a page break (widows and orphans).
MIN_LINES_AT_BREAK = 2


class ThaiParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(
        self,
        text: str | Sequence[Run],
        style: TextStyle,
        *,
        outline_level: int | None = None,
        outline_title: str | None = None,
        _first: bool = True,
        _last: bool = True,
        _lines: tuple[float, Sequence[Line]] | None = None,
    ) -> None:
        super().__init__()
        self.runs: tuple[Run, ...]
        if isinstance(text, PersonName):
            self.runs = (Run(str(text), name=True),)
        else:
            self.runs = markup_runs(text) if isinstance(text, str) else tuple(text)
        self.style = style
        self.outline_level = outline_level
        self.outline_title = outline_title
        self._first = _first  # this piece starts the paragraph (first-line indent)
        self._last = _last  # this piece ends it (space after)
        # The lines of the last wrap, and the inner width they were broken at.
        self._lines_width: float | None = None
        self._lines: Sequence[Line] = ()
        if _lines is not None:
            self._lines_width, self._lines = _lines
        self.keepWithNext = style.keep_with_next
        self.width = 0.0
        self.height = 0.0
        self._wrapped_width: float | None = None  # the last wrap's width and height
        self._wrapped_height = 0.0

    # -- what the paragraph says -------------------------------------------------
    @property
    def text(self) -> str:
        """The source text (without markup)."""
        return plain_text(self.runs)

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:40]!r})"

    # -- layout ------------------------------------------------------------------
    def _inner(self, avail_width: float) -> float:
        return avail_width - self.style.left_indent - self.style.right_indent

    def lines(self, avail_width: float) -> Sequence[Line]:
        """The lines at this frame width (cached: breaking is the costly part)."""
        inner = self._inner(avail_width)
        if self._lines_width is None or abs(self._lines_width - inner) > _EPSILON:
            self._lines = line_breaks(self.runs, inner, self.style, first_line=self._first)
            self._lines_width = inner
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Asked again and again at the same width (a frame tries, a table measures
        # its rows, then draws them): the height depends on the width only.
        if availWidth == self._wrapped_width:
            self.width, self.height = availWidth, self._wrapped_height
            return availWidth, self._wrapped_height
        lines = self.lines(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.line_height
        self._wrapped_width, self._wrapped_height = availWidth, self.height
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - platypus API
        return self.style.space_before if self._first else 0.0

    def getSpaceAfter(self) -> float:  # noqa: N802 - platypus API
        return self.style.space_after if self._last else 0.0

    def minWidth(self) -> float:  # noqa: N802 - platypus API
        return float(max((line.width + line.indent for line in self.lines(1e9)), default=0.0))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines(availWidth)
        fitting = int((availHeight + _EPSILON) // self.style.line_height)
        if fitting <= 0:
            return []
        if fitting >= len(lines):
            return [self]
        # No single line left behind at the foot or carried over to the top.
        fitting = min(fitting, len(lines) - MIN_LINES_AT_BREAK)
        if fitting < MIN_LINES_AT_BREAK:
            return []
        inner = self._inner(availWidth)
        head, tail = lines[:fitting], lines[fitting:]
        first = ThaiParagraph(
            _runs_of(head),
            self.style,
            outline_level=self.outline_level,
            outline_title=self.outline_title,
            _first=self._first,
            _last=False,
            _lines=(inner, head),
        )
        rest = ThaiParagraph(
            _runs_of(tail), self.style, _first=False, _last=self._last, _lines=(inner, tail)
        )
        return [first, rest]

    # -- drawing -----------------------------------------------------------------
    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Flowable.drawOn's own operators, without its bookkeeping.

        reportlab saves the whole canvas state, composes the translation into its
        tracked matrix and restores the state for every flowable (about 4,000 in
        the annual book, most of them table cells). The lines change nothing the
        canvas tracks (their colour is set inside their text object), so the same
        ``q``, ``1 0 0 1 x y cm`` and ``Q`` are written directly. A heading (its
        bookmark reads the tracked matrix) and a boundary being shown take
        reportlab's way.
        """
        if (self.outline_level is not None and self._first) or self._showBoundary:
            super().drawOn(canvas, x, y, _sW)
            return
        if _sW:
            x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        # reportlab's Canvas.translate after saveState: never merged with an earlier "cm".
        code.append(f"1 0 0 1 {number_text(x)} {number_text(y)} cm")
        self._draw_lines(canvas)
        code.append("Q")

    def draw(self) -> None:
        canvas = self.canv
        if self.outline_level is not None and self._first:
            key = f"mk3-heading-{next(_outline_keys)}"
            canvas.bookmarkHorizontal(key, 0, self.height)
            title = self.outline_title or self.text
            canvas.addOutlineEntry(title, key, level=self.outline_level, closed=False)
        self._draw_lines(canvas)

    def _draw_lines(self, canvas: Any) -> None:
        style = self.style
        inner = self._inner(self.width)
        baseline = self.height - style.baseline_drop
        for line in self.lines(self.width):
            draw_line(canvas, line, style.left_indent, baseline, inner, style)
            baseline -= style.line_height


def _runs_of(lines: Sequence[Line]) -> list[Run]:
    """The source runs of *lines*, with the whitespace dropped at their breaks."""
    runs: list[Run] = []
    for line in lines:
        runs.extend(line.pieces)
        if line.trailing:
            runs.append(Run(line.trailing))
    return runs


def story_paragraphs(story: Sequence[Any]) -> list[ThaiParagraph]:
    """Every Thai paragraph in *story*, in order, tables and nested lists included."""
    found: list[ThaiParagraph] = []

    def visit(item: Any) -> None:
        if isinstance(item, ThaiParagraph):
            found.append(item)
        elif isinstance(item, list | tuple):
            for child in item:
                visit(child)
        else:
            for attr in ("_cellvalues", "_content", "_flowables"):
                value = getattr(item, attr, None)
                if value is not None:
                    visit(value)

    for item in story:
        visit(item)
    return found


def paragraph_texts(story: Sequence[Any]) -> list[str]:
    """Source text of every Thai paragraph in *story*, tables and nested lists included."""
    return [paragraph.text for paragraph in story_paragraphs(story)]
