"""The year's indicators with owner, backup, deadline and state; and deadline lists.

Read-only models: changes go through the assignment dialog and a service, never
through setData (no business rules in item models).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from mk3desk.domain.readiness import is_late
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.services.progress import AssignmentRow, DueItem
from mk3desk.ui.dates import shown_date
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.models.row_table import Index, RowTableModel
from mk3desk.ui.thai_wrap import strip_hints, wrap_hint

LATE_COLOUR = QColor("#b71c1c")
LOCKED_COLOUR = QColor("#616161")
ID_ROLE = Qt.ItemDataRole.UserRole  # the indicator's database id


def state_title(state: State) -> str:
    return QCoreApplication.translate("State", STATE_TITLES[state])


def short_date(value: date | None) -> str:
    return shown_date(value) if value else ""


class AssignmentModel(RowTableModel[AssignmentRow]):
    CODE, TITLE, OWNER, BACKUP, DEADLINE, STATE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()

    def set_rows(self, rows: Sequence[AssignmentRow], today: date | None = None) -> None:
        self._today = today or date.today()
        super().set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("ข้อ"),
            self.tr("ตัวชี้วัด"),
            self.tr("ผู้รับผิดชอบหลัก"),
            self.tr("ผู้รับผิดชอบสำรอง"),
            self.tr("กำหนดส่ง"),
            self.tr("สถานะ"),
        )

    def display(self, row: AssignmentRow) -> tuple[str, ...]:
        return (
            row.code,
            wrap_hint(row.title),
            row.owner_name or self.tr("— ยังไม่ระบุ —"),
            row.backup_name or self.tr("— ยังไม่ระบุ —"),
            short_date(row.deadline),
            state_title(row.state),
        )

    def row_of(self, indicator_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.indicator_id == indicator_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.blocked is not None:
                return translate_error(row.blocked)
            return self.text(index) if column == self.TITLE else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.DEADLINE and is_late(row.deadline, row.state, self._today):
                return LATE_COLOUR
            if row.blocked is not None:
                return LOCKED_COLOUR
        if role == ID_ROLE:
            return row.indicator_id
        return None


class DueModel(QAbstractListModel):
    """Indicators with their deadline, one per line ("26 ก.ค. 68 · 1.1 ... · owner")."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []
        self._texts: list[str] = []

    def set_items(self, items: Sequence[DueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [self._text(i) for i in self._items]
        self.endResetModel()

    def item_at(self, row: int) -> DueItem:
        return self._items[row]

    def _text(self, item: DueItem) -> str:
        if item.late:
            when = self.tr("เลยกำหนด {days} วัน").format(days=-item.days_left)
        elif item.days_left == 0:
            when = self.tr("ครบกำหนดวันนี้")
        elif item.days_left > 0:
            when = self.tr("อีก {days} วัน").format(days=item.days_left)
        else:
            when = state_title(item.state)
        owner = item.owner_name or self.tr("ยังไม่มีผู้รับผิดชอบ")
        # The name takes no word hints: it breaks only between given name and surname.
        return wrap_hint(f"{short_date(item.deadline)} ({when}) · {item.code} {item.title} · ") + (
            strip_hints(owner)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and item.late:
            return LATE_COLOUR
        if role == ID_ROLE:
            return item.indicator_id
        return None
