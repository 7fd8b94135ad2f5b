"""Starting the GUI: open the database (refusing a newer or damaged one), take the
single-writer lock (a second copy opens read-only), first start, the main window.

The database is opened before any window: a file from a newer mk3desk or a damaged
one gets a Thai message box and is not touched (open_database refuses before any
write). A second copy on the same file is told so (``busy_message``) and opens the
database read-only rather than refusing: a clerk can still look and print, which is
what a second window is usually for, and nothing can be written twice.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from mk3desk import paths
from mk3desk.db.engine import Database
from mk3desk.domain.errors import Mk3Error
from mk3desk.ui.context import AppContext
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.single_instance import InstanceLock, acquire, busy_message

DEMO_DB_NAME = "mk3desk-demo.sqlite3"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Launch", text)


@dataclass
class Session:
    """What the running window holds: the database, its lock (None when read-only)."""

    database: Database
    lock: InstanceLock | None
    context: AppContext

    def close(self) -> None:
        self.database.close()
        if self.lock is not None:
            self.lock.release()


def demo_db_path() -> Path:
    return paths.data_dir() / DEMO_DB_NAME


def ensure_demo(path: Path) -> None:
    """Create the demo database at *path* if it does not exist yet."""
    if path.exists():
        return
    from mk3desk.db.migrate import open_database
    from mk3desk.services.demo import create_demo

    database = open_database(path)
    try:
        create_demo(database)
    finally:
        database.close()


def open_session(db_path: Path, *, quiet: bool = False) -> Session | None:
    """Open *db_path* for the GUI; None (after telling the user why) when it cannot be used."""
    from mk3desk.db.migrate import open_database

    lock = acquire(db_path)
    read_only = lock is None
    if read_only and not quiet:
        QMessageBox.information(None, _tr("ฐานข้อมูลกำลังถูกใช้งาน"), busy_message(db_path))
    try:
        database = open_database(db_path, read_only=read_only)
    except Mk3Error as error:
        if lock is not None:
            lock.release()
        if not quiet:
            QMessageBox.critical(None, _tr("เปิดฐานข้อมูลไม่ได้"), translate_error(error))
        return None
    return Session(database, lock, AppContext(database, read_only=read_only))


def prepare_first_start(session: Session) -> bool:
    """With no office yet, ask what to do; False when the clerk closes the dialog."""
    from mk3desk.services.indicator_view import has_office

    if session.context.read(has_office):
        return True
    if session.context.read_only:
        QMessageBox.information(
            None,
            _tr("ยังไม่มีข้อมูล"),
            _tr("ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้"),
        )
        return False
    from mk3desk.ui.first_start import FirstStartDialog

    return FirstStartDialog(session.context).exec() == QDialog.DialogCode.Accepted


def run_gui(argv: Sequence[str], db_path: Path | None = None, *, demo: bool = False) -> int:
    """The whole GUI, from QApplication to exit code."""
    from mk3desk.ui.app import create_application

    app = create_application(argv)
    if demo:
        db_path = db_path or demo_db_path()
        try:
            ensure_demo(db_path)
        except Mk3Error as error:
            QMessageBox.critical(None, _tr("สร้างข้อมูลตัวอย่างไม่ได้"), translate_error(error))
            return 1
    session = open_session(db_path or paths.default_db_path())
    if session is None:
        return 1
    try:
        if not prepare_first_start(session):
            return 0
        window = MainWindow(session.context)
        window.show()
        return app.exec()
    finally:
        session.close()


def main(argv: Sequence[str] | None = None) -> int:
    """``mk3desk [--db PATH] [--demo]``: parse the GUI options and run."""
    import argparse

    parser = argparse.ArgumentParser(prog="mk3desk")
    parser.add_argument("--db", type=Path, help="ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ในโฟลเดอร์ข้อมูลของผู้ใช้)")
    parser.add_argument("--demo", action="store_true", help="เปิดข้อมูลตัวอย่าง (สร้างให้ถ้ายังไม่มี)")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return run_gui([sys.argv[0], *qt_args], args.db, demo=args.demo)
