"""การพัฒนาความรู้ (K – Knowledge): the year's meetings, trainings and lessons-learned sessions.

The left list holds the year's sessions; the form on the right edits one — day
(พ.ศ.), kind, topic, speaker, place, the attendees (a person of the office and
whether they came, per row), the indicators it serves, the lessons learned — and
saves it all at once through the services (which refuse a session with no topic or
no attendee, and a save whose session changed since it was read). Materials are
files in the evidence store; the attendance sheet and the record print from here.
The attendance list goes out to Excel and comes back ("ส่งออก Excel…" /
"นำเข้า Excel…" under the attendees): an import sets the statuses, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.knowledge import (
    KIND_TITLES,
    SessionDraft,
    SessionKind,
)
from mk3desk.domain.rights import Action, Relation, allowed
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.knowledge import delete, materials, read, save
from mk3desk.services.knowledge.read import SessionView
from mk3desk.ui.actions import run_action, save_record, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.evidence_opening import EvidenceOpener
from mk3desk.ui.pages.base import Page
from mk3desk.ui.record_excel import RecordExcel
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.knowledge_lists import AttendeeTable, IndicatorChecklist
from mk3desk.ui.widgets.thai_cells import use_thai_cells
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit


def _title(text: str) -> str:
    return QCoreApplication.translate("Knowledge", text)


class KnowledgePage(Page):
    REFRESH_ON = frozenset({Topic.YEAR, Topic.ACTOR, Topic.PEOPLE, Topic.FRAMEWORK})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("KnowledgePage")
        self.shown: SessionView | None = None  # the session in the form (None: new)
        self.views: list[SessionView] = []
        self.last_pdf: Path | None = None
        self.opener = EvidenceOpener(self, context)  # material files, fetched off the UI thread

        self.list = QListWidget(self)
        self.list.setObjectName("sessionList")
        self.list.setSpacing(3)
        use_thai_cells(self.list)  # wraps between words, never inside one
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(self.tr("เพิ่มการประชุม/อบรม"), self)
        self.delete_button = QPushButton(self.tr("ลบ"), self)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("การประชุม อบรม และถอดบทเรียนของปีนี้"), self))
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)

        self.held_on = ThaiDateEdit(self)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kindBox")
        for k in SessionKind:
            self.kind.addItem(_title(KIND_TITLES[k]), k.value)
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topic")
        self.speaker = QLineEdit(self)
        self.place = QLineEdit(self)
        first_row = QHBoxLayout()
        first_row.addWidget(self.held_on, 1)
        first_row.addWidget(QLabel(self.tr("ประเภท"), self))
        first_row.addWidget(self.kind, 1)
        form = QFormLayout()
        form.addRow(self.tr("วันที่"), first_row)
        form.addRow(self.tr("หัวข้อ/เรื่อง"), self.topic)
        form.addRow(self.tr("วิทยากร/ประธาน"), self.speaker)
        form.addRow(self.tr("สถานที่"), self.place)

        self.attendees = AttendeeTable(self)
        self.add_row_button = QPushButton(self.tr("เพิ่มผู้เข้าร่วม"), self)
        self.add_all_button = QPushButton(self.tr("เพิ่มทุกคน"), self)
        self.remove_row_button = QPushButton(self.tr("นำออก"), self)
        people_box = QGroupBox(self.tr("ผู้เข้าร่วม"), self)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_row_button)
        people_buttons.addWidget(self.add_all_button)
        people_buttons.addWidget(self.remove_row_button)
        people_buttons.addStretch(1)
        self.excel = RecordExcel(
            context,
            self,
            "attendance",
            lambda: (self.shown.session_id, self.shown.version) if self.shown else None,
            lambda: self.load(self.shown.session_id if self.shown else None),
            export_tip=self.tr("รายชื่อผู้เข้าร่วมที่บันทึกไว้ พร้อมสถานะ เป็นไฟล์ Excel"),
            import_tip=self.tr("ปรับสถานะเข้าร่วม/ขาด/ลา จากไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)"),
        )
        self.export_button = self.excel.export_button
        self.export_button.setObjectName("exportAttendance")
        self.import_button = self.excel.import_button
        self.import_button.setObjectName("importAttendance")
        people_buttons.addWidget(self.export_button)
        people_buttons.addWidget(self.import_button)
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.attendees, 1)
        people_layout.addLayout(people_buttons)

        self.indicators = IndicatorChecklist(self)
        indicator_box = QGroupBox(self.tr("ตัวชี้วัดที่เกี่ยวข้อง (นับเป็นหลักฐาน)"), self)
        QVBoxLayout(indicator_box).addWidget(self.indicators)

        self.lessons = QPlainTextEdit(self)
        self.lessons.setObjectName("lessons")
        self.lessons.setPlaceholderText(self.tr("สาระสำคัญ ข้อตกลง และบทเรียนที่ได้ บรรทัดละหนึ่งข้อ"))
        lessons_box = QGroupBox(self.tr("สาระสำคัญ/บทเรียนที่ได้รับ"), self)
        QVBoxLayout(lessons_box).addWidget(self.lessons)

        self.materials = QListWidget(self)
        self.materials.setObjectName("materialList")
        self.materials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attach_button = QPushButton(self.tr("แนบไฟล์…"), self)
        self.open_button = QPushButton(self.tr("เปิด"), self)
        self.remove_file_button = QPushButton(self.tr("ลบไฟล์"), self)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.attach_button)
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.remove_file_button)
        materials_box = QGroupBox(self.tr("เอกสารประกอบ"), self)
        materials_layout = QVBoxLayout(materials_box)
        materials_layout.addWidget(self.materials, 1)
        materials_layout.addLayout(file_buttons)

        self.status = QLabel(self)
        self.status.setObjectName("knowledgeStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("บันทึก"), self)
        self.save_button.setObjectName("saveSession")
        self.sheet_button = QPushButton(self.tr("พิมพ์ใบลงทะเบียน…"), self)
        self.record_button = QPushButton(self.tr("พิมพ์บันทึกการประชุม…"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.sheet_button)
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.save_button)

        middle = QHBoxLayout()
        middle.addWidget(people_box, 3)
        middle.addWidget(indicator_box, 2)
        lower = QHBoxLayout()
        lower.addWidget(lessons_box, 3)
        lower.addWidget(materials_box, 2)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(middle, 3)
        right.addLayout(lower, 2)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(lambda: self.delete_shown())
        self.add_row_button.clicked.connect(lambda: self.attendees.add_row())
        self.add_all_button.clicked.connect(self.attendees.add_everyone)
        self.remove_row_button.clicked.connect(self.attendees.remove_current)
        self.save_button.clicked.connect(lambda: self.save())
        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_button.clicked.connect(self.open_material)
        self.remove_file_button.clicked.connect(lambda: self.remove_material())
        self.sheet_button.clicked.connect(lambda: self.print_document("attendance"))
        self.record_button.clicked.connect(lambda: self.print_document("knowledge-record"))

    # -- reading -------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        chosen = self.context.office_year
        if chosen is None:
            return
        select_id = select_id or (self.shown.session_id if self.shown else None)
        self.attendees.people = self.context.read(lambda s: read.people_to_invite(s, chosen))
        links = self.context.read(lambda s: read.indicators_to_link(s, chosen))
        self.views = self.context.read(lambda s: read.sessions(s, chosen))
        self.indicators.fill(links)
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            day = format_thai_date(view.held_on, style="short", digits=NumeralStyle.ARABIC)
            label = f"{day} {_title(KIND_TITLES[view.kind])}\n{view.topic}"
            self.list.addItem(QListWidgetItem(wrap_hint(label)))
        self.list.blockSignals(False)
        may = allowed(Action.KNOWLEDGE, self.context.actor.roles, Relation.NONE)
        for button in (self.new_button, self.save_button, self.delete_button, self.attach_button):
            button.setEnabled(may and not self.context.read_only)
        if self.views:
            index = next((i for i, v in enumerate(self.views) if v.session_id == select_id), 0)
            self.list.setCurrentRow(index)
            self.show_session(self.views[index])
        else:
            self.start_new()

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.show_session(self.views[row])

    def show_session(self, view: SessionView) -> None:
        self.shown = view
        self.held_on.setDate(view.held_on)
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind.value)))
        self.topic.setText(view.topic)
        self.speaker.setText(view.speaker)
        self.place.setText(view.place)
        self.lessons.setPlainText(view.lessons)
        self.attendees.setRowCount(0)
        for a in view.attendees:
            self.attendees.add_row(a.person_id, a.status)
        self.indicators.check({i.indicator_id for i in view.indicators})
        self.materials.clear()
        for m in view.materials:
            item = QListWidgetItem(m.file_name)
            item.setData(Qt.ItemDataRole.UserRole, m.material_id)
            self.materials.addItem(item)
        self._saved_state(True)

    def start_new(self) -> None:
        self.shown = None
        self.list.clearSelection()
        self.held_on.setDate(None)
        self.kind.setCurrentIndex(0)
        for field in (self.topic, self.speaker, self.place):
            field.clear()
        self.lessons.clear()
        self.attendees.setRowCount(0)
        self.indicators.check(set())
        self.materials.clear()
        self._saved_state(False)

    def _saved_state(self, saved: bool) -> None:
        """Files, printing and deleting need a saved session."""
        may = self.save_button.isEnabled()
        self.delete_button.setEnabled(saved and may)
        self.attach_button.setEnabled(saved and may)
        self.remove_file_button.setEnabled(saved and may)
        self.open_button.setEnabled(saved)
        self.sheet_button.setEnabled(saved)
        self.record_button.setEnabled(saved)
        self.excel.set_enabled(saved, may)

    # -- saving ---------------------------------------------------------------------------
    def draft(self) -> SessionDraft | None:
        self.held_on.commit_text()
        day = self.held_on.date()
        if day is None:
            QMessageBox.warning(self, self.tr("ยังไม่ได้บันทึก"), self.tr("กรุณาระบุวันที่จัด"))
            return None
        return SessionDraft(
            held_on=day,
            topic=self.topic.text(),
            kind=SessionKind(self.kind.currentData()),
            speaker=self.speaker.text(),
            place=self.place.text(),
            lessons=self.lessons.toPlainText(),
            attendees=self.attendees.pairs(),
            indicator_ids=self.indicators.checked_ids(),
        )

    def save(self) -> bool:
        chosen, shown, draft = self.context.office_year, self.shown, self.draft()
        if chosen is None or draft is None:
            return False
        saved = save_record(
            self,
            self.context,
            Topic.EVIDENCE,
            create=lambda s, a: save.create_session(s, a, chosen, draft),
            edit=lambda record_id, version: (
                lambda s, a: save.edit_session(s, a, chosen, record_id, draft, version=version)
            ),
            shown=None if shown is None else (shown.session_id, shown.version),
            reload=self.load,
        )
        if saved is not None:
            self.load(saved)
            self.status.setText(self.tr("บันทึกแล้ว"))
        return saved is not None

    def delete_shown(self, *, confirmed: bool = False) -> None:
        chosen, shown = self.context.office_year, self.shown
        if chosen is None or shown is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("ลบการประชุม/อบรม"),
                self.tr("ลบ “{topic}” พร้อมรายชื่อผู้เข้าร่วมและเอกสารประกอบหรือไม่?").format(
                    topic=shown.topic
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store = self.context.store
        if try_change(
            self,
            self.context,
            lambda s, a: delete.delete_session(
                s, a, chosen, shown.session_id, version=shown.version, store=store
            ),
            Topic.EVIDENCE,
        ):
            self.shown = None
            self.load()

    # -- materials ------------------------------------------------------------------------
    def attach(self, path: Path | None = None) -> bool:
        chosen, shown = self.context.office_year, self.shown
        if chosen is None or shown is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("เลือกไฟล์เอกสารประกอบ"))
            if not name:
                return False
            path = Path(name)
        store = self.context.store
        done = try_change(
            self,
            self.context,
            lambda s, a: materials.add_material(s, store, a, chosen, shown.session_id, path),
            Topic.EVIDENCE,
        )
        if done:
            self.load(shown.session_id)
        return done

    def _material_id(self) -> int | None:
        item = self.materials.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def remove_material(self) -> bool:
        chosen, shown, material_id = self.context.office_year, self.shown, self._material_id()
        if chosen is None or shown is None or material_id is None:
            return False
        store = self.context.store
        done = try_change(
            self,
            self.context,
            lambda s, a: materials.remove_material(s, store, a, chosen, material_id),
            Topic.EVIDENCE,
        )
        if done:
            self.load(shown.session_id)
        return done

    def open_material(self) -> None:
        material_id, shown = self._material_id(), self.shown
        if shown is None or material_id is None:
            return
        found = next(m for m in shown.materials if m.material_id == material_id)
        self.opener.open(found.sha256, found.file_name)  # fetched off the UI thread

    # -- printing -------------------------------------------------------------------------
    def print_document(self, kind: str, out: Path | None = None) -> Path | None:
        """The attendance sheet or the record of the session shown, as a PDF file."""
        from mk3desk.services.reports import generate

        chosen, shown = self.context.office_year, self.shown
        if chosen is None or shown is None:
            return None
        if out is None:
            suggested = f"{kind}-{chosen.be_year}-{shown.session_id}.pdf"
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("บันทึกเป็น PDF"), suggested, self.tr("PDF (*.pdf)")
            )
            if not name:
                return None
            out = Path(name)
        target = out
        result = run_action(
            self,
            lambda: generate(
                self.context.database, kind, chosen, target, session_id=shown.session_id
            ),
            busy=True,
        )
        if result is None:
            return None
        self.last_pdf = result.path
        self.status.setText(
            wrap_hint(
                self.tr("บันทึก {path} แล้ว ({pages} หน้า)").format(
                    path=result.path.name, pages=result.pages
                )
            )
        )
        return result.path
