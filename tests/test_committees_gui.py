"""The committees window: a clerk edits the order and the members through the widgets."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QComboBox

from mk3desk.db.engine import Database
from mk3desk.domain.committees import CommitteeRole
from mk3desk.domain.workflow import Role
from mk3desk.services import people
from mk3desk.services.committees import members, read
from mk3desk.services.context import Actor
from mk3desk.services.demo_committee import add_demo_committee
from mk3desk.services.demo_data import PEOPLE
from mk3desk.services.lookup import year_of
from mk3desk.ui.dialogs.committees_dialog import CommitteesDialog
from mk3desk.ui.dialogs.record_conflict_dialog import RecordConflictDialog
from tests.qt_support import answer_next_box, answer_next_dialog, type_text, year_context
from tests.support import fresh_database, office_with_year

pytestmark = pytest.mark.gui
SYSTEM = Actor.system()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """An office with the demo's people and its FY2567 working committee."""
    db = fresh_database(tmp_path)
    office_with_year(db, 2567)
    with db.transaction() as session:
        cast = [
            people.add_person(session, SYSTEM, name=n, position=p, roles=roles or (Role.STAFF,))
            for n, p, _, roles in PEOPLE
        ]
        year = year_of(session, _office_year(session))
        add_demo_committee(session, SYSTEM, cast, year)
    yield db
    db.close()


def _office_year(session: Any) -> Any:
    from mk3desk.services.lookup import resolve_year

    return resolve_year(session, 2567)


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _role_box(dialog: CommitteesDialog, row: int) -> QComboBox:
    box = dialog.members.cellWidget(row, 1)
    assert isinstance(box, QComboBox)
    return box


