"""The Dashboard, People & assignments, Calendar and Settings pages driven as a clerk would,
on the demo office (built once for the module)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import Assignment, OfficeSetting, Person
from mk3desk.domain.thainum import format_score
from mk3desk.domain.workflow import Role, State
from mk3desk.services import office_edit, people_edit, progress
from mk3desk.services.lookup import find_year, resolve_year
from mk3desk.services.scoring import what_if_for_year, year_result
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.dialogs.people_dialogs import AssignmentDialog, PersonDialog
from mk3desk.ui.models.assignment_model import AssignmentModel, DueModel
from mk3desk.ui.models.people_model import PeopleModel
from mk3desk.ui.pages.calendar_page import LATE_BACKGROUND, CalendarPage
from mk3desk.ui.pages.dashboard_page import DashboardPage, WhatIfModel
from mk3desk.ui.pages.people_page import PeoplePage
from mk3desk.ui.pages.settings_page import SettingsPage
from mk3desk.ui.preferences import PREF_LANGUAGE
from tests import prebuilt
from tests.qt_support import answer_next_box, type_text

pytestmark = pytest.mark.gui
TODAY = date(2025, 3, 1)  # the demo's current fiscal year is then 2568


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = prebuilt.demo_office(tmp_path / "demo.sqlite3", TODAY)
    yield db
    db.close()


def _context(database: Database, be_year: int) -> AppContext:
    context = AppContext(database)
    context.set_year(context.read(lambda s: resolve_year(s, be_year)))
    return context


@pytest.fixture
def context(qapp: Any, database: Database) -> AppContext:
    return _context(database, 2568)


def test_models_follow_qt_rules(qtmodeltester: Any, context: AppContext) -> None:
    year_id = context.year_id
    assert year_id is not None
    rows, load, assignments, due, steps = context.read(
        lambda s: (
            people_edit.person_rows(s),
            progress.workload(s, year_id, TODAY),
            progress.assignment_rows(s, year_id),
            progress.deadlines(s, year_id, TODAY),
            what_if_for_year(s, find_year(s, 2568), limit=5),
        )
    )
    people_model = PeopleModel()
    people_model.set_rows(rows, load)
    assignment_model = AssignmentModel()
    assignment_model.set_rows(assignments, TODAY)
    due_model = DueModel()
    due_model.set_items(due)
    what_if_model = WhatIfModel()
    what_if_model.set_steps(steps)
    for model in (people_model, assignment_model, due_model, what_if_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_dashboard_shows_the_computed_and_official_scores(qtbot: Any, database: Database) -> None:
    context = _context(database, 2567)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.today = TODAY
    page.refresh()
    result = context.read(lambda s: year_result(s, find_year(s, 2567)))
    assert result.official is not None and result.official.total is not None
    assert result.reconciliation is not None and result.reconciliation.unexplained is not None
    assert page.computed_label.text() == format_score(result.score.total)  # 4.93665
    assert page.official_label.text() == format_score(result.official.total)  # 4.74511
    assert format_score(result.reconciliation.unexplained) in page.unexplained_label.text()
    assert "38" in page.official_detail.text()
    # The category chart: one bar per หมวด, labelled 1–7 under the bars, "หมวด" once as the
    # axis title (seven "หมวด n" labels were cut to "หมว…" at the chart's width).
    chart = page.category_view.chart()
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QBarCategoryAxis)
    assert axis.categories() == ["1", "2", "3", "4", "5", "6", "7"]
    assert axis.titleText() == "หมวด"


def test_dashboard_lists_late_items_and_opens_one(qtbot: Any, context: AppContext) -> None:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.today = TODAY
    page.refresh()
    year_id = context.year_id
    assert year_id is not None
    late = context.read(lambda s: progress.late_items(s, year_id, TODAY))
    soon = context.read(lambda s: progress.due_soon_items(s, year_id, TODAY))
    assert page.late_model.rowCount() == len(late) > 0
    assert page.due_model.rowCount() == len(soon) > 0
    assert f"({len(late)})" in page.late_box.title()
    assert page.official_label.text() == "—"  # nothing published yet for the current year
    with qtbot.waitSignal(page.open_indicator) as signal:
        page.late_view.activated.emit(page.late_model.index(0))
    assert signal.args == [late[0].indicator_id]


def test_editing_a_person_lands_in_the_database(qtbot: Any, context: AppContext) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()  # a page on show refreshes itself after a change
    page.today = TODAY
    page.refresh()
    row = next(
        n
        for n in range(page.people_model.rowCount())
        if page.people_model.person_at(n).name == "นายสุริยา โคตรวงศ์"
    )
    page.people_view.setCurrentIndex(page.people_model.index(row, 0))
    qtbot.mouseClick(page.edit_person_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    position: QLineEdit = dialog.form.positionEdit
    position.clear()
    type_text(position, "นักวิชาการพัสดุชำนาญการพิเศษ")
    dialog.form.reviewerCheck.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    person = context.read(
        lambda s: s.scalars(select(Person).where(Person.name == "นายสุริยา โคตรวงศ์")).one()
    )
    assert person.position == "นักวิชาการพัสดุชำนาญการพิเศษ"
    assert set(person.roles.split(",")) == {"staff", "reviewer"}
    # The table refreshed itself through context.changed.
    shown = page.people_model.index(row, PeopleModel.POSITION).data()
    assert shown.replace("\u200b", "") == "นักวิชาการพัสดุชำนาญการพิเศษ"


def test_a_refused_person_keeps_the_dialog_open(qtbot: Any, context: AppContext) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()  # a page on show refreshes itself after a change
    page.refresh()
    before = page.people_model.rowCount()
    qtbot.mouseClick(page.add_person_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    type_text(dialog.form.positionEdit, "ครูผู้ช่วย")
    seen: list[str] = []

    def close_warning() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()

    QTimer.singleShot(0, close_warning)
    dialog.save_button.click()  # no name: refused
    assert seen and "ชื่อ" in seen[0]
    assert dialog.isVisible()
    assert dialog.form.positionEdit.text() == "ครูผู้ช่วย"
    assert page.people_model.rowCount() == before
    dialog.reject()


def _select_indicator(page: PeoplePage, wanted: set[State]) -> int:
    model = page.assignment_model
    row = next(n for n in range(model.rowCount()) if model.row_at(n).state in wanted)
    page.tabs.setCurrentIndex(1)
    page.assignment_view.setCurrentIndex(model.index(row, 0))
    return row


def test_editing_an_assignment_lands_in_the_database(qtbot: Any, context: AppContext) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()  # a page on show refreshes itself after a change
    page.today = TODAY
    page.refresh()
    row = _select_indicator(page, {State.PLANNING})
    target = page.assignment_model.row_at(row)
    assert page.assign_button.isEnabled()
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AssignmentDialog)
    form = dialog.form
    new_backup = next(
        form.backupCombo.itemData(n)
        for n in range(1, form.backupCombo.count())
        if form.backupCombo.itemData(n) not in (target.owner_id, target.backup_id)
    )
    form.backupCombo.setCurrentIndex(form.backupCombo.findData(new_backup))
    dialog.deadline.line_edit.setText("")
    type_text(dialog.deadline.line_edit, "15/3/2568")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = context.read(
        lambda s: s.scalars(
            select(Assignment).where(Assignment.indicator_id == target.indicator_id)
        ).one()
    )
    assert saved.backup_id == new_backup
    assert saved.deadline == date(2025, 3, 15)
    assert saved.owner_id == target.owner_id
    shown = page.assignment_model.index(row, AssignmentModel.DEADLINE).data()
    assert shown == "15 มี.ค. 68"


def test_a_mistyped_deadline_is_refused_with_the_reason_and_nothing_saved(
    qtbot: Any, context: AppContext
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    page.today = TODAY
    page.refresh()
    row = _select_indicator(page, {State.PLANNING})
    target = page.assignment_model.row_at(row)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, AssignmentDialog)
    dialog.deadline.line_edit.setText("")
    type_text(dialog.deadline.line_edit, "31/2/2570")
    seen: list[str] = []
    answer_next_box(seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert "วันส่งงาน" in seen[0]
    assert dialog.isVisible()  # still open: the clerk fixes the date
    saved = context.read(
        lambda s: s.scalars(
            select(Assignment).where(Assignment.indicator_id == target.indicator_id)
        ).one()
    )
    assert saved.deadline == target.deadline  # the earlier date, untouched
    dialog.close()


def test_a_locked_assignment_cannot_be_edited(qtbot: Any, context: AppContext) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()  # a page on show refreshes itself after a change
    page.refresh()
    row = _select_indicator(page, {State.LOCKED})
    code = page.assignment_model.row_at(row).code
    assert not page.assign_button.isEnabled()
    assert code in page.reason_label.text().replace("\u200b", "")
    assert "ปิดระบบ" in page.reason_label.text().replace("\u200b", "")
    dialog = page.open_assignment_dialog(page.assignment_model.row_at(row))
    assert not dialog.form.ownerCombo.isEnabled()
    assert not dialog.deadline.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert code in dialog.form.reasonLabel.text().replace("\u200b", "")
    dialog.reject()


def test_calendar_marks_late_deadlines(qtbot: Any, context: AppContext) -> None:
    page = CalendarPage(context)
    qtbot.addWidget(page)
    page.today = TODAY
    page.refresh()
    year_id = context.year_id
    assert year_id is not None
    late = context.read(lambda s: progress.late_items(s, year_id, TODAY))
    assert page.calendar.shown_page() == (2568, 3)  # opens on today's month, in พ.ศ.
    assert "มีนาคม 2568" in page.agenda_title.text()
    assert page.day_colour(late[0].deadline) == LATE_BACKGROUND
    page.show_day(late[0].deadline)
    ids = {page.model.item_at(n).indicator_id for n in range(page.model.rowCount())}
    assert late[0].indicator_id in ids
    assert all(page.model.item_at(n).deadline == late[0].deadline for n in range(len(ids)))


def test_settings_are_saved_from_the_page(qtbot: Any, context: AppContext, tmp_path: Path) -> None:
    preferences = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(context, preferences=preferences)
    qtbot.addWidget(page)
    page.refresh()
    combo = page.signatory_names["director"]
    combo.setCurrentIndex(combo.findText("นายประเสริฐ วงศ์ศรีสุข"))
    combo.activated.emit(combo.currentIndex())  # picking a person fills the position
    assert page.signatory_positions["director"].text().startswith("ผู้อำนวยการ")
    # A long position shows its beginning, not its tail.
    assert all(edit.cursorPosition() == 0 for edit in page.signatory_positions.values())
    page.arabic_digits.setChecked(True)
    page.short_edit.clear()
    type_text(page.short_edit, "สพป.มค. 3")
    page.short_edit.editingFinished.emit()  # leaving the field saves at once
    page.language.setCurrentIndex(page.language.findData("en"))
    page.language.activated.emit(page.language.currentIndex())

    stored = context.read(
        lambda s: {k: v for k, v in s.execute(select(OfficeSetting.key, OfficeSetting.value))}
    )
    assert stored["director.name"] == "นายประเสริฐ วงศ์ศรีสุข"
    assert stored["director.position"].startswith("ผู้อำนวยการ")
    assert stored["numeral_style"] == "arabic"
    profile = context.read(lambda s: office_edit.load_profile(s))
    assert profile.short_name == "สพป.มค. 3"
    assert preferences.value(PREF_LANGUAGE) == "en"


def test_back_up_now_copies_the_database_into_the_chosen_folder(
    qtbot: Any, context: AppContext, tmp_path: Path
) -> None:
    preferences = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(context, preferences=preferences)
    qtbot.addWidget(page)
    page.refresh()
    assert page.data_label.text() == str(context.database.path)
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    assert page.backup_status.text() == "เลือกโฟลเดอร์สำรองข้อมูลก่อน"
    usb = tmp_path / "usb"
    usb.mkdir()
    page.backup_edit.setText(str(usb))
    qtbot.mouseClick(page.backup_now_button, Qt.MouseButton.LeftButton)
    [folder] = list(usb.iterdir())
    assert (folder / "demo.sqlite3").is_file()
    assert str(folder) in page.backup_status.text()


def _wheel(widget: QWidget) -> None:
    """One notch of the mouse wheel over *widget* (downwards)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, -120),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_settings_changes_nothing_unless_the_field_has_focus(
    qtbot: Any, context: AppContext, tmp_path: Path
) -> None:
    preferences = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(context, preferences=preferences)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    combo = page.signatory_names["coordinator"]
    before = combo.currentText()
    for box in (combo, page.language, page.report_font):
        was = box.currentIndex()
        _wheel(box)  # the clerk scrolls the page; the pointer passes over the field
        assert box.currentIndex() == was
    assert combo.currentText() == before
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)  # in the field on purpose: the wheel picks the next name
    assert combo.currentText() != before


