"""การพัฒนาความรู้ (K – Knowledge): the year's meetings, trainings and lessons-learned sessions.

The left list holds the year's sessions; the form on the right edits one — day
(พ.ศ.), kind, topic, speaker, place, the attendees (a person of the office and
whether they came, per row), the indicators it serves, the lessons learned — and
saves it all at once through the services (which refuse a session with no topic or
no attendee, and a save whose session changed since it was read). Materials are
files in the evidence store; the attendance sheet and the record print from here.
The attendance list goes out to Excel and comes back ("ส่งออก Excel…" /
"นำเข้า Excel…" under the attendees): an import sets the statuses, all or nothing.

The page is live (ui/live.py): when someone else writes, the list of sessions reads
again, and so does the session in the form unless the clerk has typed in it since it
was shown (knowledge_form.py): the typing stays, and saving it over the version it read
shows the keep-mine/use-theirs choice when that session was saved meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.knowledge import SessionDraft
from mk3desk.domain.rights import Action, Relation, allowed
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.knowledge import delete, materials, read, save
from mk3desk.services.knowledge.read import SessionView
from mk3desk.ui.actions import run_action, save_record, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.evidence_opening import EvidenceOpener
from mk3desk.ui.pages.base import Page
from mk3desk.ui.pages.knowledge_form import SessionForm, kind_title
from mk3desk.ui.record_excel import RecordExcel
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.thai_cells import use_thai_cells


class KnowledgePage(Page):
    REFRESH_ON = frozenset(
        {Topic.YEAR, Topic.ACTOR, Topic.PEOPLE, Topic.FRAMEWORK, Topic.ELSEWHERE}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("KnowledgePage")
        self.shown: SessionView | None = None  # the session in the form (None: new)
        self._form_of: tuple[object, int | None] = (None, None)  # whose form (_whose)
        self.asked_new = False  # the form is a new session the clerk asked for
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

        self.form = SessionForm(self)
        # The fields, as the page's own (tests and the Excel buttons reach them here).
        form = self.form
        self.held_on, self.kind, self.topic = form.held_on, form.kind, form.topic
        self.speaker, self.place, self.lessons = form.speaker, form.place, form.lessons
        self.attendees, self.indicators = form.attendees, form.indicators
        self.add_row_button = form.add_row_button
        self.add_all_button = form.add_all_button
        self.remove_row_button = form.remove_row_button
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
        form.people_buttons.addWidget(self.export_button)
        form.people_buttons.addWidget(self.import_button)

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
        middle.addWidget(form.people_box, 3)
        middle.addWidget(form.indicator_box, 2)
        lower = QHBoxLayout()
        lower.addWidget(form.lessons_box, 3)
        lower.addWidget(materials_box, 2)
        right = QVBoxLayout()
        right.addLayout(form.form)
        right.addLayout(middle, 3)
        right.addLayout(lower, 2)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._chosen)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(lambda: self.delete_shown())
        self.save_button.clicked.connect(lambda: self.save())
        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_button.clicked.connect(self.open_material)
        self.remove_file_button.clicked.connect(lambda: self.remove_material())
        self.sheet_button.clicked.connect(lambda: self.print_document("attendance"))
        self.record_button.clicked.connect(lambda: self.print_document("knowledge-record"))

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:  # Page.refresh: a topic changed, or someone else wrote
        """Read again; a form with typing in it (same year, same clerk) stays as typed."""
        self._read(None, keep_typing=True)

    def load(self, select_id: int | None = None) -> None:
        """Read again and show session *select_id* (else the one shown) as stored."""
        self._read(select_id, keep_typing=False)

    def _read(self, select_id: int | None, *, keep_typing: bool) -> None:
        chosen = self.context.office_year
        if chosen is None:
            return
        select_id = select_id or (self.shown.session_id if self.shown else None)
        people = self.context.read(lambda s: read.people_to_invite(s, chosen))
        links = self.context.read(lambda s: read.indicators_to_link(s, chosen))
        self.views = self.context.read(lambda s: read.sessions(s, chosen))
        typed = self.form.typed()
        # A form typed in, or a new one the clerk asked for, stays (for the same clerk
        # and year: another one's form is not theirs to keep).
        keep = keep_typing and (typed or self.asked_new) and self._form_of == self._whose()
        self.form.offer(people, links)
        scrolled = self.list.verticalScrollBar().value()
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            day = format_thai_date(view.held_on, style="short", digits=NumeralStyle.ARABIC)
            label = f"{day} {kind_title(view.kind)}\n{view.topic}"
            self.list.addItem(QListWidgetItem(wrap_hint(label)))
        index = next((i for i, v in enumerate(self.views) if v.session_id == select_id), None)
        # The session in the form, read again unchanged: left as it is (no flicker).
        unchanged = index is not None and self.views[index] == self.shown and not typed
        if index is not None and (keep or unchanged):
            self.list.setCurrentRow(index)  # the form stays as it is
        self.list.verticalScrollBar().setValue(scrolled)
        self.list.blockSignals(False)
        may = allowed(Action.KNOWLEDGE, self.context.actor.roles, Relation.NONE)
        for button in (self.new_button, self.save_button, self.delete_button, self.attach_button):
            button.setEnabled(may and not self.context.read_only)
        if keep:
            self._keep_typing(None if index is None else self.views[index])
        elif unchanged:
            self._saved_state(True)
        elif self.views:  # read as stored: the row chosen here, not by the clerk
            self.list.blockSignals(True)
            self.list.setCurrentRow(index or 0)
            self.list.blockSignals(False)
            self.show_session(self.views[index or 0])
        else:
            self.start_new(asked=False)

    def _whose(self) -> tuple[object, int | None]:
        """The office-year and the clerk a form is typed for (another: not kept)."""
        return self.context.office_year, self.context.actor.person_id

    def _keep_typing(self, stored: SessionView | None) -> None:
        """The form has typing in it and someone else wrote: left as typed."""
        self._saved_state(self.shown is not None)
        if self.shown is None:
            return
        if stored is None:
            self.status.setText(self.tr("การประชุม/อบรมนี้ถูกลบโดยผู้ใช้อื่นแล้ว ข้อความที่พิมพ์ยังอยู่"))
        elif stored.version != self.shown.version:
            self.status.setText(self.tr("ผู้ใช้อื่นแก้ไขการประชุม/อบรมนี้แล้ว เมื่อบันทึกจะให้เลือกว่าจะเก็บฉบับใด"))

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.views):
            return
        if not self.form.may_drop_typing():  # back to the session being edited
            shown = self.shown.session_id if self.shown is not None else None
            back = next((n for n, v in enumerate(self.views) if v.session_id == shown), -1)
            self.list.blockSignals(True)
            self.list.setCurrentRow(back)
            self.list.blockSignals(False)
            return
        self.show_session(self.views[row])

    def _new_clicked(self) -> None:
        if self.form.may_drop_typing():
            self.start_new()

    def unsaved(self) -> str:  # Page: the form is saved by its button, not as typed
        return self.form.unsaved()

    def show_session(self, view: SessionView) -> None:
        self.shown, self.asked_new = view, False
        self._form_of = self._whose()
        self.form.show(view)
        self.materials.clear()
        for m in view.materials:
            item = QListWidgetItem(m.file_name)
            item.setData(Qt.ItemDataRole.UserRole, m.material_id)
            self.materials.addItem(item)
        self._saved_state(True)

    def start_new(self, *, asked: bool = True) -> None:
        """An empty form for a new session (*asked*: by the clerk, not for want of any)."""
        self.shown, self.asked_new = None, asked
        self._form_of = self._whose()
        self.list.clearSelection()
        self.form.clear()
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
        return self.form.draft()

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
