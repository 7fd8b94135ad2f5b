"""Importing one committee's members and duties: checked against the office, then saved.

The sheets are :mod:`mk3desk.excel.kinds.committee_members`. Members are matched
by their full name within the office. The file holds the whole list: an import
replaces the committee's members (in the file's order) and, when the duty sheet
has rows, its duties, through ``committees.save.edit_committee`` -- the right,
the rules (one chair, no double leading role) and the version check of the
committees dialog -- after the plan has named every problem with its row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mk3desk.db.models import Committee
from mk3desk.domain.committees import (
    ROLE_TITLES,
    CommitteeDraft,
    CommitteeRole,
    MemberEntry,
    check_members,
    parse_role,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import committee_members as sheets
from mk3desk.excel.kinds.base import PeopleByName, Row, Rows, add_error, add_problem, status_of
from mk3desk.excel.kinds.committee_members import (
    DUTY_SHEET,
    H_DUTY,
    H_NAME,
    H_ROLE,
    KEY,
    MAX_DUTY,
    MEMBER_SHEET,
    TITLE_TH,
)
from mk3desk.excel.problems import ImportReport
from mk3desk.services.committees.read import order_of
from mk3desk.services.committees.save import edit_committee
from mk3desk.services.context import Actor
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope
from mk3desk.services.lookup import office_people, office_year_of


def specs(session: Session | None, committee: Committee | None) -> tuple[SheetSpec, ...]:
    if session is None or committee is None:
        return sheets.specs()
    people = office_people(session, committee.year.office_id)
    return sheets.specs([p.name for p in people if p.active])


@dataclass(frozen=True)
class MemberListChange:
    members: tuple[tuple[int, CommitteeRole], ...]
    duties: str | None  # None: keep the committee's duties


def plan_import(session: Session, committee: Committee, rows: Rows) -> ImportPlan[MemberListChange]:
    plan: ImportPlan[MemberListChange] = ImportPlan(KEY, committee.id)
    people = office_people(session, committee.year.office_id)
    named = PeopleByName(people)
    current = {m.person_id: CommitteeRole(m.role) for m in committee.members}
    listed: list[MemberEntry] = []
    seen: dict[int, MemberEntry] = {}
    for row in rows.get(MEMBER_SHEET, ()):
        name, typed_role = row.get("name"), row.get("role")
        if name is None or typed_role is None:
            continue  # the reader named the empty required cell
        try:
            role = parse_role(str(typed_role))
        except ValidationError as error:
            add_error(plan.problems, MEMBER_SHEET, row, H_ROLE, error)
            role = None
        person = named.find(plan.problems, MEMBER_SHEET, row, H_NAME, name)
        if person is None:
            continue
        if role is None:
            continue
        entry = MemberEntry(person.id, person.name, role)
        earlier = seen.get(person.id)
        if earlier is not None:
            try:
                check_members([earlier, entry])
            except ValidationError as error:  # two roles for one person
                add_error(plan.problems, MEMBER_SHEET, row, H_ROLE, error)
            continue
        seen[person.id] = entry
        listed.append(entry)
        plan.count(status_of(current.get(person.id), role))
    if not plan.problems:
        try:
            check_members(listed)  # one chair, one secretary
        except ValidationError as error:
            add_error(plan.problems, MEMBER_SHEET, {}, H_ROLE, error)
    duties: list[str] = []
    for row in rows.get(DUTY_SHEET, ()):
        duty = " ".join(str(row.get("duty") or "").split())
        if not duty:
            continue
        if len(duty) > MAX_DUTY:
            add_problem(
                plan.problems,
                DUTY_SHEET,
                row,
                H_DUTY,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem", "หน้าที่ข้อนี้ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — แบ่งเป็นหลายข้อ"
                ),
                length=len(duty),
                limit=MAX_DUTY,
            )
            continue
        duties.append(duty)
    new_duties = "\n".join(duties) if duties else None
    # Members taken off the committee count as changed rows too (they are not in the file).
    plan.changed += len(set(current) - set(seen))
    members = tuple((m.person_id, m.role) for m in listed)
    old_members = tuple((m.person_id, CommitteeRole(m.role)) for m in committee.members)
    if members != old_members or (new_duties is not None and new_duties != committee.duties):
        plan.items.append(MemberListChange(members, new_duties))
    plan.extra["version"] = committee.version
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[MemberListChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if not plan.items:
        return plan.report()
    committee = session.get(Committee, plan.scope_id)
    assert committee is not None
    change = plan.items[0]
    draft = CommitteeDraft(
        name=committee.name,
        order=order_of(committee),
        preamble=committee.preamble,
        duties=committee.duties if change.duties is None else change.duties,
        members=change.members,
    )
    version = plan.extra.get("expected_version", plan.extra["version"])
    edit_committee(
        session, actor, office_year_of(committee.year), committee.id, draft, version=version
    )
    return plan.report()


def export_rows(_session: Session, committee: Committee) -> dict[str, list[Row]]:
    members = [
        {
            "name": m.person.name,
            "position": m.person.position,
            "group": m.person.group.name if m.person.group else "",
            "role": ROLE_TITLES[CommitteeRole(m.role)],
        }
        for m in committee.members
    ]
    duties = [{"duty": line} for line in committee.duties.splitlines() if line.strip()]
    return {MEMBER_SHEET: members, DUTY_SHEET: duties}


KIND = ImportKind(
    key=KEY,
    title_th=TITLE_TH,
    scope=Scope.COMMITTEE,
    specs=specs,
    examples=sheets.examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
