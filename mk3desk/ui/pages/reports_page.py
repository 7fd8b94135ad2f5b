"""The Reports page: pick a document, make it off the UI thread, preview, save, print.

Generation runs in a QThreadPool worker (it opens its own database session) and
reports progress through a signal. The PDF is made into a temporary folder of
the page; "บันทึกเป็น…" copies it where the user wants (temp file + rename, so a
failed copy leaves nothing half-written).

Preview and printing need QtPdf (the separate PySide6 ``Pdf`` module). Without
it the page says so and hands the file to the system's PDF viewer, which can
also print it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QTemporaryDir, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mk3desk.db.models import FiscalYear
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, StorageError
from mk3desk.reports.documents.registry import KINDS, DocumentKind
from mk3desk.ui.context import AppContext, Topic, show_error

try:  # QtPdf ships apart from PySide6-Essentials/Addons 6.12
    from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found,unused-ignore]

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheels
    HAVE_QTPDF = False

PREVIEW_WIDTH = 620  # pixels of one previewed page
_REFRESH_ON = {Topic.YEAR, Topic.INDICATOR, Topic.FRAMEWORK}


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # ReportResult
    failed = Signal(object)  # Mk3Error


class _Job(QRunnable):
    """generate() in a pool thread; results come back to the page through signals."""

    def __init__(self, context: AppContext, kind: str, be_year: int, out: Path, code: str | None):
        super().__init__()
        self.context, self.kind, self.be_year, self.out, self.code = (
            context,
            kind,
            be_year,
            out,
            code,
        )
        self.signals = _Signals()

    def run(self) -> None:
        from mk3desk.services.reports import generate

        try:
            result = generate(
                self.context.database,
                self.kind,
                self.be_year,
                self.out,
                indicator_code=self.code,
                progress=self.signals.progress.emit,
            )
        except Mk3Error as error:
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


class ReportsPage(QWidget):
    generated = Signal(object)  # ReportResult, after the preview is shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportsPage")
        self.context = context
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one document at a time: 2-core machines
        self.folder = QTemporaryDir()
        self.result: Any = None  # the last ReportResult
        self.busy = False

        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(self.tr(kind.title), kind.key)
        self.indicator_box = QComboBox(self)
        self.make_button = QPushButton(self.tr("สร้างเอกสาร"), self)
        self.save_button = QPushButton(self.tr("บันทึกเป็น…"), self)
        self.print_button = QPushButton(self.tr("พิมพ์…"), self)
        self.open_button = QPushButton(self.tr("เปิดด้วยโปรแกรมอ่าน PDF"), self)
        self.best_practice_button = QPushButton(self.tr("แก้ไขข้อความ Best Practice…"), self)
        self.best_practice_button.setObjectName("bestPracticeButton")
        self.best_practice_button.setToolTip(
            self.tr("ข้อความบรรยายแต่ละหัวข้อของเอกสารผลงาน Best Practice")
        )
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00")
        self.pages = QVBoxLayout()
        holder = QWidget(self)
        holder.setLayout(self.pages)
        self.preview = QScrollArea(self)
        self.preview.setWidgetResizable(True)
        self.preview.setWidget(holder)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("เอกสาร"), self))
        top.addWidget(self.kind_box, 2)
        top.addWidget(QLabel(self.tr("ตัวชี้วัด"), self))
        top.addWidget(self.indicator_box, 1)
        top.addWidget(self.make_button)
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.best_practice_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.warnings)
        layout.addWidget(self.preview, 1)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_externally)
        self.best_practice_button.clicked.connect(lambda: self.edit_best_practice())
        context.changed.connect(self._context_changed)
        self._load_indicators()
        self._kind_changed()
        self._set_ready(False)

    # -- choices ---------------------------------------------------------------------
    def kind(self) -> DocumentKind:
        return KINDS[max(0, self.kind_box.currentIndex())]

    def select_kind(self, key: str, indicator_code: str | None = None) -> None:
        """Pick a document (and an indicator): the indicator page's print button uses this."""
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(key)))
        if indicator_code is not None:
            self.indicator_box.setCurrentIndex(max(0, self.indicator_box.findData(indicator_code)))

    def _context_changed(self, topic: str) -> None:
        if topic in _REFRESH_ON:
            self._load_indicators()

    def edit_best_practice(self) -> QDialog | None:
        """The Best Practice texts (read-only in a read-only copy); None without a year."""
        if self.context.year_id is None:
            return None
        from mk3desk.ui.dialogs.best_practice_dialog import BestPracticeDialog

        dialog = BestPracticeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _load_indicators(self) -> None:
        self.best_practice_button.setEnabled(self.context.year_id is not None)
        self.indicator_box.clear()
        self.indicator_box.addItem(self.tr("ทุกตัวชี้วัด"), None)
        year_id = self.context.year_id
        if year_id is None:
            return

        def codes(session: Any) -> list[tuple[str, str]]:
            year = session.get(FiscalYear, year_id)
            return [(i.code, i.title) for i in year.indicators] if year else []

        for code, title in self.context.read(codes):
            self.indicator_box.addItem(f"{code} {title[:50]}", code)

    def _kind_changed(self) -> None:
        self.indicator_box.setEnabled(self.kind().per_indicator)

    def _be_year(self) -> int | None:
        year_id = self.context.year_id
        if year_id is None:
            return None
        year = self.context.read(lambda s: s.get(FiscalYear, year_id))
        return year.be_year if year is not None else None

    # -- making the document -------------------------------------------------------------
    def make(self) -> None:
        be_year = self._be_year()
        if be_year is None:
            self.status.setText(self.tr("ยังไม่ได้เลือกปีงบประมาณ"))
            return
        if self.busy:
            return
        kind = self.kind()
        code = self.indicator_box.currentData() if kind.per_indicator else None
        out = Path(self.folder.path()) / f"{kind.key}-{be_year}{'-' + code if code else ''}.pdf"
        job = _Job(self.context, kind.key, be_year, out, code)
        job.signals.progress.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.busy = True
        self.make_button.setEnabled(False)
        self._set_ready(False)
        self.progress.setRange(0, 0)  # busy until the first step is known
        self.status.setText(self.tr("กำลังสร้าง {title}…").format(title=self.tr(kind.title)))
        self.warnings.clear()
        self.pool.start(job)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.status.setText(message)

    def _failed(self, error: Mk3Error) -> None:
        self.busy = False
        self.make_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("สร้างเอกสารไม่สำเร็จ"))
        show_error(self, error)

    def _finished(self, result: Any) -> None:
        self.busy = False
        self.result = result
        self.make_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("สร้างเอกสารแล้ว {pages} หน้า รหัสตรวจสอบ {code}").format(
                pages=result.pages, code=result.code
            )
        )
        from mk3desk.ui.i18n import translate_error

        self.warnings.setText("\n".join("⚠ " + translate_error(w) for w in result.warnings))
        self._set_ready(True)
        self._show_preview(Path(result.path))
        self.generated.emit(result)

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the running job is done (tests and closing the window)."""
        return bool(self.pool.waitForDone(msecs))

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.open_button.setEnabled(ready)

    # -- preview -----------------------------------------------------------------------------
    def _clear_preview(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_preview(self, path: Path) -> None:
        self._clear_preview()
        if not HAVE_QTPDF:
            note = QLabel(
                self.tr(
                    "เครื่องนี้ไม่มีส่วนแสดงตัวอย่าง PDF ของโปรแกรม "
                    "กด “เปิดด้วยโปรแกรมอ่าน PDF” เพื่อดูหรือพิมพ์เอกสาร"
                ),
                self,
            )
            note.setWordWrap(True)
            self.pages.addWidget(note)
            return
        for image in render_pages(path, PREVIEW_WIDTH):  # pragma: no cover - needs QtPdf
            label = QLabel(self)
            label.setPixmap(QPixmap.fromImage(image))
            self.pages.addWidget(label)

    # -- save, print, open -----------------------------------------------------------------
    def _ask_save(self) -> None:
        if self.result is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเอกสาร PDF"), Path(self.result.path).name, self.tr("PDF (*.pdf)")
        )
        if target:
            try:
                self.save_to(Path(target))
            except StorageError as error:
                show_error(self, error)

    def save_to(self, target: Path) -> None:
        """Copy the made PDF to *target* (temp file + rename: never half-written)."""
        source = Path(self.result.path)
        try:
            handle, temp = tempfile.mkstemp(suffix=".pdf.part", dir=target.parent)
            os.close(handle)
            shutil.copyfile(source, temp)
            os.replace(temp, target)
        except OSError as exc:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(temp)
            raise StorageError(
                QT_TRANSLATE_NOOP("Reports", "บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason})"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
        self.status.setText(self.tr("บันทึกที่ {path} แล้ว").format(path=str(target)))

    def open_externally(self) -> bool:
        if self.result is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path))))

    def print_document(self) -> None:
        if self.result is None:
            return
        if not HAVE_QTPDF:
            self.status.setText(
                self.tr("พิมพ์จากโปรแกรมนี้ไม่ได้บนเครื่องนี้ จึงเปิดเอกสารด้วยโปรแกรมอ่าน PDF ให้พิมพ์จากที่นั่น")
            )
            self.open_externally()
            return
        print_pdf(self, Path(self.result.path))  # pragma: no cover - needs QtPdf


def render_pages(path: Path, width: int) -> list[QImage]:  # pragma: no cover - needs QtPdf
    """Every page of *path* as an image *width* pixels wide (QtPdf)."""
    document = QPdfDocument()
    document.load(str(path))
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        images.append(document.render(page, size.toSize().scaled(width, height, 1)))
    return images


def print_pdf(parent: QWidget, path: Path) -> None:  # pragma: no cover - needs QtPdf
    """The system print dialog, then every page rendered at the printer's resolution."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    document = QPdfDocument()
    document.load(str(path))
    painter = QPainter(printer)
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = painter.viewport()
            image = document.render(page, target.size())
            painter.drawImage(target, image)
    finally:
        painter.end()
