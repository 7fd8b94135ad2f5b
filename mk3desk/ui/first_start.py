"""First start with no office in the database: create one from the template, receive the
coordinator's setup bundle (.mk3), open the demo, or connect this PC to the office
server (the program then opens the server instead of this file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.thaidate import fiscal_year_of
from mk3desk.services import accounts, demo_data, progress, recovery, years
from mk3desk.ui import bundle_actions
from mk3desk.ui.actions import run_action, try_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.generated.ui_first_start_dialog import Ui_FirstStartDialog

# Set on the application when the first start chose the office server: the launcher
# then opens the server once this file is closed (launch._run_app).
OPEN_SERVER_PROPERTY = "mk3deskOpenServer"


def demo_accounts_text() -> str:
    """The demo's logins, told where the demo is offered (README lists them too)."""
    users = ", ".join(user for user, _index in demo_data.DEMO_ACCOUNTS)
    return QCoreApplication.translate(
        "FirstStart", "เข้าสู่ระบบด้วยบัญชีตัวอย่าง {users} รหัสผ่าน {password}"
    ).format(users=users, password=demo_data.DEMO_PASSWORD)


class FirstStartDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = Ui_FirstStartDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self.form.yearSpin.setValue(fiscal_year_of(date.today()))
        ok = self.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("เริ่มใช้งาน"))
        ok.setObjectName("startButton")
        self.form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("ปิดโปรแกรม")
        )
        self.form.buttonBox.accepted.connect(self.accept)
        self.form.buttonBox.rejected.connect(self.reject)
        self.form.createRadio.toggled.connect(self.form.officeBox.setEnabled)
        self.form.bundleRadio.toggled.connect(self.form.bundleBox.setEnabled)
        self.form.chooseBundleButton.clicked.connect(lambda: self.choose_bundle())
        self.bundle_path: Path | None = None
        self.recovery_code = ""  # made with the coordinator's account, shown once
        self.recovery_office = 0
        self._coordinator_fields()
        self.form.demoRadio.setText(self.form.demoRadio.text() + "\n" + demo_accounts_text())
        self.server_button = self.form.buttonBox.addButton(
            self.tr("เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.server_button.setObjectName("serverButton")
        self.server_button.clicked.connect(lambda: self.connect_server())
        self.form.nameEdit.setFocus()

    def _coordinator_fields(self) -> None:
        """The coordinator's login, created with the office (their own password)."""
        self.coordinator_name = QLineEdit(self)
        self.coordinator_name.setObjectName("coordinatorNameEdit")
        self.coordinator_user = QLineEdit("coordinator", self)
        self.coordinator_user.setObjectName("coordinatorUserEdit")
        self.coordinator_password = QLineEdit(self)
        self.coordinator_password.setObjectName("coordinatorPasswordEdit")
        self.coordinator_again = QLineEdit(self)
        for field in (self.coordinator_password, self.coordinator_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = self.form.officeForm
        form.addRow(self.tr("ผู้ประสาน (ชื่อ-นามสกุล)"), self.coordinator_name)
        form.addRow(self.tr("ชื่อผู้ใช้ของผู้ประสาน"), self.coordinator_user)
        form.addRow(self.tr("รหัสผ่าน"), self.coordinator_password)
        form.addRow(self.tr("พิมพ์รหัสผ่านอีกครั้ง"), self.coordinator_again)

    def connect_server(self, settings: QSettings | None = None) -> bool:
        """Point this PC at the office server; if it is to be opened now, close this
        dialog (the file stays as it was) and let the launcher open the server."""
        from mk3desk.ui.dialogs.server_dialog import ServerDialog, uses_server

        settings = settings if settings is not None else QSettings()
        dialog = ServerDialog(settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not uses_server(settings):
            return False
        app = QCoreApplication.instance()
        if app is not None:
            app.setProperty(OPEN_SERVER_PROPERTY, True)
        self.reject()
        return True

    def choose_bundle(self) -> Path | None:
        """Ask for the coordinator's setup bundle; keeps the earlier choice on cancel."""
        path = bundle_actions.choose_bundle(self, self.tr("เลือกชุดตั้งค่าจากผู้ประสานงาน"))
        if path is not None:
            self.bundle_path = path
            self.form.bundleEdit.setText(str(path))
            self.form.bundleEdit.setToolTip(str(path))
        return self.bundle_path

    def accept(self) -> None:
        """Create what was chosen; on a refusal the dialog stays open with what was typed."""
        if self.form.bundleRadio.isChecked():
            self._receive_setup()
            return
        if try_action(self, self._create, busy=True):
            self._show_recovery_code()
            super().accept()

    def _show_recovery_code(self) -> None:
        if not self.recovery_code:
            return
        from mk3desk.ui.dialogs.recovery_dialogs import RecoveryCodeDialog

        office_id = self.recovery_office
        RecoveryCodeDialog(self.context, office_id, self.recovery_code, self).exec()

    def _create(self) -> None:
        self.recovery_code = ""
        if self.form.demoRadio.isChecked():
            from mk3desk.ui.demo_building import build_demo

            build_demo(self, self.context.database)
            self.context.changed.emit(Topic.YEAR.value)
            return
        form = self.form
        name, short_name, area = (
            form.nameEdit.text(),
            form.shortNameEdit.text(),
            form.areaEdit.text(),
        )
        be_year = form.yearSpin.value()
        coordinator = self.coordinator_name.text().strip()
        user, password = self.coordinator_user.text(), self.coordinator_password.text()
        if coordinator and password != self.coordinator_again.text():
            raise ValidationError(
                QT_TRANSLATE_NOOP("FirstStart", "รหัสผ่านของผู้ประสานทั้งสองช่องไม่ตรงกัน")
            )

        def start(s: Any, a: Actor) -> None:  # the session of context.run
            year_id = years.start_office(
                s, a, name=name, short_name=short_name, area=area, be_year=be_year
            )
            if coordinator:  # without a name: no account yet (the window asks for one later)
                office_id = progress.get_year(s, year_id).office_id
                accounts.create_coordinator(
                    s, a, office_id, name=coordinator, user_name=user, password=password
                )
                self.recovery_code = recovery.issue_code(s, a, office_id)
                self.recovery_office = office_id

        self.context.run(start, Topic.YEAR)

    def _receive_setup(self) -> None:
        """Take the office, people and year from the setup bundle: all of it or nothing.

        A wrong or damaged file, or a work bundle (this database has no year to take
        work into), is refused with the service's message and the dialog stays open.
        """
        path = self.bundle_path or self.choose_bundle()
        if path is None:
            return
        # An empty database has nothing to be in conflict with: no decisions to make.
        report = run_action(
            self,
            lambda: bundle_actions.receive_bundle(
                self.context, path, {}, office_year=self.context.office_year
            ),
            busy=True,
        )
        if report is None:
            return
        self.context.changed.emit(Topic.YEAR.value)
        if report.applied.refused:
            QMessageBox.warning(self, self.tr("รับชุดตั้งค่าแล้ว"), bundle_actions.report_text(report))
        super().accept()
