"""Settings: the office profile, who signs reports, numerals and report font (stored in
the database, shared by everyone using it), and this machine's preferences (QSettings,
machine_settings.py).

Text fields save as typed: a pause of 1.5 s or leaving the field saves the section
(a crash loses at most seconds). A refusal while typing is shown beside the section
instead of in a dialog that would interrupt the typing; the explicit Save button
shows it as a dialog.

While the office server is lost (ui/live.py) a section's save is not refused but
kept waiting: the typed values stay in their fields (a refresh never replaces them),
the section says it will be saved when the connection is back, and when
``AppContext.connection`` says so the waiting sections are saved (over the values
read: someone else's save meanwhile is the keep-mine/use-theirs choice) and the page
reads again by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import ConflictError, ConnectionLostError, Mk3Error
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services import office_edit, people_edit
from mk3desk.services.office_edit import OfficeProfile
from mk3desk.services.settings import (
    SIGNATORY_FIELDS,
    OfficeSettings,
    Signatory,
    load_settings,
    save_settings,
)
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext, Change, Topic, show_error
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.pages.base import Page
from mk3desk.ui.pages.login_settings import LoginSettingsBox, open_accounts
from mk3desk.ui.pages.machine_settings import MachineSettingsBox, fill_fonts
from mk3desk.ui.pdca.common import banner, show_banner
from mk3desk.ui.widgets.autosave import Autosave

R = TypeVar("R")

SAVED_COLOUR = "#2e7d32"
REFUSED_COLOUR = "#b71c1c"
WAIT_COLOUR = "#8d6e00"  # kept, waiting for the server (as the status bar's drafts note)


class SettingsPage(Page):
    REFRESH_ON = frozenset({Topic.YEAR, Topic.SETTINGS, Topic.PEOPLE, Topic.ELSEWHERE})

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        preferences: QSettings | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("SettingsPage")
        # Per-machine preferences (QSettings keys), read by the application at start.
        self.preferences = preferences or QSettings()
        self.settings = OfficeSettings()
        self.profile_read: OfficeProfile | None = None  # the profile as read: saved over
        self._people: dict[str, str] = {}  # name -> position, to fill a picked signatory
        # Sections whose save found the server lost: saved again when it is back.
        self.waiting: dict[str, Callable[[], bool]] = {}
        self._read_lost = False  # the last read found the server lost (said beside the office)
        self.office_autosave = Autosave(self.save_office, self)
        self.settings_autosave = Autosave(self.save_office_settings, self)
        self._build()
        context.connection.connect(self._connection_changed)

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(body)
        # A read-only copy shows the office's settings but cannot change them; this
        # machine's own preferences (not in the database) stay editable.
        self.read_only_banner = banner(body)
        show_banner(
            self.read_only_banner,
            self.tr("เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อมูลสำนักงานและผู้ลงนามไม่ได้")
            if self.context.read_only
            else None,
        )
        layout.addWidget(self.read_only_banner)

        office_box = QGroupBox(self.tr("ข้อมูลสำนักงาน (พิมพ์ในรายงานทุกฉบับ)"), body)
        form = QFormLayout(office_box)
        self.name_edit = self._line(self.office_autosave, 200)
        self.short_edit = self._line(self.office_autosave, 100)
        self.area_edit = self._line(self.office_autosave, 200)
        self.address_edit = self._line(self.office_autosave, 500)
        form.addRow(self.tr("ชื่อสำนักงาน"), self.name_edit)
        form.addRow(self.tr("ชื่อย่อ"), self.short_edit)
        form.addRow(self.tr("จังหวัด / เขตพื้นที่"), self.area_edit)
        form.addRow(self.tr("ที่อยู่"), self.address_edit)
        self.office_status = self._status(office_box)
        self.office_status.setObjectName("officeStatus")
        form.addRow(self.office_status)
        layout.addWidget(office_box)

        sign_box = QGroupBox(self.tr("ผู้ลงนามในรายงาน (เลือกจากบุคลากรหรือพิมพ์เอง)"), body)
        form = QFormLayout(sign_box)
        titles = {
            "director": self.tr("ผู้อำนวยการ สพท."),
            "deputy": self.tr("รองผู้อำนวยการที่กำกับดูแล"),
            "committee_chair": self.tr("ประธานคณะกรรมการ"),
            "coordinator": self.tr("ผู้ประสานงานตัวชี้วัด"),
        }
        self.signatory_names: dict[str, QComboBox] = {}
        self.signatory_positions: dict[str, QLineEdit] = {}
        for key in SIGNATORY_FIELDS:
            combo = QComboBox(sign_box)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(24)
            position = self._line(self.settings_autosave, 200)
            position.setPlaceholderText(self.tr("ตำแหน่ง"))
            line = combo.lineEdit()
            assert line is not None  # an editable combo always has one
            line.setPlaceholderText(self.tr("ชื่อ-นามสกุล"))
            # Typing a name saves like every other text field, leaving it too.
            line.textEdited.connect(self.settings_autosave.edited)
            self.settings_autosave.watch(line)
            combo.activated.connect(lambda _i, k=key: self._person_picked(k))
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(position, 1)
            form.addRow(titles[key], row)
            self.signatory_names[key], self.signatory_positions[key] = combo, position
        layout.addWidget(sign_box)

        print_box = QGroupBox(self.tr("การพิมพ์เอกสาร"), body)
        form = QFormLayout(print_box)
        self.thai_digits = QRadioButton(self.tr("เลขไทย (๑ ๒ ๓)"), print_box)
        self.arabic_digits = QRadioButton(self.tr("เลขอารบิก (1 2 3)"), print_box)
        digits = QHBoxLayout()
        digits.addWidget(self.thai_digits)
        digits.addWidget(self.arabic_digits)
        digits.addStretch(1)
        form.addRow(self.tr("ตัวเลขในเนื้อความ"), digits)
        self.report_font = QComboBox(print_box)
        form.addRow(self.tr("แบบอักษรของรายงาน"), self.report_font)
        self.settings_status = self._status(print_box)
        self.settings_status.setObjectName("settingsStatus")
        form.addRow(self.settings_status)
        self.save_button = QPushButton(self.tr("บันทึกการตั้งค่า"), print_box)
        form.addRow(self.save_button)
        layout.addWidget(print_box)
        self.login_box = LoginSettingsBox(body)
        layout.addWidget(self.login_box)
        for box in (office_box, sign_box, print_box, self.login_box):
            box.setEnabled(not self.context.read_only)
        self.login_box.idle_minutes.valueChanged.connect(self._settings_changed_now)
        self.login_box.self_review.toggled.connect(self._settings_changed_now)
        self.login_box.accounts_button.clicked.connect(lambda: open_accounts(self.context, self))
        self.thai_digits.toggled.connect(self._settings_changed_now)
        self.report_font.activated.connect(self._settings_changed_now)
        self.save_button.clicked.connect(self._save_all_with_dialog)

        self.machine = MachineSettingsBox(self.context, self.preferences, body)
        layout.addWidget(self.machine)
        layout.addStretch(1)
        # What tests and the window reach on the page itself.
        self.language = self.machine.language
        self.backup_edit = self.machine.backup_edit
        self.backup_now_button = self.machine.backup_now_button
        self.backup_status = self.machine.backup_status
        self.data_label = self.machine.data_label

    def _line(self, autosave: Autosave, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(autosave.edited)
        edit.editingFinished.connect(autosave.flush)
        return edit

    def _status(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        return label

    # -- loading --------------------------------------------------------------------
    def ready_to_refresh(self) -> bool:
        # Never reload under the clerk's fingers: an edit still waiting is kept, and so is
        # one waiting for the server.
        pending = self.office_autosave.pending or self.settings_autosave.pending
        return not (pending or self.waiting)

    def flush(self) -> None:
        self.office_autosave.flush()
        self.settings_autosave.flush()

    def load(self) -> None:
        office_id = self.context.office_id
        read = run_action(
            self,
            lambda: self.context.read(
                lambda s: (
                    office_edit.load_profile(s, office_id),
                    load_settings(s, office_id),
                    people_edit.person_rows(s, office_id),
                )
            ),
            on_refused=self._read_refused,
        )
        if read is None:
            return
        if self._read_lost:  # read again since: no more to say
            self._read_lost = False
            self.office_status.clear()
        profile, settings, people = read
        with self.office_autosave.loading(), self.settings_autosave.loading():
            self.settings = settings  # as read: a save goes over it (and the profile too)
            self.profile_read = profile
            for edit, value in (
                (self.name_edit, profile.name),
                (self.short_edit, profile.short_name),
                (self.area_edit, profile.area),
                (self.address_edit, profile.address),
            ):
                if edit.text() != value:  # keeps the undo history of an unchanged field
                    _show_from_start(edit, value)
            self._people = {p.name: p.position for p in people}
            for key in SIGNATORY_FIELDS:
                signatory: Signatory = getattr(settings, key)
                combo = self.signatory_names[key]
                combo.clear()
                combo.addItems(list(self._people))
                combo.setEditText(signatory.name)
                _show_from_start(self.signatory_positions[key], signatory.position)
            thai = settings.numeral_style is NumeralStyle.THAI
            (self.thai_digits if thai else self.arabic_digits).setChecked(True)
            fill_fonts(self.report_font, settings.report_font)
            self.login_box.show_settings(settings)

    def _read_refused(self, error: Mk3Error) -> None:
        if isinstance(error, ConnectionLostError):
            # Said beside the office's data (and in the status bar); read again when the
            # connection is back (_connection_changed), no dialog.
            self.stale, self._read_lost = True, True
            _show_status(
                self.office_status,
                self.tr("ขาดการเชื่อมต่อเซิร์ฟเวอร์ — จะอ่านข้อมูลใหม่เมื่อเชื่อมต่อได้"),
                WAIT_COLOUR,
            )
        else:
            show_error(self, error)

    def _connection_changed(self, online: bool) -> None:
        """The server is back: save the sections that waited for it, then read again."""
        if not online:
            return
        for section, save in list(self.waiting.items()):
            self.waiting.pop(section, None)
            save()  # lost again: waiting again
        self.mark_stale()  # reads now when on show and nothing waits, else when shown

    # -- office profile and office settings -----------------------------------------
    def _settings_changed_now(self) -> None:
        if not self.settings_autosave.is_loading:
            self.save_office_settings()

    def _person_picked(self, key: str) -> None:
        name = self.signatory_names[key].currentText()
        position = self._people.get(name)
        if position:
            _show_from_start(self.signatory_positions[key], position)
        self._settings_changed_now()

    def profile(self) -> OfficeProfile:
        return OfficeProfile(
            self.name_edit.text(),
            self.short_edit.text(),
            self.area_edit.text(),
            self.address_edit.text(),
        )

    def office_settings(self) -> OfficeSettings:
        signatories = {
            key: Signatory(
                self.signatory_names[key].currentText(), self.signatory_positions[key].text()
            )
            for key in SIGNATORY_FIELDS
        }
        style = NumeralStyle.THAI if self.thai_digits.isChecked() else NumeralStyle.ARABIC
        font = self.report_font.currentData()
        return replace(
            self.settings,
            director=signatories["director"],
            deputy=signatories["deputy"],
            committee_chair=signatories["committee_chair"],
            coordinator=signatories["coordinator"],
            numeral_style=style,
            report_font=font if isinstance(font, str) else "",
            **self.login_box.values(),
        )

    def save_office(self, *, dialog: bool = False) -> bool:
        """Save the profile over the one read; someone saved it since: the clerk chooses."""
        self.office_autosave.cancel()  # saved now: nothing waits
        profile, office_id, base = self.profile(), self.context.office_id, self.profile_read
        saved = self._save(
            lambda s, a: office_edit.update_office(s, a, profile, office_id, base=base),
            self.office_status,
            dialog,
            retry=self.save_office,
            again=lambda e: (
                lambda s, a: office_edit.update_office(
                    s, a, profile, office_id, base=_read(e, OfficeProfile)
                )
            ),
        )
        if saved:
            self.profile_read = profile
        return saved

    def save_office_settings(self, *, dialog: bool = False) -> bool:
        """Save the settings over those read; someone saved since: the clerk chooses."""
        self.settings_autosave.cancel()
        settings, office_id, base = self.office_settings(), self.context.office_id, self.settings
        saved = self._save(
            lambda s, a: save_settings(s, a, settings, office_id, base=base),
            self.settings_status,
            dialog,
            retry=self.save_office_settings,
            again=lambda e: (
                lambda s, a: save_settings(s, a, settings, office_id, base=_read(e, OfficeSettings))
            ),
        )
        if saved:
            self.settings = settings
        return saved

    def _save(
        self,
        fn: Change[object],
        status: QLabel,
        dialog: bool,
        *,
        retry: Callable[[], bool],
        again: Callable[[ConflictError], Change[object]] | None = None,
    ) -> bool:
        section = status.objectName()
        self.waiting.pop(section, None)

        def lost() -> None:
            # Not refused: kept as typed and saved when the server is back.
            self.waiting[section] = retry
            _show_status(
                status,
                self.tr("ขาดการเชื่อมต่อเซิร์ฟเวอร์ — ค่าที่พิมพ์ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้"),
                WAIT_COLOUR,
            )

        def refused(error: Mk3Error) -> None:
            if isinstance(error, ConnectionLostError):
                lost()
                return
            # Beside the section while typing; the Save button shows a dialog too.
            _show_status(status, translate_error(error), REFUSED_COLOUR)
            if dialog:
                show_error(self, error)

        if not self.context.online:  # known lost: no try against a dead server
            lost()
            return False
        if not try_change(
            self,
            self.context,
            fn,
            Topic.SETTINGS,
            on_refused=refused,
            again=again,
            reload=lambda _e: self.load(),  # "ใช้ของเขา": the stored values in every field
        ):
            return False
        _show_status(status, self.tr("บันทึกแล้ว"), SAVED_COLOUR)
        return True

    def unsaved(self) -> str:  # Page: settings waiting for the server are not drafts
        if not self.waiting:
            return ""
        return self.tr("ค่าตั้งในหน้าตั้งค่าที่แก้ไขระหว่างขาดการเชื่อมต่อเซิร์ฟเวอร์")

    def _save_all_with_dialog(self) -> None:
        if self.save_office(dialog=True) or self.office_status.objectName() in self.waiting:
            self.save_office_settings(dialog=True)  # (both kept when the server is lost)


def _show_status(label: QLabel, text: str, colour: str) -> None:
    label.setStyleSheet(f"color: {colour};")
    label.setText(text)


def _read(error: ConflictError, kind: type[R]) -> R | None:
    """The record as stored, carried by the conflict: the base of saving again."""
    return error.current if isinstance(error.current, kind) else None


def _show_from_start(edit: QLineEdit, text: str) -> None:
    """Put *text* in *edit* showing its beginning: setText leaves the cursor at the end,
    and a long position (ผู้อำนวยการสำนักงานเขตพื้นที่…) would show only its tail."""
    edit.setText(text)
    edit.setCursorPosition(0)
