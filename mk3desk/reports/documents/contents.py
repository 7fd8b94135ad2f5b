"""The book's table of contents: one line per heading, dot leaders, the page on the right.

An entry's title wraps in the room left of the page-number column; the dot leader
runs from the end of its last line to that column, and the page number sits on
the same baseline (as in a typeset book). The dots of every line stand in the same
columns, counted from the right. Page numbers are not known until the book is laid
out: each line draws a PDF form that :class:`.common.EndOfDocument` defines at the
end, when every heading's page is known (see :mod:`.common`).
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus.flowables import Flowable

from mk3desk.reports.documents.common import PAGE_REF_WIDTH, DocumentContext, PageBook, TocEntry
from mk3desk.reports.thai_draw import draw_text
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align, Run, TextStyle, word_width

TOC_INDENT = 0.6 * 28.3465  # per outline level
LEADER = "."
LEADER_GAP = 4.0  # points between the text and the first dot, and the last dot and the number


class TocLine(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """One contents entry: its title (wrapped), a dot leader and the page number."""

    def __init__(self, book: PageBook, entry: TocEntry, style: TextStyle, number: TextStyle):
        super().__init__()
        self.book, self.entry, self.style, self.number = book, entry, style, number
        self.title = ThaiParagraph(entry.title, style)
        # The dots: the title's size, regular face, from the line's left edge.
        self.dots = replace(style, align=Align.LEFT, first_indent=0.0, left_indent=0.0, bold=False)
        self._content = [self.title]  # so story_paragraphs() finds the title's text
        self.width = self.height = 0.0

    def __repr__(self) -> str:
        return f"TocLine({self.entry.title[:40]!r})"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _, self.height = self.title.wrap(self._title_width(availWidth), availHeight)
        return self.width, self.height

    def _title_width(self, width: float) -> float:
        # Room for at least a few dots between the title and the number column.
        return width - PAGE_REF_WIDTH - 4 * LEADER_GAP

    def leader(self) -> tuple[float, int]:
        """Where the dot leader starts (x) and how many dots it has."""
        style = self.style
        last = self.title.lines(self._title_width(self.width))[-1]
        text_end = style.left_indent + last.indent + last.width
        right = self.width - PAGE_REF_WIDTH + LEADER_GAP  # dots end where the column starts
        dots = self.dots
        pitch = word_width(LEADER, dots.font_name(Run(LEADER)), dots.font_size)
        count = max(0, int((right - text_end - LEADER_GAP) // pitch))
        return right - count * pitch, count

    def draw(self) -> None:
        canvas = self.canv
        self.title.drawOn(canvas, 0, 0)
        baseline = self.style.line_height - self.style.baseline_drop  # the last line's
        start, count = self.leader()
        dots = self.dots
        if count:
            top = baseline + dots.baseline_drop
            draw_text(canvas, LEADER * count, start, top, self.width - start, dots)
        # The number's form has its baseline where the body style puts it in a line box.
        number_baseline = self.number.line_height - self.number.baseline_drop
        canvas.saveState()
        canvas.translate(self.width - PAGE_REF_WIDTH, baseline - number_baseline)
        canvas.doForm(self.book.form_name(self.entry))
        canvas.restoreState()


def contents(ctx: DocumentContext) -> list[Flowable]:
    """One line per heading registered so far; page numbers come at the end."""
    lines: list[Flowable] = []
    for entry in ctx.book.entries:
        style = replace(ctx.styles.body_left, left_indent=TOC_INDENT * entry.level)
        if entry.level == 0:
            style = replace(style, bold=True)
        elif entry.level >= 2:  # the many indicator lines: smaller, so the contents stay short
            style = replace(style, size=ctx.styles.small.font_size)
        lines.append(TocLine(ctx.book, entry, style, ctx.styles.body_left))
    return [
        ThaiParagraph(ctx.num("สารบัญ"), ctx.styles.title),
        ThaiParagraph(ctx.num("หน้า"), replace(ctx.styles.body_left, align=Align.RIGHT)),
        *lines,
    ]
