"""Columns sized from what their cells show, so that nothing scrolls sideways.

``fit_columns`` gives every column of a table or tree but one the width of its content (up
to a cap, so long texts wrap) and never less than its widest piece no line breaks (a
word, a name's part, a date: ``widest_word``); the remaining column takes the rest. The
cells are measured by ``thai_cells.ThaiCellDelegate``; while a fit runs, the view carries
``thai_cells.FITTING`` so its rows are re-measured once at the end, not per column.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView, QTreeView

from mk3desk.ui.thai_wrap import ZWSP
from mk3desk.ui.widgets.thai_cells import BREAKS, FITTING, glued, keeps_none


def _column_texts(view: QTableView | QTreeView, column: int) -> list[str]:
    """The texts *view* shows in *column* (a tree's expanded rows too)."""
    model = view.model()
    texts: list[str] = []
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(model.rowCount(parent)):
            value = model.index(row, column, parent).data()
            if value is not None:
                texts.append(str(value))
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                parents.append(first)
    return texts


def widest_word(view: QTableView | QTreeView, column: int) -> int:
    """The width of the widest piece of *column* a line never breaks (a word, a name's
    part), with the cell's margins: narrower than that, a word would break in two."""
    metrics = view.fontMetrics()
    widest = 0
    for text in _column_texts(view, column):
        for unit in BREAKS.split(glued(text).replace("\n", " ")):
            if unit.strip(f" {ZWSP}"):
                widest = max(widest, metrics.horizontalAdvance(unit))
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return widest + 2 * margin + 2


@keeps_none
def fit_columns(
    view: QTableView | QTreeView,
    stretch: int,
    *,
    caps: dict[int, int] | None = None,
    cap: int = 260,
    least: int = 220,
) -> None:
    """Size every column but *stretch* from its content and header (at most its cap, so
    long texts wrap, but never narrower than its widest word); *stretch* takes the rest.
    When that leaves it less than *least* pixels (or its widest word), the widest other
    columns give way down to their widest word, so nothing scrolls sideways."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    header.setStretchLastSection(False)
    # Rows are re-measured once at the end, not after each of the column changes below
    # (each re-measure wraps every cell of the table again: seconds on the People page).
    view.setProperty(FITTING, True)
    try:
        _fit(view, header, stretch, caps or {}, cap, least)
    finally:
        view.setProperty(FITTING, False)
    if isinstance(view, QTableView):
        view.resizeRowsToContents()
    else:
        view.doItemsLayout()


def _fit(
    view: QTableView | QTreeView,
    header: QHeaderView,
    stretch: int,
    caps: dict[int, int],
    cap: int,
    least: int,
) -> None:
    shown = [c for c in range(header.count()) if c != stretch and not header.isSectionHidden(c)]
    widths: dict[int, int] = {}
    floors: dict[int, int] = {}
    for column in shown:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(column)
        content = view.columnWidth(column)
        floors[column] = min(content, max(60, widest_word(view, column)))
        widths[column] = min(content, max(caps.get(column, cap), floors[column]))
    room = view.viewport().width() - max(least, widest_word(view, stretch))
    excess = sum(widths.values()) - room
    for column in sorted(widths, key=lambda c: widths[c] - floors[c], reverse=True):
        if excess <= 0:
            break
        give = min(excess, widths[column] - floors[column])
        widths[column] -= give
        excess -= give
    for column, width in widths.items():
        view.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
