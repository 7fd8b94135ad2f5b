"""Live enough (issue #15, item 4) on the pages with forms and choices: the knowledge page,
the reports page and the Settings page follow what someone else writes on the same
database, without wiping what the clerk is typing or has chosen, and the Settings page
outlives a lost server by itself.

"Someone else" is a second ``Database`` on the same file (another window, the CLI, a
client of the server): the window hears it through its poll (ui/live.py), shortened
here to a fraction of a second.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database, make_engine
from mk3desk.db.migrate import open_database
from mk3desk.domain.actor import Actor
from mk3desk.domain.committees import CommitteeDraft
from mk3desk.domain.knowledge import Attendance, SessionDraft, SessionKind
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import office_edit
from mk3desk.services.committees import delete as committee_delete
from mk3desk.services.committees import read as committee_read
from mk3desk.services.committees import save as committee_save
from mk3desk.services.knowledge import read, save
from mk3desk.services.lookup import resolve_year
from mk3desk.services.settings import Signatory, load_settings, save_settings
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.record_conflict_dialog import RecordConflictDialog
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.knowledge_page import KnowledgePage
from mk3desk.ui.pages.reports_page import ReportsPage
from mk3desk.ui.pages.settings_page import SettingsPage
from mk3desk.ui.thai_wrap import strip_hints
from mk3desk.ui.widgets.autosave import DELAY_MS
from tests import prebuilt
from tests.live_support import (
    a_window,
    copy_of,
    person_id,
)
from tests.pg_support import PgServer
from tests.qt_support import answer_next_box, answer_next_dialog, type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("quick_polls")]

# conftest's fixtures: polls every 150 ms (quick_polls), the module's own PostgreSQL server
# (live_server: stopped and started by a test) and its prepared office (live_prepared).

TODAY = date(2025, 3, 1)  # the demo day the other GUI tests use (one prebuilt build)
SYSTEM = Actor.system()
SOON = 10_000  # ms: "within a poll or two", generously for a loaded machine


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prebuilt.demo_office_file(tmp_path_factory.mktemp("live") / "office.sqlite3", TODAY)


class Office:
    """The clerk's window on a copy of the demo, FY2567, and someone else on the same file."""

    def __init__(self, qtbot: QtBot, demo_file: Path, tmp_path: Path) -> None:
        copy = prebuilt.copy_database(demo_file, tmp_path / "office.sqlite3")
        self.database = open_database(copy)
        self.other: Database = open_database(copy)
        context = AppContext(self.database)
        self.office_year: OfficeYear = context.read(lambda s: resolve_year(s, 2567))
        context.set_year(self.office_year)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(context, settings)
        qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitUntil(lambda: self.window.live is not None and self.window.live.polls >= 1)

    @property
    def context(self) -> AppContext:
        return self.window.context

    def close(self) -> None:
        self.window.close()
        self.other.close()
        self.database.close()


def screenshot(office: Office, name: str) -> None:
    """The window as the clerk sees it, when MK3DESK_SCREENSHOTS names a folder."""
    if shots := os.environ.get("MK3DESK_SCREENSHOTS"):
        office.window.grab().save(str(Path(shots) / name))


@pytest.fixture
def office(qtbot: QtBot, demo_file: Path, tmp_path: Path) -> Iterator[Office]:
    shown = Office(qtbot, demo_file, tmp_path)
    try:
        yield shown
    finally:
        shown.close()


# -- the knowledge page --------------------------------------------------------------------


def knowledge(office: Office) -> KnowledgePage:
    page = office.window.show_page("knowledge")
    assert isinstance(page, KnowledgePage)
    return page


def session_titles(page: KnowledgePage) -> list[str]:
    return [strip_hints(page.list.item(n).text()) for n in range(page.list.count())]


def another_session(office: Office, topic: str) -> int:
    """Someone else records a session of the year (on their own connection)."""
    with office.other.transaction() as s:
        person = read.people_to_invite(s, office.office_year)[0].person_id
        draft = SessionDraft(
            held_on=date(2024, 2, 20),
            topic=topic,
            kind=SessionKind.BRIEFING,
            speaker="",
            place="",
            lessons="",
            attendees=((person, Attendance.ATTENDED),),
            indicator_ids=(),
        )
        return save.create_session(s, SYSTEM, office.office_year, draft)


