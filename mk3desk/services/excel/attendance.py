"""Importing a knowledge session's attendance: checked against the office, then saved.

The sheet is :mod:`mk3desk.excel.kinds.attendance`. People are matched by their
full name within the office. A row sets the status of someone listed, or adds a
person of the office to the list; people listed but not in the file keep their
status. The list is saved through ``knowledge.save.edit_session`` (the right,
the rules and the version check of the knowledge page) after the plan has named
every problem with its row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mk3desk.db.models import KnowledgeSession
from mk3desk.domain.errors import ValidationError
from mk3desk.domain.knowledge import (
    ATTENDANCE_TITLES,
    Attendance,
    SessionDraft,
    SessionKind,
    parse_attendance,
)
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import attendance as sheets
from mk3desk.excel.kinds.attendance import H_NAME, H_STATUS, KEY, SHEET, SIGNED, TITLE_TH
from mk3desk.excel.kinds.base import PeopleByName, Row, Rows, add_error, status_of
from mk3desk.excel.problems import ImportReport
from mk3desk.services.context import Actor
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope
from mk3desk.services.knowledge.save import edit_session
from mk3desk.services.lookup import office_people, office_year_of


def specs(session: Session | None, found: KnowledgeSession | None) -> tuple[SheetSpec, ...]:
    if session is None or found is None:
        return sheets.specs()
    return sheets.specs([p.name for p in office_people(session, found.year.office_id) if p.active])


@dataclass(frozen=True)
class AttendanceChange:
    attendees: tuple[tuple[int, Attendance], ...]  # the whole list, as it will be saved


def _status(text: str) -> Attendance:
    if text.strip() == SIGNED:
        return Attendance.ATTENDED
    return parse_attendance(text)


def plan_import(
    session: Session, found: KnowledgeSession, rows: Rows
) -> ImportPlan[AttendanceChange]:
    plan: ImportPlan[AttendanceChange] = ImportPlan(KEY, found.id)
    people = office_people(session, found.year.office_id)
    named = PeopleByName(people)
    listed: dict[int, Attendance] = {a.person_id: Attendance(a.status) for a in found.attendees}
    wanted = dict(listed)
    for row in rows.get(SHEET, ()):
        name, typed = row.get("name"), row.get("status")
        if name is None or typed is None:
            continue  # the reader named the empty required cell
        try:
            status: Attendance | None = _status(str(typed))
        except ValidationError as error:
            add_error(plan.problems, SHEET, row, H_STATUS, error)
            status = None
        person = named.find(plan.problems, SHEET, row, H_NAME, name)
        if person is None:
            continue
        if status is None:
            continue
        plan.count(status_of(listed.get(person.id), status))
        wanted[person.id] = status
    if wanted != listed:
        plan.items.append(AttendanceChange(tuple(wanted.items())))
    plan.extra["version"] = found.version
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[AttendanceChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if not plan.items:
        return plan.report()
    found = session.get(KnowledgeSession, plan.scope_id)
    assert found is not None
    draft = SessionDraft(
        held_on=found.held_on,
        topic=found.topic,
        kind=SessionKind(found.kind),
        speaker=found.speaker,
        place=found.place,
        lessons=found.lessons,
        attendees=plan.items[0].attendees,
        indicator_ids=tuple(link.indicator_id for link in found.links),
    )
    version = plan.extra.get("expected_version", plan.extra["version"])
    edit_session(session, actor, office_year_of(found.year), found.id, draft, version=version)
    return plan.report()


def export_rows(_session: Session, found: KnowledgeSession) -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "name": a.person.name,
                "position": a.person.position,
                "status": ATTENDANCE_TITLES[Attendance(a.status)],
            }
            for a in found.attendees
        ]
    }


KIND = ImportKind(
    key=KEY,
    title_th=TITLE_TH,
    scope=Scope.SESSION,
    specs=specs,
    examples=sheets.examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
