"""ยกย่องชมเชย through the widgets: record a praise, issue certificates, see the register;
and the Dashboard's picture for publishing."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFileDialog

from mk3desk.db.engine import Database
from mk3desk.domain.workflow import Role
from mk3desk.services import people
from mk3desk.services.context import Actor
from mk3desk.services.lookup import resolve_year
from mk3desk.services.recognition.read import recognitions, register
from mk3desk.ui.dialogs.recognition_dialog import RecognitionDialog
from mk3desk.ui.pages.dashboard_page import DashboardPage
from mk3desk.ui.pages.people_page import PeoplePage
from tests.qt_support import answer_next_box, type_text, year_context
from tests.support import fresh_database, office_with_year

pytestmark = pytest.mark.gui
SYSTEM = Actor.system()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = fresh_database(tmp_path)
    office_with_year(db, 2567)
    with db.transaction() as session:
        group = people.add_group(session, SYSTEM, "กลุ่มนโยบายและแผน")
        people.add_person(session, SYSTEM, name="นางสาวสมศรี ใจดี", position="นักวิเคราะห์", group=group)
        people.add_person(session, SYSTEM, name="นายสมชาย รักงาน", roles=(Role.STAFF,))
    yield db
    db.close()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _save_as(monkeypatch: Any, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def test_praise_then_certificates_through_the_dialog(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    context = year_context(database, 2567)
    dialog = RecognitionDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 60)
    dialog.show()
    _settle()
    dialog.recipient_combo.setCurrentIndex(dialog.recipient_combo.findText("กลุ่มนโยบายและแผน"))
    type_text(dialog.reason_edit, "ร่วมมือกันรายงานตัวชี้วัดครบถ้วน")
    qtbot.keyClicks(dialog.date_edit, "20/9/2567")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _settle()
    with database.session() as session:
        listed = recognitions(session, resolve_year(session, 2567))
    assert [r.recipient for r in listed] == ["กลุ่มนโยบายและแผน"]
    assert dialog.list_view.rowCount() == 1

    # No director in Settings, nobody typed: refused in Thai, nothing issued or written.
    dialog.list_view.selectRow(0)
    target = tmp_path / "เกียรติบัตร.pdf"
    _save_as(monkeypatch, target)
    seen: list[str] = []
    answer_next_box(seen)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    _settle()
    assert seen and "ผู้ลงนาม" in seen[0]
    assert not target.exists()
    assert dialog.register_view.rowCount() == 0

    type_text(dialog.signer_edit, "นายใหญ่ ใจดี")
    type_text(dialog.position_edit, "ผู้อำนวยการสำนักงาน")
    qtbot.keyClicks(dialog.issued_edit, "27/9/2567")
    dialog.list_view.selectRow(0)
    answer_next_box(seen)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    _settle()
    assert "บันทึกเกียรติบัตร" in seen[-1]
    with database.session() as session:
        issued = register(session, resolve_year(session, 2567))
    assert [(c.number, c.recipient_name) for c in issued] == [
        (1, "นางสาวสมศรี ใจดี")  # the group's only member
    ]
    first = dialog.register_view.item(0, 0)
    assert first is not None
    assert first.text() == "เลขที่ 1/2567"
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "นางสาวสมศรี ใจดี" in text and "เลขที่ ๑/๒๕๖๗" in text

    if os.environ.get("MK3DESK_SHOTS"):
        dialog.grab().save(str(Path(os.environ["MK3DESK_SHOTS"]) / "recognition.png"))
    sideways = [
        type(a).__name__
        for a in dialog.findChildren(QAbstractScrollArea)
        if a.isVisible() and a.horizontalScrollBar().maximum() > 0
    ]
    assert not sideways


def test_the_people_page_opens_the_recognition_dialog(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    page = PeoplePage(year_context(database, 2567))
    qtbot.addWidget(page)
    page.resize(1100, 700)  # the page's share of a 1366×768 window, as a clerk sees it
    page.show()
    page.refresh()
    assert page.recognition_button.isVisible() and page.recognition_button.width() > 0
    qtbot.mouseClick(page.recognition_button, Qt.MouseButton.LeftButton)
    _settle()
    dialogs = page.findChildren(RecognitionDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_the_dashboard_saves_the_picture_and_the_poster(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    from PIL import Image

    page = DashboardPage(year_context(database, 2567))
    qtbot.addWidget(page)
    page.refresh()
    png = tmp_path / "ภาพสรุป.png"
    _save_as(monkeypatch, png)
    seen: list[str] = []
    answer_next_box(seen)
    qtbot.mouseClick(page.poster_button, Qt.MouseButton.LeftButton)
    _settle()
    assert seen and "บันทึกภาพ" in seen[0]
    with Image.open(png) as image:
        assert image.size == (1080, 1350)
        # The navy head and the white body: a picture, not an empty page.
        head, body = image.getpixel((540, 20)), image.getpixel((540, 700))
        assert isinstance(head, tuple) and isinstance(body, tuple)
        assert head[:3] != body[:3]
    text = subprocess.run(
        ["pdftotext", str(png.with_suffix(".pdf")), "-"], capture_output=True, text=True
    ).stdout
    assert "MK3 Model" in text and "๒๕๖๗" in text


def test_a_staff_member_sees_the_register_but_cannot_issue(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    from mk3desk.services.people import people as list_people

    context = year_context(database, 2567)
    staff = context.read(
        lambda s: next(p for p in list_people(s, None) if p.name == "นายสมชาย รักงาน")
    )
    context.set_actor(Actor.of(staff))
    dialog = RecognitionDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    assert not dialog.issue_button.isEnabled()
    assert dialog.print_button.isEnabled()
