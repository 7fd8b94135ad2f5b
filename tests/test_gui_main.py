"""The main window: first start, office-year and person, navigation, a second copy on the
same database (read-only), a database from a newer version (refused, untouched)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.migrate import open_database
from mk3desk.db.models import FiscalYear, Office, YearIndicator
from mk3desk.services import years
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.first_start import FirstStartDialog
from mk3desk.ui.launch import open_session
from mk3desk.ui.main_window import PAGES, MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.single_instance import acquire

pytestmark = pytest.mark.gui


def type_text(widget: QWidget, text: str) -> None:
    # qtbot.keyClicks aborts the process on non-ASCII text (STACK-NOTES).
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def answer_next_box(seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


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
    assert window.nav.count() == len(PAGES) == 6
    assert [window.nav.item(n).text() for n in range(6)][:2] == ["ภาพรวม", "ตัวชี้วัด"]
    for row in range(6):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[PAGES[row]]
    # Newest year first; switching changes what the pages show.
    assert window.year_combo.count() == 2
    assert window.year_combo.currentText().endswith("2570")
    window.year_combo.setCurrentIndex(1)
    with database.session() as s:
        y2569 = s.scalars(select(FiscalYear).where(FiscalYear.be_year == 2569)).one()
    assert window.context.year_id == y2569.id
    window.resize(720, 560)  # within the offscreen screen (800×800)
    window.close()
    again = MainWindow(AppContext(database), settings)
    qtbot.addWidget(again)
    assert again.height() == 560  # (the width is held at the window's minimum)
    assert again.context.year_id == y2569.id  # the year in view is remembered too
    assert again.stack.currentWidget() is again.pages[PAGES[5]]
    database.close()


def test_second_copy_opens_read_only(qtbot: QtBot, small_db: Path, settings: QSettings) -> None:
    first = acquire(small_db)
    assert first is not None
    try:
        seen: list[str] = []
        answer_next_box(seen)
        session = open_session(small_db)
        assert session is not None
        assert seen and "ดูอย่างเดียว" in seen[0]
        assert session.context.read_only and session.lock is None
        window = MainWindow(session.context, settings)
        qtbot.addWidget(window)
        window.show()
        assert window.banner.isVisible()
        assert "ดูอย่างเดียว" in window.banner.text()
        page = window.show_page("indicators")
        assert isinstance(page, IndicatorsPage)
        with session.database.session() as s:
            first_id = s.scalars(select(YearIndicator.id).order_by(YearIndicator.id)).first()
        assert first_id is not None
        page.open_indicator(first_id)
        work = page.work
        assert not work.plan.owner.isEnabled() and not work.plan.start_button.isEnabled()
        assert work.plan.plan_text.isReadOnly()
        assert "ดูอย่างเดียว" in work.plan.banner.text().replace("\u200b", "")
        session.close()
    finally:
        first.release()


def test_newer_database_is_refused_and_left_untouched(qtbot: QtBot, small_db: Path) -> None:
    with sqlite3.connect(small_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = small_db.read_bytes()
    seen: list[str] = []
    answer_next_box(seen)
    assert open_session(small_db) is None
    assert seen and "รุ่นที่ใหม่กว่า" in seen[0]
    assert small_db.read_bytes() == before
    assert acquire(small_db) is not None  # the refused copy let go of its lock


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
