"""Starting the GUI: take the single-writer lock (a second copy opens read-only), look
at the database (refusing a newer or damaged one), first start, the main window.

The usual start — an office database at the newest schema — shows the window before
the database layer is loaded: a first look with plain sqlite3 (``sqlite_file``)
decides that the file can be used and reads the office-years the window names; the
window frame is on screen while a worker thread imports SQLAlchemy and the services
and opens the file (``opening.py``); then the window is attached and fills its first
page. Anything else — a new file, an upgrade due (backup, then Alembic), no office
yet (first start asks what to do) — is opened in full before any window.

A file from a newer mk3desk, another program's or a damaged one gets a Thai message
box before any window and is not touched. A second copy on the same file is told so
(``busy_message``) and opens the database read-only rather than refusing: a clerk
can still look and print, which is what a second window is usually for, and
nothing can be written twice.

``mk3desk --demo --smoke-test`` (or ``--db PATH --smoke-test``) starts exactly the
same way and checks the window (smoke_test.py); CI runs it on the PyInstaller bundle.

Start-up cost is measured by ``bench/startup.py``; heavy modules (the database
layer, the pages) are imported inside the functions so that ``mk3desk --help`` and
the CLI never pay for Qt or them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from mk3desk import paths
from mk3desk.domain.errors import Mk3Error

if TYPE_CHECKING:
    from mk3desk.db.engine import Database
    from mk3desk.domain.office_year import OfficeYear
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.main_window import MainWindow
    from mk3desk.ui.smoke_test import SmokeTest

log = logging.getLogger(__name__)

DEMO_DB_NAME = "mk3desk-demo.sqlite3"
# Called with the main window just before it is shown (smoke test, start-up benchmark).
WindowHook = Callable[[QMainWindow], None]


def demo_db_path() -> Path:
    return paths.data_dir() / DEMO_DB_NAME


def ensure_demo(path: Path) -> None:
    """Create the demo database at *path* if it does not exist yet, behind a progress
    dialog (the build takes seconds, before any window is on screen). A build that fails
    (a full disk) leaves no half-made demo behind: the next ``--demo`` tries again."""
    if path.exists():
        return
    import shutil

    from mk3desk.db.migrate import open_database
    from mk3desk.db.wal_index import shm_path, wal_path
    from mk3desk.ui.demo_building import build_demo

    database = open_database(path)
    evidence = database.evidence_dir
    evidence_was_there = evidence.exists() and any(evidence.iterdir())
    try:
        build_demo(None, database)
    except BaseException:
        database.close()
        for made in (path, wal_path(path), shm_path(path)):
            made.unlink(missing_ok=True)
        if not evidence_was_there:  # never a folder of files that were there before
            shutil.rmtree(evidence, ignore_errors=True)
        raise
    database.close()


def prepare_first_start(context: AppContext) -> bool:
    """With no office yet, ask what to do; False when the clerk closes the dialog."""
    from mk3desk.services.indicator_view import has_office

    if context.read(has_office):
        return True
    from PySide6.QtWidgets import QDialog, QMessageBox

    if context.read_only:
        QMessageBox.information(
            None,
            QCoreApplication.translate("Launch", "ยังไม่มีข้อมูล"),
            QCoreApplication.translate(
                "Launch", "ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้"
            ),
        )
        return False
    from mk3desk.ui.first_start import FirstStartDialog

    return FirstStartDialog(context).exec() == QDialog.DialogCode.Accepted


def _run_window(
    app: QApplication, window: MainWindow, smoke: SmokeTest | None, on_window: WindowHook | None
) -> int:
    """Show *window* and run the event loop (the smoke test checks it and quits)."""
    if on_window is not None:
        on_window(window)
    if smoke is not None:
        return smoke.run(app, window)
    if window.is_attached:
        _daily_backup(app, window)
    else:
        window.attached.connect(lambda: _daily_backup(app, window))
    window.show()
    return app.exec()


def _daily_backup(app: QApplication, window: MainWindow) -> None:
    """The day's first backup, a few seconds after the window is up (off the UI thread);
    the status bar says where it went, or why it failed (work goes on)."""
    from mk3desk.ui.daily_backup import DailyBackup
    from mk3desk.ui.i18n import translate_error

    backup = DailyBackup(window.context, window.settings, window)

    def done(folder: str) -> None:
        if folder:
            text = QCoreApplication.translate("Launch", "สำรองข้อมูลประจำวันแล้วที่ {folder}")
            window.statusBar().showMessage(text.format(folder=folder), 15_000)

    def failed(error: object) -> None:
        reason = translate_error(error) if isinstance(error, Mk3Error) else str(error)
        text = QCoreApplication.translate("Launch", "สำรองข้อมูลประจำวันไม่สำเร็จ: {reason}")
        window.statusBar().showMessage(text.format(reason=reason), 0)

    backup.done.connect(done)
    backup.failed.connect(failed)
    app.aboutToQuit.connect(backup.wait)  # before the database closes
    QTimer.singleShot(3000, backup.start)


def _as_damaged(error: Exception) -> Exception:
    """A database error escaping the first page is the Thai "damaged" message."""
    from mk3desk.db.errors import as_damaged

    return as_damaged(error)


def _shown(path: Path | str) -> str:
    """*path* as it may be shown or logged: a server URL never with its password."""
    if isinstance(path, str) and "://" in path:
        from mk3desk.services.server_connection import without_password

        return without_password(path)
    return str(path)


def _refused(
    error: Mk3Error, path: Path | str, smoke: SmokeTest | None, parent: QWidget | None = None
) -> int:
    """*path* cannot be opened: say why (a Thai dialog, or the smoke test's stderr)."""
    from PySide6.QtWidgets import QMessageBox

    from mk3desk.ui.i18n import translate_error

    path = _shown(path)  # a server's URL without its password
    log.info("could not open %s: %s", path, error)
    if smoke is not None:
        smoke.fail(f"cannot open the database {path}: {translate_error(error)}")
        return smoke.finish()
    QMessageBox.critical(
        parent, QCoreApplication.translate("Launch", "เปิดฐานข้อมูลไม่ได้"), translate_error(error)
    )
    return 1


def _usual_start(
    app: QApplication,
    path: Path,
    years: Sequence[OfficeYear],
    *,
    read_only: bool,
    smoke: SmokeTest | None,
    on_window: WindowHook | None,
) -> int:
    """An office database at the newest revision: the window first, then the database.

    The frame names the office-years read with plain sqlite3 and is on screen at once;
    a worker thread imports the database layer and opens the file (opening.py), and
    the window is attached to it on the UI thread.
    """
    from mk3desk.ui.main_window import MainWindow

    if TYPE_CHECKING:
        from mk3desk.ui.opening import DatabaseOpening

    window = MainWindow(None, years=years, read_only=read_only)
    openings: list[DatabaseOpening] = []
    failures: list[BaseException] = []

    def opened(database: Database) -> None:
        from mk3desk.ui.context import AppContext

        try:
            window.attach(AppContext(database, read_only=read_only, parent=window))
        except Exception as error:  # rows the first page cannot read: a damaged file
            failed(_as_damaged(error))
        # A database with accounts: who is working? (The unattended smoke test reads only.)
        window.session.require_login(ask=smoke is None)

    def failed(error: BaseException) -> None:
        # Rare: the file changed between the first look and the opening.
        failures.append(error)
        if smoke is not None:
            smoke.fail(f"cannot open the database {path}: {error!r}")
        elif isinstance(error, Mk3Error):
            _refused(error, path, None, parent=window)
        else:
            from mk3desk.ui.app import error_dialog

            log.error("could not open %s", path, exc_info=error)
            error_dialog(error).exec()
        window.close()
        app.exit(1)

    def begin_opening() -> None:
        from mk3desk.ui.opening import DatabaseOpening  # once the frame is on screen

        opening = DatabaseOpening(path, read_only=read_only, parent=window)
        opening.opened.connect(opened)
        opening.failed.connect(failed)
        openings.append(opening)
        opening.start()

    QTimer.singleShot(0, begin_opening)
    try:
        code = _run_window(app, window, smoke, on_window)
    finally:
        for opening in openings:  # the window may have closed before the database opened
            opening.wait()
            if opening.database is not None:
                opening.database.close()
    return 1 if failures and smoke is None else code


def _first_open(
    app: QApplication,
    path: Path | str,
    *,
    read_only: bool,
    smoke: SmokeTest | None,
    on_window: WindowHook | None,
) -> int:
    """A new file, one that needs an upgrade, or one without an office: opened in full
    before any window (an upgrade backs up and migrates; first start asks what to do).
    An office server (*path* a URL) is opened this way too: no lock file, no first
    look with sqlite3; its clients write at once, each record guarded by its version."""
    from mk3desk.db.migrate import open_database
    from mk3desk.services.indicator_view import has_office
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.main_window import MainWindow

    try:
        database = open_database(path, read_only=read_only)
    except Mk3Error as error:
        return _refused(error, path, smoke)
    try:
        context = AppContext(database, read_only=read_only)
        if smoke is not None:
            if not context.read(has_office):
                smoke.fail(f"the database {_shown(path)} holds no office")
                return smoke.finish()
        elif not prepare_first_start(context):
            return 0
        window = MainWindow(context)
        window.session.require_login(ask=smoke is None)
        return _run_window(app, window, smoke, on_window)
    finally:
        database.close()


# -- the whole GUI -------------------------------------------------------------------
def run_gui(
    argv: Sequence[str],
    db_path: Path | str | None = None,
    *,
    demo: bool = False,
    smoke_test: bool = False,
    on_window: WindowHook | None = None,
) -> int:
    """The whole GUI, from QApplication to exit code."""
    from mk3desk.ui.app import configure_logging, create_application
    from mk3desk.ui.preferences import read_preferences

    preferences = read_preferences()
    app = create_application(argv, preferences.language, font_family=preferences.font_family)
    try:
        return _run_app(app, db_path, demo=demo, smoke_test=smoke_test, on_window=on_window)
    finally:
        configure_logging()  # writes what was logged should no event loop have run


def _run_app(
    app: QApplication,
    db_path: Path | str | None,
    *,
    demo: bool,
    smoke_test: bool,
    on_window: WindowHook | None,
) -> int:
    """After the application object: the demo if asked for, then the window."""
    smoke = None
    if smoke_test:
        from mk3desk.ui.smoke_test import SmokeTest

        smoke = SmokeTest()
        sys.excepthook = smoke.excepthook
    if db_path is None and not demo:
        from mk3desk.ui.dialogs.server_dialog import server_at_start

        # MK3DESK_DB=URL, or this PC set to open the office server (Settings).
        db_path = server_at_start(ask=smoke is None)
        if db_path == "":
            return 0  # the password was asked and the clerk cancelled
    if isinstance(db_path, str):  # an office server's URL
        return _first_open(app, db_path, read_only=False, smoke=smoke, on_window=on_window)
    if demo:
        db_path = db_path or demo_db_path()
        try:
            ensure_demo(db_path)
        except Mk3Error as error:
            from PySide6.QtWidgets import QMessageBox

            from mk3desk.ui.i18n import translate_error

            if smoke is not None:
                smoke.fail(f"demo database: {error}")
                return smoke.finish()
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Launch", "สร้างข้อมูลตัวอย่างไม่ได้"),
                translate_error(error),
            )
            return 1
    code = open_window(app, db_path or paths.default_db_path(), smoke=smoke, on_window=on_window)
    from mk3desk.ui.first_start import OPEN_SERVER_PROPERTY

    if smoke is None and app.property(OPEN_SERVER_PROPERTY):
        app.setProperty(OPEN_SERVER_PROPERTY, None)
        return _open_chosen_server(app, on_window)
    return code


