"""Starting the GUI: open the database (refusing a newer or damaged one), take the
single-writer lock (a second copy opens read-only), first start, the main window.

The database is opened before any window: a file from a newer mk3desk or a damaged
one gets a Thai message box and is not touched (open_database refuses before any
write). A second copy on the same file is told so (``busy_message``) and opens the
database read-only rather than refusing: a clerk can still look and print, which is
what a second window is usually for, and nothing can be written twice.

``mk3desk --demo --smoke-test`` (or ``--db PATH --smoke-test``) starts exactly the
same way, lets the window run for a second and checks that it shows an office-year;
it never opens a dialog (it would wait forever on a headless CI machine) and exits 0,
or 1 with the reason on stderr and in the log. CI runs it on the PyInstaller bundle.

Start-up cost is measured by ``bench/startup.py``; heavy modules (the database
layer, the main window, the pages) are imported inside the functions so that
``mk3desk --help`` and the CLI never pay for Qt or them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMainWindow, QMessageBox

from mk3desk import paths
from mk3desk.domain.errors import Mk3Error

if TYPE_CHECKING:
    from mk3desk.db.engine import Database
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.single_instance import InstanceLock

log = logging.getLogger(__name__)

DEMO_DB_NAME = "mk3desk-demo.sqlite3"
# How long the smoke test lets the event loop run with the window on screen.
SMOKE_TEST_MS = 1000
SMOKE_OK, SMOKE_FAILED = 0, 1

# Called with the main window just before it is shown (smoke test, start-up benchmark).
WindowHook = Callable[[QMainWindow], None]


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


@dataclass(frozen=True)
class Preferences:
    """This machine's UI choices, saved by the Settings page (QSettings)."""

    language: str = "th"
    font_family: str | None = None  # None: the bundled Sarabun


def read_preferences(settings: QSettings | None = None) -> Preferences:
    """Read the preferences; an unknown language falls back to Thai.

    Works before the QApplication exists (the language must be known to create it):
    without *settings*, the same store as ``QSettings()`` inside the app is opened by
    name.
    """
    from mk3desk.ui.app import ORGANIZATION
    from mk3desk.ui.i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
    from mk3desk.ui.pages.settings_page import PREF_LANGUAGE, PREF_UI_FONT

    store = settings if settings is not None else QSettings(ORGANIZATION, paths.APP_NAME)
    language = str(store.value(PREF_LANGUAGE, SOURCE_LANGUAGE) or SOURCE_LANGUAGE)
    if language not in SUPPORTED_LANGUAGES:
        log.info("unknown UI language %r in the preferences, using Thai", language)
        language = SOURCE_LANGUAGE
    family = str(store.value(PREF_UI_FONT, "") or "").strip()
    return Preferences(language, family or None)


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


def _open(db_path: Path, *, quiet: bool) -> Session:
    """Lock and open *db_path*; raises Mk3Error (lock released) when it cannot be used."""
    from mk3desk.db.migrate import open_database
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.single_instance import acquire, busy_message

    lock = acquire(db_path)
    read_only = lock is None
    if read_only and not quiet:
        QMessageBox.information(
            None, QCoreApplication.translate("Launch", "ฐานข้อมูลกำลังถูกใช้งาน"), busy_message(db_path)
        )
    try:
        database = open_database(db_path, read_only=read_only)
    except Mk3Error as error:
        if lock is not None:
            lock.release()
        log.info("could not open %s: %s", db_path, error)
        raise
    return Session(database, lock, AppContext(database, read_only=read_only))


def open_session(db_path: Path, *, quiet: bool = False) -> Session | None:
    """Open *db_path* for the GUI; None (after telling the user why) when it cannot be used.

    With *quiet*, nothing is shown: a refusal is logged and None returned.
    """
    from mk3desk.ui.i18n import translate_error

    try:
        return _open(db_path, quiet=quiet)
    except Mk3Error as error:
        if not quiet:
            QMessageBox.critical(
                None, QCoreApplication.translate("Launch", "เปิดฐานข้อมูลไม่ได้"), translate_error(error)
            )
        return None


def prepare_first_start(session: Session) -> bool:
    """With no office yet, ask what to do; False when the clerk closes the dialog."""
    from mk3desk.services.indicator_view import has_office

    if session.context.read(has_office):
        return True
    if session.context.read_only:
        QMessageBox.information(
            None,
            QCoreApplication.translate("Launch", "ยังไม่มีข้อมูล"),
            QCoreApplication.translate(
                "Launch", "ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้"
            ),
        )
        return False
    from mk3desk.ui.first_start import FirstStartDialog

    return FirstStartDialog(session.context).exec() == QDialog.DialogCode.Accepted


# -- smoke test ----------------------------------------------------------------------
def _say(text: str, stream: TextIO | None) -> None:
    """Print for CI; a windowed Windows build has no console (the stream is None)."""
    if stream is None:
        return
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:  # a console code page without Thai
        print(text.encode("ascii", "backslashreplace").decode("ascii"), file=stream, flush=True)


