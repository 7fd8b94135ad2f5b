"""Choosing the indicators to send (ส่งงาน): every title in full, wrapped; the clerk's own
ticked at first; "ของฉัน", "ทั้งหมด" and "ไม่เลือก" to start over; resizable, sized to the
screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services.bundles import WorkChoice
from mk3desk.ui.screen_fit import fit_size
from mk3desk.ui.thai_wrap import wrap_hint

__all__ = ["WorkPicker"]


class WorkPicker(QDialog):
    def __init__(self, choices: Sequence[WorkChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkPicker")
        self.setWindowTitle(self.tr("เลือกตัวชี้วัดที่จะส่ง"))
        self.setSizeGripEnabled(True)
        self.choices = list(choices)
        self.listing = QListWidget(self)
        self.listing.setWordWrap(True)  # full titles, on two lines if need be
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        for choice in self.choices:
            item = QListWidgetItem(wrap_hint(f"{choice.code} {choice.title}"), self.listing)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setToolTip(f"{choice.code} {choice.title}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        self.mine_button = QPushButton(self.tr("เฉพาะของฉัน"), self)
        self.all_button = QPushButton(self.tr("เลือกทั้งหมด"), self)
        self.none_button = QPushButton(self.tr("ไม่เลือกเลย"), self)
        self.count = QLabel(self)
        row = QHBoxLayout()
        for button in (self.mine_button, self.all_button, self.none_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.buttons)

        self.mine_button.clicked.connect(lambda: self.tick(lambda c: c.mine))
        self.all_button.clicked.connect(lambda: self.tick(lambda c: True))
        self.none_button.clicked.connect(lambda: self.tick(lambda c: False))
        self.listing.itemChanged.connect(self._count)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.mine_button.setEnabled(any(c.mine for c in self.choices))
        self.tick(lambda c: c.mine)
        fit_size(self, 760, 560)

    def tick(self, which: Callable[[WorkChoice], bool]) -> None:
        """Tick the choices for which *which* is true, untick the others."""
        for n, choice in enumerate(self.choices):
            checked = Qt.CheckState.Checked if which(choice) else Qt.CheckState.Unchecked
            self.listing.item(n).setCheckState(checked)
        self._count()

    def chosen(self) -> list[str]:
        return [
            str(self.listing.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.listing.count())
            if self.listing.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _count(self, *_args: object) -> None:
        chosen = len(self.chosen())
        self.count.setText(self.tr("เลือกแล้ว {count} ตัวชี้วัด").format(count=chosen))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen > 0)
