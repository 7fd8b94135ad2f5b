"""Tables and signature blocks made of Thai paragraphs.

Table cells are :class:`ThaiParagraph` flowables, never plain strings: a plain
string in a reportlab Table cell is drawn unshaped (marks collide). A table
splits between rows and repeats its header rows on every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.errors import Mk3Error
from mk3desk.reports.table_widths import CELL_PADDING, fit_columns
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align, Run, TextStyle

MAX_SIGNATURE_DOTS = 40
HEADER_FILL = colors.Color(0.9, 0.9, 0.9)

Cell: TypeAlias = str | Flowable | Sequence[Flowable]


def _cell(value: Cell, style: TextStyle) -> Any:
    if isinstance(value, str):
        return ThaiParagraph(value, style)
    return value


def thai_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    cell_style: TextStyle,
    header_style: TextStyle | None = None,
    header_rows: int = 1,
    column_align: Sequence[Align | None] | None = None,
    grid: bool = True,
    header_fill: colors.Color | None = HEADER_FILL,
    warn: Callable[[Mk3Error], None] | None = None,
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> Table:
    """A table of Thai paragraphs; *col_widths* (points) are the widths wished for.

    *spans*: cells joined across columns, ((first column, row), (last column, row)) as
    reportlab's SPAN takes them (a joined cell does not size its first column).

    Strings become paragraphs in *cell_style* (header rows in *header_style*);
    ``column_align`` overrides the alignment per column (numbers: RIGHT).

    No column is made narrower than its widest unbreakable unit (a code, a row
    number, a given name, one word of the header): it takes the room from columns
    that have some to spare (:func:`fit_columns`). A table that cannot fit even so
    keeps the widths asked for and tells *warn*; the documents' layout also finds
    it in the story (:func:`layout_warnings`) and adds it to the build's warnings.
    """
    if any(len(row) != len(col_widths) for row in rows):
        raise ValueError("every row needs one cell per column width")
    header_style = header_style or replace(cell_style, bold=True, align=Align.CENTER)
    data: list[list[Any]] = []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for c, value in enumerate(row):
            style = header_style if r < header_rows else cell_style
            align = column_align[c] if column_align and r >= header_rows else None
            if align is not None:
                style = replace(style, align=align)
            cells.append(_cell(value, style))
        data.append(cells)
    spanned = {
        (row, column)
        for (first, top), (last, bottom) in spans
        for row in range(top, bottom + 1)
        for column in range(first, last + 1)
    }
    sized = [
        [None if (r, c) in spanned else cell for c, cell in enumerate(row)]
        for r, row in enumerate(data)
    ]
    problems: list[Mk3Error] = []
    col_widths = fit_columns(sized, col_widths, problems.append)
    if warn is not None:
        for problem in problems:
            warn(problem)
    commands: list[tuple[Any, ...]] = [
        # reportlab sets the cell font even for flowables: without this an
        # unembedded Helvetica would be referenced by the PDF.
        ("FONTNAME", (0, 0), (-1, -1), cell_style.fonts.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 3),  # room for stacked marks under the rule
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    commands += [("SPAN", first, last) for first, last in spans]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    if header_rows and header_fill is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_fill))
    table = Table(
        data,
        colWidths=list(col_widths),
        repeatRows=header_rows,
        style=TableStyle(commands),
        hAlign="LEFT",
    )
    table.layout_warnings = tuple(problems)  # read by documents.layout (layout_warnings)
    return table


def layout_warnings(story: Sequence[Any]) -> list[Mk3Error]:
    """What the tables of *story* (nested ones too) found while sizing their columns."""
    found: list[Mk3Error] = []

    def visit(item: Any) -> None:
        if isinstance(item, list | tuple):
            for child in item:
                visit(child)
            return
        found.extend(getattr(item, "layout_warnings", ()))
        for attr in ("_cellvalues", "_content", "_flowables"):
            value = getattr(item, attr, None)
            if value is not None:
                visit(value)

    visit(story)
    return found


@dataclass(frozen=True)
class Signer:
    """One person who signs: full name (with title) and position."""

    name: str
    position: str
    label: str = "(ลงชื่อ)"
    role: str = ""  # e.g. "ผู้รายงาน", shown after the dotted line


def _dots(signer: Signer, width: float, style: TextStyle) -> str:
    """As many dots as fit on the signing line of a block *width* points wide."""
    name = style.fonts.regular
    size = style.font_size
    taken = stringWidth(f"{signer.label}  {signer.role}", name, size)
    room = width - taken - 2 * CELL_PADDING
    return "." * max(8, min(MAX_SIGNATURE_DOTS, int(room / stringWidth(".", name, size))))


def signature_paragraphs(signer: Signer, style: TextStyle, width: float) -> list[ThaiParagraph]:
    """Blank line to sign on, "(ลงชื่อ) .....", "(full name)", then the position."""
    centred = replace(style, align=Align.CENTER, first_indent=0.0, keep_with_next=True)
    dotted = f"{signer.label} {_dots(signer, width, style)}"
    if signer.role:
        dotted += f" {signer.role}"
    last = replace(centred, keep_with_next=False)
    name = [Run("("), Run(signer.name, name=True), Run(")")]
    return [
        ThaiParagraph(" ", centred),  # the space the pen needs
        ThaiParagraph(dotted, centred),
        ThaiParagraph(name, centred),
        ThaiParagraph(signer.position, last),
    ]


def signature_blocks(
    signers: Sequence[Signer],
    width: float,
    style: TextStyle,
    *,
    per_row: int | None = None,
) -> Table:
    """Signature blocks side by side, *per_row* a row (default: two, as on most forms).

    Returned as a borderless table so the blocks never split from each other.
    """
    if not signers:
        raise ValueError("at least one signer")
    per_row = per_row or min(2, len(signers))
    column = width / per_row
    rows: list[list[Any]] = []
    for start in range(0, len(signers), per_row):
        group = list(signers[start : start + per_row])
        row: list[Any] = [signature_paragraphs(s, style, column) for s in group]
        row += [""] * (per_row - len(group))
        rows.append(row)
    table = Table(
        rows,
        colWidths=[column] * per_row,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), style.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign="CENTER",
    )
    table.keepWithNext = False
    return table