def test_tab_leaves_a_multi_line_field_instead_of_typing_a_tab(qtbot: Any) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    notes, after = QPlainTextEdit(form), QLineEdit(form)
    layout = QVBoxLayout(form)
    layout.addWidget(notes)
    layout.addWidget(after)
    form.show()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClick(notes, Qt.Key.Key_Tab)
    assert "\t" not in notes.toPlainText()
    assert after.hasFocus()


def _select_person(page: PeoplePage, name: str) -> None:
    model = page.people_model
    row = next(n for n in range(model.rowCount()) if model.person_at(n).name == name)
    page.people_view.setCurrentIndex(model.index(row, 0))


def _names(page: PeoplePage) -> list[str]:
    model = page.people_model
    return [model.person_at(n).name for n in range(model.rowCount())]


def test_a_person_added_by_mistake_is_deleted_after_a_confirmation(
    qtbot: Any, context: AppContext
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    office_id = context.office_id
    context.run(
        lambda s, a: people_edit.add_person_to_group(
            s,
            a,
            name="นายพิมพ์ ผิดชื่อ",
            position="",
            group_id=None,
            roles=(Role.STAFF,),
            office_id=office_id,
        ),
        Topic.PEOPLE,
    )
    assert not page.delete_person_button.isEnabled()  # nobody selected
    _select_person(page, "นายพิมพ์ ผิดชื่อ")
    assert page.delete_person_button.isEnabled()
    # Cancelled: nothing happens.
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_person_button, Qt.MouseButton.LeftButton)
    assert seen and "ลบ “นายพิมพ์ ผิดชื่อ”" in seen[0]
    assert "นายพิมพ์ ผิดชื่อ" in _names(page)
    # Confirmed: gone from the table and the database.
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_person_button, Qt.MouseButton.LeftButton)
    assert "นายพิมพ์ ผิดชื่อ" not in _names(page)
    left = context.read(
        lambda s: s.scalars(select(Person).where(Person.name == "นายพิมพ์ ผิดชื่อ")).first()
    )
    assert left is None


