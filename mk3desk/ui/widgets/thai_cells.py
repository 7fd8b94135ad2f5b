"""Table and tree cells that wrap Thai text between words, with room for stacked marks.

Qt's own item painting has two faults with Thai (issue #13):

* its lines sit at the font's line spacing, so the upper marks of a second line touch
  the lower vowels of the first, and a lower vowel of the last line sits on the row
  border. Here every line is ``LEADING`` × the font's pixel size tall (≥ 1.5, as in the
  PDFs), with the baseline low enough for a vowel and a tone mark stacked above it;
* where Qt finds Thai word breaks (libthai, on Linux) it breaks inside names
  ("นางสาวณัฐ|ธิดา"); on Windows it breaks only at spaces. Here a line breaks only at a
  space or a word hint (U+200B from ``thai_wrap.wrap_hint``), the same on every
  platform. A person's name is given without hints, so it breaks only between the given
  name and the surname. A date, a label and its number, a number and its unit stay on
  one line ("31 ธ.ค. 69", "เขต 3": ``line_units.glued_spaces``; a date too wide breaks
  after its day at most). A single word wider than the cell breaks between characters
  (never between a consonant and its marks) rather than being cut.

``ThaiCellDelegate`` paints and measures cells this way; ``use_thai_cells(view)`` puts it
on a table or tree view and keeps the row heights right when a column changes width.
"""

from __future__ import annotations

import ctypes
import functools
import math
import re
import sys
import unicodedata
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

from mk3desk.domain.line_units import glued_spaces
from mk3desk.ui.thai_wrap import ZWSP, wrap_hint

Index = QModelIndex | QPersistentModelIndex
P = ParamSpec("P")
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


def _py_incref() -> Callable[[object], None] | None:
    if sys.version_info >= (3, 12):  # None is immortal there
        return None
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    return incref


_INCREF = _py_incref()


def keeps_none(fn: Callable[P, T]) -> Callable[P, T]:
    """Give back the references to None that PySide6 6.12 drops.

    Measured here (PySide6 6.12.0, CPython 3.11): every call of a Qt method that returns
    nothing, or a QVariant holding nothing, takes one reference from ``None`` without
    giving it (``label.setText("x")`` 1,000 times: 1,000 fewer). A delegate paints many
    cells many times with such calls; once ``None``'s count reaches zero the program dies
    ("Fatal Python error: none_dealloc"). What a call of *fn* took is counted and given
    back (Python 3.12 and later keep ``None`` forever and need nothing).
    """
    if _INCREF is None:
        return fn
    incref = _INCREF

    @functools.wraps(fn)
    def kept(*args: P.args, **kwargs: P.kwargs) -> T:
        before = sys.getrefcount(None)
        try:
            return fn(*args, **kwargs)
        finally:
            for _ in range(before - sys.getrefcount(None)):
                incref(None)

    return kept


# Line height as a multiple of the font's pixel size (docs/STACK-NOTES.md: ≥ 1.5).
LEADING = 1.6
# Stacked upper marks rise about 1.25 em above the baseline; lower vowels ≈ 0.3 em below.
MARKS_ABOVE, MARKS_BELOW = 1.25, 0.3
# Space above the first and below the last line of a cell.
PADDING = 2
BREAKS = re.compile(f"([ {ZWSP}])")  # where a cell's line may break


NBSP = "\u00a0"  # a space no line breaks at (break_lines splits at " " and hints only)


def glued(text: str) -> str:
    """*text* with the spaces inside its line units (a date, a label and its number)
    made no-break spaces, for measuring and painting only (never stored or copied)."""
    spaces = glued_spaces(text)
    if not spaces:
        return text
    return "".join(NBSP if n in spaces else ch for n, ch in enumerate(text))


def line_metrics(font: QFont) -> tuple[int, int]:
    """(line height, baseline offset from the line's top) for *font*, in pixels."""
    metrics = QFontMetrics(font)
    pixels = QFontInfo(font).pixelSize()
    above = max(metrics.ascent(), math.ceil(MARKS_ABOVE * pixels))
    below = max(metrics.descent(), math.ceil(MARKS_BELOW * pixels))
    height = max(above + below, math.ceil(LEADING * pixels))
    return height, above + (height - above - below) // 2


def _clusters(word: str) -> list[str]:
    """*word* in pieces that never separate a consonant from its marks."""
    pieces: list[str] = []
    for ch in word:
        joins = unicodedata.category(ch).startswith("M") or ch == "\u0e33"  # ำ
        if pieces and joins:
            pieces[-1] += ch
        else:
            pieces.append(ch)
    return pieces


