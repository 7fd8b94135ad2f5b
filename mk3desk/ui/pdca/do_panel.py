"""Do: the activity log, the criteria (or outcome values), evidence, and submitting for review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.knowledge import KIND_TITLES
from mk3desk.domain.workflow import LOCKED_STATES, Section, State
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.dates import shown_date
from mk3desk.ui.evidence_panel import EvidencePanel
from mk3desk.ui.pdca.common import (
    StepPanel,
    lock_reason,
    move_refusal,
    needs_html,
    reason_label,
    show_banner,
    show_move_reason,
)
from mk3desk.ui.pdca.criteria import CriteriaEditor
from mk3desk.ui.pdca.outcome import OutcomeEditor
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.thai_wrap import wrap_hint

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


class DoPanel(StepPanel):
    def __init__(self, screen: WorkScreen) -> None:
        super().__init__(screen, "DoPanel")
        self.returned = QLabel(self)
        self.returned.setObjectName("returnedComment")
        self.returned.setWordWrap(True)
        self.returned.setStyleSheet(BANNER_STYLE.replace("#fff3cd", "#fdecea"))
        self.returned.hide()
        self.guide = QLabel(self)
        self.guide.setObjectName("guide")
        self.guide.setWordWrap(True)
        self.guide.setStyleSheet("color: #37474f")

        self.do_log = QPlainTextEdit(self)
        self.do_log.setObjectName("doLog")
        self.do_log.setPlaceholderText(self.tr("บันทึกสิ่งที่ทำไปแล้ว เมื่อใด ผลเป็นอย่างไร (บันทึกอัตโนมัติ)"))
        self.do_log.setMinimumHeight(110)
        self.log_save = self.autosave(self.do_log, PdcaField.DO_LOG)

        self.criteria = CriteriaEditor(screen, self)
        self.outcome = OutcomeEditor(screen, self)
        self.evidence = EvidencePanel(screen.context, self)
        evidence_box = QGroupBox(self.tr("ไฟล์หลักฐาน"), self)
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence)
        # Knowledge sessions linked to the indicator count as its evidence too.
        self.sessions = QLabel(evidence_box)
        self.sessions.setObjectName("knowledgeSessions")
        self.sessions.setWordWrap(True)
        evidence_layout.addWidget(self.sessions)

        self.needs = QLabel(self)
        self.needs.setObjectName("doNeeds")
        self.needs.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("ส่งตรวจสอบ (Check) →"), self)
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(lambda: screen.move_to(State.SUBMITTED))
        self.move_reason = reason_label(self, "doMoveReason")
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_reason, 1)  # beside the button it explains
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.returned)
        layout.addWidget(self.guide)
        layout.addWidget(QLabel(self.tr("บันทึกผลการดำเนินงาน"), self))
        layout.addWidget(self.do_log)
        layout.addWidget(self.criteria)
        layout.addWidget(self.outcome)
        layout.addWidget(evidence_box)
        layout.addWidget(QLabel(self.tr("สิ่งที่ต้องมีก่อนส่งตรวจสอบ:"), self))
        layout.addWidget(self.needs)
        layout.addLayout(buttons)

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool) -> None:
        self.detail = detail
        context = self.work.context
        reason = lock_reason(detail, Section.DO, context.read_only, context.actor)
        editable = reason is None
        show_banner(self.banner, reason)
        why = self._why_back(detail)
        self.returned.setText(wrap_hint(why))
        self.returned.setVisible(bool(why))
        self.guide.setText(wrap_hint(self.tr("คำแนะนำ: {guide}").format(guide=detail.guide)))
        self.guide.setVisible(bool(detail.guide))
        self.log_save.load(detail.do_log, force=fresh)
        self.do_log.setReadOnly(not editable)
        is_outcome = detail.kind is IndicatorKind.OUTCOME
        self.criteria.setVisible(not is_outcome)
        self.outcome.setVisible(is_outcome)
        if is_outcome:
            self.outcome.show_detail(detail, fresh=fresh, editable=editable)
        else:
            self.criteria.show_detail(detail, fresh=fresh, editable=editable)
        self.evidence.show_evidence(
            detail.indicator_id,
            detail.evidence,
            [c.key for c in detail.criteria],
            editable=editable,
            criterion_texts={c.key: c.text for c in detail.criteria},
        )
        self.show_sessions(detail)
        self.needs.setText(needs_html(detail.findings, self.tr("พร้อมส่งตรวจสอบ")))
        self.submit_button.setVisible(detail.state in (State.IN_PROGRESS, State.RETURNED))
        refused = move_refusal(detail, State.SUBMITTED, context.actor, context.read_only)
        self.submit_button.setEnabled(refused is None)
        show_move_reason(self.move_reason, self.submit_button, refused)

    def _why_back(self, detail: IndicatorDetail) -> str:
        """Why the indicator is back in the owner's hands: the committee's return or the
        coordinator's reopening, with its reason ("" when it is neither)."""
        last = detail.transitions[-1] if detail.transitions else None
        if detail.state is State.RETURNED and detail.last_comment:
            return self.tr("คณะกรรมการส่งกลับให้แก้ไข: {comment}").format(comment=detail.last_comment)
        if (
            detail.state is State.IN_PROGRESS
            and last is not None
            and last.to_state is State.IN_PROGRESS
            and last.from_state in LOCKED_STATES
        ):
            return self.tr("ผู้ประสานงานเปิดระบบอีกครั้ง ({who} {when}) เหตุผล: {comment}").format(
                who=last.actor_name,
                when=shown_date(last.at.date()),
                comment=last.comment or "—",
            )
        return ""

    def show_sessions(self, detail: IndicatorDetail) -> None:
        """The meetings and trainings linked to the indicator (หน้าการพัฒนาความรู้)."""
        lines = []
        for s in detail.sessions:
            count = s.count
            lines.append(
                self.tr(
                    "• {day} {kind}: {topic} (เข้าร่วม {came}/{invited} คน, เอกสาร {files} ไฟล์)"
                ).format(
                    day=shown_date(s.held_on),
                    kind=QCoreApplication.translate("Knowledge", KIND_TITLES[s.kind]),
                    topic=s.topic,
                    came=count.attended,
                    invited=count.invited,
                    files=len(s.materials),
                )
            )
        self.sessions.setVisible(bool(lines))
        title = self.tr("การประชุม/อบรมที่เกี่ยวข้อง (นับเป็นหลักฐาน):")
        self.sessions.setText(wrap_hint("\n".join([title, *lines])))
