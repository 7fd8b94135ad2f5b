"""A record of several fields that someone else saved first: the fields that differ,
the clerk's values beside the stored ones, and the choice.

Shown by ``ui.actions`` when a form's save is refused because the record changed since
the form read it (``ConflictError`` with ``fields``). One row per differing field:
its label, "ของคุณ (ยังไม่ได้บันทึก)" and "ที่บันทึกไว้แล้ว (ของผู้อื่น)", wrapped, never
cut. The clerk chooses "เก็บของฉัน" (save the form again over the stored record) or
"ใช้ของเขา" (the form shows the stored record, to look at and save again if wanted).
As in ``TextConflictDialog``, Esc and the close button do nothing: a save is never left
undecided.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import FieldConflict
from mk3desk.ui.dialogs.text_conflict_dialog import Choice
from mk3desk.ui.i18n import translate_marked
from mk3desk.ui.thai_wrap import wrap_hint

__all__ = ["Choice", "RecordConflictDialog"]

MINE_STYLE = "background: #fff8e1; padding: 4px;"  # amber: not saved yet
THEIRS_STYLE = "background: #e3f2fd; padding: 4px;"  # blue: stored


class RecordConflictDialog(QDialog):
    def __init__(
        self, message: str, fields: Sequence[FieldConflict], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecordConflictDialog")
        self.setWindowTitle(self.tr("มีผู้อื่นแก้ไขข้อมูลนี้ไปก่อน"))
        self.setModal(True)
        self.choice: Choice | None = None

        self.message = QLabel(wrap_hint(message), self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        table = QWidget(self)
        grid = QGridLayout(table)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        for column, title in enumerate(
            (
                self.tr("ข้อมูล"),
                self.tr("ของคุณ (ยังไม่ได้บันทึก)"),
                self.tr("ที่บันทึกไว้แล้ว (ของผู้อื่น)"),
            )
        ):
            head = QLabel(f"<b>{title}</b>", table)
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        self.mine_labels: list[QLabel] = []
        self.theirs_labels: list[QLabel] = []
        for row, field in enumerate(fields, start=1):
            label = self._cell(table, translate_marked(field.label), f"field_{row - 1}")
            mine = self._cell(table, translate_marked(field.mine), f"mine_{row - 1}", MINE_STYLE)
            theirs = self._cell(
                table, translate_marked(field.theirs), f"theirs_{row - 1}", THEIRS_STYLE
            )
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine_labels.append(mine)
            self.theirs_labels.append(theirs)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(len(fields) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(table)

        self.note = QLabel(
            wrap_hint(
                self.tr(
                    "“เก็บของฉัน” บันทึกค่าของคุณทับค่าที่บันทึกไว้ทุกช่องที่แสดง · "
                    "“ใช้ของเขา” แสดงค่าที่บันทึกไว้ในแบบฟอร์ม ให้ตรวจดูแล้วแก้ไขต่อได้"
                )
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("เก็บของฉัน"), self)
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setToolTip(self.tr("บันทึกค่าของคุณแทนค่าที่บันทึกไว้"))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.take_button = QPushButton(self.tr("ใช้ของเขา"), self)
        self.take_button.setObjectName("takeTheirsButton")
        self.take_button.setToolTip(self.tr("แสดงค่าที่บันทึกไว้ในแบบฟอร์มแทนค่าของคุณ"))
        self.take_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))
        self.take_button.setDefault(True)  # Enter keeps what is saved: the safe way

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        # As tall as the fields need, within a laptop's 768 pixels (then the table scrolls).
        needed = (
            table.heightForWidth(780) if table.hasHeightForWidth() else table.sizeHint().height()
        )
        self.resize(820, max(300, min(needed + 170, 640)))

    def _cell(self, parent: QWidget, text: str, name: str, style: str = "") -> QLabel:
        cell = QLabel(wrap_hint(text) if text else "-", parent)
        cell.setObjectName(name)
        cell.setWordWrap(True)
        cell.setTextFormat(Qt.TextFormat.PlainText)
        cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if style:
            cell.setStyleSheet(style)
        return cell

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Esc and the close button: nothing — the clerk chooses one of the two."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, message: str, fields: Sequence[FieldConflict]
    ) -> Choice | None:
        """The clerk's choice; None only when the dialog was closed without one (the
        program is ending)."""
        dialog = cls(message, fields, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.choice
