"""The office's groups and people.

People are matched by their full name within the office (that is how a clerk
knows them; the database has no other shared key with a spreadsheet). Groups
and people missing from the file are kept: an import adds and updates, it never
deletes -- someone who left is marked "not working here" instead, so that the
history of who did what stays readable.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Group, Office, Person
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import Role
from mk3desk.exchange.columns import Column, ColumnKind, SheetSpec
from mk3desk.exchange.kinds.base import (
    ImportKind,
    ImportPlan,
    Row,
    Rows,
    Scope,
    add_problem,
    status_of,
)
from mk3desk.exchange.problems import ImportReport
from mk3desk.services.context import Actor, audit, format_roles, parse_roles
from mk3desk.services.lookup import get_office

KEY = "people"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "บุคลากรและกลุ่มงาน")
GROUP_SHEET = "กลุ่มงาน"
PEOPLE_SHEET = "บุคลากร"
H_GROUP = "กลุ่มงาน"
H_NAME = "ชื่อ-นามสกุล"

# Role -> (column key, Thai header); a person may hold several roles.
ROLE_COLUMNS: dict[Role, tuple[str, str]] = {
    Role.STAFF: ("staff", "ผู้รับผิดชอบตัวชี้วัด (Key Man)"),
    Role.REVIEWER: ("reviewer", "กรรมการตรวจสอบ"),
    Role.COORDINATOR: ("coordinator", "ผู้ประสานงาน"),
    Role.EXECUTIVE: ("executive", "ผู้บริหาร"),
}


def _group_names(session: Session | None) -> list[str]:
    if session is None:
        return []
    office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        return []
    return [g.name for g in sorted(office.groups, key=lambda g: g.sort_order)]


def specs(session: Session | None, _year: object = None) -> tuple[SheetSpec, ...]:
    groups = _group_names(session)
    role_columns = tuple(
        Column(key, header, ColumnKind.BOOL, width=14) for key, header in ROLE_COLUMNS.values()
    )
    return (
        SheetSpec(
            GROUP_SHEET,
            (Column("name", "ชื่อกลุ่มงาน", required=True, width=50),),
            key_columns=("name",),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "กลุ่มงานใหม่ที่ต้องการเพิ่ม (กลุ่มที่มีอยู่แล้วไม่ต้องกรอกซ้ำ)"
            ),
        ),
        SheetSpec(
            PEOPLE_SHEET,
            (
                Column("name", H_NAME, required=True, width=32),
                Column("position", "ตำแหน่ง", width=36),
                Column("group", H_GROUP, choices=groups, width=36),
                *role_columns,
                Column("active", "ยังปฏิบัติงานอยู่", ColumnKind.BOOL, width=12),
            ),
            key_columns=("name",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งคน ชื่อ-นามสกุลรวมคำนำหน้า จับคู่กับบุคลากรเดิมด้วยชื่อ-นามสกุล"
                " ช่องบทบาทกรอก «ใช่» หรือ «ไม่ใช่» ถ้าไม่ได้เลือกบทบาทใดเลยจะเป็นผู้รับผิดชอบตัวชี้วัด",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        GROUP_SHEET: [{"name": "กลุ่มนโยบายและแผน"}],
        PEOPLE_SHEET: [
            {
                "name": "นางสาวสมศรี ใจดี",
                "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                "group": "กลุ่มนโยบายและแผน",
                "staff": True,
                "reviewer": False,
                "coordinator": False,
                "executive": False,
                "active": True,
            }
        ],
    }


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
    by_name = {p.name: p for p in people}
    twice = {name for name, n in Counter(p.name for p in people).items() if n > 1}
    for row in rows.get(PEOPLE_SHEET, ()):
        name = row.get("name")
        if name is None:
            continue
        if name in twice:
            add_problem(
                plan.problems,
                PEOPLE_SHEET,
                row,
                H_NAME,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem",
                    "ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร",
                ),
                name=name,
            )
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
        old = by_name.get(name)
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
    for person in session.scalars(
        select(Person).where(Person.office_id == office.id).order_by(Person.name)
    ):
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
    examples=examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
