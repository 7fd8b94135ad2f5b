"""The Reports page as a clerk uses it: pick a document, make it, see it, save it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.errors import StorageError
from mk3desk.services.lookup import resolve_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.pages.reports_page import ReportsPage
from tests import prebuilt

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = prebuilt.demo_office(
        tmp_path_factory.mktemp("reports") / "demo.sqlite3", date(2024, 7, 26)
    )
    yield db
    db.close()


@pytest.fixture
def page(qapp: Any, qtbot: Any, database: Database) -> ReportsPage:
    context = AppContext(database)
    context.set_year(context.read(lambda s: resolve_year(s, 2567)))
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    return widget


def test_making_a_document_off_the_ui_thread_then_saving_it(
    page: ReportsPage, qtbot: Any, tmp_path: Path
) -> None:
    assert not page.save_button.isEnabled()
    page.select_kind("indicator", "1.1")
    assert page.indicator_box.isEnabled() and page.indicator_box.currentData() == "1.1"
    with qtbot.waitSignal(page.generated, timeout=60_000) as signal:
        page.make_button.click()
        assert page.busy and not page.make_button.isEnabled()
    result = signal.args[0]
    assert result.pages >= 2 and result.outline[0].title.startswith("ตัวชี้วัด ๑.๑")
    assert "หน้า" in page.status.text() and result.code in page.status.text()
    assert page.save_button.isEnabled() and page.make_button.isEnabled()
    assert page.progress.value() == page.progress.maximum() > 0
    target = tmp_path / "รายงาน.pdf"
    page.save_to(target)
    assert target.read_bytes() == Path(result.path).read_bytes()
    with pytest.raises(StorageError, match="บันทึกไฟล์ PDF"):
        page.save_to(tmp_path / "missing" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["รายงาน.pdf"]


def test_only_the_indicator_report_takes_an_indicator(page: ReportsPage) -> None:
    page.select_kind("summary")
    assert not page.indicator_box.isEnabled()
    page.select_kind("indicator")
    assert page.indicator_box.isEnabled()
    assert page.indicator_box.count() == 1 + 34  # "every indicator" and the year's 34


# -- preview and printing (QtPdf) -------------------------------------------------------------


@pytest.fixture(scope="module")
def book_pages(database: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A several-page document made once for the printing tests: indicator 1.1's report."""
    from mk3desk.services.reports import generate

    out = tmp_path_factory.mktemp("print") / "indicator.pdf"
    from mk3desk.services import lookup

    with database.session() as session:
        office_year = lookup.resolve_year(session, 2567)
    result = generate(database, "indicator", office_year, out, indicator_code="1.1")
    assert result.pages >= 3
    return out


def _pdf(path: Path) -> Any:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    assert document.status() is QPdfDocument.Status.Ready
    return document


def _ink(document: Any, page: int) -> list[int]:
    """The page as a 40×56 grid of darkness, to tell which page was printed.

    Rendered at the test printer's 96 dpi first, then averaged down: rendering
    small straight away draws vector text much bolder than the printed raster.
    """
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocumentRenderOptions

    image = document.render(
        page,
        QSize(794, 1123),
        QPdfDocumentRenderOptions(),
        QImage.Format.Format_RGB32,
        Qt.GlobalColor.white,
    ).scaled(
        40,
        56,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return [255 - image.pixelColor(x, y).value() for y in range(56) for x in range(40)]


def _same_page(a: list[int], b: list[int]) -> bool:
    """Equal but for anti-aliasing (measured: 0.01 for the same page, 0.8+ for others)."""
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) < 0.1 * max(sum(b), 1)


def _dark_pixels(image: Any) -> int:
    return sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).value() < 100
    )


def _pdf_printer(out: Path) -> Any:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # as print_with_dialog sets it
    printer.setResolution(96)  # keeps the test fast; real printers use their own
    return printer


def test_preview_shows_the_made_document_and_moves_between_pages(
    page: ReportsPage, qtbot: Any
) -> None:
    page.resize(1100, 800)
    page.show()
    preview = page.preview
    assert preview.page_count() == 0 and not preview.form.nextButton.isEnabled()
    page.select_kind("indicator", "1.1")
    with qtbot.waitSignal(page.generated, timeout=60_000) as signal:
        page.make_button.click()
    result = signal.args[0]
    assert preview.page_count() == result.pages >= 3
    # Arabic digits like every number in the window and the "ไปที่หน้า" box beside it
    # (the document itself prints Thai digits: the office's setting).
    assert preview.form.pageLabel.text() == f"หน้า 1 / {result.pages}"
    assert preview.form.pageSpin.text() == "1"
    assert not preview.form.previousButton.isEnabled() and preview.form.nextButton.isEnabled()
    # QPdfView draws the pages in a thread of its own: wait until ink shows on screen.
    qtbot.waitUntil(
        lambda: _dark_pixels(preview.view.viewport().grab().toImage()) > 500, timeout=10_000
    )

    preview.form.nextButton.click()
    assert preview.current_page() == 1 and preview.form.pageLabel.text().startswith("หน้า 2 /")
    assert preview.form.pageSpin.value() == 2 and preview.form.previousButton.isEnabled()
    preview.go_to(result.pages + 5)  # past the end: the last page
    assert preview.current_page() == result.pages - 1 and not preview.form.nextButton.isEnabled()
    preview.form.previousButton.click()
    assert preview.current_page() == result.pages - 2

    assert preview.form.fitWidthButton.isChecked() and preview.form.zoomLabel.text() == "พอดี"
    fitted = preview.zoom_factor()
    preview.form.zoomInButton.click()
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    assert not preview.form.fitWidthButton.isChecked() and preview.form.zoomLabel.text().endswith(
        "%"
    )
    assert preview.current_page() == result.pages - 2  # zooming keeps the page
    preview.form.fitWidthButton.click()
    assert preview.form.fitWidthButton.isChecked()
    assert page.print_button.isEnabled() and page.open_button.isEnabled()


