"""Best Practice texts typed while the office server is lost (issue #15, item 4): kept on
this machine like the PDCA texts (ui/drafts.py), saved when the dialog opens again —
and a text someone else saved meanwhile is the keep-mine/use-theirs choice, never a
silent overwrite.

A lost connection is what the window is told by a failed poll or save
(``AppContext.set_online(False)``): the save then does not try the server (text_save.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.actor import Actor
from mk3desk.services.best_practice import load_best_practice, save_best_practice
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.best_practice_dialog import BestPracticeDialog
from mk3desk.ui.dialogs.text_conflict_dialog import TextConflictDialog
from mk3desk.ui.drafts import Drafts
from mk3desk.ui.live import DraftsLabel
from mk3desk.ui.pdca.text_save import drafts_of
from mk3desk.ui.thai_wrap import strip_hints
from tests.qt_support import answer_next_dialog, type_text, year_context
from tests.support import fresh_database, office_with_year

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("quick_polls")]

TYPED = "ความเป็นมาที่พิมพ์ตอนเน็ตหลุด"


def open_dialog(qtbot: QtBot, context: AppContext) -> BestPracticeDialog:
    dialog = BestPracticeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stored(database: Database) -> str:
    with database.session() as s:
        return load_best_practice(s, 2567)["background"]


def typed_while_lost(qtbot: QtBot, database: Database, text: str = TYPED) -> AppContext:
    """The clerk types the background while the server is lost, then closes the dialog
    (or the program): the text is kept on this machine; the context of that run."""
    context = year_context(database)
    dialog = open_dialog(qtbot, context)
    context.set_online(False)
    edit = dialog.edits["background"]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    dialog.close()  # flushes: the save cannot reach the server
    return context


def kept(context: AppContext) -> str | None:
    """The background text kept on this machine for *context*'s database, if any."""
    office_year = context.office_year
    assert office_year is not None
    owner = Drafts.best_practice(office_year.office_id, office_year.be_year)
    draft = drafts_of(context).get(owner, "background")
    return None if draft is None else draft.text


def test_a_best_practice_text_typed_while_lost_is_kept_and_saved_when_opened_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    try:
        before = stored(database)
        lost = typed_while_lost(qtbot, database)
        assert kept(lost) == TYPED
        assert stored(database) == before  # not saved: nowhere to save it
        # The status bar says what waits, and where to save it.
        note = DraftsLabel(lost, drafts_of(lost))
        qtbot.addWidget(note)
        assert note.text() == "ข้อความรอบันทึก 1 ช่อง (เก็บไว้ในเครื่องนี้)"
        back = DraftsLabel(year_context(database), drafts_of(lost))  # the next start
        qtbot.addWidget(back)
        assert back.text() == (
            "ข้อความรอบันทึก: ข้อความ Best Practice — เปิดหน้าต่างข้อความ Best Practice ในหน้ารายงานเพื่อบันทึก"
        )

        # The next start: the dialog shows the kept text and saves it.
        context = year_context(database)
        dialog = open_dialog(qtbot, context)
        autosave = dialog.autosaves["background"]
        assert strip_hints(dialog.edits["background"].toPlainText()) == TYPED
        qtbot.waitUntil(lambda: not autosave.pending, timeout=5000)
        assert stored(database) == TYPED
        assert kept(context) is None
        dialog.close()
    finally:
        database.close()


def test_a_kept_best_practice_text_over_someone_elses_save_asks_which_to_keep(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    other = open_database(tmp_path / "office.sqlite3")  # another clerk, same file
    try:
        before = stored(database)
        typed_while_lost(qtbot, database)
        with other.transaction() as s:
            theirs = "ความเป็นมาที่เพื่อนบันทึก"
            save_best_practice(
                s, Actor.system(), {"background": theirs}, base={"background": before}, be_year=2567
            )
        seen: list[str] = []

        def keep_mine(dialog: TextConflictDialog) -> None:
            seen.append(strip_hints(dialog.theirs.toPlainText()))
            dialog.keep_button.click()

        answer_next_dialog(TextConflictDialog, keep_mine)
        context = year_context(database)
        dialog = open_dialog(qtbot, context)
        autosave = dialog.autosaves["background"]
        qtbot.waitUntil(lambda: not autosave.pending, timeout=5000)
        assert seen == [theirs]  # asked, with their text beside mine
        assert stored(database) == TYPED
        assert QGuiApplication.clipboard().text() == theirs  # theirs is not lost either
        assert kept(context) is None
        dialog.close()

        # "ใช้ของเขา" the other way round: their text in the field, the draft gone.
        again = "ความเป็นมาฉบับที่สองตอนเน็ตหลุด"
        lost = typed_while_lost(qtbot, database, again)
        assert kept(lost) == again
        with other.transaction() as s:
            save_best_practice(
                s, Actor.system(), {"background": theirs}, base={"background": TYPED}, be_year=2567
            )
        answer_next_dialog(TextConflictDialog, lambda d: d.take_button.click())
        context = year_context(database)
        dialog = open_dialog(qtbot, context)
        edit = dialog.edits["background"]
        qtbot.waitUntil(lambda: strip_hints(edit.toPlainText()) == theirs, timeout=5000)
        assert stored(database) == theirs
        assert kept(context) is None
        assert QGuiApplication.clipboard().text() == again  # mine is not lost either
        dialog.close()
    finally:
        other.close()
        database.close()