def _open_chosen_server(app: QApplication, on_window: WindowHook | None) -> int:
    """The first start chose the office server (first_start.py): open it now."""
    from mk3desk.ui.dialogs.server_dialog import server_at_start

    url = server_at_start()
    if not url:
        return 0
    return _first_open(app, url, read_only=False, smoke=None, on_window=on_window)


def open_window(
    app: QApplication,
    path: Path,
    *,
    smoke: SmokeTest | None = None,
    on_window: WindowHook | None = None,
) -> int:
    """Lock *path*, open it and run the main window on it until it closes; the exit code.

    A second copy finds the lock taken and opens read-only (after saying so). A file
    from a newer mk3desk, another program's or a damaged one is refused with a Thai
    message before any window and is not touched.
    """
    from mk3desk.db.sqlite_file import quick_look
    from mk3desk.db.wal_index import refuse_unsafe_open
    from mk3desk.ui.single_instance import acquire, ask_about_lock

    lock = acquire(path)
    if lock is None:
        if smoke is not None:
            smoke.fail(f"the database {path} is in use by another copy")
            return smoke.finish()
        choice = ask_about_lock(path)  # read-only, or break a dead machine's lock
        if choice == "cancel":
            return 0
        if choice == "break":
            lock = acquire(path)
    read_only = lock is None
    try:
        try:
            refuse_unsafe_open(path)  # a 0-byte file, a lost -wal: said, not opened
            years = quick_look(path, read_only=read_only)
        except Mk3Error as error:
            return _refused(error, path, smoke)
        if years:
            return _usual_start(
                app, path, years, read_only=read_only, smoke=smoke, on_window=on_window
            )
        return _first_open(app, path, read_only=read_only, smoke=smoke, on_window=on_window)
    finally:
        if lock is not None:
            lock.release()
        _reopen_after_restore(app)


