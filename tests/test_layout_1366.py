"""The window on an office laptop (issue #13): at 1366×768 with the demo office no page and
no PDCA step scrolls sideways, and the window's central widget is not wider than the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import (
    QFont,
    QFontInfo,
    QFontMetrics,
    QGuiApplication,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QMessageBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mk3desk.db.engine import Database
from mk3desk.domain.framework import IndicatorKind
from mk3desk.excel.problems import ImportRefused, Problem
from mk3desk.services.lookup import resolve_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.evidence_panel import CHOICE_CHARS, TOOLTIP
from mk3desk.ui.excel_actions import ImportResultDialog
from mk3desk.ui.main_window import PAGES, MainWindow
from mk3desk.ui.models.indicator_tree import ROW_ROLE
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.screen_fit import fit_size, restore_or_fit
from mk3desk.ui.thai_wrap import ZWSP, strip_hints, wrap_hint
from mk3desk.ui.widgets.column_fit import widest_word
from mk3desk.ui.widgets.thai_cells import ThaiCellDelegate, break_lines, line_metrics
from tests import prebuilt

pytestmark = pytest.mark.gui
TODAY = date(2025, 3, 1)  # the demo's current fiscal year is then 2568
WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = prebuilt.demo_office(tmp_path_factory.mktemp("layout") / "demo.sqlite3", TODAY)
    yield db
    db.close()


@pytest.fixture
def window(qapp: Any, database: Database, tmp_path: Path) -> Iterator[MainWindow]:
    context = AppContext(database)
    context.set_year(context.read(lambda s: resolve_year(s, 2568)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(context, settings)
    shown.resize(WIDTH, HEIGHT)
    shown.show()
    _settle()
    yield shown
    shown.close()
    shown.deleteLater()
    _settle()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _sideways(window: MainWindow) -> list[str]:
    """Every visible scroll area that scrolls sideways, and a central widget too wide."""
    _settle()
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            owner: QWidget | None = area
            names = []
            while owner is not None and owner is not window:
                if owner.objectName():
                    names.append(owner.objectName())
                owner = owner.parentWidget()
            found.append(f"{type(area).__name__} in {'/'.join(names)}: max {bar.maximum()}")
    central = window.centralWidget()
    assert central is not None
    if central.width() > window.width() or central.minimumSizeHint().width() > window.width():
        found.append(f"central widget {central.minimumSizeHint().width()} > {window.width()}")
    return found


def test_no_page_scrolls_sideways(window: MainWindow) -> None:
    problems = {}
    for key in PAGES:
        window.show_page(key)
        if found := _sideways(window):
            problems[key] = found
    assert window.width() == WIDTH
    assert not problems


def _first(page: IndicatorsPage, kind: IndicatorKind) -> int:
    model = page.model
    for n in range(model.rowCount()):
        parent = model.index(n, 0)
        for m in range(model.rowCount(parent)):
            row = model.data(model.index(m, 0, parent), ROW_ROLE)
            if row.kind is kind:
                return int(row.indicator_id)
    raise LookupError(kind)


@pytest.mark.parametrize("kind", [IndicatorKind.PROCESS, IndicatorKind.OUTCOME])
def test_no_pdca_step_scrolls_sideways(window: MainWindow, kind: IndicatorKind) -> None:
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    page.open_indicator(_first(page, kind))
    problems = {}
    for step in range(5):
        page.work.show_step(step)
        if found := _sideways(window):
            problems[step] = found
    assert not problems


def test_the_do_step_names_each_criterion(window: MainWindow) -> None:
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    page.open_indicator(_first(page, IndicatorKind.PROCESS))
    page.work.show_step(1)
    _settle()
    rows = page.work.do.criteria.rows
    assert rows
    for key, row in rows.items():
        assert row.attach.text() == f"แนบหลักฐาน {key}…"
    combo = page.work.do.evidence.criterion
    detail = page.work.detail
    assert detail is not None
    first = detail.criteria[0]
    shown = combo.itemText(combo.findData(first.key))
    assert shown.startswith(f"{first.key} — ") and len(shown) <= len(first.key) + 3 + CHOICE_CHARS
    assert strip_hints(str(combo.itemData(combo.findData(first.key), TOOLTIP))).endswith(
        " ".join(first.text.split())
    )
    # A level's long title is a wrapped label, not a one-line group box title.
    for box in page.work.do.criteria.findChildren(QGroupBox):
        assert box.fontMetrics().horizontalAdvance(box.title()) < 400


@pytest.mark.parametrize("key", ["people", "dashboard"])
def test_every_table_row_is_tall_enough_for_its_wrapped_lines(window: MainWindow, key: str) -> None:
    """The People table showed "ผู้อำนวยการกลุ่มกฎหมายและ" without "คดี": its rows were
    measured before the stretched column lost the vertical scroll bar's width."""
    window.show_page(key)
    _settle()
    short = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or not isinstance(table.itemDelegate(), ThaiCellDelegate):
            continue
        model, delegate = table.model(), table.itemDelegate()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                option = QStyleOptionViewItem()
                option.rect = table.visualRect(index)
                option.widget = table
                option.font = table.font()
                needed = delegate.sizeHint(option, index).height()
                if table.rowHeight(row) < needed:
                    short.append(f"{table.objectName()} {row},{column}: {model.data(index)!r}")
    assert short == []


