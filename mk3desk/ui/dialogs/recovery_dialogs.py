"""The recovery code: shown once (with a one-page PDF to print), and used at the login.

``RecoveryCodeDialog`` shows a code just made (set-up, the coordinator's "new code", or
right after a recovery used the old one). The code is never stored in clear, so this
is the only time anyone sees it: the dialog says to print it or write it down and keep
it in the office safe.

``RecoverDialog`` (from the login dialog's "ลืมรหัสผ่านผู้ประสาน?"): the code, a
coordinator account and a new password twice. ``services.recovery.recover`` runs in its
own transaction so a wrong code is recorded (the same growing delay as passwords); the
wait is shown as a countdown here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.actor import Actor
from mk3desk.services import recovery
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.thai_wrap import wrap_hint

_PDF_FILTER = "PDF (*.pdf)"


class RecoveryCodeDialog(QDialog):
    """A new recovery code, shown once: print it to PDF or write it down."""

    def __init__(
        self, context: AppContext, office_id: int, code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecoveryCodeDialog")
        self.setWindowTitle(self.tr("รหัสกู้คืนรหัสผ่านผู้ประสาน"))
        self.context, self.office_id, self.code = context, office_id, code
        intro = QLabel(
            wrap_hint(
                self.tr(
                    "ใช้รหัสนี้ตั้งรหัสผ่านใหม่ให้ผู้ประสานเมื่อลืมรหัสผ่าน "
                    "(หน้าเข้าสู่ระบบ → “ลืมรหัสผ่านผู้ประสาน?”) ใช้ได้ครั้งเดียว"
                )
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("recoveryCode")
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet("border:2px solid #333; padding:10px; background:#fff")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warning = QLabel(
            wrap_hint(
                self.tr(
                    "รหัสนี้แสดงครั้งเดียว โปรแกรมไม่ได้เก็บรหัสไว้ — โปรดพิมพ์หรือจดไว้ "
                    "แล้วเก็บในตู้นิรภัยของสำนักงาน ใครมีรหัสนี้ก็ตั้งรหัสผ่านของผู้ประสานได้ "
                    "อย่าถ่ายภาพหรือส่งทางไลน์/อีเมล"
                )
            ),
            self,
        )
        warning.setObjectName("recoveryWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet("color:#b71c1c; font-weight:bold")
        self.print_button = QPushButton(self.tr("พิมพ์… (บันทึกเป็น PDF)"), self)
        self.print_button.setObjectName("printRecoveryButton")
        self.print_button.clicked.connect(lambda: self.save_pdf())
        self.saved = QLabel(self)
        self.saved.setObjectName("recoverySaved")
        self.saved.setWordWrap(True)
        done = QPushButton(self.tr("เก็บรหัสแล้ว ปิดหน้าต่าง"), self)
        done.setObjectName("recoveryDoneButton")
        done.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(warning)
        layout.addWidget(self.saved)
        layout.addLayout(row)
        self.setMinimumWidth(620)

    def save_pdf(self, path: str | None = None) -> Path | None:
        """The one-page sheet (office, date in พ.ศ., the code) where the clerk chooses."""
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("บันทึกแผ่นรหัสกู้คืนสำหรับพิมพ์"), "รหัสกู้คืน.pdf", _PDF_FILTER
            )[0]
        )
        if not path:
            return None
        target = Path(path)

        def write() -> Path:
            self.context.read(
                lambda s: recovery.write_sheet(s, self.office_id, self.code, target, date.today())
            )
            return target

        done = run_action(self, write, busy=True)
        if done is not None:
            # Not wrap-hinted: a path must copy as it is (no zero-width spaces in it).
            self.saved.setText(
                self.tr("บันทึกไฟล์ไว้ที่ {path} — เปิดแล้วสั่งพิมพ์ จากนั้นลบไฟล์ทิ้ง").format(path=target)
            )
        return done


class RecoverDialog(QDialog):
    """A coordinator's new password with the recovery code; ``actor`` once done."""

    def __init__(self, context: AppContext, office_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecoverDialog")
        self.setWindowTitle(self.tr("ลืมรหัสผ่านผู้ประสาน"))
        self.context, self.office_id = context, office_id
        self.actor: Actor | None = None
        self.user_name = ""
        self.new_code = ""
        intro = QLabel(
            wrap_hint(
                self.tr(
                    "พิมพ์รหัสกู้คืนจากแผ่นที่เก็บในตู้นิรภัย (อักษรภาษาอังกฤษและตัวเลข 20 ตัว) "
                    "เลือกบัญชีผู้ประสาน แล้วตั้งรหัสผ่านใหม่ รหัสกู้คืนจะใช้ได้ครั้งเดียว "
                    "แล้วโปรแกรมจะแสดงรหัสใหม่ให้เก็บแทน"
                )
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("recoveryCodeEdit")
        self.code.setPlaceholderText("XXXXX XXXXX XXXXX XXXXX")
        self.account = QComboBox(self)
        self.account.setObjectName("recoveryAccount")
        logins = context.read(lambda s: recovery.coordinator_logins(s, office_id))
        for login in logins:
            self.account.addItem(f"{login.user_name} — {login.person_name}", login.user_name)
        self.new = QLineEdit(self)
        self.new.setObjectName("recoveryNewPassword")
        self.again = QLineEdit(self)
        self.again.setObjectName("recoveryAgain")
        for field in (self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b71c1c")
        if context.read(lambda s: recovery.code_issued_at(s, office_id)) is None:
            self.message.setText(
                self.tr("สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ที่หน้าบัญชีผู้ใช้")
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("ตั้งรหัสผ่านใหม่"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("รหัสกู้คืน"), self.code)
        form.addRow(self.tr("บัญชีผู้ประสาน"), self.account)
        form.addRow(self.tr("รหัสผ่านใหม่"), self.new)
        form.addRow(self.tr("พิมพ์รหัสผ่านใหม่อีกครั้ง"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._wait = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.code.setFocus()

    @property
    def waiting(self) -> int:
        return self._wait

    def submit(self) -> None:
        if self._wait:
            return
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร"))
            return
        user = str(self.account.currentData() or "")
        code, password = self.code.text(), self.new.text()
        with self.context.database.transaction() as session:  # a wrong code is recorded
            result = recovery.recover(session, self.office_id, user, code, password)
        if result.actor is None:
            assert result.error is not None
            self.message.setText(wrap_hint(translate_error(result.error)))
            self._start_wait(result.wait_seconds)
            return
        self.actor, self.user_name, self.new_code = result.actor, result.user_name, result.new_code
        self.hide()
        RecoveryCodeDialog(
            self.context, self.office_id, result.new_code, self.parentWidget()
        ).exec()
        self.accept()

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        if seconds:
            self.ok.setEnabled(False)
            self._show_wait()
            self.countdown.start()

    def _tick(self) -> None:
        self._wait = max(0, self._wait - 1)
        self._show_wait()
        if not self._wait:
            self.countdown.stop()
            self.ok.setEnabled(True)

    def _show_wait(self) -> None:
        if self._wait:
            self.ok.setText(self.tr("รอ {seconds} วินาที").format(seconds=self._wait))
        else:
            self.ok.setText(self.tr("ตั้งรหัสผ่านใหม่"))
