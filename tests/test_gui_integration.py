"""The desktop app wired together: menus, pages that open each other, the read-only copy,
the Best Practice texts, and evidence (recycle list, integrity marks, large files, drops).

Driven through the main window on the demo office (built once for the module)."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import EvidenceFile, Office
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import State
from mk3desk.services import best_practice, bundles, evidence
from mk3desk.services.context import Actor
from mk3desk.services.indicator_view import indicator_rows, year_choices
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.best_practice_dialog import BestPracticeDialog
from mk3desk.ui.dialogs.help_dialog import HelpDialog
from mk3desk.ui.dialogs.recycle_dialog import RecycleDialog
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.menus import launch_command, recent_databases
from mk3desk.ui.pages.calendar_page import CalendarPage
from mk3desk.ui.pages.dashboard_page import DashboardPage
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.pages.people_page import PeoplePage
from mk3desk.ui.pages.reports_page import ReportsPage
from mk3desk.ui.pages.settings_page import SettingsPage
from mk3desk.ui.preferences import PREF_LANGUAGE
from tests import prebuilt
from tests.qt_support import answer_next_box, plain, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = prebuilt.demo_office(tmp_path_factory.mktemp("integration") / "demo.sqlite3")
    yield db
    db.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: Any, settings: QSettings) -> Callable[..., MainWindow]:
    def make(database: Database, *, read_only: bool = False) -> MainWindow:
        window = MainWindow(AppContext(database, read_only=read_only), settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def _indicator(
    database: Database, state: State, kind: IndicatorKind = IndicatorKind.PROCESS
) -> Any:
    with database.session() as s:
        office_year = year_choices(s)[0]
        rows = [r for c in indicator_rows(s, office_year, date.today()) for r in c.rows]
    return next(r for r in rows if r.state is state and r.kind is kind)


def _work(window: MainWindow, indicator_id: int) -> Any:
    window.open_indicator(indicator_id)
    page = window.pages["indicators"]
    assert isinstance(page, IndicatorsPage) and page.stack.currentIndex() == 1
    return page.work


# -- menus ----------------------------------------------------------------------------------


def test_menu_bar_in_thai_with_excel_bundles_and_about(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["แฟ้ม", "Excel", "ส่งงาน / รับงาน", "ช่วยเหลือ"]
    file_items = [plain(a.text()) for a in window.menus.file_menu.actions() if not a.isSeparator()]
    assert "เปิดฐานข้อมูลอื่น…" in file_items and "ออกจากโปรแกรม" in file_items
    window.menus.fill_all()
    excel = [plain(a.text()) for a in window.menus.excel_menu.actions()]
    assert excel == ["บันทึกแม่แบบสำหรับกรอกข้อมูล", "นำเข้าข้อมูลจาก Excel", "ส่งออกเป็น Excel"]
    assert all(a.isEnabled() for a in window.menus.excel_menu.actions())
    bundle = [plain(a.text()) for a in window.menus.bundle_menu.actions() if not a.isSeparator()]
    assert bundle[-1] == "รับงาน / รับชุดตั้งค่า (.mk3)…"
    window.menus.about_action.trigger()
    about = window.menus.about
    assert about is not None and about.isVisible()
    assert about.form.versionLabel.text() == "รุ่น 0.1.0"
    about.close()


def test_open_database_starts_a_new_copy_and_is_remembered(
    make_window: Callable[..., MainWindow], database: Database, tmp_path: Path
) -> None:
    window = make_window(database)
    assert database.path is not None
    assert recent_databases(window.settings)[0] == database.path.resolve()
    started: list[list[str]] = []

    def launcher(program: str, args: list[str]) -> bool:
        started.append([program, *args])
        return True

    window.menus.launcher = launcher
    other = tmp_path / "อีกสำนักงาน.sqlite3"
    open_database(other).close()
    assert window.menus.open_database(other)
    assert started and started[0][-2:] == ["--db", str(other)]
    assert recent_databases(window.settings)[:2] == [other.resolve(), database.path.resolve()]
    # The same file again: said so, nothing started (a second copy would be read-only).
    seen: list[str] = []
    answer_next_box(seen)
    assert not window.menus.open_database(database.path)
    assert seen == ["ฐานข้อมูลนี้เปิดอยู่ในหน้าต่างนี้แล้ว"] and len(started) == 1
    # The command really is mk3desk's GUI entry (its --help lists --db and exits).
    program, args = launch_command(other)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [program, *args, "--help"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0 and "--db" in done.stdout


def test_setup_bundle_into_an_empty_database_brings_its_office_into_view(
    make_window: Callable[..., MainWindow], database: Database, tmp_path: Path
) -> None:
    with database.session() as s:
        chosen = year_choices(s)[0]
    be_year = chosen.be_year
    setup = tmp_path / "ตั้งค่า.mk3"
    bundles.export_setup(database, chosen, setup, Actor.system())
    empty = open_database(tmp_path / "laptop.sqlite3")
    window = make_window(empty)
    assert window.year_combo.count() == 0 and window.context.year_id is None
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.Yes)  # "from another office?" if asked
    review = window.menus.bundle_actions().import_bundle(setup)
    assert review is not None
    review.accept()
    with empty.session() as s:
        office = s.scalars(select(Office)).one()
        year = year_choices(s)[0]
    assert window.context.office_id == office.id and window.context.year_id == year.year_id
    assert window.year_combo.currentText().endswith(f"ปีงบประมาณ {be_year}")
    assert window.actor_combo.count() > 0  # the office's people came with it
    indicators = window.show_page("indicators")
    assert isinstance(indicators, IndicatorsPage) and indicators.visible_codes()
    QApplication.processEvents()
    empty.close()


def year_choices_of(database: Database) -> list[tuple[int, int]]:
    with database.session() as s:
        return [(c.year_id, c.be_year) for c in year_choices(s)]


# -- pages that open each other -----------------------------------------------------------


def test_dashboard_and_calendar_open_the_indicators_work_screen(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    view = dashboard.late_view if dashboard.late_model.rowCount() else dashboard.due_view
    item = view.model().index(0, 0)
    expected = view.model().data(item, Qt.ItemDataRole.UserRole)
    view.setCurrentIndex(item)
    QTest.keyClick(view, Qt.Key.Key_Return)
    indicators = window.pages["indicators"]
    assert isinstance(indicators, IndicatorsPage)
    assert window.stack.currentWidget() is indicators
    assert indicators.work.detail is not None and indicators.work.detail.indicator_id == expected

    calendar = window.show_page("calendar")
    assert isinstance(calendar, CalendarPage)
    due = calendar.items[-1]
    calendar.calendar.set_selected(due.deadline)
    calendar.show_day(due.deadline)
    row = next(n for n in range(calendar.model.rowCount()) if calendar.model.item_at(n) == due)
    calendar.agenda.setCurrentIndex(calendar.model.index(row, 0))
    QTest.keyClick(calendar.agenda, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is indicators
    assert indicators.work.detail is not None
    assert indicators.work.detail.indicator_id == due.indicator_id


def test_print_button_on_the_work_screen_makes_that_indicators_report(
    qtbot: Any, make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    row = _indicator(database, State.SUBMITTED)
    work = _work(window, row.indicator_id)
    QTest.mouseClick(work.header.print_button, Qt.MouseButton.LeftButton)
    reports = window.stack.currentWidget()
    assert isinstance(reports, ReportsPage)
    assert window.nav.currentItem().text() == "รายงาน"
    assert reports.kind_box.currentData() == "indicator"
    assert reports.indicator_box.isEnabled()
    assert reports.indicator_box.currentData() == row.code
    # The document is being made: no grey preview waiting for a second click.
    qtbot.waitUntil(lambda: reports.result is not None, timeout=60_000)
    assert reports.save_button.isEnabled() and reports.print_button.isEnabled()
    assert row.code in Path(reports.result.path).name


def _press(qtbot: Any, window: MainWindow, key: Qt.Key) -> None:
    """A Ctrl+key shortcut as the clerk types it (the window must be active)."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_f_goes_to_the_search_box_of_the_page(
    qtbot: Any, make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    indicators = window.show_page("indicators")
    assert isinstance(indicators, IndicatorsPage)
    row = _indicator(database, State.SUBMITTED)
    _work(window, row.indicator_id)  # from an indicator: back to the list's search box
    _press(qtbot, window, Qt.Key.Key_F)
    assert indicators.stack.currentIndex() == 0
    qtbot.waitUntil(indicators.search.hasFocus)
    people = window.show_page("people")
    assert isinstance(people, PeoplePage)
    _press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(people.search.hasFocus)
    window.show_page("dashboard")
    _press(qtbot, window, Qt.Key.Key_F)  # no search box there: the status bar says so
    assert window.statusBar().currentMessage() == "หน้านี้ไม่มีช่องค้นหา"


