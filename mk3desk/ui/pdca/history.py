"""The list of every PDCA move of one indicator: when, from what to what, who, why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from mk3desk.domain.workflow import STATE_TITLES
from mk3desk.services.indicator_view import TransitionView
from mk3desk.ui.dates import shown_datetime
from mk3desk.ui.models.row_table import RowTableModel
from mk3desk.ui.thai_wrap import wrap_hint

AnyIndex = QModelIndex | QPersistentModelIndex


def _state(state: object) -> str:
    return QCoreApplication.translate("State", STATE_TITLES[state])  # type: ignore[index]


class HistoryModel(RowTableModel[TransitionView]):
    """Newest move first."""

    def set_transitions(self, transitions: Sequence[TransitionView]) -> None:
        self.set_rows(list(reversed(transitions)))

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("HistoryModel", "วันเวลา"),
            QCoreApplication.translate("HistoryModel", "การเปลี่ยนสถานะ"),
            QCoreApplication.translate("HistoryModel", "ผู้ดำเนินการ"),
            QCoreApplication.translate("HistoryModel", "เหตุผล / ข้อเสนอแนะ"),
        )

    def display(self, t: TransitionView) -> tuple[str, ...]:
        move = QCoreApplication.translate("HistoryModel", "{source} → {target}").format(
            source=_state(t.from_state), target=_state(t.to_state)
        )
        return (
            shown_datetime(t.at),
            move,
            QCoreApplication.translate("Actor", t.actor_name),
            wrap_hint(t.comment),
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.valid(index) or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.text(index)


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