@dataclass
class SmokeTest:
    """Records what went wrong while the program ran; decides the exit code."""

    problems: list[str] = field(default_factory=list)
    year_text: str = ""  # the office-year the window showed

    def fail(self, problem: str) -> None:
        log.error("smoke test: %s", problem)
        self.problems.append(problem)

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Any error escaping a slot fails the run (instead of a dialog nobody closes)."""
        import traceback

        self.fail("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())

    def check(self, window: QMainWindow) -> None:
        """After the event loop ran: no dialog open, the window shows an office-year."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            self.fail(f"a dialog is open: {modal.windowTitle()!r}")
            modal.close()
        if not window.isVisible():
            self.fail("the main window is not shown")
        years = window.findChild(QComboBox, "yearCombo")
        if years is None:
            self.fail("the main window has no office-year chooser (yearCombo)")
        elif years.currentIndex() < 0 or not years.currentText().strip():
            self.fail("the main window shows no office-year")
        else:
            self.year_text = years.currentText()

    def finish(self) -> int:
        if self.problems:
            for problem in self.problems:
                _say(f"mk3desk smoke test FAILED: {problem}", sys.stderr)
            return SMOKE_FAILED
        _say(f"mk3desk smoke test ok: {self.year_text}", sys.stdout)
        return SMOKE_OK


def _run_smoke_test(app: QApplication, window: QMainWindow, smoke: SmokeTest) -> int:
    def check_and_quit() -> None:
        smoke.check(window)
        window.close()  # as a clerk would: the window saves its state on close
        # exit() leaves every event loop, a dialog's nested one included.
        app.exit(SMOKE_FAILED if smoke.problems else SMOKE_OK)

    QTimer.singleShot(SMOKE_TEST_MS, check_and_quit)
    window.show()
    app.exec()
    return smoke.finish()


# -- the whole GUI -------------------------------------------------------------------
def run_gui(
    argv: Sequence[str],
    db_path: Path | None = None,
    *,
    demo: bool = False,
    smoke_test: bool = False,
    on_window: WindowHook | None = None,
) -> int:
    """The whole GUI, from QApplication to exit code."""
    from mk3desk.ui.app import create_application
    from mk3desk.ui.i18n import translate_error

    preferences = read_preferences()
    app = create_application(argv, preferences.language, font_family=preferences.font_family)
    smoke = SmokeTest() if smoke_test else None
    if smoke is not None:
        sys.excepthook = smoke.excepthook
    if demo:
        db_path = db_path or demo_db_path()
        try:
            ensure_demo(db_path)
        except Mk3Error as error:
            if smoke is not None:
                smoke.fail(f"demo database: {error}")
                return smoke.finish()
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Launch", "สร้างข้อมูลตัวอย่างไม่ได้"),
                translate_error(error),
            )
            return 1
    path = db_path or paths.default_db_path()
    if smoke is None:
        session = open_session(path)
        if session is None:
            return 1
    else:
        try:
            session = _open(path, quiet=True)
        except Mk3Error as error:
            smoke.fail(f"cannot open the database {path}: {translate_error(error)}")
            return smoke.finish()
    try:
        if smoke is not None and session.context.read_only:
            smoke.fail(f"the database {path} is in use by another copy")
            return smoke.finish()
        if smoke is not None:
            from mk3desk.services.indicator_view import has_office

            if not session.context.read(has_office):
                smoke.fail(f"the database {path} holds no office")
                return smoke.finish()
        elif not prepare_first_start(session):
            return 0
        from mk3desk.ui.main_window import MainWindow

        window = MainWindow(session.context)
        if on_window is not None:
            on_window(window)
        if smoke is not None:
            return _run_smoke_test(app, window, smoke)
        window.show()
        return app.exec()
    finally:
        session.close()


def main(argv: Sequence[str] | None = None) -> int:
    """``mk3desk [--db PATH] [--demo] [--smoke-test]``: parse the GUI options and run."""
    import argparse

    parser = argparse.ArgumentParser(prog="mk3desk")
    parser.add_argument("--db", type=Path, help="ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ในโฟลเดอร์ข้อมูลของผู้ใช้)")
    parser.add_argument("--demo", action="store_true", help="เปิดข้อมูลตัวอย่าง (สร้างให้ถ้ายังไม่มี)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="เปิดโปรแกรม แสดงหน้าต่างหลักราว 1 วินาที ตรวจว่าแสดงสำนักงาน/ปีงบประมาณ แล้วปิด "
        "(ผ่าน = รหัสออก 0) สำหรับตรวจชุดติดตั้งใน CI",
    )
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return run_gui([sys.argv[0], *qt_args], args.db, demo=args.demo, smoke_test=args.smoke_test)
