"""Two versions of one text: the clerk's, not saved, and the one someone else saved first.

Shown when a save is refused because the stored text changed since the editor loaded
it (``ConflictError`` with ``mine`` and ``theirs``). Both texts side by side, read-only
and wrapped; the clerk chooses "เก็บของฉัน" (save mine over theirs) or "ใช้ของเขา" (take
the stored text into the editor). There is no third way out: Esc and the close button do
nothing, so a save is never left undecided. Whatever is chosen, the other text is not
lost: the caller copies it to the clipboard (and "ใช้ของเขา" is one edit Ctrl+Z takes
back in the editor), as the dialog says.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.ui.thai_wrap import wrap_hint


class Choice(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"


class TextConflictDialog(QDialog):
    def __init__(self, message: str, mine: str, theirs: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("TextConflictDialog")
        self.setWindowTitle(self.tr("มีผู้อื่นแก้ไขข้อความนี้ไปก่อน"))
        self.setModal(True)
        self.choice: Choice | None = None

        self.message = QLabel(wrap_hint(message), self)
        self.message.setWordWrap(True)
        self.mine = self._pane(mine, "mineText")
        self.theirs = self._pane(theirs, "theirsText")
        self.note = QLabel(
            wrap_hint(
                self.tr(
                    "ข้อความที่ไม่ได้เลือกจะคัดลอกไว้ในคลิปบอร์ด (วางกลับได้ด้วย Ctrl+V) "
                    "และหากเลือก “ใช้ของเขา” กด Ctrl+Z ในช่องพิมพ์เพื่อเอาข้อความของคุณกลับมาได้"
                )
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("เก็บของฉัน"), self)
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setToolTip(self.tr("บันทึกข้อความของคุณแทนข้อความที่บันทึกไว้"))
        self.keep_button.clicked.connect(lambda: self._choose(Choice.KEEP_MINE))
        self.take_button = QPushButton(self.tr("ใช้ของเขา"), self)
        self.take_button.setObjectName("takeTheirsButton")
        self.take_button.setToolTip(self.tr("แสดงข้อความที่บันทึกไว้ในช่องพิมพ์แทนข้อความของคุณ"))
        self.take_button.clicked.connect(lambda: self._choose(Choice.TAKE_THEIRS))

        panes = QGridLayout()
        panes.addWidget(QLabel(self.tr("ข้อความของคุณ (ยังไม่ได้บันทึก)"), self), 0, 0)
        panes.addWidget(QLabel(self.tr("ข้อความที่บันทึกไว้แล้ว (ของผู้อื่น)"), self), 0, 1)
        panes.addWidget(self.mine, 1, 0)
        panes.addWidget(self.theirs, 1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(panes, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(820, 460)

    def _pane(self, text: str, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        pane.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        pane.setPlainText(wrap_hint(text))  # read-only: word hints so Thai wraps between words
        return pane

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Esc and the close button: nothing — one of the two texts must be chosen."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str, mine: str, theirs: str) -> Choice | None:
        """The clerk's choice; None only when the dialog was closed without one (the
        program is ending)."""
        dialog = cls(message, mine, theirs, parent)
        dialog.exec()
        dialog.deleteLater()
        return dialog.choice
