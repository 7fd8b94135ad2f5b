"""The การพัฒนาความรู้ page: a clerk records a session through the widgets (issue #14 item 2)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox, QMessageBox

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.knowledge import Attendance
from mk3desk.services.knowledge import read
from mk3desk.services.lookup import resolve_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.pages.knowledge_page import KnowledgePage
from tests import prebuilt
from tests.qt_support import answer_next_box, type_text

pytestmark = pytest.mark.gui
# The demo of the day most GUI tests use (one prebuilt build); the window is put on FY2567,
# a finished year whose sessions and work do not depend on the demo's *today*.
TODAY = date(2025, 3, 1)
WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prebuilt.demo_office_file(tmp_path_factory.mktemp("kgui") / "office.sqlite3", TODAY)


@pytest.fixture
def window(qapp: Any, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    copy = prebuilt.copy_database(demo_file, tmp_path / "office.sqlite3")
    database = open_database(copy)
    context = AppContext(database)
    context.set_year(context.read(lambda s: resolve_year(s, 2567)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(context, settings)
    shown.resize(WIDTH, HEIGHT)
    shown.show()
    _settle()
    yield shown
    shown.close()
    shown.deleteLater()
    _settle()
    database.close()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _page(window: MainWindow) -> KnowledgePage:
    page = window.show_page("knowledge")
    assert isinstance(page, KnowledgePage)
    _settle()
    return page


def _sideways(page: KnowledgePage) -> list[str]:
    _settle()
    return [
        f"{type(a).__name__} {a.objectName()}: {a.horizontalScrollBar().maximum()}"
        for a in page.findChildren(QAbstractScrollArea)
        if a.isVisible() and a.horizontalScrollBar().maximum() > 0
    ]


def _database(window: MainWindow) -> Database:
    return window.context.database


def test_the_demo_sessions_show_at_1366_without_sideways_scrolling(
    window: MainWindow, tmp_path: Path
) -> None:
    page = _page(window)
    assert window.nav.currentItem().text() == "การพัฒนาความรู้"
    assert page.list.count() == 3
    assert "ชี้แจงแนวทางการดำเนินงาน" in page.topic.text()
    assert page.attendees.rowCount() == 18
    checked = [
        page.indicators.item(n).text()
        for n in range(page.indicators.count())
        if page.indicators.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert [t.split()[0] for t in checked] == ["1.1", "2.1", "2.4"]
    assert page.materials.count() == 1
    assert not _sideways(page)
    page.list.setCurrentRow(2)  # the lessons-learned session: 20 invited
    assert page.attendees.rowCount() == 20
    assert not _sideways(page)
    if shots := os.environ.get("MK3DESK_SCREENSHOTS"):
        window.grab().save(str(Path(shots) / "knowledge-page-1366.png"))


def test_a_clerk_records_a_session_prints_its_sheet_and_attaches_a_file(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    page = _page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.topic.text() == "" and page.attendees.rowCount() == 0
    type_text(page.held_on.line_edit, "15/1/2567")
    page.kind.setCurrentIndex(page.kind.findData("coaching"))
    type_text(page.topic, "โค้ชการเขียนรายงานตัวชี้วัด 7.3.1")
    type_text(page.speaker, "นางบุษบา มณีรัตน์")

    # Saving with nobody listed: the Thai refusal, nothing written.
    seen: list[str] = []
    answer_next_box(seen)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _settle()
    assert any("ยังไม่มีผู้เข้าร่วม" in text for text in seen), seen
    assert page.list.count() == 3

    for name, status in (
        ("นางสาวศิริพร ดวงแก้ว", Attendance.ATTENDED),
        ("นางบุษบา มณีรัตน์", Attendance.LEAVE),
    ):
        qtbot.mouseClick(page.add_row_button, Qt.MouseButton.LeftButton)
        row = page.attendees.rowCount() - 1
        person = page.attendees.cellWidget(row, 0)
        state = page.attendees.cellWidget(row, 1)
        assert isinstance(person, QComboBox) and isinstance(state, QComboBox)
        person.setCurrentIndex(person.findText(name))
        state.setCurrentIndex(state.findData(status.value))
    for n in range(page.indicators.count()):
        if page.indicators.item(n).text().startswith("7.3.1"):
            page.indicators.item(n).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _settle()
    assert page.list.count() == 4
    assert page.status.text() == "บันทึกแล้ว"
    with _database(window).session() as session:
        chosen = resolve_year(session, 2567)
        saved = [s for s in read.sessions(session, chosen) if s.topic.startswith("โค้ช")]
    assert len(saved) == 1
    view = saved[0]
    assert view.held_on == date(2024, 1, 15) and view.kind.value == "coaching"
    assert [(a.name, a.status) for a in view.attendees] == [
        ("นางสาวศิริพร ดวงแก้ว", Attendance.ATTENDED),
        ("นางบุษบา มณีรัตน์", Attendance.LEAVE),
    ]
    assert [i.code for i in view.indicators] == ["7.3.1"]

    material = tmp_path / "ภาพการโค้ช.png"
    material.write_bytes(b"\x89PNG coaching")
    assert page.attach(material)
    assert [page.materials.item(n).text() for n in range(page.materials.count())] == [
        "ภาพการโค้ช.png"
    ]

    out = page.print_document("attendance", tmp_path / "sheet.pdf")
    assert out is not None and "1 หน้า" in page.status.text()
    text = "".join(
        subprocess.run(
            ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "ใบลงทะเบียน" in text and "นางสาวศิริพรดวงแก้ว" in text and "ลา" in text

    # The indicator's Do step lists the session among its evidence.
    indicators = window.show_page("indicators")
    assert isinstance(indicators, IndicatorsPage)
    indicators.open_indicator(view.indicators[0].indicator_id)
    indicators.work.show_step(1)
    _settle()
    label = indicators.work.do.sessions
    assert label.isVisible()
    assert "โค้ชการเขียนรายงานตัวชี้วัด" in label.text().replace("\u200b", "")


def test_a_viewer_cannot_record_sessions(window: MainWindow) -> None:
    from mk3desk.services.context import Actor

    window.context.set_actor(Actor.nobody())
    page = _page(window)
    page.refresh()
    assert not page.save_button.isEnabled() and not page.new_button.isEnabled()
    assert page.sheet_button.isEnabled(), "anyone may print"


def test_typing_not_saved_is_dropped_only_when_the_clerk_says_so(
    qtbot: Any, window: MainWindow
) -> None:
    page = _page(window)
    page.list.setCurrentRow(0)
    first = page.topic.text()
    type_text(page.lessons, " เพิ่มเติมที่ยังไม่ได้บันทึก")
    # Another session chosen: asked; "Cancel" (the default) keeps the form and the row.
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.Cancel)
    page.list.setCurrentRow(1)
    assert seen and "ยังไม่ได้บันทึก" in seen[0]
    assert page.list.currentRow() == 0 and page.topic.text() == first
    assert "เพิ่มเติมที่ยังไม่ได้บันทึก" in page.lessons.toPlainText()
    # Closing the program: asked too, and by default it stays open with the typing.
    seen.clear()
    answer_next_box(seen)
    window.close()
    assert seen and "หน้าการพัฒนาความรู้" in seen[0]
    assert window.isVisible()
    # "Discard": the other session is shown as stored, and closing asks no more.
    answer_next_box(seen, QMessageBox.StandardButton.Discard)
    page.list.setCurrentRow(1)
    assert page.list.currentRow() == 1 and page.topic.text() != first
    assert page.unsaved() == ""
