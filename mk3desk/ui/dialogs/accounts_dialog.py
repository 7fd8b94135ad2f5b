"""The coordinator's accounts: create a login for a person, disable or enable, reset.

Every change goes through ``services.accounts`` (the rights table refuses anyone but
the coordinator; nothing is written then). A reset sets a temporary password that the
person must change at their next login.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.rights import Action, Relation, allowed
from mk3desk.services import accounts
from mk3desk.services.indicator_view import person_choices
from mk3desk.ui.actions import try_change
from mk3desk.ui.context import AppContext
from mk3desk.ui.topics import Topic


class AccountsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.setWindowTitle(self.tr("บัญชีผู้ใช้"))
        self.resize(760, 480)
        self.context = context
        self.rows: list[accounts.AccountRow] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("ชื่อผู้ใช้"), self.tr("บุคลากร"), self.tr("สถานะ")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.person = QComboBox(self)
        self.person.setObjectName("accountPerson")
        self.user = QLineEdit(self)
        self.user.setObjectName("accountUser")
        self.password = QLineEdit(self)
        self.password.setObjectName("accountPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("สร้างบัญชี"), self)
        self.create_button.setObjectName("createAccountButton")
        self.toggle_button = QPushButton(self.tr("ปิด / เปิดใช้งานบัญชีที่เลือก"), self)
        self.toggle_button.setObjectName("toggleAccountButton")
        self.reset_button = QPushButton(self.tr("รีเซ็ตรหัสผ่านของบัญชีที่เลือก"), self)
        self.reset_button.setObjectName("resetAccountButton")
        form = QFormLayout()
        form.addRow(self.tr("บุคลากร"), self.person)
        form.addRow(self.tr("ชื่อผู้ใช้"), self.user)
        form.addRow(self.tr("รหัสผ่านชั่วคราว"), self.password)
        form.addRow("", self.create_button)
        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(
            QLabel(
                self.tr(
                    "บัญชีใหม่และการรีเซ็ตใช้รหัสผ่านชั่วคราว: เจ้าของบัญชีต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งถัดไป"
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addWidget(close)
        self.create_button.clicked.connect(self.create_account)
        self.toggle_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        actor = self.context.actor  # the window mirrors the rights table
        may = actor.full_rights or allowed(Action.ACCOUNTS, actor.roles, Relation.NONE)
        for button in (self.create_button, self.toggle_button, self.reset_button):
            button.setEnabled(may and not context.read_only)
        self.load()

    def load(self) -> None:
        office_id = self.context.office_id
        if office_id is None:
            return
        self.rows = self.context.read(lambda s: accounts.account_rows(s, office_id))
        people = self.context.read(lambda s: person_choices(s, office_id))
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            state = self.tr("ปิดใช้งาน") if row.disabled else self.tr("ใช้งานได้")
            if row.must_change and not row.disabled:
                state += " · " + self.tr("ต้องตั้งรหัสผ่านใหม่")
            for column, text in enumerate((row.user_name, row.person_name, state)):
                self.table.setItem(n, column, QTableWidgetItem(text))
        having = {row.person_id for row in self.rows}
        self.person.clear()
        for p in people:
            if p.person_id not in having:
                self.person.addItem(p.name, p.person_id)

    def _selected(self) -> accounts.AccountRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def create_account(self) -> bool:
        person_id = self.person.currentData()
        user, password = self.user.text(), self.password.text()
        done = try_change(
            self,
            self.context,
            lambda s, a: accounts.create_account(s, a, int(person_id or 0), user, password),
            Topic.PEOPLE,
        )
        if done:
            self.user.clear()
            self.password.clear()
            self.load()
        return done

    def toggle(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        done = try_change(
            self,
            self.context,
            lambda s, a: accounts.set_disabled(s, a, row.account_id, not row.disabled),
            Topic.PEOPLE,
        )
        self.load()
        return done

    def reset(self) -> bool:
        row = self._selected()
        if row is None:
            return False
        password = self.password.text()
        done = try_change(
            self,
            self.context,
            lambda s, a: accounts.reset_password(s, a, row.account_id, password),
            Topic.PEOPLE,
        )
        if done:
            self.password.clear()
        self.load()
        return done
