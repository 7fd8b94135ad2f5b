"""The year's deadlines on a Thai calendar (พ.ศ., Thai month names), late ones in red.

Left: a month calendar whose days with a deadline are marked (red: late, amber:
still open, green: submitted or beyond). Right: the agenda of the month on show,
or of the day clicked. Activating a line asks the main window to open the indicator.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.readiness import is_late
from mk3desk.domain.thaidate import to_ce
from mk3desk.services.progress import DueItem, calendar
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.dates import month_name, shown_date
from mk3desk.ui.models.assignment_model import ID_ROLE, DueModel
from mk3desk.ui.pages.base import Page
from mk3desk.ui.widgets.thai_cells import use_thai_cells
from mk3desk.ui.widgets.thai_date_edit import ThaiCalendar

LATE_BACKGROUND = QColor("#ffcdd2")
OPEN_BACKGROUND = QColor("#ffe0b2")
DONE_BACKGROUND = QColor("#c8e6c9")


class CalendarPage(Page):
    open_indicator = Signal(int)

    REFRESH_ON = frozenset(
        {Topic.YEAR, Topic.INDICATOR, Topic.FRAMEWORK, Topic.PEOPLE, Topic.ELSEWHERE}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("CalendarPage")
        self.today: date | None = None
        self.items: list[DueItem] = []
        self.day: date | None = None  # the day clicked; None: the whole month
        self._marked: list[QDate] = []
        self._turned_to_today = False

        self.calendar = ThaiCalendar(self)
        self.calendar.setMinimumWidth(420)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setText(
            self.tr(
                "<span style='background:#ffcdd2'>&nbsp;แดง&nbsp;</span> เลยกำหนด "
                "<span style='background:#ffe0b2'>&nbsp;ส้ม&nbsp;</span> ยังไม่ส่ง "
                "<span style='background:#c8e6c9'>&nbsp;เขียว&nbsp;</span> ส่งแล้ว"
            )
        )
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.legend)
        left.addStretch(1)

        self.agenda_title = QLabel(self)
        font = QFont(self.agenda_title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.agenda_title.setFont(font)
        self.agenda_title.setWordWrap(True)
        self.whole_month = QPushButton(self.tr("แสดงทั้งเดือน"), self)
        self.model = DueModel(self)
        self.agenda = QListView(self)
        self.agenda.setModel(self.model)
        use_thai_cells(self.agenda)  # names break only between given name and surname
        self.agenda.setSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(self.agenda_title, 1)
        title_row.addWidget(self.whole_month)
        right = QVBoxLayout()
        right.addLayout(title_row)
        right.addWidget(self.agenda)

        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.calendar.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.picked.connect(self.show_day)
        self.whole_month.clicked.connect(lambda: self.show_day(None))
        self.agenda.activated.connect(self._activated)

    def load(self) -> None:
        office_year = self.context.office_year
        today = self.today or date.today()
        items = (
            []
            if office_year is None
            else run_action(
                self, lambda: self.context.read(lambda s: calendar(s, office_year, today))
            )
        )
        if items is None:
            return
        self.items = items
        self._mark_days()
        if not self._turned_to_today:
            self._turned_to_today = True
            self.calendar.set_selected(today)  # turns the page, which shows the agenda
        self._show_agenda()

    def _mark_days(self) -> None:
        calendar = self.calendar.calendar
        for qdate in self._marked:
            calendar.setDateTextFormat(qdate, QTextCharFormat())
        self._marked = []
        by_day: dict[date, list[DueItem]] = {}
        for item in self.items:
            by_day.setdefault(item.deadline, []).append(item)
        for day, items in by_day.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if any(i.late for i in items):
                colour = LATE_BACKGROUND
            elif any(not _submitted(i) for i in items):
                colour = OPEN_BACKGROUND
            else:
                colour = DONE_BACKGROUND
            fmt.setBackground(QBrush(colour))
            qdate = QDate(day.year, day.month, day.day)
            calendar.setDateTextFormat(qdate, fmt)
            self._marked.append(qdate)

    def day_colour(self, day: date) -> QColor:
        """The background the calendar gives *day* (what the clerk sees; for tests)."""
        fmt = self.calendar.calendar.dateTextFormat(QDate(day.year, day.month, day.day))
        return fmt.background().color()

    def show_day(self, day: date | None) -> None:
        self.day = day
        self._show_agenda()

    def _page_changed(self, _year: int, _month: int) -> None:
        self.day = None
        self._show_agenda()

    def _show_agenda(self) -> None:
        be_year, month = self.calendar.shown_page()
        if self.day is not None:
            shown = [i for i in self.items if i.deadline == self.day]
            title = self.tr("กำหนดส่งวันที่ {day}").format(day=shown_date(self.day, "long"))
        else:
            ce = to_ce(be_year)
            shown = [i for i in self.items if (i.deadline.year, i.deadline.month) == (ce, month)]
            title = self.tr("กำหนดส่งเดือน{month} {year}").format(
                month=month_name(month), year=be_year
            )
        if not shown:
            title += self.tr(" — ไม่มีตัวชี้วัดครบกำหนด")
        self.agenda_title.setText(title)
        self.whole_month.setEnabled(self.day is not None)
        self.model.set_items(shown)

    def _activated(self, index: QModelIndex) -> None:
        indicator_id = index.data(ID_ROLE)
        if isinstance(indicator_id, int):
            self.open_indicator.emit(indicator_id)


def _submitted(item: DueItem) -> bool:
    # Submitted or beyond: never late whatever the date (readiness.is_late is the rule).
    return not is_late(date.min, item.state, date.max)
