"""Check: the reviewer sees what is missing, writes notes, returns with a comment or verifies;
the coordinator locks (ปิดระบบ) and can reopen with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from mk3desk.domain.workflow import Section, State
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.pdca.common import StepPanel, lock_reason, may_move, needs_html, show_banner

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


class CheckPanel(StepPanel):
    def __init__(self, screen: WorkScreen) -> None:
        super().__init__(screen, "CheckPanel")
        self.findings = QLabel(self)
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("checkNotes")
        self.notes.setPlaceholderText(self.tr("บันทึกผลการตรวจของคณะกรรมการ (บันทึกอัตโนมัติ)"))
        self.notes.setMinimumHeight(100)
        self.notes_save = self.autosave(self.notes, PdcaField.CHECK_NOTES)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("moveComment")
        self.comment.setPlaceholderText(
            self.tr("เหตุผลหรือข้อเสนอแนะ (ต้องกรอกเมื่อส่งกลับให้แก้ไข หรือเปิดระบบอีกครั้ง)")
        )
        self.comment.setFixedHeight(80)

        self.return_button = self._button(self.tr("ส่งกลับให้แก้ไข"), "returnButton", State.RETURNED)
        self.verify_button = self._button(
            self.tr("ยืนยันผลการตรวจสอบ"), "verifyButton", State.VERIFIED
        )
        self.lock_button = self._button(self.tr("ปิดระบบ (ล็อก)"), "lockButton", State.LOCKED)
        self.reopen_button = self._button(
            self.tr("เปิดระบบอีกครั้ง"), "reopenButton", State.IN_PROGRESS
        )
        grid = QGridLayout()
        grid.addWidget(self.return_button, 0, 0)
        grid.addWidget(self.verify_button, 0, 1)
        grid.addWidget(self.lock_button, 1, 0)
        grid.addWidget(self.reopen_button, 1, 1)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setStyleSheet("color: #616161")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("สิ่งที่ผู้ตรวจควรดู (ยังขาดหรือยังไม่ครบ):"), self))
        layout.addWidget(self.findings)
        layout.addWidget(QLabel(self.tr("บันทึกของคณะกรรมการ"), self))
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(self.tr("เหตุผล / ข้อเสนอแนะสำหรับการเปลี่ยนสถานะ"), self))
        layout.addWidget(self.comment)
        layout.addLayout(grid)
        layout.addWidget(self.who)
        layout.addStretch(1)

    def _button(self, text: str, name: str, target: State) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        button.clicked.connect(lambda: self._move(target))
        return button

    def _move(self, target: State) -> None:
        if self.work.move_to(target, self.comment.toPlainText()):
            self.comment.clear()

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool) -> None:
        self.detail = detail
        context = self.work.context
        reason = None
        if detail.state in (State.SUBMITTED, State.VERIFIED):
            reason = lock_reason(detail, Section.CHECK, context.read_only)
        elif detail.state not in (State.LOCKED, State.REFLECTED):
            reason = self.tr("ยังไม่ได้ส่งตรวจสอบ — ผู้รับผิดชอบต้องส่งจากขั้นดำเนินงาน (Do) ก่อน")
        elif context.read_only:
            reason = lock_reason(detail, Section.CHECK, True)
        show_banner(self.banner, reason)
        self.findings.setText(needs_html(detail.findings, self.tr("ไม่พบสิ่งที่ขาด")))
        self.notes_save.load(detail.check_notes, force=fresh)
        self.notes.setReadOnly(
            lock_reason(detail, Section.CHECK, context.read_only, context.actor) is not None
        )
        if fresh:
            self.comment.clear()
        actor, read_only = context.actor, context.read_only
        moves = {
            self.return_button: State.RETURNED,
            self.verify_button: State.VERIFIED,
            self.lock_button: State.LOCKED,
            self.reopen_button: State.IN_PROGRESS,
        }
        for button, target in moves.items():
            # Reopening is a move from a locked state only; IN_PROGRESS is also the owner's.
            allowed = may_move(detail, target, actor, read_only)
            if button is self.reopen_button:
                allowed = allowed and detail.state in (State.LOCKED, State.REFLECTED)
            button.setEnabled(allowed)
        self.comment.setReadOnly(read_only)
        self.who.setText(
            self.tr(
                "ผู้ใช้งานขณะนี้: {name} — ส่งกลับ/ยืนยันได้เฉพาะผู้ตรวจสอบ, ปิดระบบ/เปิดระบบได้เฉพาะผู้ประสานงาน"
            ).format(name=actor.name)
        )