def break_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """*text* in lines no wider than *width*, broken at spaces and word hints only
    (a word wider than *width* alone is broken between characters). Hints are removed."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        pieces = BREAKS.split(paragraph)
        # Words with the space (or hint) that follows them: a break goes after it.
        units = [
            pieces[n] + (pieces[n + 1] if n + 1 < len(pieces) else "")
            for n in range(0, len(pieces), 2)
        ]
        for unit in units:
            trial = line + unit
            if metrics.horizontalAdvance(trial.rstrip(" ").replace(ZWSP, "")) <= width:
                line = trial
                continue
            if line:
                lines.append(line)
                line = ""
            if metrics.horizontalAdvance(unit.rstrip(" ").replace(ZWSP, "")) <= width:
                line = unit
                continue
            for piece in _clusters(unit):  # one word wider than the cell
                if line and metrics.horizontalAdvance((line + piece).replace(ZWSP, "")) > width:
                    lines.append(line)
                    line = ""
                line += piece
        lines.append(line)
    return [line.replace(ZWSP, "").rstrip(" ") for line in lines]


# Texts a delegate keeps measures of: a page's cells at a few widths fit easily.
_KEPT = 20_000


def _keep(cache: dict[K, V], key: K, value: V) -> None:
    """Put *value* in *cache*; the oldest half goes first when it is full."""
    if len(cache) >= _KEPT:
        for old in list(cache)[: _KEPT // 2]:
            del cache[old]
    cache[key] = value


class _Measured:
    """One font's measures for a delegate: its metrics, its line height and baseline,
    and the lines texts were broken into at each width.

    A table asks for every cell's size again each time a column or the viewport changes
    width (resizing rows and columns to their contents, fitting columns): breaking the
    same texts again cost more than half of the People page's refit. A text's lines
    depend only on the text, the font and the width, so they are kept here; the oldest
    half goes when there are too many (a page's cells at a few widths fit easily)."""

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetrics(font)
        self.height, self.baseline = line_metrics(font)
        self._lines: dict[tuple[str, int], list[str]] = {}
        self._natural: dict[str, int] = {}

    def lines(self, text: str, width: int) -> list[str]:
        key = (text, width)
        lines = self._lines.get(key)
        if lines is None:
            lines = break_lines(text, self.metrics, width)
            _keep(self._lines, key, lines)
        return lines

    def natural(self, text: str) -> int:
        """The width of *text*'s widest paragraph, unwrapped (without hints)."""
        width = self._natural.get(text)
        if width is None:
            width = max(
                self.metrics.horizontalAdvance(line.replace(ZWSP, "").rstrip(" "))
                for line in text.split("\n")
            )
            _keep(self._natural, text, width)
        return width


class ThaiCellDelegate(QStyledItemDelegate):
    """Paints and measures cells with Thai line breaks and leading (see the module doc).

    With *hint_words* the delegate adds the word hints itself, for models whose texts
    must stay as they are (copied, compared) and are not names."""

    def __init__(self, parent: QObject | None = None, *, hint_words: bool = False) -> None:
        super().__init__(parent)
        self.hint_words = hint_words
        self._measured: dict[str, _Measured] = {}
        self._shown: dict[str, str] = {}  # a cell's text → as measured and painted

    def _measures(self, font: QFont) -> _Measured:
        key = font.key()
        measured = self._measured.get(key)
        if measured is None:
            measured = self._measured[key] = _Measured(font)
        return measured

    def forget(self) -> None:
        """Drop the measures kept (the next sizes are worked out anew)."""
        self._measured.clear()
        self._shown.clear()

    def shown(self, text: str) -> str:
        """A cell's *text* as it is measured and painted: word hints (*hint_words*), and
        its line units glued."""
        if not text:
            return text
        shown = self._shown.get(text)
        if shown is None:
            shown = glued(wrap_hint(text) if self.hint_words else text)
            _keep(self._shown, text, shown)
        return shown

    def _text_width(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the text of *index* may use: its column less margins and icon."""
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        elif isinstance(view, QTreeView | QTableView):
            width = view.columnWidth(index.column())
            if isinstance(view, QTableView) and view.showGrid():
                width -= 1  # a table paints its cells a pixel narrower: the grid line
            if isinstance(view, QTreeView) and index.column() == view.header().logicalIndex(0):
                depth = 0 if view.rootIsDecorated() else -1
                parent = index.parent()
                while parent.isValid():
                    depth += 1
                    parent = parent.parent()
                width -= view.indentation() * max(0, depth + 1)
        style = view.style() if view is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
        width -= 2 * margin
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 2 * margin
        return width

    @keeps_none
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        given = index.data(Qt.ItemDataRole.SizeHintRole)
        if isinstance(given, QSize):
            return given
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = self.shown(opt.text)
        view = opt.widget
        style = view.style() if view is not None else QApplication.style()
        # Qt's own size of the cell without its text (the icon, the check box, margins):
        # the text is measured below, the Thai way. Letting Qt lay the text out as well,
        # only to be overruled, was a third of the time a table took to size its rows.
        opt.text = ""
        base = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), view)
        if not text:
            return base
        measured = self._measures(opt.font)
        natural = measured.natural(text)
        width = self._text_width(opt, index)
        lines = measured.lines(text, width if width > 0 else natural)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
        wide = max(base.width() + natural, natural + 2 * margin + 1)
        if isinstance(view, QListView) and width > 0:
            wide = min(wide, width + 2 * margin)  # a list wraps to its width, never scrolls
        return QSize(wide, max(base.height(), len(lines) * measured.height + 2 * PADDING))

    @keeps_none
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = self.shown(opt.text)
        opt.text = ""
        view = opt.widget
        style = view.style() if view is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, view)
        if not text:
            return
        area: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, view) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        measured = self._measures(opt.font)
        metrics, height, baseline = measured.metrics, measured.height, measured.baseline
        lines = measured.lines(text, area.width())
        block = len(lines) * height
        align = opt.displayAlignment
        top = area.top() + PADDING
        if align & Qt.AlignmentFlag.AlignVCenter:
            top = area.top() + max(PADDING, (area.height() - block) // 2)
        elif align & Qt.AlignmentFlag.AlignBottom:
            top = area.bottom() - PADDING - block
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        for number, line in enumerate(lines):
            x = area.left()
            free = area.width() - metrics.horizontalAdvance(line)
            if align & Qt.AlignmentFlag.AlignRight:
                x += max(0, free)
            elif align & Qt.AlignmentFlag.AlignHCenter:
                x += max(0, free // 2)
            painter.drawText(QPoint(x, top + number * height + baseline), line)
        painter.restore()


FITTING = "mk3deskFittingColumns"  # set on a view while column_fit.fit_columns sizes it


def use_thai_cells(view: QAbstractItemView, *, hint_words: bool = False) -> ThaiCellDelegate:
    """Give *view* Thai cells, and re-measure its rows when a column changes width."""
    delegate = ThaiCellDelegate(view, hint_words=hint_words)
    view.setItemDelegate(delegate)
    if isinstance(view, QTableView | QTreeView | QListView):
        view.setWordWrap(True)
    if isinstance(view, QTableView):
        table = view
        table.horizontalHeader().sectionResized.connect(
            lambda *_: None if table.property(FITTING) else table.resizeRowsToContents()
        )
        _RowsFollowWidth(table)
    elif isinstance(view, QTreeView):
        tree = view
        tree.setUniformRowHeights(False)
        tree.header().sectionResized.connect(
            lambda *_: None if tree.property(FITTING) else tree.doItemsLayout()
        )
    elif isinstance(view, QListView):
        view.setResizeMode(QListView.ResizeMode.Adjust)  # lines re-broken when narrower
    return delegate


class _RowsFollowWidth(QObject):
    """Re-measure a table's rows when its viewport's width changes.

    A stretched column follows the viewport without ``sectionResized`` (a vertical
    scroll bar appearing once the rows are measured, the window resized), and rows
    measured at the old width clip a line ("ผู้อำนวยการกลุ่มกฎหมายและ" without "คดี").
    Once per event-loop turn; a scroll bar that comes and goes with the new heights
    (the table itself the same size) is followed at most twice, never in a loop.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.width = -1
        self.pending = False
        self.same_size_refits = 0
        self.table_size = table.size()
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and not self.pending:
            width = self.table.viewport().width()
            if width != self.width and not self.table.property(FITTING):
                self.width = width
                if self.table.size() != self.table_size:
                    self.table_size, self.same_size_refits = self.table.size(), 0
                if self.same_size_refits < 2:
                    self.same_size_refits += 1
                    self.pending = True
                    QTimer.singleShot(0, self._refit)
        return False

    def _refit(self) -> None:
        self.pending = False
        self.table.resizeRowsToContents()
