"""A date field in the Thai calendar: types "26/7/2566", shows "26 กรกฎาคม 2566".

Qt has no Buddhist calendar, and a ``QDateEdit`` subclass that overrides its text
conversions still steps and validates by its own display format, section by section.
So this is a line edit (the clerk types any form ``parse_thai_date`` reads) with a
button that opens a ``QCalendarWidget`` whose own navigation bar is replaced by a
month list in Thai and a year box counting in พ.ศ.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.thaidate import format_thai_date, parse_thai_date, to_be, to_ce
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.ui.dates import english_ui, month_name
from mk3desk.ui.i18n import translate_error

# Aliases: ThaiDateEdit.date() is a method, which hides the type name inside the class.
Day = date
DateStyle = Literal["long", "short", "numeric"]

THAI_LOCALE = QLocale(QLocale.Language.Thai, QLocale.Country.Thailand)


def _to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ThaiCalendar(QWidget):
    """A month calendar whose header shows Thai month names and พ.ศ. years."""

    picked = Signal(object)  # datetime.date the clerk clicked or chose with Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThaiCalendar")
        self.calendar = QCalendarWidget(self)
        self.calendar.setNavigationBarVisible(False)  # its year button counts in CE
        self.calendar.setLocale(THAI_LOCALE)  # Thai weekday names
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)

        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("เดือนก่อน"))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(self.tr("เดือนถัดไป"))
        self.month = QComboBox(self)
        self.month.addItems([month_name(n) for n in range(1, 13)])
        self.year = QSpinBox(self)
        self.year.setPrefix(self.tr("พ.ศ. "))
        self.year.setRange(to_be(1900), to_be(2200))

        header = QHBoxLayout()
        header.addWidget(self.previous)
        header.addWidget(self.month, 1)
        header.addWidget(self.year)
        header.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.calendar)

        self.previous.clicked.connect(self.calendar.showPreviousMonth)
        self.next.clicked.connect(self.calendar.showNextMonth)
        self.month.currentIndexChanged.connect(self._header_changed)
        self.year.valueChanged.connect(self._header_changed)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.clicked.connect(self._emit_picked)
        self.calendar.activated.connect(self._emit_picked)
        self._page_changed(self.calendar.yearShown(), self.calendar.monthShown())

    def set_selected(self, d: date) -> None:
        self.calendar.setSelectedDate(_to_qdate(d))
        self.calendar.setCurrentPage(d.year, d.month)

    def shown_page(self) -> tuple[int, int]:
        """(BE year, month) of the page on show — what the header says."""
        return self.year.value(), self.month.currentIndex() + 1

    def _header_changed(self) -> None:
        self.calendar.setCurrentPage(to_ce(self.year.value()), self.month.currentIndex() + 1)

    def _page_changed(self, year_ce: int, month: int) -> None:
        with QSignalBlocker(self.month), QSignalBlocker(self.year):
            self.month.setCurrentIndex(month - 1)
            self.year.setValue(to_be(year_ce))

    def _emit_picked(self, qdate: QDate) -> None:
        self.picked.emit(_to_date(qdate))


class ThaiDateEdit(QWidget):
    """Date field: free typing in Thai forms plus a calendar popup.

    ``date()`` is the last valid date entered (``None`` when empty). Text that cannot
    be read keeps the field marked invalid (property ``invalid``, a Thai tool tip with
    the reason) and leaves ``date()`` unchanged until the clerk fixes it.
    """

    dateChanged = Signal(object)  # datetime.Day | None  # noqa: N815 - Qt naming

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        digits: NumeralStyle = NumeralStyle.ARABIC,
        style: DateStyle = "long",
    ) -> None:
        super().__init__(parent)
        self._date: Day | None = None
        self._digits = digits
        self._style = style
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(self.tr("วว/ดด/ปปปป เช่น 26/7/2566"))
        self.line_edit.setClearButtonEnabled(True)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("เลือกจากปฏิทิน"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line_edit)

        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = ThaiCalendar(self.popup)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(0, 0, 0, 0)
        popup_layout.addWidget(self.calendar)

        # Alt+Down opens the calendar, as in QDateEdit and Windows date pickers.
        open_calendar = QAction(self.line_edit)
        open_calendar.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        open_calendar.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_calendar.triggered.connect(self.show_popup)
        self.line_edit.addAction(open_calendar)

        self.line_edit.editingFinished.connect(self.commit_text)
        self.button.clicked.connect(self.show_popup)
        self.calendar.picked.connect(self._picked)

    # -- value --------------------------------------------------------------------
    def date(self) -> Day | None:
        return self._date

    def setDate(self, value: Day | None) -> None:  # noqa: N802 - Qt naming
        self._set_invalid(None)
        self.line_edit.setText(self.display_text(value))
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def display_text(self, value: Day | None) -> str:
        if value is None:
            return ""
        if english_ui():
            # "26/07/2566": typed back and read in either language (Thai month names
            # would not be, and an English one is not read by parse_thai_date).
            return format_thai_date(value, style="numeric", digits=NumeralStyle.ARABIC)
        return format_thai_date(value, style=self._style, digits=self._digits)

    def is_valid(self) -> bool:
        return not self.property("invalid")

    def commit_text(self) -> None:
        """Read what was typed; show it in the display form, or mark it invalid."""
        text = self.line_edit.text().strip()
        if not text:
            self.setDate(None)
            return
        try:
            value = parse_thai_date(text)
        except Mk3Error as error:
            self._set_invalid(translate_error(error))
            return
        self.setDate(value)

    # -- popup --------------------------------------------------------------------
    def show_popup(self) -> None:
        self.calendar.set_selected(self._date or date.today())
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        self.calendar.calendar.setFocus()

    def _picked(self, value: Day) -> None:
        self.popup.hide()
        self.setDate(value)
        self.line_edit.setFocus()

    def _set_invalid(self, reason: str | None) -> None:
        self.setProperty("invalid", reason is not None)
        self.line_edit.setToolTip(reason or "")
        # A red frame the clerk notices; the tool tip says what is wrong.
        self.line_edit.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if reason else "")
