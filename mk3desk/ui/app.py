"""The QApplication every window of mk3desk runs in.

``create_application`` sets names, High-DPI behaviour, the Thai UI font, the
translators and the style, and installs an exception hook: an unexpected error is
written to ``<data folder>/logs/mk3desk.log`` and shown in a Thai dialog instead of
vanishing (PySide6 would only print it to a console the clerk never sees). A
``Mk3Error`` that escapes a slot is an ordinary refusal (its message is for the
user) and is shown as a warning without a traceback.

Start-up stays cheap: nothing here imports reportlab, openpyxl or pythainlp.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory

from mk3desk import paths
from mk3desk.domain.errors import Mk3Error
from mk3desk.ui.fonts import apply_ui_font
from mk3desk.ui.i18n import ensure_compiled, install_translators, translate_error
from mk3desk.ui.preferences import ORGANIZATION

if TYPE_CHECKING:  # imported when an error is shown, not at start-up
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

LOG_FILE = "mk3desk.log"
# Error dialogs on show. Without a Python reference a parentless dialog is deleted as
# soon as the hook returns; each removes itself here when closed.
_open_dialogs: list[QMessageBox] = []


def log_dir() -> Path:
    return paths.data_dir() / "logs"


class _EarlyRecords(logging.Handler):
    """What is logged before the log file is open; handed to the file when it opens."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_early_records() -> None:
    """Keep INFO and above in memory until ``configure_logging`` opens the file."""
    root = logging.getLogger()
    if not any(isinstance(h, _EarlyRecords) for h in root.handlers):
        root.addHandler(_EarlyRecords())
        root.setLevel(logging.INFO)


def configure_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the data folder, with anything held so far; its path."""
    # Imported here: logging.handlers pulls in socket and pickle (≈8 ms), and the
    # program opens its log only once the window is on screen (create_application).
    import logging.handlers

    target = (folder or log_dir()) / LOG_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    handler = next(
        (h for h in root.handlers if getattr(h, "baseFilename", None) == str(target)), None
    )
    if handler is None:
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    for early in [h for h in root.handlers if isinstance(h, _EarlyRecords)]:
        root.removeHandler(early)
        for record in early.records:
            handler.handle(record)
    return target


def error_dialog(exc: BaseException) -> QMessageBox:
    """The dialog shown for *exc*: Thai text, the technical details folded away."""
    # Spelled out in full: lupdate reads any call named tr() as tr(source, comment, n).
    from PySide6.QtCore import Qt  # see create_application: not at start-up
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox()
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("ErrorDialog")
    if isinstance(exc, Mk3Error):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ErrorDialog", "ทำรายการไม่ได้"))
        box.setText(translate_error(exc))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("ErrorDialog", "เกิดข้อผิดพลาดในโปรแกรม"))
        box.setText(
            translate(
                "ErrorDialog",
                "โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย\n"
                "กรุณาแจ้งผู้ดูแลระบบ พร้อมแฟ้มบันทึกเหตุการณ์: {log}",
            ).format(log=log_dir() / LOG_FILE)
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: log, then show a dialog (never raise from here)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, Mk3Error):
        log.info("refused: %s", exc)
    else:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        # open(), not exec(): no nested event loop inside the hook; the dialog is
        # application-modal and deletes itself when closed.
        from PySide6.QtCore import Qt

        box = error_dialog(exc.with_traceback(tb))
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        _open_dialogs.append(box)
        box.finished.connect(lambda _result, box=box: _open_dialogs.remove(box))
        box.open()
    except Exception:  # the hook must not fail; the log already holds the error
        log.exception("could not show the error dialog")


def create_application(
    argv: Sequence[str] | None = None,
    language: str = "th",
    *,
    font_family: str | None = None,
    install_excepthook: bool = True,
) -> QApplication:
    """Create and configure the single QApplication (call once, before any widget)."""
    # Fractional Windows scaling (125 %, 150 %) is used as is — rounding would make Thai
    # text blurry or too big — which is Qt 6's default (PassThrough; a test holds it).
    # Not set here: naming ``Qt.`` anything builds every enum of the Qt namespace
    # (≈15 ms), which the window frame does not otherwise need before it is shown.
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(paths.APP_NAME)
    app = QApplication(list(argv) if argv is not None else sys.argv)

    ensure_compiled()
    install_translators(app, language)
    QGuiApplication.setApplicationDisplayName(
        QCoreApplication.translate("Application", "ระบบบริหารงานตัวชี้วัด สพท.")
    )
    # Fusion looks the same on every Windows version and sizes widgets from the font,
    # so the tall Thai line height is respected everywhere.
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    apply_ui_font(app, font_family)
    from mk3desk.ui.input_guard import install_input_guard

    install_input_guard(app)  # the wheel leaves unfocused fields alone; Tab leaves text fields
    from mk3desk.ui.screen_fit import install_screen_fit

    install_screen_fit(app)  # dialogs fit the screen; message boxes fit their titles

    if install_excepthook:
        # The log file opens as soon as the event loop runs — after the window is shown,
        # or under the first dialog; what is logged before waits in memory. (run_gui
        # opens it at the end too, should no event loop have run.)
        hold_early_records()
        QTimer.singleShot(0, configure_logging)
        sys.excepthook = handle_exception
    return app
