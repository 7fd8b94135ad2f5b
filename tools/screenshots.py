"""Screenshots of every main screen with the demo office, grabbed offscreen.

    python tools/screenshots.py OUT_DIR          # all screens
    python tools/screenshots.py OUT_DIR indicators pdca_do   # only these

Builds the demo database in a working folder inside OUT_DIR (removed at the end: the
tool writes nothing outside OUT_DIR), opens the main window as a clerk on an office
laptop would see it (1366×768, Thai) and saves OUT_DIR/<name>.png for each entry of
``SCREENS``: a list of (name, builder); a builder gets the main window, brings its
screen up and returns the widget to grab. Add your screens to the list.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from mk3desk.domain.actor import Actor
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import State
from mk3desk.ui.context import Topic
from mk3desk.ui.main_window import MainWindow

Builder = Callable[[MainWindow], QWidget]
# An office laptop's screen.
WIDTH, HEIGHT = 1366, 768


def _indicators(window: MainWindow) -> QWidget:
    window.show_page("indicators")
    return window


def _open(window: MainWindow, state: State, kind: IndicatorKind, step: int | None) -> QWidget:
    from mk3desk.ui.models.indicator_tree import ROW_ROLE
    from mk3desk.ui.pages.indicators_page import IndicatorsPage

    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    model = page.model
    for n in range(model.rowCount()):
        parent = model.index(n, 0)
        for m in range(model.rowCount(parent)):
            row = model.data(model.index(m, 0, parent), ROW_ROLE)
            if row.state is state and row.kind is kind:
                page.open_indicator(row.indicator_id)
                if step is not None:
                    page.work.show_step(step)
                return window
    raise LookupError(f"no {kind} indicator in state {state}")


def _page(key: str) -> Builder:
    def build(window: MainWindow) -> QWidget:
        window.show_page(key)
        return window

    return build


def _assignments(window: MainWindow) -> QWidget:
    """People & assignments, second tab, a locked indicator selected (its reason shows)."""
    from mk3desk.ui.pages.people_page import PeoplePage

    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    model = page.assignment_model
    locked = next(n for n in range(model.rowCount()) if model.row_at(n).state is State.LOCKED)
    page.select_indicator(model.row_at(locked).indicator_id)
    return window


def _assignment_dialog(window: MainWindow) -> QWidget:
    from mk3desk.ui.pages.people_page import PeoplePage

    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    model = page.assignment_model
    editable = next(n for n in range(model.rowCount()) if model.row_at(n).blocked is None)
    return page.open_assignment_dialog(model.row_at(editable))


def _person_dialog(window: MainWindow) -> QWidget:
    from mk3desk.ui.pages.people_page import PeoplePage

    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    return page.open_person_dialog(page.people_model.person_at(0))


def _best_practice(window: MainWindow) -> QWidget:
    from mk3desk.ui.pages.reports_page import ReportsPage

    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    dialog = page.edit_best_practice()
    assert dialog is not None
    return dialog


def _in_year(window: MainWindow, be_year: int) -> None:
    """Choose *be_year* in the window's office/year box (the demo's MK3 records are 2567's)."""
    combo = window.year_combo
    for row in range(combo.count()):
        if f"{be_year}" in combo.itemText(row):
            combo.setCurrentIndex(row)
            return


def _mk3_dialog(kind: str) -> Builder:
    """One of the MK3 Model's dialogs (SWOT, committees, recognition) on FY2567's records."""

    def build(window: MainWindow) -> QWidget:
        from mk3desk.ui.dialogs.committees_dialog import CommitteesDialog
        from mk3desk.ui.dialogs.recognition_dialog import RecognitionDialog
        from mk3desk.ui.dialogs.swot_dialog import SwotDialog

        _in_year(window, 2567)
        kinds = {
            "swot": SwotDialog,
            "committees": CommitteesDialog,
            "recognition": RecognitionDialog,
        }
        dialog = kinds[kind](window.context, window)
        dialog.show()
        return dialog

    return build


def _reports_committee_gone(window: MainWindow) -> QWidget:
    """The Reports page after the committee chosen for its order was deleted elsewhere."""
    from mk3desk.services.committees import delete, read
    from mk3desk.ui.pages.reports_page import ReportsPage

    _in_year(window, 2567)
    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.select_kind("committee")
    page.committee_box.setCurrentIndex(page.committee_box.count() - 1)
    office_year = window.context.office_year
    assert office_year is not None
    chosen = page.committee_box.currentData()
    with window.context.database.transaction() as session:  # as another user's program
        delete.delete_committee(session, Actor.system(), office_year, int(chosen))
        assert all(c.committee_id != chosen for c in read.committees(session, office_year))
    page.load()  # what the page does when the change is seen
    return window


