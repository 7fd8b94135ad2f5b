"""The window when a form's record was saved by someone else since it was read: the
fields that differ side by side (RecordConflictDialog), "ใช้ของเขา" reloads the form,
"เก็บของฉัน" saves the clerk's values over the newer version."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.workflow import Role
from mk3desk.services import people, people_edit
from mk3desk.services.context import Actor
from mk3desk.services.people_edit import PersonRow
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.people_dialogs import PersonDialog
from mk3desk.ui.dialogs.record_conflict_dialog import RecordConflictDialog
from mk3desk.ui.pages.people_page import PeoplePage
from tests.qt_support import answer_next_dialog, year_context
from tests.support import fresh_database, office_with_year

pytestmark = pytest.mark.gui

NAME = "นางอรุณี ศรีสวัสดิ์"
THEIR_NAME = "นางอรุณี ทองคำ"
MY_POSITION = "นักวิชาการศึกษาชำนาญการพิเศษ"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = fresh_database(tmp_path)
    office_with_year(db)
    with db.transaction() as session:
        people.add_person(
            session, Actor.system(), name=NAME, position="นักวิชาการศึกษา", roles=[Role.STAFF]
        )
    yield db
    db.close()


def _open_dialog(qtbot: Any, database: Database) -> tuple[AppContext, PersonDialog]:
    """The People page's dialog for NAME, then someone on another PC renames her and
    this clerk types a new position."""
    context = year_context(database)
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.refresh()
    row = next(
        n
        for n in range(page.people_model.rowCount())
        if page.people_model.person_at(n).name == NAME
    )
    dialog = page.open_person_dialog(page.people_model.person_at(row))
    assert database.path is not None
    other = open_database(database.path)  # another client of the same file
    try:
        with other.transaction() as session:
            read = _stored(session)
            people_edit.update_person(
                session,
                Actor.system(),
                read.person_id,
                name=THEIR_NAME,
                position=read.position,
                group_id=None,
                roles=read.roles,
                version=read.version,
            )
    finally:
        other.close()
    dialog.form.positionEdit.setText(MY_POSITION)
    return context, dialog


def _stored(session: Any) -> PersonRow:
    return people_edit.person_rows(session)[0]


def _shown(dialog: RecordConflictDialog) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for n in range(len(dialog.mine_labels)):
        label = dialog.findChild(type(dialog.message), f"field_{n}")
        assert label is not None
        field, mine, theirs = (
            w.text().replace("\u200b", "")
            for w in (label, dialog.mine_labels[n], dialog.theirs_labels[n])
        )
        rows.append((field, mine, theirs))
    return rows


def test_take_theirs_reloads_the_form_with_the_stored_person(
    qtbot: Any, database: Database
) -> None:
    context, dialog = _open_dialog(qtbot, database)
    seen: list[list[tuple[str, str, str]]] = []

    def take_theirs(conflict: RecordConflictDialog) -> None:
        seen.append(_shown(conflict))
        assert "มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้ว" in conflict.message.text().replace("\u200b", "")
        qtbot.mouseClick(conflict.take_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(RecordConflictDialog, take_theirs)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # Both values of every field that differs, the clerk's beside the stored one.
    assert seen == [
        [
            ("ชื่อ-นามสกุล", NAME, THEIR_NAME),
            ("ตำแหน่ง", MY_POSITION, "นักวิชาการศึกษา"),
        ]
    ]
    # Nothing of the clerk's was written; the form now shows what is stored, still open.
    with database.session() as session:
        assert (_stored(session).name, _stored(session).position) == (THEIR_NAME, "นักวิชาการศึกษา")
    assert dialog.isVisible()
    assert dialog.form.nameEdit.text() == THEIR_NAME
    assert dialog.form.positionEdit.text() == "นักวิชาการศึกษา"
    # Saved from there, it goes over the newer version without asking again.
    dialog.form.positionEdit.setText(MY_POSITION)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert (_stored(session).name, _stored(session).position) == (THEIR_NAME, MY_POSITION)
    assert not dialog.isVisible()
    assert context is not None


def test_keep_mine_saves_the_clerks_values_over_the_newer_version(
    qtbot: Any, database: Database
) -> None:
    _context, dialog = _open_dialog(qtbot, database)
    answer_next_dialog(
        RecordConflictDialog,
        lambda conflict: qtbot.mouseClick(conflict.keep_button, Qt.MouseButton.LeftButton),
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        stored = _stored(session)
    assert (stored.name, stored.position) == (NAME, MY_POSITION)
    assert stored.version == 3  # created, theirs, mine: nothing overwritten unseen
    assert not dialog.isVisible()


@pytest.mark.parametrize("choice", ["take_button", "keep_button"])
def test_the_office_profile_saved_on_another_pc_is_a_choice(
    qtbot: Any, database: Database, tmp_path: Path, choice: str
) -> None:
    from PySide6.QtCore import QSettings

    from mk3desk.services import office_edit
    from mk3desk.ui.pages.settings_page import SettingsPage

    context = year_context(database)
    page = SettingsPage(
        context, preferences=QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(page)
    page.load()
    assert database.path is not None
    other = open_database(database.path)
    try:
        with other.transaction() as session:
            read = office_edit.load_profile(session)
            office_edit.update_office(
                session, Actor.system(), replace(read, area="จังหวัดมหาสารคาม"), base=read
            )
    finally:
        other.close()
    page.area_edit.setText("มหาสารคาม")
    seen: list[list[tuple[str, str, str]]] = []

    def answer(conflict: RecordConflictDialog) -> None:
        seen.append(_shown(conflict))
        getattr(conflict, choice).click()

    answer_next_dialog(RecordConflictDialog, answer)
    page.save_office(dialog=True)
    assert seen == [[("จังหวัด / เขตพื้นที่", "มหาสารคาม", "จังหวัดมหาสารคาม")]]
    with database.session() as session:
        stored = office_edit.load_profile(session).area
    if choice == "take_button":  # nothing of mine written; the field shows theirs
        assert stored == "จังหวัดมหาสารคาม" and page.area_edit.text() == "จังหวัดมหาสารคาม"
    else:  # mine saved over theirs, after the clerk saw both
        assert stored == "มหาสารคาม" and page.area_edit.text() == "มหาสารคาม"


def test_keep_mine_asks_again_when_yet_another_save_came_in_between(qtbot: Any) -> None:
    """``run_action``: "เก็บของฉัน" saves over the version the refusal carried; refused
    again (a third save in between), the clerk is asked again; "ใช้ของเขา" then reloads."""
    from mk3desk.domain.errors import ConflictError, FieldConflict
    from mk3desk.ui.actions import OnConflict, run_action

    def refused(version: int) -> ConflictError:
        field = FieldConflict("ชื่อ-นามสกุล", "ของฉัน", f"ของเขา {version}")
        return ConflictError("มีผู้อื่นบันทึกไปก่อน", fields=[field], current=version)

    tried: list[object] = []
    reloaded: list[object] = []

    def again(error: ConflictError) -> str:
        tried.append(error.current)
        raise refused(3)  # yet another client saved meanwhile

    answers = iter(["keep_button", "take_button"])
    seen: list[str] = []

    def answer(conflict: RecordConflictDialog) -> None:
        seen.append(conflict.theirs_labels[0].text().replace("\u200b", ""))
        getattr(conflict, next(answers)).click()
        if len(seen) == 1:
            answer_next_dialog(RecordConflictDialog, answer)

    def first() -> str:
        raise refused(2)

    answer_next_dialog(RecordConflictDialog, answer)
    result = run_action(None, first, on_conflict=OnConflict(again, reloaded.append))
    assert result is None
    assert seen == ["ของเขา 2", "ของเขา 3"]  # asked twice, each time with what is stored
    assert tried == [2]  # saved over version 2 once
    assert [getattr(e, "current", None) for e in reloaded] == [3]  # then took theirs
