"""Logging in: the dialog at start, after a lock, and to switch user; changing a password.

Imported only when a login is asked for (docs/STARTUP.md: not on the frame's path). The
password is checked by ``services.accounts.verify_login`` in its own transaction, so a
failure is recorded; the growing delay it answers is shown as a countdown here (the
service never sleeps).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.actor import Actor
from mk3desk.services import accounts
from mk3desk.ui.context import AppContext
from mk3desk.ui.i18n import translate_error


def remembered_user(settings: QSettings, office_uid: str) -> str:
    return str(settings.value(f"login/user/{office_uid}", "") or "")


class LoginDialog(QDialog):
    """User name and password; ``actor`` holds who logged in once accepted.

    *locked_for*: the window was locked by this user name — only they (or a switch of
    user, which logs out) may unlock it."""

    def __init__(
        self,
        context: AppContext,
        settings: QSettings,
        office_uid: str,
        parent: QWidget | None = None,
        *,
        locked_for: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.context = context
        self.settings = settings
        self.office_uid = office_uid
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("หน้าจอถูกล็อก") if locked_for else self.tr("เข้าสู่ระบบ"))
        self.user = QLineEdit(locked_for or remembered_user(settings, office_uid), self)
        self.user.setObjectName("loginUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.installEventFilter(self)
        self.caps = QLabel(self.tr("แป้น Caps Lock เปิดอยู่"), self)
        self.caps.setObjectName("capsLockHint")
        self.caps.setStyleSheet("color:#b26a00")
        self.caps.hide()
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b71c1c")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เข้าสู่ระบบ"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.forgot = QPushButton(self.tr("ลืมรหัสผ่านผู้ประสาน?"), self)
        self.forgot.setObjectName("forgotCoordinatorButton")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.setStyleSheet("color:#0b57d0; text-decoration:underline; text-align:left")
        self.forgot.clicked.connect(lambda: self.recover())
        form = QFormLayout()
        form.addRow(self.tr("ชื่อผู้ใช้"), self.user)
        form.addRow(self.tr("รหัสผ่าน"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.caps)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot)
        layout.addWidget(self.buttons)
        self._wait = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        (self.password if self.user.text() else self.user).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.password and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text.isalpha() and text.isascii():
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.caps.setVisible(text.isupper() != shift)
        return super().eventFilter(watched, event)

    def try_login(self) -> None:
        if self._wait:
            return
        office_id = self.context.office_id
        user, password = self.user.text(), self.password.text()
        with self.context.database.transaction() as session:
            result = accounts.verify_login(session, user, password, office_id=office_id)
        if result.actor is None:
            assert result.error is not None
            self.password.clear()
            self.message.setText(translate_error(result.error))
            self._start_wait(result.wait_seconds)
            return
        if result.must_change and not self._change_password(result.actor, password):
            return
        self.settings.setValue(f"login/user/{self.office_uid}", user.strip())
        self.actor = result.actor
        self.accept()

    def recover(self) -> QDialog | None:
        """A forgotten coordinator password: the office's recovery code sets a new one, and
        the coordinator is logged in (after the new code is shown)."""
        from mk3desk.ui.dialogs.recovery_dialogs import RecoverDialog

        office_id = self.context.office_id
        if office_id is None:
            return None
        dialog = RecoverDialog(self.context, office_id, self)
        dialog.accepted.connect(lambda: self._recovered(dialog.actor, dialog.user_name))
        dialog.open()
        return dialog

    def _recovered(self, actor: Actor | None, user_name: str) -> None:
        if actor is None:
            return
        self.user.setText(user_name)
        self.settings.setValue(f"login/user/{self.office_uid}", user_name)
        self.actor = actor
        self.accept()

    def _change_password(self, actor: Actor, old: str) -> bool:
        dialog = ChangePasswordDialog(self.context, actor, self, old=old)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        if seconds:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self._tick_text()
            self.countdown.start()

    def _tick(self) -> None:
        self._wait = max(0, self._wait - 1)
        if self._wait:
            self._tick_text()
            return
        self.countdown.stop()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def _tick_text(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("รอ {seconds} วินาที").format(seconds=self._wait)
        )
        if not self._wait:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("เข้าสู่ระบบ"))

    @property
    def waiting(self) -> int:
        return self._wait


class ChangePasswordDialog(QDialog):
    """The person's own new password (after a reset, before anything else)."""

    def __init__(
        self, context: AppContext, actor: Actor, parent: QWidget | None = None, *, old: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("ตั้งรหัสผ่านใหม่"))
        self.context, self.actor = context, actor
        self.old = QLineEdit(old, self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b71c1c")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if not old:
            form.addRow(self.tr("รหัสผ่านเดิม"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("รหัสผ่านใหม่"), self.new)
        form.addRow(self.tr("พิมพ์รหัสผ่านใหม่อีกครั้ง"), self.again)
        layout = QVBoxLayout(self)
        if old:
            layout.addWidget(QLabel(self.tr("ผู้ประสานรีเซ็ตรหัสผ่านไว้ — โปรดตั้งรหัสผ่านใหม่ของคุณเอง"), self))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        from mk3desk.domain.errors import Mk3Error

        if self.new.text() != self.again.text():
            self.message.setText(self.tr("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน"))
            return
        try:
            with self.context.database.transaction() as session:
                accounts.change_password(session, self.actor, self.old.text(), self.new.text())
        except Mk3Error as error:
            self.message.setText(translate_error(error))
            return
        self.accept()
