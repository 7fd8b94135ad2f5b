"""Opening a stored evidence file for the clerk, with the fetch off the UI thread.

On an office server the bytes come from the database in chunks (db/evidence_blobs.py)
into this PC's read cache before the desktop can open a copy: a 50 MB scan over the LAN
takes seconds. The fetch and the copy run in a pool thread (QThreadPool, as the
Reports page makes documents, ui/reports/worker.py): the window stays responsive, shows
it is busy (the busy cursor, ``busy`` for the panel's own sign), and says in Thai what
went wrong — the file gone from the store, changed on the server, the server unreachable.
The texts keep the panel's translation context ("EvidencePanel"): they were its own.
The questions before opening (a file changed after attaching, a file that is a program)
are asked first, on the UI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, StorageError
from mk3desk.domain.file_names import is_executable_name
from mk3desk.services import evidence
from mk3desk.ui.context import AppContext, show_error

log = logging.getLogger(__name__)


class FetchSignals(QObject):
    fetched = Signal(object)  # Path: a copy under the file's own name, ready to open
    missing = Signal(str)  # the file's name: its bytes are not in the store (nor on the server)
    failed = Signal(object)  # Mk3Error


class FetchJob(QRunnable):
    """Fetch one file into the local cache (a server) and copy it under its own name."""

    def __init__(self, store: EvidenceFiles, sha256: str, file_name: str) -> None:
        super().__init__()
        self.store, self.sha256, self.file_name = store, sha256, file_name
        self.signals = FetchSignals()

    def run(self) -> None:
        try:
            if not self.store.local_path(self.sha256).is_file():
                self.signals.missing.emit(self.file_name)
                return
            copy = evidence.copy_for_opening(self.store, self.sha256, self.file_name)
        except Mk3Error as error:
            self.signals.failed.emit(error)
            return
        except Exception as exc:  # the server dropped, a disk error: said in Thai
            log.warning("fetching evidence %s failed", self.sha256[:12], exc_info=True)
            self.signals.failed.emit(
                StorageError(
                    QT_TRANSLATE_NOOP(
                        "Evidence",
                        "ดึงไฟล์ {name} มาเปิดไม่สำเร็จ ({reason}) "
                        "— โปรดตรวจการเชื่อมต่อกับเซิร์ฟเวอร์แล้วลองอีกครั้ง",
                    ),
                    name=self.file_name,
                    reason=type(exc).__name__,
                )
            )
            return
        self.signals.fetched.emit(copy)


class EvidenceOpener(QObject):
    """Opens evidence files for the widget *parent*: one fetch at a time."""

    busy = Signal(bool)  # a fetch started (True) or ended (False)
    opened = Signal(object)  # Path handed to the desktop
    finished = Signal()  # the fetch ended: opened, missing or refused

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent)
        self.widget = parent
        self.context = context  # its store is read at each opening
        self.job: FetchJob | None = None

    @property
    def fetching(self) -> bool:
        return self.job is not None

    def open(self, sha256: str, file_name: str, *, altered: bool = False) -> bool:
        """Ask what must be asked, then fetch in the background; False when not started."""
        if self.job is not None:
            return False
        if altered and not self._agree_altered(file_name):
            return False
        if is_executable_name(file_name) and not self._agree_program(file_name):
            return False
        job = FetchJob(self.context.store, sha256, file_name)
        job.signals.fetched.connect(self._fetched)
        job.signals.missing.connect(self._missing)  # a method: called on the UI thread
        job.signals.failed.connect(self._failed)
        self.job = job
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # the window still works
        self.busy.emit(True)
        QThreadPool.globalInstance().start(job)
        return True

    def _done(self) -> None:
        self.job = None
        QGuiApplication.restoreOverrideCursor()
        self.busy.emit(False)

    def _fetched(self, copy: Path) -> None:
        self._done()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.information(
                self.widget,
                QCoreApplication.translate("EvidencePanel", "เปิดไฟล์ไม่ได้"),
                QCoreApplication.translate(
                    "EvidencePanel",
                    "เครื่องนี้ไม่มีโปรแกรมที่เปิดไฟล์ {name} ได้ — ไฟล์อยู่ที่ {path} คัดลอกไปเปิดด้วยโปรแกรมอื่นได้",
                ).format(name=copy.name, path=str(copy)),
            )
        self.opened.emit(copy)
        self.finished.emit()

    def _missing(self, file_name: str) -> None:
        self._done()
        QMessageBox.warning(
            self.widget,
            QCoreApplication.translate("EvidencePanel", "ไม่พบไฟล์"),
            QCoreApplication.translate(
                "EvidencePanel",
                "เปิดไฟล์ {name} ไม่ได้ เพราะไฟล์หายไปจากที่เก็บหลักฐาน "
                "(อาจถูกลบหรือย้ายออกจากโฟลเดอร์ของโปรแกรม) กรุณาแนบไฟล์นี้ใหม่",
            ).format(name=file_name),
        )
        self.finished.emit()

    def _failed(self, error: Mk3Error) -> None:
        self._done()
        show_error(self.widget, error)
        self.finished.emit()

    def _agree_altered(self, file_name: str) -> bool:
        answer = QMessageBox.question(
            self.widget,
            QCoreApplication.translate("EvidencePanel", "ไฟล์ถูกแก้ไข"),
            QCoreApplication.translate(
                "EvidencePanel",
                "ไฟล์ {name} ถูกแก้ไขหลังจากแนบ จึงอาจไม่ใช่หลักฐานฉบับเดิม ต้องการเปิดดูหรือไม่?",
            ).format(name=file_name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _agree_program(self, file_name: str) -> bool:
        answer = QMessageBox.warning(
            self.widget,
            QCoreApplication.translate("EvidencePanel", "ไฟล์นี้เป็นโปรแกรม"),
            QCoreApplication.translate(
                "EvidencePanel",
                "ไฟล์ {name} เป็นชนิดที่เครื่องจะสั่งทำงานเป็นโปรแกรม ไม่ใช่เอกสาร "
                "ถ้าไม่แน่ใจว่ามาจากใคร อย่าเปิด — ต้องการเปิดหรือไม่?",
            ).format(name=file_name),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open
