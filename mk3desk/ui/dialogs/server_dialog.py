"""Settings → "เซิร์ฟเวอร์ของสำนักงาน…": point this PC at the office server.

The place (host, port, database, login) and whether to open it at start are this
machine's preferences (QSettings); the password goes to the OS keyring only
(services/server_connection.py). Without a keyring the password is asked at every
start (:func:`server_at_start`), never written to a file.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import Mk3Error
from mk3desk.services.server_connection import (
    DEFAULT_PORT,
    Probe,
    ServerPlace,
    forget_password,
    keyring_available,
    probe,
    remember_password,
    saved_password,
)
from mk3desk.ui.actions import run_action
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.thai_wrap import wrap_hint

PREF_SERVER_USE = "server/use"
PREF_SERVER_HOST = "server/host"
PREF_SERVER_PORT = "server/port"
PREF_SERVER_DATABASE = "server/database"
PREF_SERVER_USER = "server/user"


def saved_place(settings: QSettings) -> ServerPlace | None:
    host = str(settings.value(PREF_SERVER_HOST, "") or "")
    if not host:
        return None
    return ServerPlace(
        host=host,
        database=str(settings.value(PREF_SERVER_DATABASE, "mk3desk") or "mk3desk"),
        user=str(settings.value(PREF_SERVER_USER, "mk3") or "mk3"),
        port=int(str(settings.value(PREF_SERVER_PORT, DEFAULT_PORT) or DEFAULT_PORT)),
    )


def uses_server(settings: QSettings) -> bool:
    return str(settings.value(PREF_SERVER_USE, "false")).lower() in ("true", "1")


def ask_password(parent: QWidget | None, place: ServerPlace) -> str | None:
    """The password of *place*, typed now (None: the clerk cancelled)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ServerDialog", "รหัสผ่านเซิร์ฟเวอร์"),
        QCoreApplication.translate("ServerDialog", "รหัสผ่านของ {place}").format(place=place.shown),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def server_at_start(settings: QSettings | None = None, *, ask: bool = True) -> str | None:
    """The server to open at start: ``MK3DESK_DB`` when it is a URL, else the one this
    PC is set to open (its password from the keyring, or asked now). None: work on a
    file; "" when the password was asked and the clerk cancelled."""
    named = os.environ.get("MK3DESK_DB", "")
    if "://" in named:
        return named
    settings = settings if settings is not None else QSettings()
    place = saved_place(settings)
    if place is None or not uses_server(settings) or not ask:
        return None
    password = saved_password(place)
    if password is None:
        password = ask_password(None, place)
        if password is None:
            return ""
    return place.url(password)


class ServerDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ServerDialog")
        self.setWindowTitle(self.tr("เซิร์ฟเวอร์ของสำนักงาน"))
        self.setMinimumWidth(580)  # the Thai lines below without a cut
        self.settings = settings
        self.found: Probe | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            wrap_hint(
                self.tr(
                    "ใช้ฐานข้อมูลกลางบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน แทนไฟล์บนเครื่องนี้ "
                    "(ผู้ดูแลระบบเป็นผู้ติดตั้งและบอกค่าต่อไปนี้)"
                )
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHostEdit")
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("mk3desk", self)
        self.user = QLineEdit("mk3", self)
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPasswordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("เครื่องเซิร์ฟเวอร์"), self.host)
        form.addRow(self.tr("พอร์ต"), self.port)
        form.addRow(self.tr("ชื่อฐานข้อมูล"), self.database)
        form.addRow(self.tr("ชื่อผู้ใช้ฐานข้อมูล"), self.user)
        form.addRow(self.tr("รหัสผ่าน"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("จำรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ"), self)
        self.remember.setChecked(True)
        if not keyring_available():
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember.setText(
                self.tr("เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบ — โปรแกรมจะถามรหัสผ่านทุกครั้งที่เปิด")
            )
        self.use = QCheckBox(self.tr("เปิดฐานข้อมูลบนเซิร์ฟเวอร์นี้ทุกครั้งที่เปิดโปรแกรม"), self)
        self.use.setObjectName("serverUseCheck")
        self.use.setChecked(True)
        layout.addWidget(self.remember)
        layout.addWidget(self.use)
        self.status = QLabel(self)
        self.status.setObjectName("serverStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        self.test_button = QPushButton(self.tr("ทดสอบการเชื่อมต่อ"), self)
        self.test_button.setObjectName("serverTestButton")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(lambda: self.test())
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        place = saved_place(self.settings)
        if place is None:
            return
        self.host.setText(place.host)
        self.port.setValue(place.port)
        self.database.setText(place.database)
        self.user.setText(place.user)
        self.password.setText(saved_password(place) or "")
        self.use.setChecked(uses_server(self.settings))

    def place(self) -> ServerPlace:
        return ServerPlace(
            self.host.text(), self.database.text(), self.user.text(), self.port.value()
        ).checked()

    def test(self) -> bool:
        """Connect once and say what is there; whether it worked."""

        def look() -> Probe:
            return probe(self.place(), self.password.text() or None)

        self.status.setText("")
        found = run_action(self, look, busy=True, on_refused=self._refused)
        if found is None:
            return False
        self.found = found
        if found.revision is None:
            self.status.setText(
                self.tr(
                    "เชื่อมต่อได้ แต่ฐานข้อมูลยังว่าง — ให้ผู้ดูแลระบบสั่ง mk3desk server init "
                    "แล้วย้ายข้อมูลขึ้นด้วย mk3desk server import"
                )
            )
        elif found.offices:
            self.status.setText(
                self.tr("เชื่อมต่อได้ — ฐานข้อมูลมี {offices}").format(offices=", ".join(found.offices))
            )
        else:
            self.status.setText(self.tr("เชื่อมต่อได้ — ฐานข้อมูลยังไม่มีสำนักงาน"))
        return True

    def _refused(self, error: Mk3Error) -> None:
        self.status.setText(translate_error(error))

    def accept(self) -> None:
        """Save only a place that answers: the place and the choice here, the password
        in the keyring (or nowhere)."""
        if not self.test():
            return
        place = self.place()
        self.settings.setValue(PREF_SERVER_HOST, place.host)
        self.settings.setValue(PREF_SERVER_PORT, place.port)
        self.settings.setValue(PREF_SERVER_DATABASE, place.database)
        self.settings.setValue(PREF_SERVER_USER, place.user)
        self.settings.setValue(PREF_SERVER_USE, self.use.isChecked())
        self.settings.sync()
        if self.remember.isChecked() and self.password.text():
            remember_password(place, self.password.text())
        else:
            forget_password(place)
        super().accept()
