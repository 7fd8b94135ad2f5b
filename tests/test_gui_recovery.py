"""The window's accounts, as a clerk meets them: the recovery code at the login dialog,
a new code from the accounts dialog, and bad input refused in Thai with nothing written
(a duplicate user name, the last coordinator disabled or demoted)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mk3desk.db.engine import Database
from mk3desk.db.models import Account, AuditEntry, Person
from mk3desk.domain.actor import parse_roles
from mk3desk.domain.workflow import Role
from mk3desk.services import accounts, people, recovery
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.accounts_dialog import AccountsDialog
from mk3desk.ui.dialogs.recovery_dialogs import RecoverDialog, RecoveryCodeDialog
from mk3desk.ui.login_dialog import LoginDialog
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.people_page import PeoplePage
from tests.qt_support import answer_next_box, answer_next_dialog, type_text
from tests.support import fresh_database, office_with_year

PASSWORD = "รหัสผ่าน1234"
NEW_PASSWORD = "รหัสใหม่จำได้แน่"


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[tuple[Database, str]]:
    database = fresh_database(tmp_path)
    office_with_year(database, 2570)
    system = Actor.system()
    with database.transaction() as s:
        accounts.create_coordinator(
            s, system, 1, name="นายผู้ประสาน หลัก", user_name="boss", password=PASSWORD
        )
        code = recovery.issue_code(s, system, 1)
        owner = people.add_person(s, system, name="นางสาวสมศรี ใจดี", roles=[Role.STAFF])
        accounts.add_account(s, owner, "somsri", PASSWORD, must_change=False)
    yield database, code
    database.close()


@pytest.fixture
def window(qtbot: QtBot, office: tuple[Database, str], tmp_path: Path) -> Iterator[MainWindow]:
    database, _code = office
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(database), settings)
    qtbot.addWidget(win)
    win.show()
    win.session.require_login()
    yield win
    win.close()


def login_dialog(qtbot: QtBot, window: MainWindow) -> LoginDialog:
    qtbot.waitUntil(lambda: window.findChild(LoginDialog) is not None)
    dialog = window.findChild(LoginDialog)
    assert isinstance(dialog, LoginDialog)
    return dialog


def log_in(qtbot: QtBot, window: MainWindow, user: str, password: str) -> None:
    dialog = login_dialog(qtbot, window)
    dialog.user.setText(user)
    dialog.password.setFocus()
    type_text(dialog.password, password)
    dialog.try_login()
    assert window.context.actor.person_id is not None


def fill(qtbot: QtBot, dialog: RecoverDialog, code: str, new: str, again: str) -> None:
    for field in (dialog.code, dialog.new, dialog.again):
        field.clear()
    dialog.code.setFocus()
    QTest.keyClicks(dialog.code, code)  # ASCII
    dialog.new.setFocus()
    type_text(dialog.new, new)  # Thai: one key event per character
    dialog.again.setFocus()
    type_text(dialog.again, again)


def shown_text(label: QLabel) -> str:
    return label.text().replace("\u200b", "")  # without the Thai word-wrap hints


def password_hash(database: Database, user: str) -> str:
    with database.session() as s:
        return s.scalars(select(Account.password_hash).where(Account.user_key == user)).one()


def test_a_forgotten_coordinator_password_is_set_with_the_recovery_code(
    qtbot: QtBot, window: MainWindow, office: tuple[Database, str]
) -> None:
    database, code = office
    login = login_dialog(qtbot, window)
    assert login.forgot.text() == "ลืมรหัสผ่านผู้ประสาน?"
    login.forgot.click()
    dialog = login.findChild(RecoverDialog)
    assert isinstance(dialog, RecoverDialog) and dialog.isVisible()
    # Only the coordinator's account is offered, not the Key Man's.
    offered = [dialog.account.itemData(n) for n in range(dialog.account.count())]
    assert offered == ["boss"]
    before = password_hash(database, "boss")

    fill(qtbot, dialog, code, NEW_PASSWORD, NEW_PASSWORD + "x")  # the two do not match
    dialog.submit()
    assert "ไม่ตรงกัน" in shown_text(dialog.message)
    fill(qtbot, dialog, "ABCDE FGHJK MNPQR STUVW", NEW_PASSWORD, NEW_PASSWORD)  # wrong code
    dialog.submit()
    assert "รหัสกู้คืนไม่ถูกต้อง" in shown_text(dialog.message) and dialog.isVisible()
    assert password_hash(database, "boss") == before  # nothing changed but the count
    with database.session() as s:
        assert s.scalars(select(Account).where(Account.user_key == "boss")).one().failed_attempts

    shown: list[str] = []

    def keep(box: RecoveryCodeDialog) -> None:
        shown.append(box.code_label.text())
        box.accept()

    fill(qtbot, dialog, code.lower(), NEW_PASSWORD, NEW_PASSWORD)
    answer_next_dialog(RecoveryCodeDialog, keep)
    dialog.submit()
    # The new code was shown once; the coordinator is logged in with the new password.
    assert len(shown) == 1 and shown[0] != code and len(shown[0].replace(" ", "")) == 20
    assert not login.isVisible()
    assert window.context.actor.has(Role.COORDINATOR)
    assert "นายผู้ประสาน หลัก" in window.session.who.text()
    with database.transaction() as s:
        recovered = s.scalars(select(AuditEntry).where(AuditEntry.action == "account.recover"))
        assert [e.actor_name for e in recovered] == ["นายผู้ประสาน หลัก"]
        assert accounts.verify_login(s, "boss", NEW_PASSWORD).actor is not None
        assert recovery.recover(s, 1, "boss", code, PASSWORD).actor is None  # used up
        assert recovery.recover(s, 1, "boss", shown[0], PASSWORD).actor is not None


def test_a_wrong_code_waits_like_a_wrong_password(
    qtbot: QtBot, window: MainWindow, office: tuple[Database, str]
) -> None:
    database, code = office
    with database.transaction() as s:  # two failed logins already
        for _ in range(2):
            accounts.verify_login(s, "boss", "wrong-password")
    login_dialog(qtbot, window).forgot.click()
    dialog = login_dialog(qtbot, window).findChild(RecoverDialog)
    assert isinstance(dialog, RecoverDialog)
    fill(qtbot, dialog, "ABCDE FGHJK MNPQR STUVW", NEW_PASSWORD, NEW_PASSWORD)
    dialog.submit()
    assert dialog.waiting == 2 and not dialog.ok.isEnabled()
    assert dialog.ok.text() == "รอ 2 วินาที"
    fill(qtbot, dialog, code, NEW_PASSWORD, NEW_PASSWORD)
    dialog.submit()  # ignored while waiting
    assert dialog.isVisible()
    assert accounts.verify_hash(password_hash(database, "boss"), PASSWORD)


def test_the_coordinator_makes_a_new_code_and_prints_it(
    qtbot: QtBot, window: MainWindow, office: tuple[Database, str], tmp_path: Path
) -> None:
    database, old = office
    log_in(qtbot, window, "boss", PASSWORD)
    dialog = AccountsDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert "สร้างเมื่อ" in dialog.recovery_state.text()
    assert dialog.recovery_button.isEnabled()
    pdf = tmp_path / "รหัสกู้คืน.pdf"
    shown: list[str] = []

    def print_and_close(box: RecoveryCodeDialog) -> None:
        shown.append(box.code_label.text())
        box.save_pdf(str(pdf))
        shown.append(box.saved.text())
        box.accept()

    asked: list[str] = []
    answer_next_box(asked, QMessageBox.StandardButton.Yes)
    answer_next_dialog(RecoveryCodeDialog, print_and_close)
    code = dialog.new_recovery_code()
    assert asked and "รหัสเดิม" in asked[0] and "ใช้ไม่ได้อีก" in asked[0]
    assert code is not None and shown[0] == code and str(pdf) in shown[1]
    assert pdf.stat().st_size > 0
    with database.transaction() as s:
        assert recovery.recover(s, 1, "boss", old, NEW_PASSWORD).actor is None
        assert recovery.recover(s, 1, "boss", code, NEW_PASSWORD).actor is not None


def test_a_key_man_cannot_make_a_new_code(qtbot: QtBot, window: MainWindow) -> None:
    log_in(qtbot, window, "somsri", PASSWORD)
    dialog = AccountsDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert not dialog.recovery_button.isEnabled()


# -- bad input: a clear Thai message, nothing written --------------------------------


def count_accounts(database: Database) -> int:
    with database.session() as s:
        return int(s.scalar(select(func.count(Account.id))) or 0)


def test_a_duplicate_user_name_is_refused_whatever_its_case(
    qtbot: QtBot, window: MainWindow, office: tuple[Database, str]
) -> None:
    database, _code = office
    log_in(qtbot, window, "boss", PASSWORD)
    with database.transaction() as s:
        people.add_person(s, Actor.system(), name="นายสมชาย รักงาน", roles=[Role.STAFF])
    dialog = AccountsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findText("นายสมชาย รักงาน"))
    QTest.keyClicks(dialog.user, "SomSri")
    dialog.password.setFocus()
    type_text(dialog.password, PASSWORD)
    seen: list[str] = []
    answer_next_box(seen)
    assert not dialog.create_account()
    assert seen == ["มีชื่อผู้ใช้ “SomSri” ในสำนักงานนี้แล้ว — โปรดเลือกชื่ออื่น"]
    assert count_accounts(database) == 2


def test_the_last_coordinator_can_be_neither_disabled_nor_demoted(
    qtbot: QtBot, window: MainWindow, office: tuple[Database, str]
) -> None:
    database, _code = office
    log_in(qtbot, window, "boss", PASSWORD)
    dialog = AccountsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([r.user_name for r in dialog.rows].index("boss"))
    seen: list[str] = []
    answer_next_box(seen)
    assert not dialog.toggle()
    assert len(seen) == 1 and "ผู้ประสานคนสุดท้าย" in seen[0]
    with database.session() as s:
        assert not s.scalars(select(Account.disabled).where(Account.user_key == "boss")).one()

    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    page.refresh()
    rows = [page.people_model.person_at(n) for n in range(page.people_model.rowCount())]
    person = next(p for p in rows if p.name == "นายผู้ประสาน หลัก")
    edit = page.open_person_dialog(person)
    edit.form.coordinatorCheck.setChecked(False)
    answer_next_box(seen)
    edit.try_save()
    assert len(seen) == 2 and "ผู้ประสานคนสุดท้าย" in seen[1]
    assert edit.isVisible()  # left open with what was chosen
    with database.session() as s:
        roles = s.scalars(select(Person.roles).where(Person.name == "นายผู้ประสาน หลัก")).one()
        assert Role.COORDINATOR in parse_roles(roles)