def test_a_second_document_replaces_the_first_in_the_preview(page: ReportsPage, qtbot: Any) -> None:
    page.select_kind("indicator", "1.1")
    with qtbot.waitSignal(page.generated, timeout=60_000) as first:
        page.make_button.click()
    page.select_kind("summary")
    with qtbot.waitSignal(page.generated, timeout=60_000) as second:
        page.make_button.click()
    assert page.preview.page_count() == second.args[0].pages
    assert page.preview.current_page() == 0
    assert Path(second.args[0].path).exists() and not Path(first.args[0].path).exists()


def _record(steps: list[tuple[int, int]]) -> Any:
    def progress(done: int, total: int) -> bool:
        steps.append((done, total))
        return True

    return progress


@pytest.mark.usefixtures("qapp")  # QPdfDocument and QPrinter need the application
def test_printing_every_page_to_a_pdf_printer(book_pages: Path, tmp_path: Path) -> None:
    from mk3desk.ui.reports.printing import pages_to_print, print_pages

    source = _pdf(book_pages)
    printer = _pdf_printer(tmp_path / "printed.pdf")
    steps: list[tuple[int, int]] = []
    pages = pages_to_print(printer, source.pageCount())
    assert pages == list(range(source.pageCount()))
    printed = print_pages(source, printer, pages, _record(steps))
    assert printed == source.pageCount()
    assert steps[0] == (0, printed) and steps[-1] == (printed, printed)
    copy = _pdf(tmp_path / "printed.pdf")
    assert copy.pageCount() == source.pageCount()
    for n in range(copy.pageCount()):
        assert _same_page(_ink(copy, n), _ink(source, n)), f"page {n + 1} differs"


@pytest.mark.usefixtures("qapp")  # QPdfDocument and QPrinter need the application
def test_printing_a_page_range_or_the_current_page(book_pages: Path, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from mk3desk.ui.reports.printing import pages_to_print, print_pages

    source = _pdf(book_pages)
    printer = _pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # what the dialog's "หน้า 2-3" sets
    pages = pages_to_print(printer, source.pageCount())
    assert pages == [1, 2]
    assert print_pages(source, printer, pages) == 2
    copy = _pdf(tmp_path / "range.pdf")
    assert copy.pageCount() == 2
    assert _same_page(_ink(copy, 0), _ink(source, 1)) and _same_page(_ink(copy, 1), _ink(source, 2))
    assert not _same_page(_ink(copy, 0), _ink(source, 0))

    printer.setFromTo(2, 99)  # a range past the end stops at the last page
    assert pages_to_print(printer, source.pageCount()) == list(range(1, source.pageCount()))
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, source.pageCount(), current_page=2) == [2]


@pytest.mark.usefixtures("qapp")  # QPdfDocument and QPrinter need the application
# The printer whose file cannot be made is what this test is about: Qt warns that it
# could not begin painting on it before print_pages turns that into a Thai message.
@pytest.mark.qt_log_ignore(r"^QPainter::begin\(\): Returned false$")
def test_cancelling_stops_printing_and_a_bad_printer_is_a_thai_message(
    book_pages: Path, tmp_path: Path
) -> None:
    from mk3desk.ui.reports.printing import print_pages

    source = _pdf(book_pages)
    printer = _pdf_printer(tmp_path / "cancelled.pdf")
    assert print_pages(source, printer, [0, 1, 2], lambda done, _total: done < 1) == 1
    broken = _pdf_printer(tmp_path / "missing" / "x.pdf")
    with pytest.raises(StorageError, match="เริ่มพิมพ์ที่"):
        print_pages(source, broken, [0])
    assert not (tmp_path / "missing").exists()


def test_the_thai_print_dialog_prints_the_range_chosen_in_it(
    qapp: Any, book_pages: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QSpinBox, QWidget

    from mk3desk.ui.reports.printing import print_with_dialog

    source = _pdf(book_pages)
    parent = QWidget()
    parent.show()
    seen: dict[str, Any] = {}

    def choose_pages_2_to_3() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen["buttons"] = {b.text() for b in dialog.findChildren(QAbstractButton)}
        # Object names of Qt's own (Linux) print dialog; Windows shows its native one.
        pick_range, first, last = (
            dialog.findChild(QRadioButton, "printRange"),
            dialog.findChild(QSpinBox, "from"),
            dialog.findChild(QSpinBox, "to"),
        )
        assert pick_range is not None and first is not None and last is not None
        pick_range.setChecked(True)
        first.setValue(2)
        last.setValue(3)
        seen["last"] = last.maximum()
        dialog.accept()  # type: ignore[attr-defined]

    QTimer.singleShot(0, choose_pages_2_to_3)
    printed = print_with_dialog(
        parent, source, "ตัวชี้วัด 1.1", printer=_pdf_printer(tmp_path / "dialog.pdf")
    )
    assert "พิมพ์(&P)" in seen["buttons"] and "ยกเลิก" in seen["buttons"]  # Qt's own text, in Thai
    assert seen["last"] == source.pageCount()  # the dialog offers exactly the document's pages
    assert printed == 2 and _pdf(tmp_path / "dialog.pdf").pageCount() == 2
    parent.close()