def test_a_person_with_work_is_marked_as_left_instead_and_shown_greyed(
    qtbot: Any, context: AppContext
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    page.today = TODAY
    page.refresh()
    name = "นายสุริยา โคตรวงศ์"  # owns indicators in the demo
    _select_person(page, name)
    seen: list[str] = []
    answer_next_box(seen, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_person_button, Qt.MouseButton.LeftButton)
    assert seen and "ลบไม่ได้" in seen[0] and "พ้นจากสำนักงานแล้ว" in seen[0]
    person = context.read(lambda s: s.scalars(select(Person).where(Person.name == name)).one())
    assert not person.active  # still there: history keeps the name
    row = _names(page).index(name)
    cell = page.people_model.index(row, PeopleModel.NAME)
    assert cell.data() == f"{name} (พ้นจากสำนักงานแล้ว)"
    colour = cell.data(Qt.ItemDataRole.ForegroundRole).color()
    active_row = next(n for n in range(len(_names(page))) if page.people_model.person_at(n).active)
    assert page.people_model.index(active_row, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert colour.lightness() > 100  # grey, not the text colour
    assert cell.data(Qt.ItemDataRole.FontRole).italic()


def test_the_search_box_hides_the_other_rows_and_ctrl_f_reaches_it(
    qtbot: Any, context: AppContext
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    with qtbot.waitActive(page):
        page.activateWindow()
    assert page.focus_search()
    qtbot.waitUntil(page.search.hasFocus)
    type_text(page.search, "สุริยา")
    shown = [
        page.people_model.person_at(n).name
        for n in range(page.people_model.rowCount())
        if not page.people_view.isRowHidden(n)
    ]
    assert shown == ["นายสุริยา โคตรวงศ์"]
    owned = [
        n
        for n in range(page.assignment_model.rowCount())
        if not page.assignment_view.isRowHidden(n)
    ]
    assert owned and all(
        "สุริยา"
        in (page.assignment_model.row_at(n).owner_name or "")
        + (page.assignment_model.row_at(n).backup_name or "")
        for n in owned
    )
    page.search.clear()
    assert not any(page.people_view.isRowHidden(n) for n in range(page.people_model.rowCount()))
