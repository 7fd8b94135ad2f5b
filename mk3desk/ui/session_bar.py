"""Who is working, in the window's top bar: the logged-in person, switching user, locking.

A database with accounts: the bar names the logged-in person, with "ออกจากระบบ / สลับผู้ใช้"
and "ล็อกหน้าจอ"; the window locks itself after the idle time set in Settings. Until
someone logs in (and while locked) the window acts as nobody (reads only).

A database without any account (files from before accounts): it opens as before, with
the person picked from a list, and a button asks the coordinator to create accounts —
from the first account on, the window asks for a login.

A frame module (docs/STARTUP.md): Qt only at the top; the rest is imported when used.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSignalBlocker, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from mk3desk.services.indicator_view import PersonChoice
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.login_dialog import LoginDialog


class SessionBar(QWidget):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionBar")
        self.settings = settings
        self._context: AppContext | None = None
        self._people: list[PersonChoice] = []
        self.with_accounts = False
        self.locked = False
        self.user_name = ""  # who logged in (their user name), for unlocking
        self.last_input = time.monotonic()

        self.combo = QComboBox(self)
        self.combo.setObjectName("actorCombo")
        self.combo.setMinimumWidth(300)
        self.who = QLabel(self)
        self.who.setObjectName("whoLabel")
        self.switch_button = QPushButton(self.tr("ออกจากระบบ / สลับผู้ใช้"), self)
        self.switch_button.setObjectName("switchUserButton")
        self.lock_button = QPushButton(self.tr("ล็อกหน้าจอ"), self)
        self.lock_button.setObjectName("lockButton")
        self.accounts_button = QPushButton(self.tr("สร้างบัญชีผู้ใช้…"), self)
        self.accounts_button.setObjectName("createAccountsButton")
        self.accounts_button.setToolTip(
            self.tr(
                "ฐานข้อมูลนี้ยังไม่มีบัญชีผู้ใช้ ใครก็เลือกทำงานแทนผู้ใดก็ได้ — "
                "ผู้ประสานโปรดสร้างบัญชีให้บุคลากร แล้วโปรแกรมจะขอให้เข้าสู่ระบบ"
            )
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("ผู้ใช้งาน"), self))
        row.addWidget(self.combo, 1)
        row.addWidget(self.who, 1)
        row.addWidget(self.accounts_button)
        row.addWidget(self.switch_button)
        row.addWidget(self.lock_button)
        self._show_mode()
        self.combo.currentIndexChanged.connect(self._actor_chosen)
        self.switch_button.clicked.connect(self.switch_user)
        self.lock_button.clicked.connect(self.lock_now)
        self.accounts_button.clicked.connect(self.manage_accounts)
        self.idle = QTimer(self)
        self.idle.setInterval(15_000)
        self.idle.timeout.connect(self._check_idle)

    @property
    def context(self) -> AppContext:
        assert self._context is not None
        return self._context

    def _show_mode(self) -> None:
        self.combo.setVisible(not self.with_accounts)
        self.accounts_button.setVisible(not self.with_accounts and self._context is not None)
        for widget in (self.who, self.switch_button, self.lock_button):
            widget.setVisible(self.with_accounts)

    def attach(self, context: AppContext) -> None:
        from mk3desk.services.accounts import has_accounts

        self._context = context
        self.combo.setEnabled(True)
        self.with_accounts = context.read(has_accounts)
        self._show_mode()
        if self.with_accounts:
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.last_input = time.monotonic()
        return False

    # -- logging in -----------------------------------------------------------------
    def require_login(self, *, ask: bool = True) -> None:
        """The window acts as nobody until someone logs in (a database with accounts);
        *ask*: show the login dialog now (not in the unattended smoke test)."""
        if not self.with_accounts:
            return
        from mk3desk.domain.actor import Actor

        self.context.set_actor(Actor.nobody())
        self._show_who()
        if ask:
            self._set_content_enabled(False)
            QTimer.singleShot(0, self.log_in)

    def _office_uid(self) -> str:
        office_year = self.context.office_year
        return office_year.office_uid if office_year is not None else ""

    def login_dialog(self, locked_for: str = "") -> LoginDialog:
        from mk3desk.ui.login_dialog import LoginDialog

        dialog = LoginDialog(
            self.context, self.settings, self._office_uid(), self.window(), locked_for=locked_for
        )
        dialog.accepted.connect(lambda: self._logged_in(dialog))
        dialog.rejected.connect(lambda: self._login_cancelled(locked_for))
        dialog.open()
        return dialog

    def log_in(self) -> LoginDialog:
        return self.login_dialog()

    def _logged_in(self, dialog: LoginDialog) -> None:
        actor = dialog.actor
        if actor is None:
            return
        self.locked = False
        self.user_name = dialog.user.text().strip()
        self.last_input = time.monotonic()
        self.context.set_actor(actor)
        self._set_content_enabled(True)
        self._show_who()

    def _login_cancelled(self, locked_for: str) -> None:
        if locked_for:  # a locked window stays locked
            QTimer.singleShot(0, lambda: self.login_dialog(locked_for))

    def switch_user(self) -> LoginDialog:
        """Log out (the window reads only) and ask who logs in now."""
        from mk3desk.domain.actor import Actor

        self.context.set_actor(Actor.nobody())
        self.user_name = ""
        self._show_who()
        return self.log_in()

    def lock_now(self) -> LoginDialog:
        """Hide the work until the same person's password (or a switch of user)."""
        self.locked = True
        self._set_content_enabled(False)
        return self.login_dialog(locked_for=self.user_name)

    def _set_content_enabled(self, enabled: bool) -> None:
        central = self.window().centralWidget()  # type: ignore[attr-defined]
        if central is not None:
            central.setVisible(enabled)

    def _check_idle(self) -> None:
        if self.locked or not self.user_name:
            return
        from mk3desk.services.settings import load_settings

        office_id = self.context.office_id
        if office_id is None:
            return
        minutes = self.context.read(lambda s: load_settings(s, office_id)).idle_lock_minutes
        if minutes and time.monotonic() - self.last_input >= minutes * 60:
            self.lock_now()

    def _show_who(self) -> None:
        actor = self.context.actor
        name = QCoreApplication.translate("Actor", actor.name)
        self.who.setText(self.tr("เข้าสู่ระบบเป็น: {name}").format(name=name))

    def manage_accounts(self) -> QWidget:
        from mk3desk.ui.dialogs.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.context, self.window())
        dialog.open()
        return dialog

    # -- without accounts: the person picked from a list --------------------------------
    def load_people(self) -> None:
        from mk3desk.domain.thaisort import person_sort_key
        from mk3desk.domain.workflow import Role
        from mk3desk.services.indicator_view import person_choices

        office_id = self.context.office_id
        if office_id is None:
            return
        people = self.context.read(lambda s: person_choices(s, office_id))
        self._people = sorted(people, key=lambda p: person_sort_key(p.name))
        if self.with_accounts:
            return
        # The last person of this office on this computer, by uid (row ids differ between
        # copies of the database).
        wanted_uid = self.settings.value(self._person_key())
        wanted = next((p.person_id for p in self._people if p.uid == wanted_uid), None)
        if wanted is None:
            wanted = next((p.person_id for p in self._people if Role.COORDINATOR in p.roles), None)
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for p in self._people:
                self.combo.addItem(p.name, p.person_id)
            found = self.combo.findData(wanted) if wanted is not None else -1
            self.combo.setCurrentIndex(max(0, found) if self._people else -1)
        self._actor_chosen()

    @property
    def people(self) -> list[PersonChoice]:
        return self._people

    def _person_key(self) -> str:
        return f"main/person/{self._office_uid()}"

    def _actor_chosen(self, *_args: object) -> None:
        from mk3desk.domain.actor import Actor

        if self._context is None or self.with_accounts:
            return
        person_id = self.combo.currentData()
        person = next((p for p in self._people if p.person_id == person_id), None)
        if person is None:
            # An office without people yet: set-up work is done as the coordinator.
            self.context.set_actor(Actor.system())
            return
        self.settings.setValue(self._person_key(), person.uid)
        self.context.set_actor(Actor(person.person_id, person.name, person.roles))

    def choose_actor(self, person_id: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(person_id))
