"""A PDF shown inside the program: every page in a scrolling QPdfView, page navigation, zoom.

QtPdf draws with PDFium from the fonts embedded in the file, so the preview shows
exactly the Thai that will be printed (stacked marks included), independent of the
fonts installed on the machine.

The controls count pages in Arabic digits, as every number in the window does ("หน้า 1 /
131" beside the "ไปที่หน้า" box); Thai digits are for the printed documents only (the
office's numeral setting), whose own page numbers the preview shows as printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.ui.generated.ui_pdf_preview import Ui_PdfPreview

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
_POINTS_PER_INCH = 72.0


class PdfPreview(QWidget):
    """Shows one PDF file; ``load`` replaces it, ``clear`` lets go of the file."""

    page_changed = Signal(int)  # the page at the top of the view, 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_PdfPreview()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self.document = QPdfDocument(self)
        self.view: QPdfView = self.form.pdfView
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setPageSpacing(12)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.form.previousButton.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.form.nextButton.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.form.pageSpin.editingFinished.connect(
            lambda: self.go_to(self.form.pageSpin.value() - 1)
        )
        self.form.zoomInButton.clicked.connect(self.zoom_in)
        self.form.zoomOutButton.clicked.connect(self.zoom_out)
        self.form.fitWidthButton.clicked.connect(self.fit_width)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            QShortcut(keys, self).activated.connect(slot)
        self._update_controls()

    # -- the document --------------------------------------------------------------------
    def load(self, path: Path) -> int:
        """Show *path* from its first page; returns its page count.

        Raises StorageError when the file cannot be read as a PDF.
        """
        self.document.close()  # let go of the old file first (Windows locks open files)
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_ or self.document.pageCount() == 0:
            self.document.close()
            self._update_controls()
            raise StorageError(
                QT_TRANSLATE_NOOP("Reports", "เปิดไฟล์ PDF {path} เพื่อแสดงตัวอย่างไม่ได้"),
                path=str(path),
            )
        self.go_to(0)
        self._update_controls()
        return self.page_count()

    def clear(self) -> None:
        self.document.close()
        self._update_controls()

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        return int(self.navigator.currentPage())

    # -- navigation and zoom --------------------------------------------------------------
    def go_to(self, page: int) -> None:
        """Scroll to *page* (0-based, clamped to the document)."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._update_controls()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom_factor() / ZOOM_STEP)

    def zoom_factor(self) -> float:
        """The scale on screen now (1.0 = the paper's real size at the screen's resolution)."""
        if self.view.zoomMode() is QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return float(self.view.zoomFactor())
        # Fit-to-width keeps its scale to itself: work it out the way QPdfView does, so
        # that "ขยาย" starts from what the user sees rather than from 100 %.
        paper = self.document.pagePointSize(self.current_page()).width()
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        pixels = paper * self.logicalDpiX() / _POINTS_PER_INCH
        return max(room, 1) / max(pixels, 1.0)

    def _zoom_to(self, factor: float) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        page = self.current_page()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.go_to(page)  # zooming alone would drift to another page

    # -- what the controls show ------------------------------------------------------------
    def page_text(self) -> str:
        count = self.page_count()
        if count == 0:
            return ""
        return self.tr("หน้า {page} / {count}").format(page=self.current_page() + 1, count=count)

    def _page_changed(self, _page: int) -> None:
        self._update_controls()
        self.page_changed.emit(self.current_page())

    def _update_controls(self) -> None:
        count, page = self.page_count(), self.current_page()
        form = self.form
        for widget in (form.pageSpin, form.zoomInButton, form.zoomOutButton, form.fitWidthButton):
            widget.setEnabled(count > 0)
        form.previousButton.setEnabled(count > 0 and page > 0)
        form.nextButton.setEnabled(page < count - 1)
        form.pageLabel.setText(self.page_text())
        form.pageSpin.blockSignals(True)
        form.pageSpin.setMaximum(max(count, 1))
        form.pageSpin.setValue(page + 1)
        form.pageSpin.blockSignals(False)
        fitted = self.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
        form.fitWidthButton.setChecked(fitted)
        form.zoomLabel.setText(
            self.tr("พอดี") if fitted else f"{round(self.view.zoomFactor() * 100)}%"
        )