def test_editing_the_order_and_a_role_through_the_form(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path
) -> None:
    context = year_context(database, 2567)
    dialog = CommitteesDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 40, 768 - 60)
    dialog.show()
    _settle()
    assert dialog.list.count() == 1
    assert dialog.number.text() == "123"
    assert dialog.signed_on.line_edit.text() == "16 ตุลาคม 2566"
    assert dialog.members.rowCount() == 15

    dialog.number.clear()
    qtbot.keyClicks(dialog.number, "77")
    dialog.signed_on.line_edit.clear()
    qtbot.keyClicks(dialog.signed_on.line_edit, "1/11/2566")
    dialog.signed_on.commit_text()
    qtbot.keyClicks(dialog.effective_from.line_edit, "1/10/2566")
    dialog.effective_from.commit_text()
    dialog.subject.clear()
    type_text(dialog.subject, "แต่งตั้งคณะทำงาน")
    dialog.preamble.clear()
    type_text(dialog.preamble, "เพื่อให้งานเป็นไปด้วยดี")
    _role_box(dialog, 14).setCurrentIndex(
        _role_box(dialog, 14).findData(CommitteeRole.MEMBER.value)
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _settle()

    with database.session() as session:
        view = read.committees(session, _office_year(session))[0]
    assert view.order.number == "77"
    assert view.order.signed_on == date(2023, 11, 1)
    assert view.order.subject == "แต่งตั้งคณะทำงาน"
    assert view.order.effective_from == date(2023, 10, 1)
    assert view.preamble == "เพื่อให้งานเป็นไปด้วยดี"
    assert view.members[14].role is CommitteeRole.MEMBER

    if os.environ.get("MK3DESK_SHOTS"):
        dialog.grab().save(str(Path(os.environ["MK3DESK_SHOTS"]) / "committees.png"))
    sideways = [
        a.objectName() or type(a).__name__
        for a in dialog.findChildren(QAbstractScrollArea)
        if a.isVisible() and a.horizontalScrollBar().maximum() > 0
    ]
    assert not sideways


def test_a_double_leading_role_or_a_stale_form_is_refused_in_thai(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    context = year_context(database, 2567)
    dialog = CommitteesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    # The vice chair (row 2) made chair too: two chairs, refused, nothing written.
    _role_box(dialog, 1).setCurrentIndex(_role_box(dialog, 1).findData(CommitteeRole.CHAIR.value))
    seen: list[str] = []
    answer_next_box(seen)
    assert not dialog.save()
    assert seen and "ประธานได้คนเดียว" in seen[0]

    # Someone else changes the committee while the form is open: the save is refused.
    dialog.load()
    chosen = context.office_year
    assert chosen is not None
    with database.transaction() as session:
        view = read.committees(session, chosen)[0]
        members.change_role(
            session,
            SYSTEM,
            chosen,
            view.committee_id,
            view.members[3].person_id,
            CommitteeRole.ASSISTANT_SECRETARY,
        )
    dialog.number.setText("55")
    # The clerk sees what differs side by side and takes the stored committee.
    shown: list[list[str]] = []

    def take_theirs(conflict: RecordConflictDialog) -> None:
        shown.extend(
            [
                label.text().replace("\u200b", "")
                for label in (conflict.mine_labels[n], conflict.theirs_labels[n])
            ]
            for n in range(len(conflict.mine_labels))
        )
        conflict.take_button.click()

    answer_next_dialog(RecordConflictDialog, take_theirs)
    assert not dialog.save()
    assert shown[0] == ["55", "123"]  # the order's number: mine, theirs
    assert "กรรมการและผู้ช่วยเลขานุการ" in shown[1][1]  # the member lists
    with database.session() as session:
        assert read.committees(session, chosen)[0].order.number == "123"
    assert dialog.number.text() == "123"  # the form shows what is stored


def test_the_reports_page_prints_the_committee_chosen_there(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    import subprocess
    from dataclasses import replace

    from mk3desk.domain.committees import CommitteeDraft
    from mk3desk.services.committees import save
    from mk3desk.ui.pages.reports_page import ReportsPage

    context = year_context(database, 2567)
    chosen = context.office_year
    assert chosen is not None
    with database.transaction() as session:
        first = read.committees(session, chosen)[0]
        draft = CommitteeDraft(
            name="คณะทำงานจัดทำรายงาน",
            order=replace(first.order, number="124"),
            duties="จัดทำรายงาน",
            members=tuple((m.person_id, m.role) for m in first.members[:3]),
        )
        save.create_committee(session, SYSTEM, chosen, draft)
    page = ReportsPage(context)
    qtbot.addWidget(page)
    page.select_kind("committee")
    assert page.committee_box.isVisibleTo(page) and not page.indicator_box.isVisibleTo(page)
    assert page.committee_box.count() == 2
    page.committee_box.setCurrentIndex(1)
    with qtbot.waitSignal(page.generated, timeout=60_000) as signal:
        page.make_button.click()
    text = subprocess.run(
        ["pdftotext", str(signal.args[0].path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "ที่ ๑๒๔/๒๕๖๖" in text
    assert any("ตราครุฑ" in str(w) for w in signal.args[0].warnings)
    assert "ตราครุฑ" in page.warnings.text()


def test_deleting_asks_first_and_a_member_who_left_stays_listed(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mk3desk.services import people_edit

    context = year_context(database, 2567)
    chosen = context.office_year
    assert chosen is not None
    with database.transaction() as session:
        member = read.committees(session, chosen)[0].members[14]
        row = next(r for r in people_edit.person_rows(session) if r.person_id == member.person_id)
        people_edit.update_person(
            session,
            SYSTEM,
            row.person_id,
            name=row.name,
            position=row.position,
            group_id=row.group_id,
            roles=row.roles,
            active=False,
        )
    dialog = CommitteesDialog(context)
    qtbot.addWidget(dialog)
    box = dialog.members.cellWidget(14, 0)
    assert isinstance(box, QComboBox)
    assert box.currentData() == member.person_id and "พ้นจากสำนักงาน" in box.currentText()
    assert dialog.member_pairs()[14][0] == member.person_id  # saved as it was

    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    dialog.delete_shown()
    assert seen and "ลบ “" in seen[0]
    assert dialog.list.count() == 1
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    dialog.delete_shown()
    with database.session() as session:
        assert read.committees(session, chosen) == []
