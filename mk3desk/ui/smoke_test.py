"""``mk3desk --smoke-test``: start as usual, check the window, exit 0 or 1 (CI, the bundle).

The program starts exactly as a clerk's does (launch.py); once the window is attached
to its database, the event loop runs for a second, then the check: no dialog open,
the window visible and showing an office-year. It never waits on a dialog (nobody
would close it on a headless CI machine): any error escaping a slot fails the run.
The outcome is printed for CI and logged.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox

if TYPE_CHECKING:
    from mk3desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# How long the event loop runs with the window on screen and attached to its
# database, and how long the run waits at most for the database to open.
SMOKE_TEST_MS = 1000
SMOKE_OPEN_LIMIT_MS = 60_000
SMOKE_OK, SMOKE_FAILED = 0, 1


def _say(text: str, stream: TextIO | None) -> None:
    """Print for CI; a windowed Windows build has no console (the stream is None)."""
    if stream is None:
        return
    try:
        print(text, file=stream, flush=True)
    except UnicodeEncodeError:  # a console code page without Thai
        print(text.encode("ascii", "backslashreplace").decode("ascii"), file=stream, flush=True)


class SmokeTest:
    """Records what went wrong while the program ran; decides the exit code."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.year_text = ""  # the office-year the window showed

    def fail(self, problem: str) -> None:
        log.error("smoke test: %s", problem)
        self.problems.append(problem)

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """Any error escaping a slot fails the run (instead of a dialog nobody closes)."""
        import traceback

        self.fail("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())

    def check(self, window: MainWindow) -> None:
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
        if getattr(sys, "frozen", False):
            self.check_driver()

    def check_driver(self) -> None:
        """The bundle: the PostgreSQL driver for the office server loads (build.spec), with
        its compiled implementation (the pure-Python one needs a libpq Windows lacks)."""
        from mk3desk.services.server_connection import postgres_driver

        try:
            driver = postgres_driver()
        except Exception as exc:  # any failure to load is the finding
            self.fail(f"the PostgreSQL driver does not load: {type(exc).__name__}: {exc}")
            return
        if driver.endswith("(python)"):
            self.fail(f"the PostgreSQL driver has no compiled implementation: {driver}")
            return
        _say(f"PostgreSQL driver: {driver}", sys.stdout)

    def finish(self) -> int:
        if self.problems:
            for problem in self.problems:
                _say(f"mk3desk smoke test FAILED: {problem}", sys.stderr)
            return SMOKE_FAILED
        _say(f"mk3desk smoke test ok: {self.year_text}", sys.stdout)
        return SMOKE_OK

    def run(self, app: QApplication, window: MainWindow) -> int:
        """Show *window*, check it a second after its database is open, quit; the exit code."""

        def check_and_quit() -> None:
            self.check(window)
            window.close()  # as a clerk would: the window saves its state on close
            # exit() leaves every event loop, a dialog's nested one included.
            app.exit(SMOKE_FAILED if self.problems else SMOKE_OK)

        def give_up() -> None:
            if not window.is_attached:
                self.fail(f"the database was not open {SMOKE_OPEN_LIMIT_MS} ms after the start")
                window.close()
                app.exit(SMOKE_FAILED)

        if window.is_attached:
            QTimer.singleShot(SMOKE_TEST_MS, check_and_quit)
        else:  # the usual start: the pages come when the database is open
            window.attached.connect(lambda: QTimer.singleShot(SMOKE_TEST_MS, check_and_quit))
            QTimer.singleShot(SMOKE_OPEN_LIMIT_MS, give_up)
        window.show()
        app.exec()
        return self.finish()
