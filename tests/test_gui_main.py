"""The main window: first start, office-year and person, navigation, the frame shown
before the database is open, a second copy on the same database (read-only), a
database from a newer version (refused, untouched)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.migrate import open_database
from mk3desk.db.models import FiscalYear, Office, YearIndicator
from mk3desk.db.sqlite_file import quick_look
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.services import years
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.first_start import FirstStartDialog
from mk3desk.ui.launch import open_window
from mk3desk.ui.main_window import PAGES, MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.single_instance import acquire
from tests.qt_support import answer_next_box, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    database = open_database(path)
    with database.transaction() as s:
        years.create_office(s, Actor.system(), name="สำนักงานเขตทดสอบ", short_name="สพป.ทดสอบ")
        years.create_year(s, Actor.system(), be_year=2569)
        years.create_year(s, Actor.system(), be_year=2570)
    database.close()
    return path


def test_first_start_creates_an_office_from_the_template(
    qtbot: QtBot, tmp_path: Path, settings: QSettings
) -> None:
    database = open_database(tmp_path / "new.sqlite3")
    context = AppContext(database)
    dialog = FirstStartDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.createRadio.isChecked() and form.officeBox.isEnabled()
    # Without a name the office is refused and the dialog stays open.
    seen: list[str] = []
    answer_next_box(seen)
    dialog.accept()
    assert seen and "ชื่อสำนักงาน" in seen[0]
    assert dialog.isVisible()

    type_text(form.nameEdit, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1")
    type_text(form.shortNameEdit, "สพป.ขอนแก่น เขต 1")
    type_text(form.areaEdit, "จังหวัดขอนแก่น")
    form.yearSpin.setValue(2569)
    QTest.mouseClick(
        dialog.form.buttonBox.button(form.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()

    with database.session() as s:
        office = s.scalars(select(Office)).one()
        assert office.short_name == "สพป.ขอนแก่น เขต 1"
        year = s.scalars(select(FiscalYear)).one()
        assert year.be_year == 2569
        count = len(s.scalars(select(YearIndicator).where(YearIndicator.year_id == year.id)).all())
        assert count > 20  # the whole PMQA 4.0 template was copied

    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.year_combo.currentText() == "สพป.ขอนแก่น เขต 1 · ปีงบประมาณ 2569"
    assert context.year_id == year.id
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    assert page.visible_codes()[:2] == ["1.1", "1.2"]
    assert f"จาก {count} ตัวชี้วัด" in page.count.text()
    database.close()


def test_navigation_year_switch_and_remembered_geometry(
    qtbot: QtBot, small_db: Path, settings: QSettings
) -> None:
    database = open_database(small_db)
    window = MainWindow(AppContext(database), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.count() == len(PAGES) == 7
    assert [window.nav.item(n).text() for n in range(7)][:4] == [
        "ภาพรวม",
        "ตัวชี้วัด",
        "บุคลากรและผู้รับผิดชอบ",
        "การพัฒนาความรู้",
    ]
    for row in range(7):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[PAGES[row]]
    # Newest year first; switching changes what the pages show.
    assert window.year_combo.count() == 2
    assert window.year_combo.currentText().endswith("2570")
    window.year_combo.setCurrentIndex(1)
    with database.session() as s:
        y2569 = s.scalars(select(FiscalYear).where(FiscalYear.be_year == 2569)).one()
    assert window.context.year_id == y2569.id
    window.resize(720, 620)  # within the offscreen screen (800×800), above the least height
    window.close()
    again = MainWindow(AppContext(database), settings)
    qtbot.addWidget(again)
    assert again.height() == 620  # (the width is held at the window's minimum)
    assert again.context.year_id == y2569.id  # the year in view is remembered too
    assert again.stack.currentWidget() is again.pages[PAGES[6]]
    database.close()


def run_program_on(path: Path, check: Callable[[MainWindow], None]) -> int:
    """Start on *path* as the program does and run *check* once the database is open."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows: list[MainWindow] = []

    def on_window(window: QMainWindow) -> None:
        assert isinstance(window, MainWindow)
        windows.append(window)

        def attached() -> None:
            try:
                check(window)
            finally:
                app.exit(0)

        if window.is_attached:
            QTimer.singleShot(0, attached)
        else:
            window.attached.connect(attached)

    code = open_window(app, path, on_window=on_window)
    for window in windows:
        window.close()
    # Closing the last window (here, or by the program when it gives up) posts a
    # request to quit; left queued, it would end the next test's event loop instead.
    QApplication.removePostedEvents(app, QEvent.Type.Quit)
    return code


