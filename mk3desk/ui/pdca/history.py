"""The list of every PDCA move of one indicator: when, from what to what, who, why."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from mk3desk.domain.thaidate import format_thai_datetime
from mk3desk.domain.workflow import STATE_TITLES
from mk3desk.services.indicator_view import TransitionView
from mk3desk.ui.thai_wrap import wrap_hint

AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    WHEN = 0
    MOVE = 1
    WHO = 2
    COMMENT = 3


def _state(state: object) -> str:
    return QCoreApplication.translate("State", STATE_TITLES[state])  # type: ignore[index]


class HistoryModel(QAbstractTableModel):
    """Newest move first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TransitionView] = []

    def set_transitions(self, transitions: Sequence[TransitionView]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(transitions))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("HistoryModel", "วันเวลา"),
            QCoreApplication.translate("HistoryModel", "การเปลี่ยนสถานะ"),
            QCoreApplication.translate("HistoryModel", "ผู้ดำเนินการ"),
            QCoreApplication.translate("HistoryModel", "เหตุผล / ข้อเสนอแนะ"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        t = self._rows[index.row()]
        column = HistoryColumn(index.column())
        if column is HistoryColumn.WHEN:
            return format_thai_datetime(t.at)
        if column is HistoryColumn.MOVE:
            return QCoreApplication.translate("HistoryModel", "{source} → {target}").format(
                source=_state(t.from_state), target=_state(t.to_state)
            )
        if column is HistoryColumn.WHO:
            return QCoreApplication.translate("Actor", t.actor_name)
        return wrap_hint(t.comment)


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def set_transitions(self, transitions: Sequence[TransitionView]) -> None:
        self.model.set_transitions(transitions)
