"""People & assignments: the office's people and groups, and who owns which indicator.

Both tables are read-only item models; every change goes through a dialog that
calls a service in one transaction. A dialog whose save is refused stays open
with what the user typed, and says why.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services import people, people_edit
from mk3desk.services.people_edit import GroupRow, PersonRow
from mk3desk.services.people_view import people_overview
from mk3desk.services.progress import AssignmentRow
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.dialogs.people_dialogs import AssignmentDialog, PersonDialog
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.models.assignment_model import AssignmentModel
from mk3desk.ui.models.people_model import PeopleModel, load_text
from mk3desk.ui.pages.base import Page
from mk3desk.ui.pages.people_delete import delete_or_retire
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.column_fit import fit_columns
from mk3desk.ui.widgets.thai_cells import use_thai_cells


class PeoplePage(Page):
    REFRESH_ON = frozenset(
        {Topic.YEAR, Topic.PEOPLE, Topic.INDICATOR, Topic.FRAMEWORK, Topic.ELSEWHERE}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("PeoplePage")
        self.today: date | None = None
        self.groups: list[GroupRow] = []
        self.dialog: QDialog | None = None  # the dialog on show (tests drive it)
        self._build()

    def _build(self) -> None:
        self.tabs = QTabWidget(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("ค้นหา ชื่อ ตำแหน่ง กลุ่มงาน หรือตัวชี้วัด (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        page_layout = QVBoxLayout(self)
        page_layout.addWidget(self.search)
        page_layout.addWidget(self.tabs)

        people_tab = QWidget(self.tabs)
        buttons = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("เพิ่มบุคลากร…"), people_tab)
        self.edit_person_button = QPushButton(self.tr("แก้ไขข้อมูล…"), people_tab)
        self.delete_person_button = QPushButton(self.tr("ลบบุคลากร…"), people_tab)
        self.delete_person_button.setObjectName("deletePersonButton")
        self.delete_person_button.setToolTip(
            self.tr("ลบผู้ที่เพิ่มไว้ผิด (ยังไม่มีงานในระบบ) — ผู้ที่ย้ายหรือเกษียณ ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน")
        )
        self.add_group_button = QPushButton(self.tr("เพิ่มกลุ่มงาน…"), people_tab)
        self.rename_group_button = QPushButton(self.tr("เปลี่ยนชื่อกลุ่มงาน…"), people_tab)
        self.recognition_button = QPushButton(self.tr("ยกย่องชมเชย…"), people_tab)
        for b in (
            self.add_person_button,
            self.edit_person_button,
            self.delete_person_button,
            self.add_group_button,
            self.rename_group_button,
            self.recognition_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.people_model = PeopleModel(self)
        self.people_view = self._table(people_tab, self.people_model)
        # The chosen person's indicators this year: state, as backup, late (the workload).
        self.load_label = QLabel(people_tab)
        self.load_label.setObjectName("workloadLabel")
        self.load_label.setWordWrap(True)
        self.load_label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(people_tab)
        layout.addLayout(buttons)
        layout.addWidget(self.people_view, 1)
        layout.addWidget(self.load_label)
        self.tabs.addTab(people_tab, self.tr("บุคลากรและกลุ่มงาน"))

        work_tab = QWidget(self.tabs)
        self.assign_button = QPushButton(self.tr("กำหนดผู้รับผิดชอบและกำหนดส่ง…"), work_tab)
        self.reason_label = QLabel(work_tab)
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet("color: #b71c1c;")
        self.assignment_model = AssignmentModel(self)
        self.assignment_view = self._table(work_tab, self.assignment_model)
        row = QHBoxLayout()
        row.addWidget(self.assign_button)
        row.addWidget(self.reason_label, 1)
        layout = QVBoxLayout(work_tab)
        layout.addLayout(row)
        layout.addWidget(self.assignment_view)
        self.tabs.addTab(work_tab, self.tr("ผู้รับผิดชอบตัวชี้วัด"))

        self.add_person_button.clicked.connect(lambda: self.open_person_dialog(None))
        self.edit_person_button.clicked.connect(self._edit_selected_person)
        self.delete_person_button.clicked.connect(lambda: self.delete_selected_person())
        self.search.textChanged.connect(self._filter)
        self.people_view.doubleClicked.connect(self._edit_selected_person)
        self.add_group_button.clicked.connect(self._ask_new_group)
        self.rename_group_button.clicked.connect(self._ask_rename_group)
        self.recognition_button.clicked.connect(self.open_recognition_dialog)
        self.assign_button.clicked.connect(self._edit_selected_assignment)
        self.assignment_view.doubleClicked.connect(self._edit_selected_assignment)
        self.assignment_view.selectionModel().currentRowChanged.connect(self._update_reason)
        self.people_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_load())
        self._update_buttons()

    def _table(self, parent: QWidget, model: PeopleModel | AssignmentModel) -> QTableView:
        view = QTableView(parent)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        # Cells wrap between words with room for stacked marks; rows re-measured on resize.
        use_thai_cells(view)
        return view

    # -- refresh --------------------------------------------------------------------
    def load(self) -> None:
        office_year = self.context.office_year
        today = self.today or date.today()
        shown = run_action(
            self, lambda: self.context.read(lambda s: people_overview(s, office_year, today))
        )
        if shown is None:
            return
        self.groups = shown.groups
        self.people_model.set_rows(shown.people, shown.workload)
        self.assignment_model.set_rows(shown.assignments, today)
        self._fit_columns()
        self._filter()
        self._update_buttons()
        self.show_load()

    def focus_search(self) -> bool:  # Page: Ctrl+F
        self.search.setFocus()
        self.search.selectAll()
        return True

    def _filter(self, *_args: object) -> None:
        """Hide the rows of both tables that do not contain every word typed."""
        words = self.search.text().casefold().split()
        for view, model in (
            (self.people_view, self.people_model),
            (self.assignment_view, self.assignment_model),
        ):
            for row in range(model.rowCount()):
                view.setRowHidden(row, not model.matches(row, words))

    def _fit_columns(self) -> None:
        """Every column from its content (long texts wrap at the word hints, names between
        given name and surname); one column takes the rest: nothing scrolls sideways."""
        fit_columns(self.people_view, PeopleModel.POSITION, least=200)
        fit_columns(self.assignment_view, AssignmentModel.TITLE, least=280)
        for view in (self.people_view, self.assignment_view):
            view.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.people_model.rowCount():
            self._fit_columns()

    def _update_buttons(self, *_args: object) -> None:
        writable = not self.context.read_only
        for b in (
            self.add_person_button,
            self.edit_person_button,
            self.add_group_button,
            self.rename_group_button,
            self.assign_button,
        ):
            b.setEnabled(writable)
        self.delete_person_button.setEnabled(writable and self.selected_person() is not None)
        self._update_reason()

    def _update_reason(self) -> None:
        row = self.selected_assignment()
        blocked = row.blocked if row is not None else None
        self.reason_label.setText(wrap_hint(translate_error(blocked)) if blocked else "")
        self.assign_button.setEnabled(
            not self.context.read_only and row is not None and blocked is None
        )

    def show_load(self) -> None:
        """The chosen person's indicators of the year, late ones in red."""
        person = self.selected_person()
        load = self.people_model.load_of(person.person_id) if person is not None else None
        if person is None:
            self.load_label.setText(self.tr("เลือกบุคลากรเพื่อดูภาระงานตัวชี้วัดของปีนี้"))
            return
        if load is None:
            self.load_label.setText(
                self.tr("{name}: ยังไม่ได้รับมอบหมายตัวชี้วัดในปีนี้").format(name=person.name)
            )
            return
        lines = [html.escape(line) for line in load_text(load).splitlines()]
        shown = [
            f'<span style="color:#b71c1c">{line}</span>' if item.late else line
            for line, item in zip(lines, load.items, strict=True)
        ]
        head = self.tr(
            "{name}: รับผิดชอบหลัก {owned} · สำรอง {backup} · ยังไม่ส่ง {open} · เลยกำหนด {late}"
        )
        self.load_label.setText(
            "<b>"
            + html.escape(
                head.format(
                    name=person.name,
                    owned=load.owned,
                    backup=load.backup,
                    open=load.open,
                    late=load.late,
                )
            )
            + "</b><br>"
            + " · ".join(shown)
        )

    # -- people ---------------------------------------------------------------------
    def selected_person(self) -> PersonRow | None:
        index = self.people_view.currentIndex()
        return self.people_model.person_at(index.row()) if index.isValid() else None

    def _edit_selected_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.open_person_dialog(person)

    def open_person_dialog(self, person: PersonRow | None) -> PersonDialog:
        dialog = PersonDialog(self.groups, person, self._save_person, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_person(self, dialog: PersonDialog) -> None:
        form = dialog.form
        name, position = form.nameEdit.text(), form.positionEdit.text()
        group_id = form.groupCombo.currentData()
        roles = dialog.roles()
        office_id = self.context.office_id
        person = dialog.person
        if person is None:
            self.context.run(
                lambda s, actor: people_edit.add_person_to_group(
                    s,
                    actor,
                    name=name,
                    position=position,
                    group_id=group_id,
                    roles=roles,
                    office_id=office_id,
                ),
                Topic.PEOPLE,
            )
        else:
            active = form.activeCheck.isChecked()
            self.context.run(
                lambda s, actor: people_edit.update_person(
                    s,
                    actor,
                    person.person_id,
                    name=name,
                    position=position,
                    group_id=group_id,
                    roles=roles,
                    active=active,
                    version=person.version,
                ),
                Topic.PEOPLE,
            )

    def delete_selected_person(self) -> bool:
        """Delete the selected person after a confirmation, or record that they left
        (``people_delete``); True when done."""
        person = self.selected_person()
        return person is not None and delete_or_retire(self, self.context, person)

    def open_recognition_dialog(self) -> QDialog:
        """ยกย่องชมเชย: praise, awards, certificates and their register (K – Kindness)."""
        from mk3desk.ui.dialogs.recognition_dialog import RecognitionDialog

        dialog = RecognitionDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- groups ---------------------------------------------------------------------
    def _ask_new_group(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("เพิ่มกลุ่มงาน"), self.tr("ชื่อกลุ่มงาน"))
        if ok:
            self.add_group(name)

    def add_group(self, name: str) -> bool:
        office_id = self.context.office_id
        return try_change(
            self, self.context, lambda s, a: people.add_group(s, a, name, office_id), Topic.PEOPLE
        )

    def _ask_rename_group(self) -> None:
        person = self.selected_person()
        group = next((g for g in self.groups if person and g.group_id == person.group_id), None)
        names = [g.name for g in self.groups]
        if not names:
            return
        current, ok = QInputDialog.getItem(
            self,
            self.tr("เปลี่ยนชื่อกลุ่มงาน"),
            self.tr("กลุ่มงาน"),
            names,
            names.index(group.name) if group else 0,
            False,
        )
        if not ok:
            return
        chosen = self.groups[names.index(current)]
        name, ok = QInputDialog.getText(
            self, self.tr("เปลี่ยนชื่อกลุ่มงาน"), self.tr("ชื่อใหม่"), text=chosen.name
        )
        if ok:
            self.rename_group(chosen.group_id, name, read_name=chosen.name)

    def rename_group(self, group_id: int, name: str, *, read_name: str | None = None) -> bool:
        """Rename the group; *read_name* is the name the clerk saw (someone renamed it
        since: the clerk chooses between the two names)."""
        return try_change(
            self,
            self.context,
            lambda s, a: people_edit.rename_group(s, a, group_id, name, read_name=read_name),
            Topic.PEOPLE,
            again=lambda e: (
                lambda s, a: people_edit.rename_group(
                    s, a, group_id, name, read_name=str(e.current)
                )
            ),
            reload=lambda _e: self.refresh(),  # the page shows the name it has now
        )

    # -- assignments ----------------------------------------------------------------
    def selected_assignment(self) -> AssignmentRow | None:
        index = self.assignment_view.currentIndex()
        return self.assignment_model.row_at(index.row()) if index.isValid() else None

    def select_indicator(self, indicator_id: int) -> None:
        row = self.assignment_model.row_of(indicator_id)
        if row is not None:
            self.tabs.setCurrentIndex(1)
            self.assignment_view.setCurrentIndex(self.assignment_model.index(row, 0))

    def _edit_selected_assignment(self, _index: QModelIndex | None = None) -> None:
        row = self.selected_assignment()
        if row is not None:
            self.open_assignment_dialog(row)

    def open_assignment_dialog(self, row: AssignmentRow) -> AssignmentDialog:
        staff = [
            self.people_model.person_at(n)
            for n in range(self.people_model.rowCount())
            if self.people_model.person_at(n).active
        ]
        dialog = AssignmentDialog(row, staff, self._save_assignment, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_assignment(self, dialog: AssignmentDialog) -> None:
        indicator_id = dialog.row.indicator_id
        owner, backup, deadline = dialog.owner_id(), dialog.backup_id(), dialog.deadline.date()
        version = dialog.version
        self.context.run(
            lambda s, a: people.assign(
                s,
                a,
                indicator_id,
                owner_id=owner,
                backup_id=backup,
                deadline=deadline,
                version=version,
            ),
            Topic.INDICATOR,
        )
