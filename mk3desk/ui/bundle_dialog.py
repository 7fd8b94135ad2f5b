"""The merge review: what a received bundle adds, takes, deletes and refuses, and each
conflict side by side (this machine's version against the one sent, field by field) with
a choice; a conflict with a deletion on one side says what each choice does.
Changes refused because their author may not make them here are listed under "ไม่รับ"
with the reason (who, what, which rule) and a warning; "รับข้อมูล" is enabled once every
conflict has a decision and, when there are such refusals, the clerk has ticked that
only the rest is received; the dialog only collects
decisions — BundleActions applies them (services.bundles.apply_bundle)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services.bundles import Decision, MergeItem, MergePlan
from mk3desk.ui.context import AppContext
from mk3desk.ui.i18n import translate_marked
from mk3desk.ui.thai_wrap import wrap_hint


class ConflictBox(QGroupBox):
    """One conflict: a table of the fields that differ and the two choices."""

    def __init__(self, item: MergeItem, parent: QWidget | None = None) -> None:
        super().__init__(item.title, parent)
        self.item = item
        layout = QVBoxLayout(self)
        table = QTableWidget(len(item.diffs), 3, self)
        table.setObjectName("diffTable")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MergeReviewDialog", "ข้อมูล"),
                QCoreApplication.translate("MergeReviewDialog", "ฉบับของเครื่องนี้"),
                QCoreApplication.translate("MergeReviewDialog", "ฉบับที่ส่งมา"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows follow the columns' width as the dialog is sized (a one-off resize at
        # construction measured the wrapped Thai against narrow columns: rows far too tall).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, diff in enumerate(item.diffs):
            for column, value in enumerate((diff.label, diff.mine, diff.theirs)):
                shown = translate_marked(value) if column == 0 else value  # the label
                table.setItem(row, column, QTableWidgetItem(wrap_hint(shown)))
        layout.addWidget(table)
        if item.note:
            note = QLabel(translate_marked(item.note), self)
            note.setObjectName("note")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.mine = QRadioButton(
            QCoreApplication.translate("MergeReviewDialog", "ใช้ฉบับของเครื่องนี้"), self
        )
        self.theirs = QRadioButton(
            QCoreApplication.translate("MergeReviewDialog", "ใช้ฉบับที่ส่งมา"), self
        )
        self.mine.setObjectName("mine")
        self.theirs.setObjectName("theirs")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.mine)
        self.choice.addButton(self.theirs)
        layout.addWidget(self.mine)
        layout.addWidget(self.theirs)

    def decision(self) -> Decision | None:
        if self.mine.isChecked():
            return "mine"
        if self.theirs.isChecked():
            return "theirs"
        return None


class MergeReviewDialog(QDialog):
    def __init__(self, context: AppContext, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan = plan
        self.setObjectName("MergeReviewDialog")
        self.setWindowTitle(self.tr("ตรวจสอบก่อนรับข้อมูล"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        manifest = plan.manifest
        intro = QLabel(
            self.tr("จาก {office} ปีงบประมาณ {year} โดย {who}").format(
                office=manifest.office_name,
                year=manifest.be_year,
                who=manifest.sent_by.name if manifest.sent_by is not None else manifest.created_by,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for reason in plan.foreign:
            warning = QLabel("⚠ " + reason, self)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.summary = QLabel(
            self.tr(
                "เพิ่มใหม่ {added} · รับฉบับที่แก้ไข {taken} · ลบตามที่ส่งมา {removed} · "
                "แก้ไขทั้งสองฝั่ง {conflicts} · ไม่รับ {refused}"
            ).format(
                added=len(plan.added),
                taken=len(plan.taken),
                removed=len(plan.removed),
                conflicts=len(plan.conflicts),
                refused=len(plan.refused),
            ),
            self,
        )
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changes")
        self.changes.setWordWrap(True)
        self.changes.setResizeMode(QListView.ResizeMode.Adjust)
        for title, items in (
            (self.tr("เพิ่มใหม่"), plan.added),
            (self.tr("รับฉบับที่แก้ไข"), plan.taken),
            (self.tr("ลบตามที่ส่งมา"), plan.removed),
            (self.tr("ไม่รับ"), plan.refused),
        ):
            for item in items:
                line = f"{title}: {item.title}"
                if item.reason:
                    # A reason (who, what, which rule) is long: it wraps, Thai words hinted.
                    reason = translate_marked(item.reason)
                    self.changes.addItem(wrap_hint(f"{line} — {reason}"))
                    continue
                if item.author:  # who made the change, as the bundle says
                    line += " " + self.tr("(โดย {who})").format(who=item.author)
                self.changes.addItem(line)
        layout.addWidget(self.changes, 1)
        self.boxes: list[ConflictBox] = []
        if plan.conflicts:
            layout.addWidget(QLabel(self.tr("ข้อมูลที่แก้ไขทั้งสองฝั่ง — เลือกฉบับที่จะใช้ทีละรายการ:"), self))
            holder = QWidget(self)
            column = QVBoxLayout(holder)
            for item in plan.conflicts:
                box = ConflictBox(item, holder)
                box.choice.buttonClicked.connect(self._update)
                column.addWidget(box)
                self.boxes.append(box)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            layout.addWidget(scroll, 3)
            all_mine = QPushButton(self.tr("ใช้ฉบับของเครื่องนี้ทั้งหมด"), self)
            all_theirs = QPushButton(self.tr("ใช้ฉบับที่ส่งมาทั้งหมด"), self)
            all_mine.clicked.connect(lambda: self.choose_all("mine"))
            all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
            layout.addWidget(all_mine)
            layout.addWidget(all_theirs)
        self.skip_refused: QCheckBox | None = None
        if plan.refused_by_rights:
            # Someone sent what they may not do: received only once the clerk has seen it.
            warning = QLabel(
                self.tr(
                    "⚠ {count} รายการในไฟล์นี้ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ตามตารางสิทธิ์ของฐานข้อมูลนี้ "
                    "(ดู “ไม่รับ” ในรายการข้างบน) — รายการเหล่านั้นจะไม่ถูกบันทึก"
                ).format(count=len(plan.refused_by_rights)),
                self,
            )
            warning.setObjectName("rightsWarning")
            warning.setWordWrap(True)
            layout.addWidget(warning)
            self.skip_refused = QCheckBox(
                self.tr("รับทราบ: รับเฉพาะรายการอื่น ไม่รับรายการที่ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์"), self
            )
            self.skip_refused.setObjectName("skipRefused")
            self.skip_refused.toggled.connect(self._update)
            layout.addWidget(self.skip_refused)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("รับข้อมูล"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("apply")
        cancel = self.buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def choose_all(self, decision: Decision) -> None:
        for box in self.boxes:
            (box.mine if decision == "mine" else box.theirs).setChecked(True)
        self._update()

    def decisions(self) -> dict[str, Decision]:
        out: dict[str, Decision] = {}
        for box in self.boxes:
            decision = box.decision()
            if decision is not None:
                out[box.item.id] = decision
        return out

    def refusals_accepted(self) -> bool:
        """No refusal by rights, or the clerk has ticked that only the rest is received."""
        return self.skip_refused is None or self.skip_refused.isChecked()

    def _update(self) -> None:
        decided = len(self.decisions()) == len(self.boxes)
        self.apply_button.setEnabled(decided and self.refusals_accepted())
