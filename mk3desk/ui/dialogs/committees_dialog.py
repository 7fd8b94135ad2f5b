"""The year's committees and their orders: list, edit the order and the members, save.

Reached from the Reports page ("คณะกรรมการและคำสั่ง…"). The left list holds the
year's committees; the form on the right edits one — the order (number, date in
พ.ศ., subject, signer), the member list (a person of the office and a role per
row) and the duties — and saves it all at once through the services, which keep
the rules (one chair, no double leading role) and refuse a save whose committee
changed since it was read. "ส่งออก Excel…" / "นำเข้า Excel…" exchange the shown
committee's members and duties as a workbook (an import replaces them, all or
nothing, and the form reloads). The emblem (ครุฑ) and the verification code switch are
the office's options for every order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.committees import (
    ROLE_ORDER,
    ROLE_TITLES,
    CommitteeDraft,
    CommitteeOrder,
    CommitteeRole,
)
from mk3desk.services.committees import delete, order_options, read, save
from mk3desk.services.committees.read import CommitteeView
from mk3desk.services.committees.working import working_draft
from mk3desk.services.people_edit import PersonRow, person_rows
from mk3desk.ui.actions import save_record, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.record_excel import RecordExcel
from mk3desk.ui.screen_fit import fit_size
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.thai_cells import use_thai_cells
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit


def _role_title(role: CommitteeRole) -> str:
    return QCoreApplication.translate("Committee", ROLE_TITLES[role])


class CommitteesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CommitteesDialog")
        self.setWindowTitle(self.tr("คณะกรรมการและคำสั่งแต่งตั้ง"))
        self.setSizeGripEnabled(True)
        fit_size(self, 1240, 700)
        self.context = context
        self.office_year = context.office_year
        self.shown: CommitteeView | None = None  # the committee in the form (None: new)
        self.people: list[PersonRow] = []
        self.views: list[CommitteeView] = []

        self.list = QListWidget(self)
        self.list.setObjectName("committeeList")
        # Long Thai names wrap between words (Thai cells: the same breaks and line height
        # on every platform) instead of scrolling sideways.
        use_thai_cells(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("เพิ่มคณะกรรมการ"), self)
        self.delete_button = QPushButton(self.tr("ลบคณะกรรมการ"), self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("คณะกรรมการของปีนี้"), self))
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)

        self.name = QLineEdit(self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("เช่น ๑๒๓ (ปี พ.ศ. พิมพ์ตามวันที่สั่ง)"))
        self.signed_on = ThaiDateEdit(self)
        self.effective_from = ThaiDateEdit(self)
        self.effective_from.setToolTip(self.tr("ว่างไว้ = ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"))
        self.subject = QPlainTextEdit(self)
        self.subject.setFixedHeight(60)
        self.preamble = QPlainTextEdit(self)
        self.preamble.setObjectName("preamble")
        self.preamble.setFixedHeight(60)
        self.preamble.setPlaceholderText(self.tr("เหตุผลของคำสั่ง พิมพ์ก่อนรายชื่อกรรมการ"))
        self.signer_name = QLineEdit(self)
        self.signer_position = QPlainTextEdit(self)
        self.signer_position.setFixedHeight(60)
        self.signer_position.setPlaceholderText(self.tr("ขึ้นบรรทัดใหม่ตรงที่ต้องการให้ตัดเป็นสองบรรทัด"))
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(QLabel(self.tr("สั่ง ณ วันที่"), self))
        number_row.addWidget(self.signed_on, 2)
        number_row.addWidget(QLabel(self.tr("มีผลตั้งแต่"), self))
        number_row.addWidget(self.effective_from, 2)
        form = QFormLayout()
        form.addRow(self.tr("ชื่อคณะกรรมการ"), self.name)
        form.addRow(self.tr("คำสั่งเลขที่"), number_row)
        form.addRow(self.tr("เรื่อง"), self.subject)
        form.addRow(self.tr("เหตุผล"), self.preamble)
        form.addRow(self.tr("ผู้ลงนาม"), self.signer_name)
        form.addRow(self.tr("ตำแหน่งผู้ลงนาม"), self.signer_position)

        self.members = QTableWidget(0, 2, self)
        self.members.setObjectName("memberTable")
        self.members.setHorizontalHeaderLabels([self.tr("ชื่อ - สกุล"), self.tr("บทบาทในคณะกรรมการ")])
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.members.verticalHeader().setDefaultSectionSize(34)
        self.add_member_button = QPushButton(self.tr("เพิ่มกรรมการ"), self)
        self.remove_member_button = QPushButton(self.tr("นำออก"), self)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(QLabel(self.tr("กรรมการ"), self))
        member_buttons.addStretch(1)
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        self.excel = RecordExcel(
            context,
            self,
            "committee-members",
            lambda: (self.shown.committee_id, self.shown.version) if self.shown else None,
            lambda: self.load(self.shown.committee_id if self.shown else None),
            export_tip=self.tr("รายชื่อกรรมการและหน้าที่ที่บันทึกไว้ของคณะนี้เป็นไฟล์ Excel"),
            import_tip=self.tr("แทนที่รายชื่อกรรมการ (และหน้าที่) ของคณะนี้ด้วยไฟล์ Excel ทั้งไฟล์หรือไม่นำเข้าเลย"),
        )
        self.export_button = self.excel.export_button
        self.export_button.setObjectName("exportMembers")
        self.import_button = self.excel.import_button
        self.import_button.setObjectName("importMembers")
        member_buttons.addWidget(self.export_button)
        member_buttons.addWidget(self.import_button)
        self.duties = QPlainTextEdit(self)
        self.duties.setPlaceholderText(self.tr("หน้าที่ละหนึ่งบรรทัด"))

        self.emblem_label = QLabel(self)
        self.emblem_label.setWordWrap(True)
        self.emblem_button = QPushButton(self.tr("เลือกภาพตราครุฑ…"), self)
        self.code_box = QCheckBox(self.tr("พิมพ์รหัสตรวจสอบท้ายคำสั่ง"), self)
        self.save_button = QPushButton(self.tr("บันทึก"), self)
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("ปิด"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.emblem_label, 1)
        bottom.addWidget(self.emblem_button)
        bottom.addWidget(self.code_box)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(member_buttons)
        right.addWidget(self.members, 3)
        right.addWidget(QLabel(self.tr("หน้าที่ของคณะกรรมการ"), self))
        right.addWidget(self.duties, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(lambda: self.delete_shown())
        self.add_member_button.clicked.connect(lambda: self.add_member_row())
        self.remove_member_button.clicked.connect(self.remove_member_row)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.emblem_button.clicked.connect(self.choose_emblem)
        self.code_box.toggled.connect(self._code_toggled)
        self.load()

    # -- reading -------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        chosen = self.office_year
        if chosen is None:
            return
        # Those who left stay choosable: a committee of an earlier year still lists them.
        self.people = self.context.read(
            lambda s: person_rows(s, chosen.office_id, active_only=False)
        )
        views = self.context.read(lambda s: read.committees(s, chosen))
        options = self.context.read(lambda s: order_options.load_order_options(s, chosen.office_id))
        self.emblem_label.setText(
            self.tr("ภาพตราครุฑ: {name}").format(name=options.emblem_name)
            if options.emblem
            else self.tr("ยังไม่ได้เลือกภาพตราครุฑ (คำสั่งจะเว้นที่ว่างไว้)")
        )
        self.code_box.blockSignals(True)
        self.code_box.setChecked(options.verification_code)
        self.code_box.blockSignals(False)
        self.views = views
        self.list.blockSignals(True)
        self.list.clear()
        for view in views:
            self.list.addItem(QListWidgetItem(wrap_hint(view.name)))
        self.list.blockSignals(False)
        if views:
            index = next((i for i, v in enumerate(views) if v.committee_id == select_id), 0)
            self.list.setCurrentRow(index)
            self.show_committee(views[index])
        else:
            self.start_new()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.show_committee(self.views[row])

    def show_committee(self, view: CommitteeView) -> None:
        self.shown = view
        pairs = [(m.person_id, m.role) for m in view.members]
        self._fill(view.name, view.order, view.preamble, view.duties, pairs)

    def start_new(self) -> None:
        """An empty form, drawn from the settings (chair, vice chair, secretary, reviewers)."""
        chosen = self.office_year
        if chosen is None:
            return
        base = self.context.read(lambda s: working_draft(s, chosen))
        self.shown = None
        self.list.clearSelection()
        if base is None:
            base = CommitteeDraft(name="", order=CommitteeOrder())
        self._fill(base.name, base.order, base.preamble, base.duties, list(base.members))

    def _fill(
        self,
        name: str,
        order: CommitteeOrder,
        preamble: str,
        duties: str,
        members: list[tuple[int, CommitteeRole]],
    ) -> None:
        self.name.setText(name)
        self.number.setText(order.number)
        self.signed_on.setDate(order.signed_on)
        self.effective_from.setDate(order.effective_from)
        self.subject.setPlainText(order.subject)
        self.preamble.setPlainText(preamble)
        self.signer_name.setText(order.signer_name)
        self.signer_position.setPlainText(order.signer_position)
        self.duties.setPlainText(duties)
        self.members.setRowCount(0)
        for person_id, role in members:
            self.add_member_row(person_id, role)
        self.delete_button.setEnabled(self.shown is not None)
        self.excel.set_enabled(self.shown is not None, may_write=True)  # the service checks

    # -- the member rows -----------------------------------------------------------------
    def add_member_row(
        self, person_id: int | None = None, role: CommitteeRole = CommitteeRole.MEMBER
    ) -> int:
        row = self.members.rowCount()
        self.members.insertRow(row)
        person_box = QComboBox(self.members)
        person_box.addItem(self.tr("— เลือกบุคลากร —"), None)
        for p in self.people:
            label = f"{p.name} ({p.group_name})" if p.group_name else p.name
            if not p.active:
                label += self.tr(" — พ้นจากสำนักงาน")
            person_box.addItem(label, p.person_id)
        person_box.setCurrentIndex(max(0, person_box.findData(person_id)))
        role_box = QComboBox(self.members)
        for r in ROLE_ORDER:
            role_box.addItem(_role_title(r), r.value)
        role_box.setCurrentIndex(max(0, role_box.findData(role.value)))
        self.members.setCellWidget(row, 0, person_box)
        self.members.setCellWidget(row, 1, role_box)
        return row

    def remove_member_row(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def member_pairs(self) -> tuple[tuple[int, CommitteeRole], ...]:
        pairs: list[tuple[int, CommitteeRole]] = []
        for row in range(self.members.rowCount()):
            person_box = self.members.cellWidget(row, 0)
            role_box = self.members.cellWidget(row, 1)
            assert isinstance(person_box, QComboBox) and isinstance(role_box, QComboBox)
            person_id = person_box.currentData()
            if person_id is not None:
                pairs.append((int(person_id), CommitteeRole(role_box.currentData())))
        return tuple(pairs)

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> CommitteeDraft:
        self.signed_on.commit_text()
        self.effective_from.commit_text()
        return CommitteeDraft(
            name=self.name.text(),
            order=CommitteeOrder(
                number=self.number.text(),
                signed_on=self.signed_on.date(),
                subject=self.subject.toPlainText(),
                signer_name=self.signer_name.text(),
                signer_position=self.signer_position.toPlainText(),
                effective_from=self.effective_from.date(),
            ),
            preamble=self.preamble.toPlainText(),
            duties=self.duties.toPlainText(),
            members=self.member_pairs(),
        )

    def save(self) -> bool:
        chosen = self.office_year
        if chosen is None:
            return False
        draft = self.draft()
        shown = self.shown
        saved = save_record(
            self,
            self.context,
            Topic.PEOPLE,
            create=lambda s, a: save.create_committee(s, a, chosen, draft),
            edit=lambda record_id, version: (
                lambda s, a: save.edit_committee(s, a, chosen, record_id, draft, version=version)
            ),
            shown=None if shown is None else (shown.committee_id, shown.version),
            reload=self.load,
        )
        if saved is not None:
            self.load(saved)
        return saved is not None

    def delete_shown(self, *, confirmed: bool = False) -> None:
        chosen, shown = self.office_year, self.shown
        if chosen is None or shown is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("ลบคณะกรรมการ"),
                self.tr("ลบ “{name}” และรายชื่อกรรมการทั้งหมดของคณะนี้หรือไม่? (บุคลากรยังอยู่)").format(
                    name=shown.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if try_change(
            self,
            self.context,
            lambda s, a: delete.delete_committee(
                s, a, chosen, shown.committee_id, version=shown.version
            ),
            Topic.PEOPLE,
        ):
            self.load()

    # -- the office's options for orders ---------------------------------------------------
    def choose_emblem(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("เลือกภาพตราครุฑ"), "", self.tr("ภาพ (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_emblem(Path(path))

    def set_emblem(self, path: Path | None) -> bool:
        office_id = self.context.office_id
        done = try_change(
            self,
            self.context,
            lambda s, a: order_options.set_emblem(s, a, path, office_id),
            Topic.SETTINGS,
        )
        if done:
            self.load(self.shown.committee_id if self.shown else None)
        return done

    def _code_toggled(self, on: bool) -> None:
        office_id = self.context.office_id
        try_change(
            self,
            self.context,
            lambda s, a: order_options.set_verification_code(s, a, on, office_id),
            Topic.SETTINGS,
        )
