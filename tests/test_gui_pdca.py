"""One process item and one outcome indicator taken through the whole PDCA cycle with real
widgets: plan, do (ticks, narratives, values, evidence), submit, a return with comments,
fix, resubmit, verify, lock (controls disabled with the reason), reflect; then the
history list and the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import EvidenceFile, Person, Transition, YearIndicator
from mk3desk.domain.workflow import Role, State
from mk3desk.services import pdca, people, workflow, years
from mk3desk.services.context import Actor
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.text_conflict_dialog import TextConflictDialog
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pdca.work_screen import WorkScreen
from mk3desk.ui.thai_wrap import strip_hints
from mk3desk.ui.widgets.autosave import DELAY_MS
from tests.qt_support import answer_next_box, answer_next_dialog, open_work, type_text

pytestmark = pytest.mark.gui


def state_of(work: WorkScreen) -> State:
    assert work.detail is not None
    return work.detail.state


def seen_text(label: QLabel) -> str:
    """What the label shows, without the invisible word-break hints."""
    return label.text().replace("\u200b", "")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    folder = tmp_path_factory.mktemp("pdca")
    database = open_database(folder / "office.sqlite3")
    system = Actor.system()
    with database.transaction() as s:
        years.create_office(s, system, name="สำนักงานเขตพื้นที่การศึกษาทดสอบ", short_name="สพป.ทดสอบ")
        years.create_year(s, system, be_year=2570)
        ids = {
            key: people.add_person(s, system, name=name, roles=roles).id
            for key, name, roles in (
                ("owner", "นางสาวสมศรี ใจดี", (Role.STAFF,)),
                ("backup", "นายสมชาย เก่งงาน", (Role.STAFF,)),
                ("reviewer", "นางวิไล ตรวจดี", (Role.REVIEWER,)),
                ("coordinator", "นางสาวกนกวรรณ ประสานงาน", (Role.COORDINATOR, Role.REVIEWER)),
            )
        }
    yield database, ids
    database.close()


@pytest.fixture
def window(
    qtbot: QtBot, office: tuple[Database, dict[str, int]], tmp_path: Path
) -> Iterator[MainWindow]:
    database, _ids = office
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(AppContext(database), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def stored(database: Database, code: str) -> YearIndicator:
    with database.session() as s:
        ind = s.scalars(select(YearIndicator).where(YearIndicator.code == code)).one()
        _ = (ind.pdca, ind.assignment, ind.transitions, ind.outcome_values, ind.evidence)
        for c in ind.criteria:
            _ = c.result
        return ind


def plan(work: WorkScreen, qtbot: QtBot, ids: dict[str, int]) -> None:
    window = work.window()
    assert isinstance(window, MainWindow)
    # Nobody owns it yet: the coordinator starts it and assigns it (the rights table).
    window.choose_actor(ids["coordinator"])
    panel = work.plan
    QTest.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.PLANNING
    # The step says what the plan still lacks before Do can start.
    assert "ระบุผู้รับผิดชอบตัวชี้วัด" in seen_text(panel.needs)
    assert "กำหนดวันส่งงาน" in seen_text(panel.needs)
    panel.owner.setCurrentIndex(panel.owner.findData(ids["owner"]))
    panel.backup.setCurrentIndex(panel.backup.findData(ids["backup"]))
    panel.deadline.line_edit.setText("15/1/2570")
    panel.deadline.commit_text()
    # The Key Man writes the plan and starts the work.
    window.choose_actor(ids["owner"])
    panel.plan_text.setFocus()
    type_text(panel.plan_text, "ประชุมคณะทำงาน")
    assert "ระบุผู้รับผิดชอบ" not in seen_text(panel.needs)
    QTest.mouseClick(panel.do_button, Qt.MouseButton.LeftButton)


def test_process_item_through_the_whole_cycle(
    window: MainWindow, qtbot: QtBot, office: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    database, ids = office
    window.choose_actor(ids["owner"])
    work = open_work(window, "1.1")
    assert work.header.stepper.buttons[0].property("current") is True

    # Plan: the typed text is saved before the move (as on focus-out).
    plan(work, qtbot, ids)
    assert state_of(work) is State.IN_PROGRESS
    row = stored(database, "1.1")
    assert row.assignment is not None and row.assignment.owner_id == ids["owner"]
    assert row.assignment.deadline == date(2027, 1, 15)
    assert row.pdca is not None and row.pdca.plan_text == "ประชุมคณะทำงาน"
    assert work.current_step() == 1  # the screen moved on to Do with the indicator

    # Do: log, tick B1 with a narrative, attach evidence for B1.
    do = work.do
    do.do_log.setFocus()
    type_text(do.do_log, "จัดประชุมแล้ว")
    b1 = do.criteria.rows["B1"]
    QTest.mouseClick(b1.tick, Qt.MouseButton.LeftButton)
    type_text(b1.narrative, "มีแผนที่ยุทธศาสตร์")
    work.flush()  # what focus-out does
    assert "ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน" in seen_text(do.needs)
    evidence_file = tmp_path / "รายงานการประชุม.pdf"
    evidence_file.write_bytes(b"%PDF-1.4 test")
    do.evidence.criterion.setCurrentIndex(do.evidence.criterion.findData("B1"))
    type_text(do.evidence.description, "รายงานการประชุม ครั้งที่ 1")
    assert do.evidence.attach_files([evidence_file]) == 1
    assert do.evidence.model.rowCount() == 1
    assert "หลักฐาน 1 ไฟล์" in seen_text(b1.evidence)
    QTest.mouseClick(do.submit_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.SUBMITTED
    assert do.do_log.isReadOnly() and not b1.tick.isEnabled()
    assert "อยู่ระหว่างการตรวจสอบ" in seen_text(do.banner)

    # Check as the reviewer: a return needs a comment (refused, nothing changes) ...
    window.choose_actor(ids["reviewer"])
    check = work.check
    assert check.return_button.isEnabled() and not check.lock_button.isEnabled()
    seen: list[str] = []
    answer_next_box(seen)
    QTest.mouseClick(check.return_button, Qt.MouseButton.LeftButton)
    assert seen and "ต้องระบุเหตุผล" in seen[0]
    assert state_of(work) is State.SUBMITTED
    # ... and with one, goes back to the owner.
    type_text(check.comment, "เพิ่มรายละเอียดการประชุม")
    QTest.mouseClick(check.return_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.RETURNED

    # The owner sees the comment, fixes, resubmits.
    window.choose_actor(ids["owner"])
    assert do.returned.isVisible()
    assert "เพิ่มรายละเอียดการประชุม" in seen_text(do.returned)
    assert not do.do_log.isReadOnly()
    b1.narrative.moveCursor(b1.narrative.textCursor().MoveOperation.End)
    type_text(b1.narrative, " ครบทุกกลุ่ม")
    QTest.mouseClick(do.submit_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.SUBMITTED

    # The reviewer verifies; the coordinator locks.
    window.choose_actor(ids["reviewer"])
    QTest.mouseClick(check.verify_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.VERIFIED
    assert not check.lock_button.isEnabled()  # a reviewer may not lock
    window.choose_actor(ids["coordinator"])
    QTest.mouseClick(check.lock_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.LOCKED

    # Locked: the Plan and Do controls are disabled and say why.
    for widget in (
        work.plan.owner,
        work.plan.deadline,
        b1.tick,
        b1.attach,
        do.evidence.attach_button,
    ):
        assert not widget.isEnabled()
    assert work.plan.plan_text.isReadOnly() and b1.narrative.isReadOnly()
    assert work.current_step() == 3  # the screen moved on to Act
    work.show_step(1)
    assert do.banner.isVisible()
    assert "ปิดระบบแล้ว" in seen_text(do.banner)
    assert check.reopen_button.isEnabled()

    # Act: reflection, then reflected.
    window.choose_actor(ids["owner"])
    work.show_step(3)
    act = work.act
    assert not act.reflection.isReadOnly()
    act.reflection.setFocus()
    type_text(act.reflection, "ปีหน้าเริ่มเร็วขึ้น")
    QTest.mouseClick(act.done_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.REFLECTED

    # History, newest first, and the database.
    work.show_step(4)
    model = work.history.model
    moves = [model.index(n, 1).data() for n in range(model.rowCount())]
    assert moves[0] == "ปิดระบบแล้ว → สะท้อนผลแล้ว"
    assert moves[-1] == "ยังไม่เริ่ม → วางแผน"
    assert model.rowCount() == 8
    assert model.index(4, 3).data().replace("\u200b", "") == "เพิ่มรายละเอียดการประชุม"
    row = stored(database, "1.1")
    assert [t.to_state for t in row.transitions] == [
        "planning",
        "in_progress",
        "submitted",
        "returned",
        "submitted",
        "verified",
        "locked",
        "reflected",
    ]
    b1_row = next(c for c in row.criteria if c.key == "B1")
    assert b1_row.result is not None and b1_row.result.met
    assert b1_row.result.narrative == "มีแผนที่ยุทธศาสตร์ ครบทุกกลุ่ม"
    assert row.pdca is not None and row.pdca.act_reflection == "ปีหน้าเริ่มเร็วขึ้น"
    assert row.pdca.do_log == "จัดประชุมแล้ว"
    with database.session() as s:
        files = s.scalars(select(EvidenceFile).where(EvidenceFile.indicator_id == row.id)).all()
        assert [(f.file_name, f.description) for f in files] == [
            ("รายงานการประชุม.pdf", "รายงานการประชุม ครั้งที่ 1")
        ]
        returned = s.scalars(select(Transition).where(Transition.to_state == "returned")).one()
        assert returned.comment == "เพิ่มรายละเอียดการประชุม"
        assert returned.actor_name == "นางวิไล ตรวจดี"


def test_outcome_indicator_with_live_score(
    window: MainWindow, qtbot: QtBot, office: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    database, ids = office
    window.choose_actor(ids["owner"])
    work = open_work(window, "7.1.1")
    plan(work, qtbot, ids)
    outcome = work.do.outcome
    assert outcome.isVisible() and not work.do.criteria.isVisible()
    assert "ระดับ 1 = 60" in seen_text(outcome.rule)
    for offset, value in ((2, "70"), (1, "72.5")):
        outcome.values[offset].setFocus()
        QTest.keyClicks(outcome.values[offset], value)
        QTest.keyClick(outcome.values[offset], Qt.Key.Key_Return)
    this_year = outcome.values[0]
    this_year.setFocus()
    QTest.keyClicks(this_year, "77.5")
    # The score follows the typing before anything is saved (thresholds 60..80 → 4.5).
    assert outcome.score.text() == "4.50000"
    QTest.keyClick(this_year, Qt.Key.Key_Return)
    row = stored(database, "7.1.1")
    assert {v.be_year: v.value for v in row.outcome_values} == {
        2568: Decimal("70"),
        2569: Decimal("72.5"),
        2570: Decimal("77.5"),
    }
    assert outcome.values[2].text() == "70"
    assert "4.50000" in seen_text(work.header.facts)

    work.do.do_log.setFocus()
    type_text(work.do.do_log, "เก็บข้อมูลจากระบบ")
    QTest.mouseClick(work.do.submit_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.SUBMITTED
    assert "ยังไม่มีไฟล์หลักฐาน" in seen_text(work.check.findings)
    window.choose_actor(ids["coordinator"])
    QTest.mouseClick(work.check.verify_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(work.check.lock_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.LOCKED
    assert all(e.isReadOnly() for e in outcome.values.values())
    # Reopen needs a reason; with one, the owner can edit again.
    type_text(work.check.comment, "แก้ค่าปี 2570 ตามประกาศใหม่")
    QTest.mouseClick(work.check.reopen_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.IN_PROGRESS
    window.choose_actor(ids["owner"])
    assert not this_year.isReadOnly()
    assert stored(database, "7.1.1").transitions[-1].comment == "แก้ค่าปี 2570 ตามประกาศใหม่"


def test_refused_text_stays_in_the_field(
    window: MainWindow, qtbot: QtBot, office: tuple[Database, dict[str, int]]
) -> None:
    """A huge paste is refused with a Thai message; what was typed is not lost."""
    database, ids = office
    with database.transaction() as s:  # the owner's indicator (the rights table)
        ind = s.scalars(select(YearIndicator).where(YearIndicator.code == "1.2")).one()
        people.assign(s, Actor.system(), ind.id, owner_id=ids["owner"])
    window.choose_actor(ids["owner"])
    work = open_work(window, "1.2")
    huge = "ก" * 100_001
    work.plan.plan_text.setPlainText(huge)
    seen: list[str] = []
    answer_next_box(seen)
    work.flush()
    assert seen and "ยาวเกินไป" in seen[0]
    assert work.plan.plan_text.toPlainText() == huge
    assert work.plan.plan_save.pending


def test_a_text_saved_elsewhere_meanwhile_is_a_choice_not_a_loss(
    quick_autosave: None,
    window: MainWindow,
    qtbot: QtBot,
    office: tuple[Database, dict[str, int]],
) -> None:
    """The plan text is typed in the window while the CLI saves the same text: the
    autosave is refused and the clerk chooses between the two texts, both shown; the
    text not chosen goes to the clipboard (and "ใช้ของเขา" is undone by Ctrl+Z)."""
    database, ids = office
    with database.transaction() as s:  # the owner's indicator (the rights table)
        ind = s.scalars(select(YearIndicator).where(YearIndicator.code == "1.3")).one()
        people.assign(s, Actor.system(), ind.id, owner_id=ids["owner"])
    window.choose_actor(ids["owner"])
    work = open_work(window, "1.3")
    assert work.detail is not None
    indicator_id = work.detail.indicator_id
    editor, autosave = work.plan.plan_text, work.plan.plan_save
    editor.setFocus()
    type_text(editor, "ประชุม")
    work.flush()
    assert plan_text_of(database, "1.3") == "ประชุม"

    def cli_saves(text: str) -> None:  # what `mk3desk` on the command line does: no base
        with database.transaction() as s:
            pdca.save_text(s, Actor.system(), indicator_id, PdcaField.PLAN, text)

    shown: list[tuple[str, str, str]] = []

    def answer(button: str) -> Callable[[TextConflictDialog], None]:
        def click(dialog: TextConflictDialog) -> None:
            shown.append(
                (
                    strip_hints(dialog.message.text()),
                    strip_hints(dialog.mine.toPlainText()),
                    strip_hints(dialog.theirs.toPlainText()),
                )
            )
            assert dialog.mine.isReadOnly() and dialog.theirs.isReadOnly()
            dialog.reject()  # Esc: nothing, one of the two must be chosen
            assert dialog.isVisible()
            QTest.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)

        return click

    # 1. "ใช้ของเขา": the stored text comes into the editor; mine is on the clipboard.
    type_text(editor, " ครั้งที่ 1")
    cli_saves("แผนที่แก้จากบรรทัดคำสั่ง")
    answer_next_dialog(TextConflictDialog, answer("take_button"))
    qtbot.waitUntil(lambda: bool(shown), timeout=2 * DELAY_MS + 3000)  # the autosave fires
    assert shown[0][1:] == ("ประชุม ครั้งที่ 1", "แผนที่แก้จากบรรทัดคำสั่ง")
    assert "มีผู้อื่นบันทึกข้อความส่วนนี้ไปก่อนแล้ว" in shown[0][0]
    assert editor.toPlainText() == "แผนที่แก้จากบรรทัดคำสั่ง" and not autosave.pending
    assert QGuiApplication.clipboard().text() == "ประชุม ครั้งที่ 1"
    assert plan_text_of(database, "1.3") == "แผนที่แก้จากบรรทัดคำสั่ง"
    # Ctrl+Z takes the choice back: mine again, saved over theirs like any typing.
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "ประชุม ครั้งที่ 1"
    work.flush()
    assert plan_text_of(database, "1.3") == "ประชุม ครั้งที่ 1"
    assert len(shown) == 1  # no conflict: the editor's base was the stored text

    # 2. "เก็บของฉัน": mine is saved over theirs; theirs is on the clipboard.
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " และ 2")
    cli_saves("ข้อความจากเครื่องอื่น")
    answer_next_dialog(TextConflictDialog, answer("keep_button"))
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=2 * DELAY_MS + 3000)
    assert shown[1][1:] == ("ประชุม ครั้งที่ 1 และ 2", "ข้อความจากเครื่องอื่น")
    qtbot.waitUntil(lambda: not autosave.pending)
    assert plan_text_of(database, "1.3") == "ประชุม ครั้งที่ 1 และ 2"
    assert editor.toPlainText() == "ประชุม ครั้งที่ 1 และ 2"
    assert QGuiApplication.clipboard().text() == "ข้อความจากเครื่องอื่น"
    # The next typing is saved over mine (the new base) without asking.
    type_text(editor, " ครบ")
    work.flush()
    assert plan_text_of(database, "1.3") == "ประชุม ครั้งที่ 1 และ 2 ครบ"
    assert len(shown) == 2


def plan_text_of(database: Database, code: str) -> str:
    row = stored(database, code)
    return row.pdca.plan_text if row.pdca is not None else ""


def test_a_disabled_next_button_says_why_and_a_reopened_indicator_shows_its_reason(
    window: MainWindow, qtbot: QtBot, office: tuple[Database, dict[str, int]]
) -> None:
    database, ids = office
    window.choose_actor(ids["coordinator"])
    work = open_work(window, "1.4")
    plan_panel = work.plan
    QTest.mouseClick(plan_panel.start_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.PLANNING

    # Nobody owns it: the reviewer cannot start the work, and is told why.
    window.choose_actor(ids["reviewer"])
    assert plan_panel.do_button.isVisible() and not plan_panel.do_button.isEnabled()
    assert plan_panel.move_reason.isVisible()
    assert "ยังไม่ได้มอบหมายผู้รับผิดชอบ" in seen_text(plan_panel.move_reason)

    # Owned by someone else: the rights say why.
    window.choose_actor(ids["coordinator"])
    plan_panel.owner.setCurrentIndex(plan_panel.owner.findData(ids["owner"]))
    assert not plan_panel.move_reason.isVisible()  # the coordinator may
    window.choose_actor(ids["reviewer"])
    assert not plan_panel.do_button.isEnabled()
    assert "สิทธิ์" in seen_text(plan_panel.move_reason)
    # The owner may: no reason shown.
    window.choose_actor(ids["owner"])
    assert plan_panel.do_button.isEnabled() and not plan_panel.move_reason.isVisible()

    # Locked (set up directly), then reopened by the coordinator with a reason.
    with database.transaction() as s:
        s.scalars(select(YearIndicator).where(YearIndicator.code == "1.4")).one().state = "locked"
    window.choose_actor(ids["coordinator"])
    work.refresh()
    check = work.check
    assert check.reopen_button.isEnabled()
    type_text(check.comment, "แก้ตัวเลขร้อยละให้ตรงกับรายงานจังหวัด")
    QTest.mouseClick(check.reopen_button, Qt.MouseButton.LeftButton)
    assert state_of(work) is State.IN_PROGRESS
    window.choose_actor(ids["owner"])
    work.show_step(1)
    do = work.do
    assert do.returned.isVisible()
    shown = seen_text(do.returned)
    assert "เปิดระบบอีกครั้ง" in shown and "แก้ตัวเลขร้อยละให้ตรงกับรายงานจังหวัด" in shown
    assert "นางสาวกนกวรรณ ประสานงาน" in shown


def test_a_move_from_a_state_someone_changed_meanwhile_is_refused(
    window: MainWindow, qtbot: QtBot, office: tuple[Database, dict[str, int]]
) -> None:
    """The screen shows the indicator not started; meanwhile the coordinator's CLI starts
    it. "เริ่มวางแผน" is then refused, naming the state it is in now and who moved it;
    the screen shows that state, and the history holds one move, not two."""
    database, ids = office
    with database.transaction() as s:
        ind = s.scalars(select(YearIndicator).where(YearIndicator.code == "2.1")).one()
        people.assign(s, Actor.system(), ind.id, owner_id=ids["owner"])
    window.choose_actor(ids["owner"])
    work = open_work(window, "2.1")
    assert state_of(work) is State.NOT_STARTED
    with database.transaction() as s:  # the coordinator, on the command line
        person = s.get(Person, ids["coordinator"])
        assert person is not None
        workflow.move_indicator(s, Actor.of(person), ind.id, State.PLANNING)
    seen: list[str] = []
    answer_next_box(seen)
    QTest.mouseClick(work.plan.start_button, Qt.MouseButton.LeftButton)
    assert seen, "the move was not refused"
    said = seen[0].replace("\u200b", "")
    assert "ไม่ได้อยู่ในขั้น “ยังไม่เริ่ม” แล้ว แต่อยู่ในขั้น “วางแผน”" in said
    assert "นางสาวกนกวรรณ ประสานงาน ย้ายเมื่อ" in said
    assert state_of(work) is State.PLANNING  # the screen caught up
    assert [t.to_state for t in stored(database, "2.1").transitions] == [State.PLANNING.value]
