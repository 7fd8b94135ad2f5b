"""Importing the office's groups and people: checked against the office, then written.

The sheets are :mod:`mk3desk.excel.kinds.people`. People are matched by their
full name within the office; an import adds and updates, it never deletes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Group, Office, Person
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import Role
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import people as sheets
from mk3desk.excel.kinds.base import PeopleByName, Row, Rows, add_problem, status_of
from mk3desk.excel.kinds.people import (
    GROUP_SHEET,
    H_GROUP,
    H_NAME,
    KEY,
    PEOPLE_SHEET,
    ROLE_COLUMNS,
    TITLE_TH,
)
from mk3desk.excel.problems import ImportReport
from mk3desk.services.context import Actor, audit, format_roles, parse_roles
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope
from mk3desk.services.lookup import get_office, office_people


def specs(_session: Session | None, office: Office | None) -> tuple[SheetSpec, ...]:
    if office is None:
        return sheets.specs()
    return sheets.specs([g.name for g in sorted(office.groups, key=lambda g: g.sort_order)])


@dataclass(frozen=True)
class PersonChange:
    person_id: int | None  # None: a new person
    name: str
    position: str
    group: str | None
    roles: str
    active: bool


def _roles_of(row: Row, old: Person | None) -> str:
    chosen = {role for role, (key, _h) in ROLE_COLUMNS.items() if row.get(key)}
    if not chosen:
        if old is not None and all(row.get(key) is None for key, _h in ROLE_COLUMNS.values()):
            return old.roles  # the file says nothing about roles
        chosen = {Role.STAFF}
    return format_roles(chosen)


def plan_import(session: Session, office: Office, rows: Rows) -> ImportPlan[PersonChange]:
    plan: ImportPlan[PersonChange] = ImportPlan(KEY, office.id)
    known_groups = {g.name for g in office.groups}
    new_groups: list[str] = []
    for row in rows.get(GROUP_SHEET, ()):
        name = row.get("name")
        if name is None:
            continue
        if name in known_groups:
            plan.unchanged += 1
        elif name not in new_groups:
            new_groups.append(name)
            plan.added += 1
    plan.extra["groups"] = new_groups
    usable_groups = known_groups | set(new_groups)
    people = list(session.scalars(select(Person).where(Person.office_id == office.id)))
    named = PeopleByName(people)
    for row in rows.get(PEOPLE_SHEET, ()):
        name = row.get("name")
        if name is None:
            continue
        if named.named_twice(plan.problems, PEOPLE_SHEET, row, H_NAME, name):
            continue
        group = row.get("group")
        if group is not None and group not in usable_groups:
            add_problem(
                plan.problems,
                PEOPLE_SHEET,
                row,
                H_GROUP,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem",
                    "ไม่พบกลุ่มงาน “{group}” (เพิ่มกลุ่มในแผ่นงาน «{groups}» หรือแก้ชื่อให้ตรงกัน)",
                ),
                group=group,
                groups=GROUP_SHEET,
            )
            continue
        old = named.by_name.get(name)
        active = row.get("active")
        change = PersonChange(
            person_id=old.id if old is not None else None,
            name=name,
            position=row.get("position") or "",
            group=group,
            roles=_roles_of(row, old),
            active=(old.active if old is not None else True) if active is None else active,
        )
        before = None
        if old is not None:
            before = (
                old.position,
                old.group.name if old.group else None,
                parse_roles(old.roles),
                old.active,
            )
        after = (change.position, change.group, parse_roles(change.roles), change.active)
        status = status_of(before, after)
        plan.count(status)
        if status != "unchanged":
            plan.items.append(change)
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[PersonChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if not plan.items and not plan.extra.get("groups"):
        return plan.report()
    office = get_office(session, plan.scope_id)
    groups = {g.name: g for g in office.groups}
    for name in plan.extra.get("groups", []):
        groups[name] = Group(office=office, name=name, sort_order=len(groups))
        session.add(groups[name])
    for change in plan.items:
        person = session.get(Person, change.person_id) if change.person_id else None
        if person is None:
            person = Person(office=office, name=change.name)
            session.add(person)
        person.position = change.position
        person.group = groups.get(change.group) if change.group else None
        person.roles = change.roles
        person.active = change.active
    session.flush()
    audit(
        session,
        actor,
        "excel.import.people",
        office.name,
        f"added={plan.added} changed={plan.changed}",
    )
    return plan.report()


def export_rows(session: Session, office: Office) -> dict[str, list[Row]]:
    groups = [{"name": g.name} for g in sorted(office.groups, key=lambda g: g.sort_order)]
    people = []
    for person in office_people(session, office.id):
        roles = parse_roles(person.roles)
        row: Row = {
            "name": person.name,
            "position": person.position,
            "group": person.group.name if person.group else None,
            "active": person.active,
        }
        row.update({key: role in roles for role, (key, _h) in ROLE_COLUMNS.items()})
        people.append(row)
    return {GROUP_SHEET: groups, PEOPLE_SHEET: people}


KIND = ImportKind(
    key=KEY,
    title_th=TITLE_TH,
    scope=Scope.OFFICE,
    specs=specs,
    examples=sheets.examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