def test_ctrl_p_makes_and_prints_the_pages_document(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(
        ReportsPage, "print_document", lambda self: printed.append(Path(self.result.path).name)
    )
    window = make_window(database)
    row = _indicator(database, State.SUBMITTED)
    _work(window, row.indicator_id)
    _press(qtbot, window, Qt.Key.Key_P)  # on an indicator: its report is made
    reports = window.stack.currentWidget()
    assert isinstance(reports, ReportsPage)
    assert reports.indicator_box.currentData() == row.code
    qtbot.waitUntil(lambda: reports.result is not None and not reports.busy, timeout=60_000)
    # On the Reports page: the document on show goes to the print dialog ...
    _press(qtbot, window, Qt.Key.Key_P)
    assert printed == [Path(reports.result.path).name]
    # ... and with none made yet, it is made first, then printed.
    reports.result = None
    reports.kind_box.setCurrentIndex(reports.kind_box.findData("committee"))
    _press(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=60_000)
    # The name "บันทึกเป็น…" will propose: the document's Thai title and the พ.ศ. year.
    assert printed[1] == Path(reports.result.path).name
    assert re.fullmatch(r"คำสั่งแต่งตั้งคณะกรรมการ-25\d\d\.pdf", printed[1])


def test_every_menu_and_item_has_a_latin_mnemonic(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    window.menus.fill_all()
    missing: list[str] = []

    def walk(actions: list[Any]) -> None:
        for action in actions:
            if action.isSeparator() or action.menu() is window.menus.recent_menu.menuAction():
                continue
            if not re.search(r"\(&[A-Z0-9]\)", action.text()):
                missing.append(action.text())
            sub = action.menu()
            if sub is not None and sub is not window.menus.recent_menu:
                walk(sub.actions())

    walk(window.menuBar().actions())
    assert not missing
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["แฟ้ม (&F)", "Excel (&E)", "ส่งงาน / รับงาน (&S)", "ช่วยเหลือ (&H)"]
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    shortcuts = {
        a.shortcut().toString() for a in window.menus.file_menu.actions() + help_menu.actions()
    }
    assert {"Ctrl+F", "Ctrl+P", "Ctrl+Q", "F1"} <= shortcuts


def test_settings_page_keeps_this_machines_preferences_in_the_windows_settings(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage) and page.preferences is window.settings
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())
    assert window.settings.value(PREF_LANGUAGE) == "en"


# -- Best Practice texts ----------------------------------------------------------------------


def test_best_practice_texts_are_edited_saved_and_restored(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    reports = window.show_page("reports")
    assert isinstance(reports, ReportsPage)
    QTest.mouseClick(reports.best_practice_button, Qt.MouseButton.LeftButton)
    dialog = reports.findChild(BestPracticeDialog)
    assert isinstance(dialog, BestPracticeDialog) and dialog.isVisible()
    assert list(dialog.edits) == list(best_practice.SECTION_KEYS)
    office = window.context.read(lambda s: s.scalars(select(Office.name)).one())
    assert office in dialog.edits["title"].toPlainText()  # the default, filled in
    background = dialog.edits["background"]
    default = background.toPlainText()
    background.setFocus()
    background.selectAll()
    type_text(background, "ความเป็นมาของสำนักงานเรา")
    while background.document().isUndoAvailable():
        background.undo()  # undo works in the field ...
    assert background.toPlainText() == default
    background.selectAll()
    type_text(background, "ความเป็นมาของสำนักงานเรา")
    dialog.close()  # ... and closing saves what was typed
    be_year = dialog.be_year

    def stored() -> dict[str, str]:
        return window.context.read(lambda s: best_practice.load_best_practice(s, be_year))

    assert stored()["background"] == "ความเป็นมาของสำนักงานเรา"
    again = reports.edit_best_practice()
    assert isinstance(again, BestPracticeDialog)
    dialog = again
    assert dialog.edits["background"].toPlainText() == "ความเป็นมาของสำนักงานเรา"
    QTest.mouseClick(dialog.reset_buttons["background"], Qt.MouseButton.LeftButton)
    assert dialog.edits["background"].toPlainText().startswith("ทรัพยากรมนุษย์")
    assert stored()["background"].startswith("ทรัพยากรมนุษย์")
    dialog.close()


# -- the read-only second copy ----------------------------------------------------------------


def test_read_only_copy_disables_editing_on_every_page_with_the_reason(
    make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database, read_only=True)
    assert window.banner.isVisible() and "ดูอย่างเดียว" in window.banner.text()

    work = _work(window, _indicator(database, State.IN_PROGRESS).indicator_id)
    assert not work.plan.owner.isEnabled() and work.plan.plan_text.isReadOnly()
    assert work.do.do_log.isReadOnly() and not work.do.submit_button.isEnabled()
    assert not work.do.evidence.attach_button.isEnabled()
    assert not work.do.evidence.acceptDrops()
    assert "ดูอย่างเดียว" in work.do.banner.text().replace("\u200b", "")
    assert work.header.print_button.isEnabled()  # printing only reads

    people = window.show_page("people")
    assert isinstance(people, PeoplePage)
    assert not people.add_person_button.isEnabled() and not people.assign_button.isEnabled()

    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.read_only_banner.isVisible()
    assert not settings.name_edit.isEnabled() and not settings.save_button.isEnabled()
    assert settings.language.isEnabled()  # this machine's preference is not in the database

    reports = window.show_page("reports")
    assert isinstance(reports, ReportsPage) and reports.make_button.isEnabled()
    dialog = reports.edit_best_practice()
    assert isinstance(dialog, BestPracticeDialog)
    assert dialog.banner.isVisible()
    assert all(e.isReadOnly() for e in dialog.edits.values())
    assert not any(b.isEnabled() for b in dialog.reset_buttons.values())
    dialog.close()

    recycle = window.show_recycle_list()
    assert isinstance(recycle, RecycleDialog)
    assert recycle.form.reasonLabel.isVisible()
    assert not recycle.form.restoreButton.isEnabled() and not recycle.form.emptyButton.isEnabled()
    recycle.close()

    window.menus.fill_all()
    excel = {plain(a.text()): a for a in window.menus.excel_menu.actions()}
    assert not excel["นำเข้าข้อมูลจาก Excel"].isEnabled()
    assert excel["ส่งออกเป็น Excel"].isEnabled()
    assert not window.menus.bundle_actions().import_action.isEnabled()
    assert window.menus.bundle_actions().export_work_action.isEnabled()


# -- evidence ---------------------------------------------------------------------------------


@pytest.fixture
def evidence_panel(make_window: Callable[..., MainWindow], database: Database) -> Any:
    window = make_window(database)
    work = _work(window, _indicator(database, State.IN_PROGRESS).indicator_id)
    work.show_step(1)
    panel = work.do.evidence
    assert panel.editable
    return panel


def _names(panel: Any) -> list[str]:
    return [panel.model.index(n, 0).data() for n in range(panel.model.rowCount())]


def _file(folder: Path, name: str, content: str) -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_removed_evidence_is_restored_or_emptied_after_confirmation(
    evidence_panel: Any, tmp_path: Path, database: Database, qtmodeltester: Any
) -> None:
    panel = evidence_panel
    source = _file(tmp_path, "รายงานการประชุม.txt", f"ประชุมครั้งที่ 1 {tmp_path}")
    assert panel.attach_files([source]) == 1
    row = _names(panel).index("รายงานการประชุม.txt")
    panel.table.selectRow(row)
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "รายงานการประชุม.txt" not in _names(panel)

    dialog = panel.show_recycle_list()
    assert isinstance(dialog, RecycleDialog)
    table_names = [dialog.model.index(n, 0).data() for n in range(dialog.model.rowCount())]
    assert table_names[0] == "รายงานการประชุม.txt"  # the latest removed comes first
    qtmodeltester.check(dialog.model)
    dialog.form.recycleTable.selectRow(0)
    QTest.mouseClick(dialog.form.restoreButton, Qt.MouseButton.LeftButton)
    assert "รายงานการประชุม.txt" in _names(panel)
    assert "รายงานการประชุม.txt" not in [
        dialog.model.index(n, 0).data() for n in range(dialog.model.rowCount())
    ]

    panel.table.selectRow(_names(panel).index("รายงานการประชุม.txt"))
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    count = dialog.model.rowCount()
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    QTest.mouseClick(dialog.form.emptyButton, Qt.MouseButton.LeftButton)
    assert seen and "ถาวร" in seen[0] and dialog.model.rowCount() == count
    with database.session() as s:
        sha = s.scalars(
            select(EvidenceFile.sha256).where(EvidenceFile.file_name == "รายงานการประชุม.txt")
        ).one()
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    QTest.mouseClick(dialog.form.emptyButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0 and not dialog.form.emptyButton.isEnabled()
    with database.session() as s:
        assert not s.scalars(select(EvidenceFile).where(EvidenceFile.removed_at.is_not(None))).all()
    assert not panel.context.store.path_for(sha).exists()
    dialog.close()


def test_missing_and_altered_files_are_marked_and_explained(
    evidence_panel: Any, tmp_path: Path, qtmodeltester: Any, qtbot: QtBot
) -> None:
    panel = evidence_panel
    gone = _file(tmp_path, "คำสั่งแต่งตั้ง.txt", f"คำสั่ง {tmp_path}")
    changed = _file(tmp_path, "ภาพกิจกรรม.txt", f"ภาพ {tmp_path}")
    assert panel.attach_files([gone, changed]) == 2
    by_name = {
        panel.model.file_at(n).file_name: panel.model.file_at(n)
        for n in range(panel.model.rowCount())
    }
    store = panel.context.store
    store.path_for(by_name["คำสั่งแต่งตั้ง.txt"].sha256).unlink()
    altered = store.path_for(by_name["ภาพกิจกรรม.txt"].sha256)
    altered.chmod(0o644)
    altered.write_text("แก้ไขภายหลัง", encoding="utf-8")

    panel.watch.check_now()  # what the window runs off the UI thread after start
    names = _names(panel)
    assert "คำสั่งแต่งตั้ง.txt (ไม่พบไฟล์!)" in names
    assert "ภาพกิจกรรม.txt (ไฟล์ถูกแก้ไข!)" in names
    tip = panel.model.index(names.index("ภาพกิจกรรม.txt (ไฟล์ถูกแก้ไข!)"), 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "ถูกแก้ไขหลังแนบ" in tip and "กรุณาแนบใหม่" in tip
    qtmodeltester.check(panel.model)

    panel.table.selectRow(names.index("คำสั่งแต่งตั้ง.txt (ไม่พบไฟล์!)"))
    seen: list[str] = []
    answer_next_box(seen)
    panel.open_selected()  # the store is looked in off the UI thread (evidence_opening.py)
    qtbot.waitUntil(lambda: bool(seen))
    assert "หายไปจากที่เก็บหลักฐาน" in seen[0] and "แนบไฟล์นี้ใหม่" in seen[0]


def test_a_large_file_is_attached_only_when_the_clerk_agrees(
    evidence_panel: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = evidence_panel
    monkeypatch.setattr(evidence, "LARGE_FILE_BYTES", 100)
    big = _file(tmp_path, "สแกนเล่มรายงาน.txt", "ก" * 200 + str(tmp_path))
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    assert panel.attach_files([big]) == 0
    assert seen and "ใหญ่มาก" in seen[0] and "สแกนเล่มรายงาน.txt" not in _names(panel)
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    assert panel.attach_files([big]) == 1
    assert "สแกนเล่มรายงาน.txt" in _names(panel)


def test_files_dropped_on_the_panel_are_attached(evidence_panel: Any, tmp_path: Path) -> None:
    panel = evidence_panel
    dropped = _file(tmp_path, "แบบสำรวจ.txt", f"แบบสำรวจ {tmp_path}")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, drop)
    assert "แบบสำรวจ.txt" in _names(panel)


@pytest.fixture(autouse=True)
def _settle() -> Iterator[None]:
    yield
    QApplication.processEvents()


def test_the_full_check_reports_the_database_itself_and_its_evidence(
    make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path
) -> None:
    from tests.support import fresh_database, office_with_year

    small = fresh_database(tmp_path)
    office_with_year(small)
    window = make_window(small)
    assert window.integrity is not None

    def full_check() -> str:
        # The window's own quick check may still run when the menu asks: the full
        # check follows it, and only the full check's answer is shown.
        seen: list[str] = []
        answer_next_box(seen)
        window.menus.check_action.trigger()
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=20_000)
        return seen[0]

    healthy = full_check()
    assert "ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน" in healthy
    assert "ไฟล์หลักฐานครบและตรงกับที่แนบไว้" in healthy

    # A file whose schema version was set back behind the program's: said, in Thai.
    with small.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    window.integrity.start()  # a quick check is running when the clerk asks for the full one
    wrong = full_check()
    assert "รุ่นโครงสร้างฐานข้อมูล 0003 ไม่ตรงกับของโปรแกรม" in wrong
    assert "ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน" not in wrong
    window.close()
    small.close()


def test_f1_opens_the_thai_guide_with_pictures_of_the_real_screens(
    qtbot: Any, make_window: Callable[..., MainWindow], database: Database
) -> None:
    window = make_window(database)
    assert window.menus.help_action.shortcut().toString() == "F1"
    window.menus.help_action.trigger()
    guide = window.menus.help
    assert isinstance(guide, HelpDialog) and guide.isVisible()
    browser = guide.browser
    text = browser.toPlainText()
    for section in ("เริ่มต้นใช้งาน", "PDCA", "เอกสาร PDF", "Excel", "ส่งงาน", "สำรองข้อมูล"):
        assert section in text
    images = re.findall(r'<img src="([^"]+)"', browser.toHtml())
    assert images
    folder = Path(browser.source().toLocalFile()).parent
    assert all((folder / image).is_file() for image in images)
    assert guide.width() <= 1366 and guide.height() <= 768
    guide.close()
