"""The day's first backup, taken off the UI thread a little after the window opens.

``services.backup.daily_backup_if_due`` does nothing when today's backup exists; the
status bar says when one was taken and where, and a failure is said too (a full disk,
a backup drive gone) without stopping work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal

from mk3desk.domain.errors import Mk3Error
from mk3desk.services.backup import daily_backup_if_due
from mk3desk.ui.context import AppContext
from mk3desk.ui.preferences import PREF_BACKUP_DIR


class DailyBackup(QObject):
    done = Signal(str)  # the backup folder ("" when none was due)
    failed = Signal(object)  # Mk3Error

    def __init__(self, context: AppContext, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        second = str(settings.value(PREF_BACKUP_DIR, "") or "")
        self.second_folder = Path(second) if second else None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def start(self) -> None:
        if self.context.read_only or self.context.database.path is None:
            return
        runnable = QRunnable.create(self._run)
        self.pool.start(runnable)

    def _run(self) -> None:
        try:
            result = daily_backup_if_due(self.context.database, second_folder=self.second_folder)
        except Mk3Error as error:
            self.failed.emit(error)
            return
        except OSError as error:  # a backup drive gone mid-copy: said, work goes on
            self.failed.emit(error)
            return
        self.done.emit(str(result.folder) if result is not None else "")

    def wait(self) -> None:
        self.pool.waitForDone(60_000)