def retitle_shown(office: Office, page: KnowledgePage, topic: str, lessons: str) -> None:
    """Someone else saves the session the clerk has in the form, with a new topic."""
    assert page.shown is not None
    shown_id = page.shown.session_id
    with office.other.transaction() as s:
        stored = next(v for v in read.sessions(s, office.office_year) if v.session_id == shown_id)
        draft = SessionDraft(
            held_on=stored.held_on,
            topic=topic,
            kind=stored.kind,
            speaker=stored.speaker,
            place=stored.place,
            lessons=lessons,
            attendees=tuple((a.person_id, a.status) for a in stored.attendees),
            indicator_ids=tuple(i.indicator_id for i in stored.indicators),
        )
        save.edit_session(s, SYSTEM, office.office_year, shown_id, draft, version=stored.version)


def stored_lessons(office: Office, session_id: int) -> str:
    with office.other.session() as s:
        views = read.sessions(s, office.office_year)
    return next(v.lessons for v in views if v.session_id == session_id)


def test_another_clerks_session_appears_and_the_one_shown_reads_again(
    qtbot: QtBot, office: Office
) -> None:
    page = knowledge(office)
    count = page.list.count()
    another_session(office, "ประชุมจากอีกเครื่องหนึ่ง")
    qtbot.waitUntil(lambda: page.list.count() == count + 1, timeout=SOON)
    assert any("ประชุมจากอีกเครื่องหนึ่ง" in t for t in session_titles(page))
    # Nothing typed in the form: someone else's save of the session shown shows in it.
    assert page.shown is not None
    shown_id = page.shown.session_id
    retitle_shown(office, page, "หัวข้อที่เพื่อนแก้", "บทเรียนของเพื่อน")
    qtbot.waitUntil(lambda: page.topic.text() == "หัวข้อที่เพื่อนแก้", timeout=SOON)
    assert page.lessons.toPlainText() == "บทเรียนของเพื่อน"
    assert page.shown is not None and page.shown.session_id == shown_id
    assert page.list.currentRow() >= 0
    assert "หัวข้อที่เพื่อนแก้" in strip_hints(page.list.currentItem().text())


def test_typing_in_a_session_form_survives_others_writes_and_saving_asks(
    qtbot: QtBot, office: Office
) -> None:
    page = knowledge(office)
    assert page.shown is not None
    shown_id = page.shown.session_id
    count = page.list.count()
    page.lessons.setFocus()
    page.lessons.selectAll()
    type_text(page.lessons, "บทเรียนที่กำลังพิมพ์")
    # Someone else adds a session, then saves the very session in the form.
    another_session(office, "ประชุมระหว่างที่พิมพ์")
    qtbot.waitUntil(lambda: page.list.count() == count + 1, timeout=SOON)
    retitle_shown(office, page, "หัวข้อที่เพื่อนแก้", "บทเรียนของเพื่อน")
    qtbot.waitUntil(lambda: "ผู้ใช้อื่นแก้ไข" in page.status.text(), timeout=SOON)
    # The list shows their title; the form still holds what the clerk typed.
    assert any("หัวข้อที่เพื่อนแก้" in t for t in session_titles(page))
    assert page.lessons.toPlainText() == "บทเรียนที่กำลังพิมพ์"
    assert page.topic.text() != "หัวข้อที่เพื่อนแก้"
    assert page.shown is not None and page.shown.session_id == shown_id
    assert "หัวข้อที่เพื่อนแก้" in strip_hints(page.list.currentItem().text())  # still shown
    screenshot(office, "knowledge-kept-typing.png")
    # Saving it is the side-by-side choice, not a silent overwrite either way.
    compared: list[str] = []

    def keep_mine(dialog: RecordConflictDialog) -> None:
        compared.append(dialog.windowTitle())
        dialog.keep_button.click()

    answer_next_dialog(RecordConflictDialog, keep_mine)
    assert page.save()
    assert compared
    assert stored_lessons(office, shown_id) == "บทเรียนที่กำลังพิมพ์"
    assert page.lessons.toPlainText() == "บทเรียนที่กำลังพิมพ์"
    assert not page.form.typed()


