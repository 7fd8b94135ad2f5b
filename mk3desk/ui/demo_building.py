"""Building the demo office behind a progress bar.

The demo is three years of an office's work written through the services, every write
audited, in one transaction: about ten seconds on the 2-core machine we measure on, more
on an older office PC. At ``mk3desk --demo``'s first start nothing was on screen all that
time, and the first-start dialog's "open the demo" froze its window. Now the build runs
on a worker thread while the UI thread shows a progress dialog and waits in its event
loop; the result (the summary, or the error, raised again here) comes back on the UI
thread.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from mk3desk.db.engine import Database


class _Build(QObject):
    """Lives on the UI thread: the worker's signals reach it queued, in order."""

    advanced = Signal(int)  # per cent done
    finished = Signal(object)  # the summary (str) or the exception

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.outcome: list[object] = []
        self.finished.connect(self._finish)

    @Slot(object)
    def _finish(self, outcome: object) -> None:
        self.outcome.append(outcome)
        self.loop.quit()


class _StayingProgress(QProgressDialog):
    """A bar the clerk cannot close (Esc, the title bar's ×): the build cannot stop
    halfway, and a closed bar would leave nothing on screen until it is done."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.value() < self.maximum():
            event.ignore()
            return
        super().closeEvent(event)


def build_demo(parent: QWidget | None, database: Database) -> str:
    """Fill the empty *database* with the demo office while a progress dialog shows how
    far it is; the Thai summary. Errors (an office already there: an ``Mk3Error``) are
    raised here, on the UI thread; nothing is written then (one transaction)."""
    from mk3desk.services.demo import create_demo

    dialog = _StayingProgress(
        QCoreApplication.translate(
            "DemoBuild",
            "กำลังสร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3 (สามปีงบประมาณ)\nทำครั้งเดียว อาจใช้เวลาสักครู่",
        ),
        "",
        0,
        100,
        parent,
    )
    dialog.setWindowTitle(QCoreApplication.translate("DemoBuild", "ข้อมูลตัวอย่าง"))
    dialog.setCancelButton(None)  # type: ignore[arg-type,unused-ignore]  # None: no button
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(480)
    loop = QEventLoop()
    build = _Build(loop)
    build.advanced.connect(dialog.setValue)

    def work() -> None:
        outcome: object
        try:
            outcome = create_demo(database, progress=build.advanced.emit)
        except Exception as error:  # raised again on the UI thread below
            outcome = error
        build.finished.emit(outcome)

    thread = threading.Thread(target=work, name="mk3desk-demo", daemon=True)
    dialog.setValue(0)
    dialog.show()
    thread.start()
    loop.exec()
    thread.join()
    dialog.setValue(dialog.maximum())  # also when the build failed: it may close now
    dialog.close()
    dialog.deleteLater()
    outcome = build.outcome[0]
    if isinstance(outcome, Exception):
        raise outcome
    return str(outcome)
