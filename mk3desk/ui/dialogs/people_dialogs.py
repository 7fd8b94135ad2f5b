"""The dialogs of the People & assignments page: one person, one indicator's assignment.

Each takes a *save* callable that may raise Mk3Error: a refused save shows the
Thai reason and leaves the dialog open with what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mk3desk.domain.errors import ConflictError
from mk3desk.domain.workflow import Role
from mk3desk.services.people import AssignmentRead
from mk3desk.services.people_edit import GroupRow, PersonRow
from mk3desk.services.progress import AssignmentRow
from mk3desk.ui.actions import OnConflict, try_action
from mk3desk.ui.generated.ui_assignment_dialog import Ui_AssignmentDialog
from mk3desk.ui.generated.ui_person_dialog import Ui_PersonDialog
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit


def _select(combo: QComboBox, value: int | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class PersonDialog(QDialog):
    """Add or edit one person; *save* is called with the dialog and may raise Mk3Error."""

    def __init__(
        self,
        groups: list[GroupRow],
        person: PersonRow | None,
        save: Callable[[PersonDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_PersonDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self._save = save
        self.person = person  # None: a new person
        self.viewer_check = QCheckBox(self.tr("ดูข้อมูลอย่างเดียว"), self.form.rolesBox)
        self.viewer_check.setObjectName("viewerCheck")
        self.form.rolesLayout.addWidget(self.viewer_check)
        self.role_checks = {
            Role.STAFF: self.form.staffCheck,
            Role.REVIEWER: self.form.reviewerCheck,
            Role.COORDINATOR: self.form.coordinatorCheck,
            Role.EXECUTIVE: self.form.executiveCheck,
            Role.VIEWER: self.viewer_check,
        }
        self.form.groupCombo.addItem(self.tr("— ไม่สังกัดกลุ่ม —"), None)
        for g in groups:
            self.form.groupCombo.addItem(g.name, g.group_id)
        if person is None:
            self.setWindowTitle(self.tr("เพิ่มบุคลากร"))
            self.form.staffCheck.setChecked(True)
        else:
            self.setWindowTitle(self.tr("แก้ไขข้อมูลบุคลากร"))
            self.show_person(person)
        self.form.activeCheck.setVisible(person is not None)
        self.form.buttonBox.accepted.connect(self.try_save)

    def show_person(self, person: PersonRow) -> None:
        """Fill the form with *person* (as read, or as someone else saved it since)."""
        self.person = person
        self.form.nameEdit.setText(person.name)
        self.form.positionEdit.setText(person.position)
        _select(self.form.groupCombo, person.group_id)
        for role, check in self.role_checks.items():
            check.setChecked(role in person.roles)
        self.form.activeCheck.setChecked(person.active)

    @property
    def save_button(self) -> QPushButton:
        return self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def roles(self) -> set[Role]:
        return {role for role, check in self.role_checks.items() if check.isChecked()}

    def try_save(self) -> None:
        # A refused save leaves the dialog open with what was typed. Someone else saved
        # the person since it was read: the clerk keeps their values (saved over the
        # newer version) or takes the stored ones into the form.
        if try_action(
            self,
            lambda: self._save(self),
            on_conflict=OnConflict(self._save_over, self._take_theirs),
        ):
            self.accept()

    def _save_over(self, error: ConflictError) -> None:
        if isinstance(error.current, PersonRow):
            self.person = error.current  # its version: the save goes over it
        self._save(self)

    def _take_theirs(self, error: ConflictError) -> None:
        if isinstance(error.current, PersonRow):
            self.show_person(error.current)


class AssignmentDialog(QDialog):
    """Owner, backup and deadline of one indicator; read-only with the reason when locked."""

    def __init__(
        self,
        row: AssignmentRow,
        staff: list[PersonRow],
        save: Callable[[AssignmentDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.form = Ui_AssignmentDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self.row = row
        self._save = save
        self.form.indicatorLabel.setText(wrap_hint(f"{row.code} {row.title}"))
        self.deadline = ThaiDateEdit(self.form.deadlineHolder)
        self.form.deadlineLayout.addWidget(self.deadline)
        for combo, current in (
            (self.form.ownerCombo, row.owner_id),
            (self.form.backupCombo, row.backup_id),
        ):
            combo.addItem(self.tr("— ยังไม่ระบุ —"), None)
            for p in staff:
                combo.addItem(p.name, p.person_id)
            _select(combo, current)
        self.deadline.setDate(row.deadline)
        self.version = row.version  # the assignment's version when read: saved over
        editable = row.blocked is None
        for w in (self.form.ownerCombo, self.form.backupCombo, self.deadline):
            w.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.form.reasonLabel.setVisible(not editable)
        if row.blocked is not None:
            self.form.reasonLabel.setText(wrap_hint(translate_error(row.blocked)))
        self.form.buttonBox.accepted.connect(self.try_save)

    @property
    def save_button(self) -> QPushButton:
        return self.form.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def owner_id(self) -> int | None:
        value = self.form.ownerCombo.currentData()
        return value if isinstance(value, int) else None

    def backup_id(self) -> int | None:
        value = self.form.backupCombo.currentData()
        return value if isinstance(value, int) else None

    def try_save(self) -> None:
        self.deadline.commit_text()  # a date typed but not yet confirmed with Enter
        if not self.deadline.is_valid():
            # Never save the date picked before a mistyped one ("31/2/2570"): say why,
            # keep the dialog open and put the clerk back in the field.
            QMessageBox.warning(
                self,
                self.tr("วันส่งงานไม่ถูกต้อง"),
                self.tr("อ่านวันส่งงานที่พิมพ์ไม่ได้: {reason}\nแก้วันที่ก่อนบันทึก").format(
                    reason=self.deadline.line_edit.toolTip()
                ),
            )
            self.deadline.line_edit.setFocus()
            self.deadline.line_edit.selectAll()
            return
        if try_action(
            self,
            lambda: self._save(self),
            on_conflict=OnConflict(self._save_over, self._take_theirs),
        ):
            self.accept()

    def _save_over(self, error: ConflictError) -> None:
        if isinstance(error.current, AssignmentRead):
            self.version = error.current.version
        self._save(self)

    def _take_theirs(self, error: ConflictError) -> None:
        stored = error.current
        if isinstance(stored, AssignmentRead):
            self.version = stored.version
            _select(self.form.ownerCombo, stored.owner_id)
            _select(self.form.backupCombo, stored.backup_id)
            self.deadline.setDate(stored.deadline)
