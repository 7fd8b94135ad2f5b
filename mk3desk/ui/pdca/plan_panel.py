"""Plan: who owns the indicator (and the backup), the deadline, the planned activities."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from mk3desk.domain.rights import Action
from mk3desk.domain.thaisort import person_sort_key
from mk3desk.domain.workflow import Section, State
from mk3desk.services import people
from mk3desk.services.indicator_view import IndicatorDetail, PersonChoice, person_choices
from mk3desk.services.pdca import PdcaField
from mk3desk.services.people import AssignmentRead
from mk3desk.ui.actions import try_change
from mk3desk.ui.context import Change, Topic
from mk3desk.ui.pdca.common import (
    StepPanel,
    lock_reason,
    move_refusal,
    needs_html,
    reason_label,
    rights_refusal,
    show_banner,
    show_move_reason,
)
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


class PlanPanel(StepPanel):
    def __init__(self, screen: WorkScreen) -> None:
        super().__init__(screen, "PlanPanel")

        self.owner = QComboBox(self)
        self.owner.setObjectName("ownerCombo")
        self.backup = QComboBox(self)
        self.backup.setObjectName("backupCombo")
        self.deadline = ThaiDateEdit(self)
        self.deadline.setObjectName("deadlineEdit")
        self.plan_text = QPlainTextEdit(self)
        self.plan_text.setObjectName("planText")
        self.plan_text.setPlaceholderText(
            self.tr("เช่น ประชุมคณะทำงาน เดือนพฤศจิกายน; รวบรวมข้อมูล เดือนธันวาคม; ...")
        )
        self.plan_text.setMinimumHeight(140)
        self.plan_save = self.autosave(self.plan_text, PdcaField.PLAN)

        assignment = QGroupBox(self.tr("ผู้รับผิดชอบและกำหนดส่ง"), self)
        form = QFormLayout(assignment)
        form.addRow(self.tr("ผู้รับผิดชอบตัวชี้วัด (Key Man)"), self.owner)
        form.addRow(self.tr("ผู้รับผิดชอบสำรอง"), self.backup)
        form.addRow(self.tr("กำหนดส่งงาน"), self.deadline)

        self.needs = QLabel(self)
        self.needs.setObjectName("planNeeds")
        self.needs.setWordWrap(True)
        self.start_button = QPushButton(self.tr("เริ่มวางแผน"), self)
        self.start_button.setObjectName("startPlanningButton")
        self.start_button.clicked.connect(lambda: screen.move_to(State.PLANNING))
        self.do_button = QPushButton(self.tr("แผนพร้อมแล้ว — เริ่มดำเนินงาน (Do) →"), self)
        self.do_button.setObjectName("startDoButton")
        self.do_button.clicked.connect(lambda: screen.move_to(State.IN_PROGRESS))

        self.move_reason = reason_label(self, "planMoveReason")
        # The year's SWOT analysis: the Plan starts from it (read here, the coordinator edits).
        self.swot_button = QPushButton(self.tr("การวิเคราะห์ SWOT ของปี…"), self)
        self.swot_button.setObjectName("swotButton")
        self.swot_button.clicked.connect(lambda: self.show_swot())
        self.swot_dialog: QDialog | None = None

        plan_head = QHBoxLayout()
        plan_head.addWidget(QLabel(self.tr("กิจกรรมที่วางแผนไว้ (บันทึกอัตโนมัติขณะพิมพ์)"), self), 1)
        plan_head.addWidget(self.swot_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.move_reason, 1)  # beside the button it explains
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.do_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(assignment)
        layout.addLayout(plan_head)
        layout.addWidget(self.plan_text, 1)
        layout.addWidget(QLabel(self.tr("สิ่งที่ต้องมีก่อนเริ่มดำเนินงาน:"), self))
        layout.addWidget(self.needs)
        layout.addLayout(buttons)

        self.owner.currentIndexChanged.connect(self._assign)
        self.backup.currentIndexChanged.connect(self._assign)
        self.deadline.dateChanged.connect(self._assign)

    def _fill_people(self, choices: list[PersonChoice], detail: IndicatorDetail) -> None:
        ordered = sorted(choices, key=lambda p: person_sort_key(p.name))
        for combo, chosen in ((self.owner, detail.owner_id), (self.backup, detail.backup_id)):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("— ยังไม่กำหนด —"), None)
                for person in ordered:
                    label = f"{person.name} ({person.position})" if person.position else person.name
                    combo.addItem(label, person.person_id)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool) -> None:
        self.detail = detail
        office_id = self.work.context.office_id
        choices = (
            self.work.context.read(lambda s: person_choices(s, office_id))
            if office_id is not None
            else []
        )
        self._fill_people(choices, detail)
        if fresh or not self.deadline.line_edit.isModified():  # a date being typed stays
            with QSignalBlocker(self.deadline):
                self.deadline.setDate(detail.deadline)
        self.plan_save.load(detail.plan_text, force=fresh)
        context = self.work.context
        reason = lock_reason(detail, Section.PLAN, context.read_only)
        writer = lock_reason(detail, Section.PLAN, context.read_only, context.actor)
        show_banner(self.banner, writer)
        assigns = reason is None and rights_refusal(detail, Action.ASSIGN, context.actor) is None
        for widget in (self.owner, self.backup, self.deadline):
            widget.setEnabled(assigns)
        self.plan_text.setReadOnly(writer is not None)
        self.needs.setText(needs_html(detail.plan_needs, self.tr("แผนครบถ้วนแล้ว")))
        actor, read_only = self.work.context.actor, self.work.context.read_only
        start_refused = move_refusal(detail, State.PLANNING, actor, read_only)
        do_refused = move_refusal(detail, State.IN_PROGRESS, actor, read_only)
        self.start_button.setVisible(detail.state is State.NOT_STARTED)
        self.start_button.setEnabled(start_refused is None)
        self.do_button.setVisible(detail.state in (State.NOT_STARTED, State.PLANNING))
        self.do_button.setEnabled(do_refused is None)
        # A disabled button says why (the checklist may be complete: the rights refuse).
        show_move_reason(self.move_reason, self.do_button, do_refused or start_refused)

    def show_swot(self) -> QDialog | None:
        from mk3desk.ui.dialogs.swot_dialog import SwotDialog

        if self.work.context.office_year is None:
            return None
        self.swot_dialog = SwotDialog(self.work.context, self)
        self.swot_dialog.open()
        return self.swot_dialog

    def _assign(self, *_args: object) -> None:
        if self.detail is None:
            return
        indicator_id = self.detail.indicator_id
        owner_id: int | None = self.owner.currentData()
        backup_id: int | None = self.backup.currentData()
        deadline: date | None = self.deadline.date()

        def assign(version: int) -> Change[object]:
            return lambda s, a: people.assign(
                s,
                a,
                indicator_id,
                owner_id=owner_id,
                backup_id=backup_id,
                deadline=deadline,
                version=version,
            )

        # Over the assignment as read: someone assigned it since, the clerk chooses
        # between the two (RecordConflictDialog); "ใช้ของเขา" shows what is stored.
        if not try_change(
            self,
            self.work.context,
            assign(self.detail.assignment_version),
            Topic.INDICATOR,
            again=lambda e: assign(
                e.current.version if isinstance(e.current, AssignmentRead) else 0
            ),
            reload=lambda _e: self.work.refresh(),
        ):
            self.work.refresh()  # put back what is stored


def _version_of(stored: object) -> int:
    """The version of the assignment a conflict carries (what "เก็บของฉัน" saves over)."""
    return stored.version if isinstance(stored, AssignmentRead) else 0
