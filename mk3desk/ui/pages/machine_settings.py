"""The Settings page's box for this machine alone (QSettings, not the database): the
program's language and screen font, the backup folder and "back up now", where the
database is, and the office server this PC opens from the next start.

Its texts keep the Settings page's translation context ("SettingsPage": written there).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext
from mk3desk.ui.fonts import BUNDLED_FAMILY, INSTALLED_CHOICES
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.preferences import PREF_BACKUP_DIR, PREF_LANGUAGE, PREF_UI_FONT


def fill_fonts(combo: QComboBox, current: str) -> None:
    """The bundled font, the Thai fonts installed here, and *current* chosen."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("SettingsPage", "Sarabun (มากับโปรแกรม)"), "")
    installed = set(QFontDatabase.families())
    for family in INSTALLED_CHOICES:
        if family in installed:
            combo.addItem(family, family)
    if current and combo.findData(current) < 0:
        # A font file chosen before, or a family not installed on this machine.
        missing = QCoreApplication.translate("SettingsPage", "{font} (ไม่พบในเครื่องนี้)")
        combo.addItem(missing.format(font=current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class MachineSettingsBox(QGroupBox):
    """This PC's own preferences, saved as soon as they change."""

    def __init__(self, context: AppContext, preferences: QSettings, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("SettingsPage", "การตั้งค่าเฉพาะเครื่องนี้"), parent)
        self.setObjectName("machineSettingsBox")
        self.context = context
        self.preferences = preferences
        form = QFormLayout(self)
        self.language = QComboBox(self)
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        form.addRow(QCoreApplication.translate("SettingsPage", "ภาษาของโปรแกรม"), self.language)
        self.language_note = QLabel(
            QCoreApplication.translate("SettingsPage", "การเปลี่ยนภาษามีผลเมื่อเปิดโปรแกรมใหม่"), self
        )
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        self.ui_font = QComboBox(self)
        form.addRow(QCoreApplication.translate("SettingsPage", "แบบอักษรบนหน้าจอ"), self.ui_font)
        self.backup_edit = QLineEdit(self)
        self.backup_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "เลือกโฟลเดอร์…"), self
        )
        row = QHBoxLayout()
        row.addWidget(self.backup_edit, 1)
        row.addWidget(self.backup_button)
        form.addRow(QCoreApplication.translate("SettingsPage", "โฟลเดอร์สำรองข้อมูล"), row)
        self.backup_now_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "สำรองข้อมูลเดี๋ยวนี้"), self
        )
        self.backup_status = _label(self)
        form.addRow("", self.backup_now_button)
        form.addRow("", self.backup_status)
        self.data_label = _label(self)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(QCoreApplication.translate("SettingsPage", "ไฟล์ฐานข้อมูล"), self.data_label)
        self.server_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "เซิร์ฟเวอร์ของสำนักงาน…"), self
        )
        self.server_button.setObjectName("serverButton")
        self.server_status = _label(self)
        form.addRow("", self.server_button)
        form.addRow("", self.server_status)
        self.server_button.clicked.connect(self.set_up_server)
        self.language.activated.connect(self.save_preferences)
        self.ui_font.activated.connect(self.save_preferences)
        self.backup_edit.editingFinished.connect(self.save_preferences)
        self.backup_button.clicked.connect(self._pick_backup_folder)
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.load_preferences()

    def load_preferences(self) -> None:
        p = self.preferences
        language = str(p.value(PREF_LANGUAGE, "th"))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        fill_fonts(self.ui_font, str(p.value(PREF_UI_FONT, "")))
        bundled = QCoreApplication.translate("SettingsPage", "{font} (มากับโปรแกรม)")
        self.ui_font.setItemText(0, bundled.format(font=BUNDLED_FAMILY))
        self.backup_edit.setText(str(p.value(PREF_BACKUP_DIR, "")))
        path = self.context.database.path
        self.data_label.setText(
            str(path)
            if path is not None
            else QCoreApplication.translate("SettingsPage", "เซิร์ฟเวอร์ PostgreSQL")
        )

    def save_preferences(self) -> None:
        p = self.preferences
        p.setValue(PREF_LANGUAGE, self.language.currentData())
        p.setValue(PREF_UI_FONT, self.ui_font.currentData() or "")
        p.setValue(PREF_BACKUP_DIR, self.backup_edit.text().strip())
        p.sync()

    def set_up_server(self) -> None:
        """Point this PC at the office server (used from the next start)."""
        from mk3desk.ui.dialogs.server_dialog import ServerDialog, saved_place, uses_server

        if ServerDialog(self.preferences, self).exec() != ServerDialog.DialogCode.Accepted:
            return
        place = saved_place(self.preferences)
        if place is not None and uses_server(self.preferences):
            self.server_status.setText(
                QCoreApplication.translate(
                    "SettingsPage",
                    "เครื่องนี้จะเปิดฐานข้อมูลบนเซิร์ฟเวอร์ {place} เมื่อเปิดโปรแกรมครั้งต่อไป",
                ).format(place=place.shown)
            )
        else:
            self.server_status.setText(
                QCoreApplication.translate("SettingsPage", "เครื่องนี้จะเปิดไฟล์ฐานข้อมูลบนเครื่องเหมือนเดิม")
            )

    def back_up_now(self) -> None:
        """Copy the database and the evidence files into the chosen backup folder."""
        from mk3desk.services.backup import backup_now

        folder = self.backup_edit.text().strip()
        if not folder:
            self.backup_status.setText(
                QCoreApplication.translate("SettingsPage", "เลือกโฟลเดอร์สำรองข้อมูลก่อน")
            )
            return
        result = run_action(
            self,
            lambda: backup_now(self.context.database, Path(folder), actor=self.context.actor),
            busy=True,
            on_refused=lambda error: self.backup_status.setText(translate_error(error)),
        )
        if result is None:
            return
        self.backup_status.setText(
            QCoreApplication.translate("SettingsPage", "สำรองข้อมูลแล้วที่ {folder}").format(
                folder=str(result.folder)
            )
        )

    def _pick_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("SettingsPage", "เลือกโฟลเดอร์สำรองข้อมูล"),
            self.backup_edit.text() or str(Path.home()),
        )
        if folder:
            self.backup_edit.setText(folder)
            self.save_preferences()
