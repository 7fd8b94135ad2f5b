"""The Settings page's box for logging in: the idle time before the window locks, whether
owners may verify and lock their own indicators (small offices), and the accounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QPushButton, QSpinBox, QWidget

from mk3desk.domain.office_settings import OfficeSettings
from mk3desk.ui.context import AppContext


def open_accounts(context: AppContext, parent: QWidget) -> QWidget:
    """The coordinator's accounts dialog (create, disable, reset)."""
    from mk3desk.ui.dialogs.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(context, parent)
    dialog.open()
    return dialog


class LoginSettingsBox(QGroupBox):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("การเข้าสู่ระบบและสิทธิ์"), parent)
        self.setObjectName("loginSettingsBox")
        form = QFormLayout(self)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(0, 240)
        self.idle_minutes.setSuffix(self.tr(" นาที"))
        self.idle_minutes.setSpecialValueText(self.tr("ไม่ล็อกเอง"))
        form.addRow(self.tr("ล็อกหน้าจอเมื่อไม่มีการใช้งาน"), self.idle_minutes)
        self.self_review = QCheckBox(
            self.tr("อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง (สำนักงานขนาดเล็ก; บันทึกในประวัติ)"),
            self,
        )
        self.self_review.setObjectName("allowSelfReview")
        form.addRow(self.self_review)
        self.accounts_button = QPushButton(self.tr("บัญชีผู้ใช้…"), self)
        self.accounts_button.setObjectName("accountsButton")
        form.addRow(self.accounts_button)

    def show_settings(self, settings: OfficeSettings) -> None:
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.self_review.setChecked(settings.allow_self_review)

    def values(self) -> dict[str, Any]:
        return {
            "idle_lock_minutes": self.idle_minutes.value(),
            "allow_self_review": self.self_review.isChecked(),
        }