# Set on the application by a restore that wants the program to open the file anew.
REOPEN_PROPERTY = "mk3deskReopen"


def _reopen_after_restore(app: QApplication) -> None:
    """A restore (แฟ้ม → กู้คืนจากข้อมูลสำรอง) closed the window to replace the file:
    open the restored file in a new copy, now that this one has let go of its lock."""
    target = app.property(REOPEN_PROPERTY)
    if not target:
        return
    app.setProperty(REOPEN_PROPERTY, None)
    from mk3desk.ui.menus import _start_detached, launch_command

    _start_detached(*launch_command(Path(str(target))))


def main(argv: Sequence[str] | None = None) -> int:
    """``mk3desk [--db PATH] [--demo] [--smoke-test]``: parse the GUI options and run."""
    import argparse

    from mk3desk import argparse_thai

    argparse_thai.install()
    parser = argparse.ArgumentParser(prog="mk3desk")
    parser.add_argument(
        "--db",
        help="ไฟล์ฐานข้อมูล หรือ URL ของเซิร์ฟเวอร์ PostgreSQL (ค่าเริ่มต้น: ในโฟลเดอร์ข้อมูลของผู้ใช้)",
    )
    parser.add_argument("--demo", action="store_true", help="เปิดข้อมูลตัวอย่าง (สร้างให้ถ้ายังไม่มี)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="เปิดโปรแกรม แสดงหน้าต่างหลักราว 1 วินาที ตรวจว่าแสดงสำนักงาน/ปีงบประมาณ แล้วปิด "
        "(ผ่าน = รหัสออก 0) สำหรับตรวจชุดติดตั้งใน CI",
    )
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    # A relative --db is relative to the current folder (file URIs need absolute paths).
    db_path: Path | str | None = None
    if args.db is not None and "://" in args.db:
        db_path = args.db  # a server URL stays text (a Path would fold its "//")
    elif args.db is not None:
        db_path = Path(args.db).expanduser().absolute()
    return run_gui([sys.argv[0], *qt_args], db_path, demo=args.demo, smoke_test=args.smoke_test)
