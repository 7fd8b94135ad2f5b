"""แฟ้ม → กู้คืนจากข้อมูลสำรอง, the day's first backup, and a backup before a received bundle —
driven through the real window and dialog on a copy of the demo office."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from mk3desk.db.engine import Database
from mk3desk.services import office_edit
from mk3desk.services.backup import BackupReason, backup_rotating, backups_of
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.daily_backup import DailyBackup
from mk3desk.ui.dialogs.restore_dialog import RestoreDialog
from mk3desk.ui.launch import REOPEN_PROPERTY
from mk3desk.ui.main_window import MainWindow
from tests import prebuilt
from tests.qt_support import answer_next_box

pytestmark = pytest.mark.gui


@pytest.fixture
def database(tmp_path: Path) -> Database:
    return prebuilt.demo_office(tmp_path / "office.sqlite3", today=date(2025, 3, 1))


def _short_name(database: Database) -> str:
    from mk3desk.services.lookup import get_office

    with database.session() as session:
        return get_office(session).short_name


def test_restoring_a_backup_brings_the_data_back_and_keeps_the_current_file(
    qtbot: Any, tmp_path: Path, database: Database
) -> None:
    assert database.path is not None
    before = _short_name(database)
    backup_rotating(database, database.backup_dir, datetime(2025, 3, 1, 8, 30))
    with database.transaction() as session:  # work after the backup
        profile = office_edit.load_profile(session)
        changed = dataclasses.replace(profile, short_name="แก้หลังสำรอง")
        office_edit.update_office(session, Actor.system(), changed)
    assert _short_name(database) == "แก้หลังสำรอง"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database), settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.menus.show_restore()
    assert isinstance(dialog, RestoreDialog)
    assert dialog.table.rowCount() == len(backups_of(database.path)) >= 1
    first = dialog.table.item(0, 0)
    assert first is not None
    assert "2568" in first.text()  # the พ.ศ. date of 1 March 2025
    seen: list[str] = []
    answer_next_box(seen)  # "กู้คืนเรียบร้อย … โปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่"
    assert dialog.restore_selected(confirm=False)
    assert "กู้คืนข้อมูลสำรองเมื่อ" in seen[0]
    assert not window.isVisible()  # the window let go of the file; launch reopens it
    app = QCoreApplication.instance()
    assert app is not None
    assert app.property(REOPEN_PROPERTY) == str(database.path)
    app.setProperty(REOPEN_PROPERTY, None)
    assert _short_name(database) == before  # the engine reconnects to the restored file
    kept = [p for p in database.path.parent.glob("*ก่อนกู้คืน*.sqlite3")]
    assert len(kept) == 1  # the data of before the restore, kept beside it


def test_the_days_first_backup_is_taken_once(
    qtbot: Any, tmp_path: Path, database: Database
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    backup = DailyBackup(AppContext(database), settings)
    with qtbot.waitSignal(backup.done, timeout=60_000) as first:
        backup.start()
    assert first.args[0] and Path(first.args[0]).is_dir()
    with qtbot.waitSignal(backup.done, timeout=60_000) as second:
        backup.start()
    assert second.args[0] == ""  # today's exists: nothing more
    assert database.path is not None
    assert [b.reason for b in backups_of(database.path)] == [BackupReason.DAILY.value]
