"""Act: reflection on the year and improvement actions for next year's plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from mk3desk.domain.workflow import Section, State
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.pdca.common import StepPanel, lock_reason, may_move, needs_html, show_banner

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


class ActPanel(StepPanel):
    def __init__(self, screen: WorkScreen) -> None:
        super().__init__(screen, "ActPanel")
        self.reflection = QPlainTextEdit(self)
        self.reflection.setObjectName("reflection")
        self.reflection.setPlaceholderText(self.tr("ปีนี้ทำได้ดีอะไร อะไรยังไม่ได้ผล เพราะอะไร"))
        self.improvements = QPlainTextEdit(self)
        self.improvements.setObjectName("improvements")
        self.improvements.setPlaceholderText(self.tr("สิ่งที่จะปรับปรุงในแผนปีหน้า"))
        self.reflection_save = self.autosave(self.reflection, PdcaField.ACT_REFLECTION)
        self.improvements_save = self.autosave(self.improvements, PdcaField.ACT_IMPROVEMENTS)
        self.needs = QLabel(self)
        self.needs.setObjectName("actNeeds")
        self.needs.setWordWrap(True)
        self.done_button = QPushButton(self.tr("บันทึกการสะท้อนผลเสร็จแล้ว"), self)
        self.done_button.setObjectName("reflectedButton")
        self.done_button.clicked.connect(lambda: screen.move_to(State.REFLECTED))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("การสะท้อนผล (บันทึกอัตโนมัติขณะพิมพ์)"), self))
        layout.addWidget(self.reflection, 1)
        layout.addWidget(QLabel(self.tr("แนวทางปรับปรุงสำหรับปีถัดไป"), self))
        layout.addWidget(self.improvements, 1)
        layout.addWidget(self.needs)
        layout.addLayout(buttons)

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool) -> None:
        self.detail = detail
        context = self.work.context
        if detail.state in (State.LOCKED, State.REFLECTED) or context.read_only:
            reason = lock_reason(detail, Section.ACT, context.read_only, context.actor)
        else:
            reason = self.tr("ขั้นปรับปรุง (Act) เริ่มได้เมื่อผู้ประสานงานปิดระบบตัวชี้วัดนี้แล้ว")
        show_banner(self.banner, reason)
        self.reflection_save.load(detail.act_reflection, force=fresh)
        self.improvements_save.load(detail.act_improvements, force=fresh)
        self.reflection.setReadOnly(reason is not None)
        self.improvements.setReadOnly(reason is not None)
        needs = detail.needs_for(State.REFLECTED) if detail.state is State.LOCKED else []
        self.needs.setText(needs_html(needs, self.tr("พร้อมบันทึกว่าสะท้อนผลแล้ว")))
        self.needs.setVisible(detail.state is State.LOCKED)
        self.done_button.setVisible(detail.state is State.LOCKED)
        self.done_button.setEnabled(
            may_move(detail, State.REFLECTED, context.actor, context.read_only)
        )
