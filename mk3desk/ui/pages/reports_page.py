"""The Reports page: pick a document, make it off the UI thread, preview, save, print.

Generation runs in a QThreadPool worker (it opens its own database session) and
reports progress through a signal. Each run writes into its own subfolder of the
page's temporary folder, so a new document never has to replace a file the
preview (or an outside PDF viewer) still holds open — Windows refuses that.
"บันทึกเป็น…" copies the PDF where the user wants (temp file + rename, so a failed
copy leaves nothing half-written). The preview and printing use QtPdf; opening
the file in the system's PDF viewer stays as a second way to look and print.

The choosers of indicators and committees follow what others write (ui/live.py):
a new committee appears in its list within seconds, and what the clerk chose — the
document, the indicator, the committee — stays chosen.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTemporaryDir, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, StorageError
from mk3desk.domain.file_names import proposed_file_name
from mk3desk.reports.documents.registry import YEAR_KINDS as KINDS
from mk3desk.reports.documents.registry import DocumentKind
from mk3desk.safe_write import replaced_atomically
from mk3desk.services.documents import indicator_codes
from mk3desk.ui.context import AppContext, Topic, show_error
from mk3desk.ui.pages.base import Page
from mk3desk.ui.reports.preview import PdfPreview
from mk3desk.ui.reports.worker import ReportJob
from mk3desk.ui.saved import show_saved


class ReportsPage(Page):
    # PEOPLE: a committee saved in the committees window (its name in the chooser).
    # ELSEWHERE: others' new indicators and committees; the clerk's choices stay.
    REFRESH_ON = frozenset(
        {Topic.YEAR, Topic.INDICATOR, Topic.FRAMEWORK, Topic.PEOPLE, Topic.ELSEWHERE}
    )
    generated = Signal(object)  # ReportResult, after the preview is shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("ReportsPage")
        self.pool = QThreadPool(self)
        self._loaded_year: str | None = None  # the office-year (its key) the lists are of
        self.pool.setMaxThreadCount(1)  # one document at a time: 2-core machines
        # Inside this run's scratch folder: removed at exit even if the page is not.
        from mk3desk.paths import scratch_dir

        self.folder = QTemporaryDir(str(scratch_dir() / "preview-XXXXXX"))
        self.folder.setAutoRemove(True)
        self.result: Any = None  # the last ReportResult
        self.busy = False
        self.print_when_made = False  # Ctrl+P before the document was made

        self.kind_box = QComboBox(self)
        for kind in KINDS:
            self.kind_box.addItem(QCoreApplication.translate("Reports", kind.title), kind.key)
        self.indicator_box = QComboBox(self)
        self.indicator_label = QLabel(self.tr("ตัวชี้วัด"), self)
        # The committee order prints one committee of the year: chosen here.
        self.committee_box = QComboBox(self)
        self.committee_box.setObjectName("committeeBox")
        self.committee_box.hide()
        self.make_button = QPushButton(self.tr("สร้างเอกสาร"), self)
        self.save_button = QPushButton(self.tr("บันทึกเป็น…"), self)
        self.print_button = QPushButton(self.tr("พิมพ์…"), self)
        self.open_button = QPushButton(self.tr("เปิดด้วยโปรแกรมอ่าน PDF"), self)
        self.best_practice_button = QPushButton(self.tr("แก้ไขข้อความ Best Practice…"), self)
        self.best_practice_button.setObjectName("bestPracticeButton")
        self.best_practice_button.setToolTip(
            self.tr("ข้อความบรรยายแต่ละหัวข้อของเอกสารผลงาน Best Practice")
        )
        self.committees_button = QPushButton(self.tr("คณะกรรมการและคำสั่ง…"), self)
        self.committees_button.setObjectName("committeesButton")
        self.committees_button.setToolTip(
            self.tr("คณะกรรมการของปี เลขที่และวันที่ของคำสั่ง กรรมการ หน้าที่ และภาพตราครุฑ")
        )
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00")
        self.warnings.hide()  # shown only when a document comes with warnings
        self.preview = PdfPreview(self)
        self._runs = 0  # numbers each run's subfolder
        self.shown: Path | None = None  # the file in the preview

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("เอกสาร"), self))
        top.addWidget(self.kind_box, 2)
        top.addWidget(self.indicator_label)
        top.addWidget(self.indicator_box, 1)
        top.addWidget(self.committee_box, 1)
        top.addWidget(self.make_button)
        actions = QHBoxLayout()
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.best_practice_button)
        actions.addWidget(self.committees_button)
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
        self.committees_button.clicked.connect(lambda: self.edit_committees())
        self.refresh()
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

    def edit_best_practice(self) -> QDialog | None:
        """The Best Practice texts (read-only in a read-only copy); None without a year."""
        if self.context.year_id is None:
            return None
        from mk3desk.ui.dialogs.best_practice_dialog import BestPracticeDialog

        dialog = BestPracticeDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_committees(self) -> QDialog | None:
        """The year's committees and their orders; None without a year."""
        if self.context.year_id is None:
            return None
        from mk3desk.ui.dialogs.committees_dialog import CommitteesDialog

        dialog = CommitteesDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def load(self) -> None:
        """The indicators and committees of the year in view, for the documents of one
        of them; the one chosen stays chosen (the document kind is not read)."""
        self.best_practice_button.setEnabled(self.context.year_id is not None)
        self.committees_button.setEnabled(self.context.year_id is not None)
        office_year = self.context.office_year
        indicators: list[tuple[str, object]] = [(self.tr("ทุกตัวชี้วัด"), None)]
        committees: list[tuple[str, object]] = []
        if office_year is not None:
            from mk3desk.services.committees.read import committee_names

            codes = self.context.read(lambda s: indicator_codes(s, office_year))
            indicators += [(f"{code} {title[:50]}", code) for code, title in codes]
            names = self.context.read(lambda s: committee_names(s, office_year))
            committees = [(name[:70], committee_id) for committee_id, name in names]
        same_year = office_year is not None and office_year.key == self._loaded_year
        self._loaded_year = office_year.key if office_year is not None else None
        for box, items in ((self.indicator_box, indicators), (self.committee_box, committees)):
            gone = _offer(box, items)
            if not gone or not same_year:  # a year changed is not a deletion
                continue
            if box.count():
                note = self.tr("«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — เลือก «{now}» แทน")
            else:
                note = self.tr("«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — ปีนี้ไม่มีรายการอื่นให้เลือก")
            self.status.setText(note.format(gone=gone, now=box.currentText()))

    def ready_to_refresh(self) -> bool:
        # Not while the clerk has a list open (it would close under the mouse).
        return not any(
            box.view().isVisible()
            for box in (self.kind_box, self.indicator_box, self.committee_box)
        )

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.indicator_box.setEnabled(kind.per_indicator)
        committee = kind.key == "committee"
        self.indicator_label.setVisible(not committee)
        self.indicator_box.setVisible(not committee)
        self.committee_box.setVisible(committee)

    # -- making the document -------------------------------------------------------------
    def make(self) -> None:
        office_year = self.context.office_year
        if office_year is None:
            self.status.setText(self.tr("ยังไม่ได้เลือกปีงบประมาณ"))
            return
        if self.busy:
            return
        kind = self.kind()
        code = self.indicator_box.currentData() if kind.per_indicator else None
        self._runs += 1
        run_folder = Path(self.folder.path()) / str(self._runs)
        run_folder.mkdir(parents=True, exist_ok=True)
        # The name "บันทึกเป็น…" proposes: "รายงานผลการดำเนินงานรายตัวชี้วัด-2570-1.1.pdf".
        title = QCoreApplication.translate("Reports", kind.title)
        out = run_folder / proposed_file_name([title, office_year.be_year, code], ".pdf")
        committee_id = self.committee_box.currentData() if kind.key == "committee" else None
        job = ReportJob(self.context, kind.key, office_year, out, code, committee_id)
        job.signals.progress.connect(self._progressed)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.busy = True
        self.make_button.setEnabled(False)
        self._set_ready(False)
        self.progress.setRange(0, 0)  # busy until the first step is known
        self.status.setText(
            self.tr("กำลังสร้าง {title}…").format(
                title=QCoreApplication.translate("Reports", kind.title)
            )
        )
        self.warnings.clear()
        self.pool.start(job)

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.status.setText(message)

    def _failed(self, error: Mk3Error) -> None:
        self.busy = False
        self.print_when_made = False
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
        self.warnings.setVisible(bool(result.warnings))
        self._set_ready(True)
        self._show_preview(Path(result.path))
        self.generated.emit(result)
        if self.print_when_made:
            self.print_when_made = False
            self.print_document()

    def wait(self, msecs: int = 60_000) -> bool:  # Page.wait: the document being made
        """Block until the running job is done (tests and closing the window)."""
        return bool(self.pool.waitForDone(msecs))

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.open_button.setEnabled(ready)

    # -- preview -----------------------------------------------------------------------------
    def _show_preview(self, path: Path) -> None:
        old, self.shown = self.shown, path
        try:
            self.preview.load(path)
        except StorageError as error:
            show_error(self, error)
        if old is not None and old.parent != path.parent:
            # Best effort: an outside viewer may still hold it (the folder goes at exit).
            shutil.rmtree(old.parent, ignore_errors=True)

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
            with replaced_atomically(target, suffix=".pdf.part") as temporary:
                shutil.copyfile(source, temporary)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("Reports", "บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason})"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
        self.status.setText(self.tr("บันทึกที่ {path} แล้ว").format(path=str(target)))
        show_saved(self, self.tr("เอกสาร PDF"), target)

    def open_externally(self) -> bool:
        if self.result is None:
            return False
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path))))

    def print_current(self) -> bool:  # Page: Ctrl+P
        """The document on show goes to the print dialog; none yet: it is made first and
        the print dialog opens when it is ready."""
        if self.busy:
            self.print_when_made = True
        elif self.result is not None:
            self.print_document()
        else:
            self.print_when_made = True
            self.make()
        return True

    def print_document(self) -> int | None:
        """The system print dialog for the shown document; the number of pages printed."""
        if self.result is None or self.preview.page_count() == 0:
            return None
        from mk3desk.ui.reports.printing import print_with_dialog

        title = Path(self.result.path).stem
        try:
            printed = print_with_dialog(
                self, self.preview.document, title, self.preview.current_page()
            )
        except StorageError as error:
            show_error(self, error)
            return None
        if printed is not None:
            self.status.setText(self.tr("ส่งพิมพ์แล้ว {pages} หน้า").format(pages=printed))
        return printed


def _offer(box: QComboBox, items: list[tuple[str, object]]) -> str:
    """Fill *box* with (text, data) *items*, the chosen one staying chosen (the first if
    it is gone); unchanged items are left as they are. The text of a chosen item that is
    gone (a committee deleted elsewhere), else ""."""
    if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == items:
        return ""
    chosen, chosen_text = box.currentData(), box.currentText()
    box.blockSignals(True)
    box.clear()
    for text, data in items:
        box.addItem(text, data)
    found = box.findData(chosen)
    box.setCurrentIndex(max(0, found))
    box.blockSignals(False)
    return chosen_text if found < 0 and chosen is not None else ""
