"""The window's plumbing, named once: running an action with its Thai refusal
(ui/actions.py), saving as typed (ui/widgets/autosave.py) and a page that refreshes
when shown, else is marked stale (ui/pages/base.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mk3desk.db.engine import Database
from mk3desk.domain.errors import Mk3Error, PermissionDeniedError, ValidationError
from mk3desk.services import people
from mk3desk.services.people_edit import person_rows
from mk3desk.ui import actions
from mk3desk.ui.actions import run_action, try_action, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.pages.base import Page
from mk3desk.ui.widgets.autosave import Autosave, TextAutosave
from tests.support import fresh_database, office_with_year


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = fresh_database(tmp_path_factory.mktemp("plumbing"))
    office_with_year(db)
    yield db
    db.close()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[Mk3Error]:
    """The refusals shown in a dialog (recorded instead of a modal message box)."""
    errors: list[Mk3Error] = []
    monkeypatch.setattr(actions, "show_error", lambda _parent, error: errors.append(error))
    return errors


def refuse() -> int:
    raise ValidationError("กรุณาระบุชื่อกลุ่ม")


# -- actions -------------------------------------------------------------------------
def test_run_action_gives_the_result_or_none_with_the_refusal_shown(
    qapp: Any, shown: list[Mk3Error]
) -> None:
    assert run_action(None, lambda: 42) == 42
    assert shown == []
    assert run_action(None, refuse, busy=True) is None
    assert [e.template for e in shown] == ["กรุณาระบุชื่อกลุ่ม"]
    assert QGuiApplication.overrideCursor() is None  # the wait cursor is taken down


def test_a_refusal_can_be_shown_beside_the_field_instead(qapp: Any, shown: list[Mk3Error]) -> None:
    beside: list[Mk3Error] = []
    assert not try_action(None, refuse, on_refused=beside.append)
    assert len(beside) == 1 and shown == []
    assert try_action(None, lambda: None)  # done, though its result is None


def test_try_change_runs_one_transaction_and_tells_the_pages(
    qapp: Any, database: Database, shown: list[Mk3Error]
) -> None:
    context = AppContext(database)
    topics: list[str] = []
    context.changed.connect(topics.append)
    name = "นางสาวทดสอบ ระบบ"
    assert try_change(None, context, lambda s, a: people.add_person(s, a, name=name), Topic.PEOPLE)
    assert topics == [Topic.PEOPLE.value]
    assert name in {p.name for p in context.read(person_rows)}
    assert not try_change(
        None, context, lambda s, a: people.add_person(s, a, name=""), Topic.PEOPLE
    )
    assert topics == [Topic.PEOPLE.value] and len(shown) == 1

    read_only = AppContext(database, read_only=True)
    assert not try_change(None, read_only, lambda s, a: None, Topic.PEOPLE)
    assert isinstance(shown[-1], PermissionDeniedError)


# -- autosave ------------------------------------------------------------------------
def test_typing_saves_after_the_pause_on_leaving_or_on_flush(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit(holder)
    saved: list[str] = []
    autosave = Autosave(lambda: saved.append(edit.text()), holder)
    autosave.timer.setInterval(20)
    edit.textEdited.connect(autosave.edited)
    autosave.watch(edit)

    with autosave.loading():
        edit.setText("จากฐานข้อมูล")
        autosave.edited()
    assert not autosave.pending  # filling the field is not typing

    edit.textEdited.emit("ก")
    assert autosave.pending and saved == []
    qtbot.waitUntil(lambda: saved == ["จากฐานข้อมูล"])
    assert not autosave.pending
    autosave.flush()
    assert saved == ["จากฐานข้อมูล"]  # nothing typed since: nothing saved

    autosave.edited()
    autosave.cancel()
    autosave.flush()
    assert len(saved) == 1


def test_a_refused_text_stays_pending_and_is_not_offered_again_until_changed(
    qtbot: Any,
) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    offered: list[str] = []
    accept = False

    def save(text: str) -> bool:
        offered.append(text)
        return accept

    autosave = TextAutosave(edit, save)
    autosave.load("เดิม")
    assert not autosave.pending
    edit.setPlainText("ใหม่")
    autosave.flush()
    autosave.flush()
    assert offered == ["ใหม่"] and autosave.pending
    autosave.load("จากเครื่องอื่น")  # never over typing not saved yet
    assert edit.toPlainText() == "ใหม่"
    accept = True
    edit.setPlainText("ใหม่กว่า")
    autosave.flush()
    assert offered == ["ใหม่", "ใหม่กว่า"] and not autosave.pending


# -- pages ---------------------------------------------------------------------------
class CountingPage(Page):
    REFRESH_ON = frozenset({Topic.PEOPLE})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.loads = 0
        self.ready = True

    def load(self) -> None:
        self.loads += 1

    def ready_to_refresh(self) -> bool:
        return self.ready


def test_a_page_refreshes_when_shown_else_is_marked_stale(qtbot: Any, database: Database) -> None:
    context = AppContext(database)
    page = CountingPage(context)
    qtbot.addWidget(page)
    context.changed.emit(Topic.PEOPLE.value)
    assert page.loads == 0 and page.stale  # hidden: nothing read
    page.show()
    assert page.loads == 1 and not page.stale
    context.changed.emit(Topic.SETTINGS.value)  # not a topic the page shows
    assert page.loads == 1
    context.changed.emit(Topic.PEOPLE.value)
    assert page.loads == 2  # on show: at once

    page.ready = False  # e.g. typing not saved yet
    context.changed.emit(Topic.PEOPLE.value)
    assert page.loads == 2 and page.stale
    page.hide()
    page.ready = True
    page.show()
    assert page.loads == 3 and not page.stale
    assert page.wait()
