"""Logging in to the window, locking it, and a Key Man seeing only what the table allows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import YearIndicator
from mk3desk.domain.workflow import Role, State
from mk3desk.services import accounts, people, recovery
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.recovery_dialogs import RecoveryCodeDialog
from mk3desk.ui.login_dialog import LoginDialog
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from tests.qt_support import answer_next_dialog, type_text
from tests.support import fresh_database, office_with_year

PASSWORD = "รหัสผ่าน1234"


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    database = fresh_database(tmp_path)
    office_with_year(database, 2570)
    system = Actor.system()
    with database.transaction() as s:
        boss = accounts.create_coordinator(
            s, system, 1, name="นายผู้ประสาน หลัก", user_name="boss", password=PASSWORD
        )
        owner = people.add_person(s, system, name="นางสาวสมศรี ใจดี", roles=[Role.STAFF])
        other = people.add_person(s, system, name="นายสมชาย รักงาน", roles=[Role.STAFF])
        gone = people.add_person(s, system, name="นายลาออก ไปแล้ว", roles=[Role.STAFF])
        accounts.add_account(s, owner, "somsri", PASSWORD, must_change=False)
        gone_id = accounts.add_account(s, gone, "gone", PASSWORD, must_change=False).id
        for code, who in (("1.1", owner.id), ("1.2", other.id)):
            ind = s.scalars(select(YearIndicator).where(YearIndicator.code == code)).one()
            people.assign(s, system, ind.id, owner_id=who)
            ind.state = State.IN_PROGRESS.value
        ids = {"boss": boss, "owner": owner.id, "gone": gone_id}
    with database.transaction() as s:
        accounts.set_disabled(s, system, ids["gone"], True)
    yield database, ids
    database.close()


@pytest.fixture
def window(
    qtbot: QtBot, office: tuple[Database, dict[str, int]], tmp_path: Path
) -> Iterator[MainWindow]:
    database, _ids = office
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(database), settings)
    qtbot.addWidget(win)
    win.show()
    win.session.require_login()
    yield win
    win.close()


def login(qtbot: QtBot, window: MainWindow, user: str, password: str) -> LoginDialog:
    dialog = window.findChild(LoginDialog)
    if dialog is None or not dialog.isVisible():
        qtbot.waitUntil(lambda: window.findChild(LoginDialog) is not None)
        dialog = window.findChild(LoginDialog)
    assert isinstance(dialog, LoginDialog)
    dialog.user.setText(user)
    dialog.password.setFocus()
    type_text(dialog.password, password)
    dialog.try_login()
    return dialog


def central(window: MainWindow) -> QWidget:
    """The window's central widget (it always has one)."""
    widget = window.centralWidget()
    assert widget is not None
    return widget


def test_a_wrong_password_then_the_right_one(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.findChild(LoginDialog) is not None)
    assert window.context.actor.name == Actor.nobody().name  # reads only until logged in
    assert not central(window).isVisible()
    dialog = login(qtbot, window, "boss", "wrong-password")
    assert dialog.isVisible() and "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in dialog.message.text()
    assert dialog.password.text() == ""
    dialog = login(qtbot, window, "BOSS", PASSWORD)
    assert not dialog.isVisible()
    assert window.context.actor.has(Role.COORDINATOR)
    assert "นายผู้ประสาน หลัก" in window.session.who.text()
    assert central(window).isVisible()


def test_a_disabled_account_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    dialog = login(qtbot, window, "gone", PASSWORD)
    assert dialog.isVisible() and "ปิดใช้งาน" in dialog.message.text()
    assert window.context.actor.person_id is None


def test_lock_needs_the_password_again(qtbot: QtBot, window: MainWindow) -> None:
    login(qtbot, window, "somsri", PASSWORD)
    window.session.lock_now()
    assert not central(window).isVisible()
    locked = [d for d in window.findChildren(LoginDialog) if d.isVisible()]
    assert locked and locked[-1].user.text() == "somsri"
    dialog = locked[-1]
    dialog.password.setFocus()
    type_text(dialog.password, PASSWORD)
    dialog.try_login()
    assert central(window).isVisible() and not window.session.locked


def test_a_key_man_sees_only_the_buttons_the_table_allows(qtbot: QtBot, window: MainWindow) -> None:
    login(qtbot, window, "somsri", PASSWORD)
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)

    def open_work(code: str) -> None:
        ind_id = window.context.read(
            lambda s: s.scalars(select(YearIndicator.id).where(YearIndicator.code == code)).one()
        )
        window.open_indicator(ind_id)

    open_work("1.1")  # hers: she writes and submits
    work = page.work
    assert not work.do.do_log.isReadOnly()
    assert work.do.submit_button.isEnabled()
    open_work("1.2")  # another owner's: nothing to write, nothing to move
    assert work.do.do_log.isReadOnly()
    assert not work.do.submit_button.isEnabled()
    assert "ไม่มีสิทธิ์" in work.do.banner.text().replace("\u200b", "")
    for button in (work.check.verify_button, work.check.lock_button, work.plan.start_button):
        assert not button.isEnabled()


def test_first_start_creates_the_coordinators_account(qtbot: QtBot, tmp_path: Path) -> None:
    from mk3desk.ui.first_start import FirstStartDialog

    database = fresh_database(tmp_path, "new.sqlite3")
    dialog = FirstStartDialog(AppContext(database))
    qtbot.addWidget(dialog)
    assert "demo1234" in dialog.form.demoRadio.text()  # the demo says how to log in
    type_text(dialog.form.nameEdit, "สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 9")
    type_text(dialog.coordinator_name, "นายผู้ประสาน ใหม่")
    dialog.coordinator_password.setText(PASSWORD)
    dialog.coordinator_again.setText(PASSWORD)
    shown: list[str] = []

    def keep(box: RecoveryCodeDialog) -> None:  # shown once, with the advice to keep it safe
        warning = box.findChild(QLabel, "recoveryWarning")
        assert warning is not None
        shown.extend([box.code_label.text(), warning.text()])
        box.accept()

    answer_next_dialog(RecoveryCodeDialog, keep)
    dialog.accept()
    assert len(shown) == 2 and "ตู้นิรภัย" in shown[1].replace("\u200b", "")
    with database.transaction() as s:
        assert accounts.has_accounts(s)
        result = accounts.verify_login(s, "coordinator", PASSWORD)
        assert recovery.recover(s, 1, "coordinator", shown[0], "ใหม่-ยาวพอแล้ว").actor is not None
    assert result.actor is not None and result.actor.has(Role.COORDINATOR)
    database.close()