def test_the_frame_shows_the_office_years_before_the_database_is_open(
    qtbot: QtBot, small_db: Path, settings: QSettings
) -> None:
    years = quick_look(small_db, read_only=False)
    assert years is not None
    window = MainWindow(None, settings, years=years)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_attached
    assert window.year_combo.currentText() == "สพป.ทดสอบ · ปีงบประมาณ 2570"
    page = window.stack.currentWidget()
    assert page is not None
    opening = page.findChild(QLabel, "openingLabel")
    assert opening is not None
    assert opening.text() == "กำลังเปิดฐานข้อมูล…"
    assert not window.actor_combo.isEnabled()
    assert not window.menus.excel_menu.menuAction().isEnabled()
    assert not window.menus.check_action.isEnabled()
    # A click while the database opens is kept: that page is the one shown once open.
    window.nav.setCurrentRow(PAGES.index("indicators"))
    window.year_combo.setCurrentIndex(1)  # 2569
    assert window.pages == {}

    database = open_database(small_db)
    window.attach(AppContext(database))
    assert window.is_attached
    assert isinstance(window.stack.currentWidget(), IndicatorsPage)
    assert window.year_combo.currentText() == "สพป.ทดสอบ · ปีงบประมาณ 2569"
    with database.session() as s:
        y2569 = s.scalars(select(FiscalYear).where(FiscalYear.be_year == 2569)).one()
    assert window.context.year_id == y2569.id
    assert window.menus.excel_menu.menuAction().isEnabled()
    assert window.actor_combo.isEnabled()
    window.close()
    database.close()


def test_second_copy_opens_read_only(qapp: QApplication, small_db: Path) -> None:
    first = acquire(small_db)
    assert first is not None
    seen: list[str] = []
    found: dict[str, object] = {}

    def check(window: MainWindow) -> None:
        found["read_only"] = window.context.read_only
        found["banner"] = window.banner.isVisible() and window.banner.text()
        page = window.show_page("indicators")
        assert isinstance(page, IndicatorsPage)
        first_id = window.context.read(
            lambda s: s.scalars(select(YearIndicator.id).order_by(YearIndicator.id)).first()
        )
        assert first_id is not None
        page.open_indicator(first_id)
        plan = page.work.plan
        found["editable"] = plan.owner.isEnabled() or plan.start_button.isEnabled()
        found["text_read_only"] = plan.plan_text.isReadOnly()
        found["plan_banner"] = plan.banner.text().replace("\u200b", "")

    try:
        answer_next_box(seen)  # "the database is in use": said before the window opens
        assert run_program_on(small_db, check) == 0
    finally:
        first.release()
    assert seen and "ดูอย่างเดียว" in seen[0]
    assert found["read_only"] is True
    assert "ดูอย่างเดียว" in str(found["banner"])
    assert found["editable"] is False and found["text_read_only"] is True
    assert "ดูอย่างเดียว" in str(found["plan_banner"])


def test_newer_database_is_refused_and_left_untouched(qapp: QApplication, small_db: Path) -> None:
    with sqlite3.connect(small_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = small_db.read_bytes()
    seen: list[str] = []
    answer_next_box(seen)
    assert run_program_on(small_db, lambda window: None) == 1
    assert seen and "รุ่นที่ใหม่กว่า" in seen[0]
    assert small_db.read_bytes() == before
    assert acquire(small_db) is not None  # the refused copy let go of its lock


def test_a_database_that_cannot_be_opened_after_the_first_look_closes_the_window(
    qapp: QApplication, small_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file passed the first look, then something else broke it before the opening.
    def broken(*_args: object, **_kwargs: object) -> None:
        raise StorageError(
            QT_TRANSLATE_NOOP("Database", "ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason})"),
            reason="disk I/O error",
        )

    monkeypatch.setattr("mk3desk.db.migrate.open_database", broken)
    seen: list[str] = []
    answer_next_box(seen)
    assert run_program_on(small_db, lambda window: None) == 1
    assert seen and "ฐานข้อมูลเสียหาย" in seen[0]
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in qapp.topLevelWidgets())
    assert acquire(small_db) is not None  # and the lock was let go


def test_cli_path_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mk3desk.__main__ as m; assert not m.wants_gui(['score']);"
        "import mk3desk.cli; print(any(k.startswith('PySide6') for k in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.fixture(autouse=True)
def _no_leftover_windows() -> Iterator[None]:
    yield
    QApplication.processEvents()
