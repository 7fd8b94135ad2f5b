"""Printing a made PDF through the system's print dialog.

QtPdf can only rasterise, so each page is rendered by PDFium at the printer's
resolution and drawn onto the printer. ``print_pages`` does the work on a given
QPrinter (tests print into a PDF file with it); ``print_with_dialog`` adds the
system dialog (page range, copies, printer) and a cancellable progress window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError

# One A4 page at 600 dpi is a 139 MB image, at 1200 dpi (what Qt reports for PDF
# output and some laser printers) 556 MB: past 600 dpi the print looks no better
# but 2 GB office machines start to swap, so the rendering resolution stops there.
MAX_RENDER_DPI = 600
_POINTS_PER_INCH = 72.0

Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?


def pages_to_print(printer: QPrinter, page_count: int, current_page: int = 0) -> list[int]:
    """The 0-based pages the user chose in the print dialog (range, current page or all)."""
    choice = printer.printRange()
    if choice is QPrinter.PrintRange.CurrentPage:
        return [current_page] if 0 <= current_page < page_count else []
    if choice is QPrinter.PrintRange.PageRange:
        chosen: list[int] = []
        for part in printer.pageRanges().toRangeList():
            for number in range(max(part.from_, 1), min(part.to, page_count) + 1):
                if number - 1 not in chosen:
                    chosen.append(number - 1)
        return chosen
    return list(range(page_count))


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Progress | None = None,
) -> int:
    """Print *pages* (0-based) of *document* on *printer*; returns how many were printed.

    *progress* is called before each page and after the last; returning False
    cancels (the printer job is aborted). Raises StorageError when the printer
    cannot start (no printer, an output file that cannot be written).
    """
    printer.setFullPage(True)  # the PDF carries its own margins (3 cm left, 2 cm right)
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise StorageError(
            QT_TRANSLATE_NOOP("Reports", "เริ่มพิมพ์ที่ {printer} ไม่ได้"),
            printer=printer.outputFileName() or printer.printerName(),
        )
    printed = 0
    try:
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for n, page in enumerate(pages):
            if progress is not None and not progress(n, len(pages)):
                printer.abort()
                return printed
            if n:
                printer.newPage()
            _draw_page(document, page, painter, dpi)
            printed += 1
        if progress is not None:
            progress(len(pages), len(pages))
    finally:
        if painter.isActive():
            painter.end()
    return printed


def _draw_page(document: QPdfDocument, page: int, painter: QPainter, dpi: int) -> None:
    """Page *page* scaled to fit the paper (same shape, so normally 1:1), centred."""
    points = document.pagePointSize(page)
    pixels = QSize(
        round(points.width() * dpi / _POINTS_PER_INCH),
        round(points.height() * dpi / _POINTS_PER_INCH),
    )
    # White, not transparent: some printer drivers print transparent areas grey.
    image = document.render(
        page, pixels, QPdfDocumentRenderOptions(), QImage.Format.Format_RGB32, Qt.GlobalColor.white
    )
    paper = QRectF(painter.viewport())
    scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
    target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
    target.moveCenter(paper.center())
    painter.drawImage(target, image)


def print_with_dialog(
    parent: QWidget,
    document: QPdfDocument,
    title: str,
    current_page: int = 0,
    printer: QPrinter | None = None,
) -> int | None:
    """The system print dialog, then the chosen pages with a cancellable progress window.

    Returns the number of pages printed, or None when the user closed the dialog.
    Raises StorageError when the printer cannot start. *printer* presets the
    dialog's choice (the default printer when None).
    """
    count = document.pageCount()
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # every report is A4
    printer.setFromTo(1, count)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReportsPrint", "พิมพ์เอกสาร"))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOptions(
        option.PrintPageRange
        | option.PrintCurrentPage
        | option.PrintToFile
        | option.PrintCollateCopies
        | option.PrintShowPageSize
    )
    dialog.setMinMax(1, count)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    pages = pages_to_print(printer, count, current_page)
    window = QProgressDialog(
        QCoreApplication.translate("ReportsPrint", "กำลังพิมพ์…"),
        QCoreApplication.translate("ReportsPrint", "ยกเลิก"),
        0,
        len(pages),
        parent,
    )
    window.setWindowTitle(QCoreApplication.translate("ReportsPrint", "พิมพ์เอกสาร"))
    window.setWindowModality(Qt.WindowModality.WindowModal)
    window.setMinimumDuration(0)

    def step(done: int, total: int) -> bool:
        window.setLabelText(
            QCoreApplication.translate("ReportsPrint", "กำลังพิมพ์หน้าที่ {done} จาก {total}").format(
                done=min(done + 1, total), total=total
            )
        )
        window.setValue(done)  # a modal progress window also keeps the UI painting
        return not window.wasCanceled()

    try:
        return print_pages(document, printer, pages, step)
    finally:
        window.close()
        window.deleteLater()