def test_thai_cells_break_names_only_between_given_name_and_surname(qapp: Any) -> None:
    font = QFont(QApplication.font())
    metrics = QFontMetrics(font)
    name = "นางสาวณัฐธิดา คำภูเมือง"
    narrow = metrics.horizontalAdvance("นางสาวณัฐธิดา") + 4
    assert break_lines(name, metrics, narrow) == ["นางสาวณัฐธิดา", "คำภูเมือง"]
    assert break_lines(name, metrics, 10_000) == [name]
    hinted = wrap_hint("การวางแผนเชิงยุทธศาสตร์ของส่วนราชการ")
    lines = break_lines(hinted, metrics, metrics.horizontalAdvance("การวางแผน") + 40)
    assert len(lines) > 1 and ZWSP not in "".join(lines)
    assert "".join(lines) == strip_hints(hinted)
    # A word wider than the cell breaks between characters, never off its marks.
    pieces = break_lines("ประสิทธิ์", metrics, metrics.horizontalAdvance("ปร"))
    assert "".join(pieces) == "ประสิทธิ์" and not any(p[0] in "ิ์" for p in pieces)


def _one_cell_table(text: str) -> tuple[QStandardItemModel, QTableView, ThaiCellDelegate]:
    """A table of one cell holding *text*, drawn by the Thai cell delegate."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    table = QTableView()
    table.setModel(model)
    delegate = ThaiCellDelegate(table)
    table.setItemDelegate(delegate)
    return model, table, delegate


def test_thai_cells_measure_again_when_the_text_or_the_font_changes(qapp: Any) -> None:
    """The delegate keeps the lines it broke (tables ask for every cell's size many times):
    an edited cell, or a larger font, is measured anew, never from the kept lines."""
    model, table, delegate = _one_cell_table("นางสาวณัฐธิดา คำภูเมือง")
    table.setColumnWidth(0, 140)

    def size() -> tuple[int, int]:
        option = QStyleOptionViewItem()
        option.widget = table
        option.font = table.font()
        hint = delegate.sizeHint(option, model.index(0, 0))
        return hint.width(), hint.height()

    one_name = size()
    assert size() == one_name  # asked again: the same answer
    model.item(0, 0).setText("นางสาวณัฐธิดา คำภูเมือง นายสมชาย รักงาน นางวิไล ตรวจดี")
    three_names = size()
    assert three_names[0] > one_name[0] and three_names[1] > one_name[1]
    bigger = QFont(table.font())
    bigger.setPixelSize(2 * QFontInfo(table.font()).pixelSize())
    table.setFont(bigger)
    larger = size()
    assert larger[0] > three_names[0] and larger[1] > three_names[1]


def test_a_deadline_in_a_narrow_cell_breaks_after_its_day_only(qapp: Any) -> None:
    """ "31 ธ.ค. 69" never leaves its year alone on the next line; the column's narrowest
    width (its widest unbreakable piece) is "ธ.ค. 69", not "ธ.ค."."""
    model, table, delegate = _one_cell_table("31 ธ.ค. 69")
    metrics = table.fontMetrics()
    shown = delegate.shown("31 ธ.ค. 69")
    narrow = metrics.horizontalAdvance("31 ธ.ค.") + 2
    assert break_lines(shown, metrics, narrow) == ["31", "ธ.ค.\u00a069"]
    assert break_lines(shown, metrics, 10_000) == ["31 ธ.ค.\u00a069"]
    assert widest_word(table, 0) > metrics.horizontalAdvance("ธ.ค. 69")
    assert model.item(0, 0).text() == "31 ธ.ค. 69"  # the model's text is left as it is


def test_thai_cells_leave_room_for_stacked_marks(qapp: Any) -> None:
    font = QFont(QApplication.font())
    height, baseline = line_metrics(font)
    pixels = QFontInfo(font).pixelSize()
    assert height >= 1.5 * pixels
    assert baseline >= 1.25 * pixels and height - baseline >= 0.3 * pixels


def test_window_and_dialog_sizes_fit_the_screen(qapp: Any, tmp_path: Path) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    dialog = QDialog()
    fit_size(dialog, area.width() + 500, area.height() + 500)
    assert dialog.width() <= area.width() and dialog.height() <= area.height() - 30
    assert area.contains(dialog.geometry().topLeft())
    # A saved geometry that is tiny, or off every screen, is replaced by the first size.
    widget = QWidget()
    widget.setGeometry(area.left() + 10, area.top() + 40, 600, 267)
    tiny = widget.saveGeometry()
    widget.setGeometry(area.right() + 4000, area.top() + 40, 700, 500)
    away = widget.saveGeometry()
    small = QWidget()
    assert not restore_or_fit(small, tiny, 700, 500)
    assert (small.width(), small.height()) == (700, 500)
    # (Qt itself brings a window saved off every screen back onto one; either way it shows.)
    other = QWidget()
    restore_or_fit(other, away, 700, 500)
    assert area.contains(other.geometry().center())
    assert other.width() <= area.width() and other.height() <= area.height()
    # A dialog made larger than the screen (a Designer form's first size) fits it when shown.
    big = QDialog()
    big.resize(area.width() + 300, area.height() + 300)
    big.show()
    _settle()
    assert big.width() <= area.width() and big.height() <= area.height()
    big.close()
    widget.setGeometry(area.left() + 10, area.top() + 40, 700, 500)
    kept = QWidget()
    assert restore_or_fit(kept, widget.saveGeometry(), 300, 300)
    assert (kept.width(), kept.height()) == (700, 500)


def test_import_problems_wrap_and_can_be_copied_and_saved(qapp: Any, tmp_path: Path) -> None:
    long = "ชื่อผู้รับผิดชอบไม่ตรงกับบุคลากรในระบบ " * 6
    problems = [Problem("ผู้รับผิดชอบ", n, "C", f"{long}{n}") for n in (2, 3)]
    dialog = ImportResultDialog("นำเข้า", None, ImportRefused(problems), None)
    dialog.show()
    _settle()
    assert dialog.table.wordWrap()
    cell = dialog.table.item(0, 3)
    assert cell is not None and strip_hints(cell.toolTip()) == f"{long}2"
    assert dialog.table.rowHeight(0) > dialog.table.fontMetrics().height() * 1.5  # wrapped
    assert dialog.table.horizontalScrollBar().maximum() == 0
    dialog.copy_problems()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t") == ["แผ่นงาน", "แถว", "คอลัมน์", "ปัญหา"]
    assert copied[1].split("\t")[:3] == ["ผู้รับผิดชอบ", "2", "C"]
    target = tmp_path / "ปัญหา.txt"
    assert dialog.save_problems(target) == target
    saved = dialog.findChild(QMessageBox, "SavedMessage")
    assert saved is not None and "ปัญหา.txt" in saved.text()
    saved.accept()  # (a message box ignores close() when it has no Escape button)
    assert target.read_text(encoding="utf-8-sig") == dialog.problems_text()
    dialog.close()


def test_message_boxes_are_wide_enough_for_their_titles(qapp: Any) -> None:
    title = "นำเข้าข้อมูลผู้รับผิดชอบตัวชี้วัดจากไฟล์ Excel ไม่สำเร็จ"
    box = QMessageBox(QMessageBox.Icon.Warning, title, "ไม่พบไฟล์")
    box.show()
    _settle()
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + 100
    box.close()


def test_the_first_window_fits_the_screen_and_a_tiny_one_is_replaced(
    qapp: Any, tmp_path: Path
) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = MainWindow(None, settings)
    assert first.height() <= area.height() - 30  # the status bar stays above the taskbar
    first.setGeometry(area.left() + 5, area.top() + 30, 899, 267)  # seen after a screen change
    settings.setValue("main/geometry", first.saveGeometry())
    again = MainWindow(None, settings)
    assert again.height() > 267 and again.height() <= area.height() - 30
    for window in (first, again):
        window.deleteLater()