def _reports_preview(window: MainWindow) -> QWidget:
    """The Reports page after making the year summary: the PDF shown by QtPdf."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

    from mk3desk.ui.pages.reports_page import ReportsPage

    page = window.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.select_kind("summary")
    page.make()
    page.wait()
    for _ in range(5):  # the worker's "finished" arrives as a queued signal
        QCoreApplication.processEvents()
    assert page.preview.page_count() > 0, page.status.text()
    # QPdfView renders its pages in a thread of its own and says nothing when done.
    # (Not processEvents(flags, maxtime): in PySide6 6.12 it aborts with none_dealloc.)
    deadline = QDeadlineTimer(1500)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
        QThread.msleep(20)
    return window


def _recycle(window: MainWindow) -> QWidget:
    """The recycle list with one removed file of an in-progress indicator."""
    from mk3desk.services import evidence
    from mk3desk.ui.pages.indicators_page import IndicatorsPage

    _open(window, State.IN_PROGRESS, IndicatorKind.PROCESS, 1)
    page = window.pages["indicators"]
    assert isinstance(page, IndicatorsPage)
    files = page.work.detail.evidence if page.work.detail else ()
    if files:
        first = files[0].evidence_id
        window.context.run(lambda s, a: evidence.remove_evidence(s, a, first), Topic.EVIDENCE)
    return window.show_recycle_list()


def _evidence_flags(window: MainWindow) -> QWidget:
    """The Do step of an indicator whose first evidence file was deleted from the store."""
    from mk3desk.ui.pages.indicators_page import IndicatorsPage

    _open(window, State.RETURNED, IndicatorKind.PROCESS, 1)
    page = window.pages["indicators"]
    assert isinstance(page, IndicatorsPage)
    panel = page.work.do.evidence
    if panel.files:
        stored = window.context.store.local_path(panel.files[0].sha256)
        stored.unlink(missing_ok=True)
    panel.watch.check_now()
    scroll = panel.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(panel)
    return window


def _import_problems(window: MainWindow) -> QWidget:
    """The result of an Excel import refused for its problems (long Thai messages)."""
    from mk3desk.excel.problems import ImportRefused, Problem
    from mk3desk.ui.excel_actions import ImportResultDialog

    problems = [
        Problem("ผู้รับผิดชอบ", 2, "A", "ไม่พบตัวชี้วัดรหัส 9.9 ในปีงบประมาณนี้ ตรวจสอบรหัสตัวชี้วัดในแผ่นงาน"),
        Problem(
            "ผู้รับผิดชอบ",
            3,
            "C",
            "ไม่พบบุคลากรชื่อ นายไม่มี ตัวตน ในรายชื่อบุคลากรของสำนักงาน"
            " ตรวจสอบการสะกดชื่อและนามสกุลหรือเพิ่มบุคลากรในหน้าบุคลากรและผู้รับผิดชอบก่อนนำเข้าอีกครั้ง",
        ),
        Problem("ผู้รับผิดชอบ", 4, "E", "วันที่กำหนดส่งไม่ถูกต้อง ใช้รูปแบบ วว/ดด/ปปปป พ.ศ."),
    ]
    dialog = ImportResultDialog("นำเข้าข้อมูลผู้รับผิดชอบตัวชี้วัด", None, ImportRefused(problems), window)
    dialog.show()
    return dialog


def _dashboard_lists(window: MainWindow) -> QWidget:
    """The dashboard scrolled to its lists (late, due soon, what raises the score most)."""
    from mk3desk.ui.pages.dashboard_page import DashboardPage

    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    scroll = page.late_box.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(page.what_if_box)
    return window


def _people_left(window: MainWindow) -> QWidget:
    """People: one who left the office (greyed, marked), the delete button, the search box."""
    from mk3desk.services import people_edit

    office_id = window.context.office_id
    rows = window.context.read(lambda s: people_edit.person_rows(s, office_id))
    left = rows[1]
    window.context.run(
        lambda s, a: people_edit.update_person(
            s,
            a,
            left.person_id,
            name=left.name,
            position=left.position,
            group_id=left.group_id,
            roles=left.roles,
            active=False,
        ),
        Topic.PEOPLE,
    )
    window.show_page("people")
    return window


def _as_staff_not_owning(window: MainWindow, state: State) -> None:
    """Act as a person with the staff role only who does not own the first indicator in
    *state* (the rights then disable its next step)."""
    from mk3desk.domain.actor import Actor
    from mk3desk.domain.workflow import Role
    from mk3desk.services import people_edit
    from mk3desk.ui.models.indicator_tree import ROW_ROLE
    from mk3desk.ui.pages.indicators_page import IndicatorsPage

    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    owners = set()
    model = page.model
    for n in range(model.rowCount()):
        parent = model.index(n, 0)
        for m in range(model.rowCount(parent)):
            row = model.data(model.index(m, 0, parent), ROW_ROLE)
            if row.state is state:
                owners |= {row.owner_id, row.backup_id}
    office_id = window.context.office_id
    staff = next(
        p
        for p in window.context.read(lambda s: people_edit.person_rows(s, office_id))
        if p.roles == frozenset({Role.STAFF}) and p.person_id not in owners
    )
    window.context.set_actor(Actor(staff.person_id, staff.name, staff.roles))


def _plan_reason(window: MainWindow) -> QWidget:
    """The Plan step seen by someone who may not start the work: the button says why."""
    _as_staff_not_owning(window, State.PLANNING)
    return _open(window, State.PLANNING, IndicatorKind.PROCESS, 0)


def _do_reopened(window: MainWindow) -> QWidget:
    """The Do step of an indicator the coordinator reopened: the reason in a banner."""
    from mk3desk.services import workflow
    from mk3desk.ui.models.indicator_tree import ROW_ROLE
    from mk3desk.ui.pages.indicators_page import IndicatorsPage

    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    model = page.model
    locked = next(
        row
        for n in range(model.rowCount())
        for m in range(model.rowCount(model.index(n, 0)))
        if (row := model.data(model.index(m, 0, model.index(n, 0)), ROW_ROLE)).state is State.LOCKED
    )
    window.context.run(
        lambda s, a: workflow.move_indicator(
            s,
            a,
            locked.indicator_id,
            State.IN_PROGRESS,
            "ตัวเลขร้อยละในเกณฑ์ข้อ 3 ไม่ตรงกับรายงานของจังหวัด ขอให้แก้ไขและแนบหลักฐานใหม่",
        ),
        Topic.INDICATOR,
    )
    page.open_indicator(locked.indicator_id)
    page.work.show_step(1)
    return window


def _file_menu(window: MainWindow) -> QWidget:
    """The แฟ้ม menu open: mnemonics and shortcuts."""
    menu = window.menus.file_menu
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    return menu


def _bundle_picker(window: MainWindow) -> QWidget:
    """ส่งงาน: choosing the indicators to send (full titles, mine ticked)."""
    from mk3desk.ui.dialogs.work_picker import WorkPicker

    office_year = window.context.office_year
    assert office_year is not None
    picker = WorkPicker(window.menus.bundle_actions()._codes(office_year), window)
    picker.show()
    return picker


def _record_conflict(window: MainWindow) -> QWidget:
    """A person saved on another PC while this clerk edited them: both side by side."""
    from mk3desk.domain.errors import ConflictError
    from mk3desk.domain.workflow import Role
    from mk3desk.services import people_edit
    from mk3desk.ui.dialogs.record_conflict_dialog import RecordConflictDialog
    from mk3desk.ui.i18n import translate_error

    database = window.context.database
    with database.session() as session:
        rows = people_edit.person_rows(session)
        groups = people_edit.group_rows(session)
    read = next(r for r in rows if r.group_id is not None and Role.COORDINATOR not in r.roles)
    other_group = next(g for g in groups if g.group_id != read.group_id)

    def save(session: object, **change: object) -> None:
        fields: dict[str, object] = {
            "name": read.name,
            "position": read.position,
            "group_id": read.group_id,
            "roles": read.roles,
            "active": read.active,
            "version": read.version,
        }
        fields.update(change)
        people_edit.update_person(session, Actor.system(), read.person_id, **fields)  # type: ignore[arg-type]

    with database.transaction() as session:  # another PC, first
        save(session, position="ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา", roles={Role.STAFF, Role.REVIEWER})
    try:
        with database.transaction() as session:  # this clerk, from the old version
            save(
                session,
                name=read.name + " (เปลี่ยนนามสกุลตามทะเบียนสมรส)",
                position="นักวิชาการศึกษาชำนาญการพิเศษ รักษาการในตำแหน่งผู้อำนวยการกลุ่ม",
                group_id=other_group.group_id,
            )
    except ConflictError as error:
        dialog = RecordConflictDialog(translate_error(error), error.fields, window)
        dialog.show()
        return dialog
    raise AssertionError("the second save was not refused")


def _about(window: MainWindow) -> QWidget:
    return window.menus.show_about()


SCREENS: list[tuple[str, Builder]] = [
    ("dashboard", _page("dashboard")),
    ("dashboard_lists", _dashboard_lists),
    ("indicators", _indicators),
    ("pdca_plan", lambda w: _open(w, State.PLANNING, IndicatorKind.PROCESS, 0)),
    ("pdca_do_process", lambda w: _open(w, State.RETURNED, IndicatorKind.PROCESS, 1)),
    ("pdca_do_outcome", lambda w: _open(w, State.IN_PROGRESS, IndicatorKind.OUTCOME, 1)),
    ("pdca_check", lambda w: _open(w, State.SUBMITTED, IndicatorKind.PROCESS, 2)),
    ("pdca_act_locked", lambda w: _open(w, State.LOCKED, IndicatorKind.PROCESS, 3)),
    ("pdca_history", lambda w: _open(w, State.REFLECTED, IndicatorKind.PROCESS, 4)),
    ("people", _page("people")),
    ("people_left", _people_left),
    ("pdca_plan_reason", _plan_reason),
    ("pdca_do_reopened", _do_reopened),
    ("file_menu", _file_menu),
    ("bundle_picker", _bundle_picker),
    ("people_assignments", _assignments),
    ("people_assignment_dialog", _assignment_dialog),
    ("people_person_dialog", _person_dialog),
    ("knowledge", _page("knowledge")),
    ("calendar", _page("calendar")),
    ("reports", _page("reports")),
    ("settings", _page("settings")),
    ("reports_best_practice", _best_practice),
    ("reports_preview", _reports_preview),
    ("reports_committee_gone", _reports_committee_gone),
    ("evidence_recycle", _recycle),
    ("evidence_missing", _evidence_flags),
    ("about", _about),
    ("record_conflict", _record_conflict),
    ("excel_import_problems", _import_problems),
    ("swot_dialog", _mk3_dialog("swot")),
    ("committees_dialog", _mk3_dialog("committees")),
    ("recognition_dialog", _mk3_dialog("recognition")),
    ("read_only_settings", _page("settings")),
]
# Shown on a read-only copy (a second program on the same database).
READ_ONLY = {"read_only_settings"}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    out = Path(argv[0]).resolve()
    only = set(argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    # The demo database, its evidence, the settings and the program's data folder all
    # live here, and go when the screenshots are taken.
    work = out / ".screenshots-work"
    shutil.rmtree(work, ignore_errors=True)
    (work / "data").mkdir(parents=True)
    os.environ["MK3DESK_DATA"] = str(work / "data")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # The offscreen screen is the laptop's too, so dialogs fit it as they would there.
        screen = {"name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
        (work / "screen.json").write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={work / 'screen.json'}"
    (work / "tmp").mkdir()
    tempfile.tempdir = str(work / "tmp")  # the demo's sample files too
    os.environ.setdefault("PYTHAINLP_DATA", str(work / "pythainlp"))
    try:
        return _take(out, work, only)
    finally:
        from mk3desk.ui import thai_wrap

        thai_wrap.hint_cache().save()  # now, into *work*: not at exit, after it is gone
        shutil.rmtree(work, ignore_errors=True)


def _log_in_as_coordinator(window: MainWindow) -> None:
    """The demo's coordinator logged in, as a clerk sees the window after the login
    dialog (the session bar names them); a screen may act as someone else after."""
    from mk3desk.services.accounts import verify_login

    bar, context = window.session, window.context
    if not bar.with_accounts:
        return
    with context.database.transaction() as session:
        result = verify_login(session, "coordinator", "demo1234", office_id=context.office_id)
    assert result.actor is not None, "the demo's coordinator could not log in"
    context.set_actor(result.actor)
    bar.user_name = "coordinator"
    bar._show_who()


def _take(out: Path, work: Path, only: set[str]) -> int:
    from mk3desk.db.migrate import open_database
    from mk3desk.services.demo import create_demo
    from mk3desk.ui.app import create_application
    from mk3desk.ui.context import AppContext

    app = create_application(["screenshots"], install_excepthook=False)
    database = open_database(work / "demo.sqlite3")
    create_demo(database)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    for name, build in SCREENS:
        if only and name not in only:
            continue
        context = AppContext(database, read_only=name in READ_ONLY)
        window = MainWindow(context, settings)
        window.resize(WIDTH, HEIGHT)
        window.show()
        _log_in_as_coordinator(window)
        app.processEvents()
        widget = build(window)
        for _ in range(3):
            app.processEvents()
        target = out / f"{name}.png"
        widget.grab().save(str(target))
        print(target)
        if widget is not window:
            widget.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