def test_a_new_session_form_is_not_replaced_by_a_refresh(qtbot: QtBot, office: Office) -> None:
    page = knowledge(office)
    page.new_button.click()
    count = page.list.count()
    another_session(office, "ประชุมขณะเปิดแบบฟอร์มใหม่")
    qtbot.waitUntil(lambda: page.list.count() == count + 1, timeout=SOON)
    # The empty form the clerk asked for stays empty and new (nothing typed yet) ...
    assert page.shown is None and page.topic.text() == "" and page.attendees.rowCount() == 0
    page.topic.setFocus()
    type_text(page.topic, "การประชุมใหม่ของฉัน")
    another_session(office, "ประชุมอีกครั้งจากอีกเครื่อง")
    qtbot.waitUntil(lambda: page.list.count() == count + 2, timeout=SOON)
    # ... and so does what is typed into it.
    assert page.shown is None and page.topic.text() == "การประชุมใหม่ของฉัน"


def test_a_refresh_that_finds_the_server_gone_reads_again_later(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mk3desk.db.errors import lost_connection_error

    page = knowledge(office)
    topic = page.topic.text()

    def lost(_fn: object) -> object:
        raise lost_connection_error()

    monkeypatch.setattr(office.context, "read", lost)
    page.refresh()  # the server went away since the poll: no error, read again later
    assert page.stale and page.topic.text() == topic
    monkeypatch.undo()
    page.mark_stale()
    assert not page.stale and page.topic.text() == topic


# -- the reports page ----------------------------------------------------------------------


def another_committee(office: Office, name: str) -> None:
    with office.other.transaction() as s:
        first = committee_read.committees(s, office.office_year)[0]
        draft = CommitteeDraft(
            name=name,
            order=replace(first.order, number="125"),
            duties="ติดตามงาน",
            members=tuple((m.person_id, m.role) for m in first.members[:3]),
        )
        committee_save.create_committee(s, SYSTEM, office.office_year, draft)


def committees(page: ReportsPage) -> list[str]:
    return [page.committee_box.itemText(n) for n in range(page.committee_box.count())]


def test_the_reports_page_keeps_the_clerks_choices_and_shows_a_new_committee(
    qtbot: QtBot, office: Office
) -> None:
    page = office.window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.select_kind("indicator", "2.1")
    assert page.indicator_box.currentData() == "2.1"
    another_committee(office, "คณะกรรมการติดตามจากอีกเครื่อง")
    qtbot.waitUntil(lambda: "คณะกรรมการติดตามจากอีกเครื่อง" in committees(page), timeout=SOON)
    assert page.kind().key == "indicator"
    assert page.indicator_box.currentData() == "2.1"
    # The committee order: the committee chosen stays chosen as others add theirs.
    page.select_kind("committee")
    page.committee_box.setCurrentIndex(page.committee_box.count() - 1)
    chosen = page.committee_box.currentText()
    another_committee(office, "คณะทำงานอีกชุดจากอีกเครื่อง")
    qtbot.waitUntil(lambda: "คณะทำงานอีกชุดจากอีกเครื่อง" in committees(page), timeout=SOON)
    assert page.kind().key == "committee" and page.committee_box.currentText() == chosen
    # The committee chosen is deleted on the other machine: the page says so and which
    # committee it offers instead, rather than changing the choice silently.
    with office.other.transaction() as s:
        gone = next(c for c in committee_read.committees(s, office.office_year) if c.name == chosen)
        committee_delete.delete_committee(s, SYSTEM, office.office_year, gone.committee_id)
    qtbot.waitUntil(lambda: chosen not in committees(page), timeout=SOON)
    assert f"«{chosen}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว" in page.status.text()
    assert f"เลือก «{page.committee_box.currentText()}» แทน" in page.status.text()


# -- the Settings page ---------------------------------------------------------------------


def test_settings_typed_while_the_server_is_lost_are_saved_when_it_is_back(
    qtbot: QtBot, office: Office
) -> None:
    page = office.window.show_page("settings")
    assert isinstance(page, SettingsPage)
    live = office.window.live
    assert live is not None
    live.stop()  # the server stays lost until the test says it is back
    office.context.set_online(False)  # as a failed poll or save says
    page.name_edit.setFocus()
    page.name_edit.selectAll()
    type_text(page.name_edit, "สำนักงานเขตที่พิมพ์ตอนเน็ตหลุด")
    qtbot.waitUntil(lambda: "ขาดการเชื่อมต่อ" in page.office_status.text(), timeout=DELAY_MS + 3000)
    assert "จะบันทึกเมื่อเชื่อมต่อได้" in page.office_status.text()
    screenshot(office, "settings-waiting.png")
    # Closing the program now would lose them (settings are not drafts): it asks, and
    # by default it stays open with the typing.
    seen: list[str] = []
    answer_next_box(seen)
    office.window.close()
    assert seen and "ค่าตั้งในหน้าตั้งค่า" in seen[0]
    assert office.window.isVisible() and page.name_edit.text() == "สำนักงานเขตที่พิมพ์ตอนเน็ตหลุด"
    # Meanwhile someone else names the director (the other section): nothing asks.
    office_id = office.office_year.office_id
    with office.other.transaction() as s:
        settings = load_settings(s, office_id)
        director = Signatory("นายผู้อำนวยการ คนใหม่", "ผู้อำนวยการ")
        save_settings(s, SYSTEM, replace(settings, director=director), office_id, base=settings)
    page.mark_stale()  # a refresh now (ui/live.py when it hears them) keeps the typing
    assert page.name_edit.text() == "สำนักงานเขตที่พิมพ์ตอนเน็ตหลุด"

    office.context.set_online(True)  # the server answers again
    assert page.office_status.text() == "บันทึกแล้ว"
    with office.other.session() as s:
        assert office_edit.load_profile(s, office_id).name == "สำนักงานเขตที่พิมพ์ตอนเน็ตหลุด"
    # And the page read again by itself: the other clerk's director is on show.
    assert page.signatory_names["director"].currentText() == "นายผู้อำนวยการ คนใหม่"
    assert page.name_edit.text() == "สำนักงานเขตที่พิมพ์ตอนเน็ตหลุด"


def test_a_setting_typed_as_the_server_goes_down_is_saved_when_it_is_back(
    qtbot: QtBot,
    tmp_path: Path,
    live_server: PgServer,
    live_prepared: tuple[dict[str, Actor], int],
) -> None:
    """The real thing on an office server: the save fails for the connection, the window's
    poll finds the server back, and the Settings page saves and reads by itself."""
    cast, _indicator_id = live_prepared
    url = copy_of(live_server, "settings")
    database = open_database(url)
    try:
        window = a_window(qtbot, database, tmp_path)
        window.choose_actor(person_id(cast["coordinator"]))
        page = window.show_page("settings")
        assert isinstance(page, SettingsPage)
        live_server.stop()
        page.address_edit.setFocus()
        type_text(page.address_edit, "๑๒๓ ถนนศรีสวัสดิ์")
        qtbot.waitUntil(
            lambda: "จะบันทึกเมื่อเชื่อมต่อได้" in page.office_status.text(), timeout=DELAY_MS + 5000
        )
        assert not window.context.online
        assert page.address_edit.text() == "๑๒๓ ถนนศรีสวัสดิ์"
        live_server.start()
        qtbot.waitUntil(lambda: page.office_status.text() == "บันทึกแล้ว", timeout=15_000)
        other = Database(make_engine(url), None)
        try:
            with other.session() as s:
                assert office_edit.load_profile(s).address == "๑๒๓ ถนนศรีสวัสดิ์"
        finally:
            other.close()
        assert page.address_edit.text() == "๑๒๓ ถนนศรีสวัสดิ์"
        window.close()
    finally:
        database.close()
