"""Changing people and groups after they were added, and reading them for the screens."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import (
    Account,
    Assignment,
    AuditEntry,
    Certificate,
    CommitteeMember,
    CriterionResult,
    EvidenceFile,
    Group,
    KnowledgeAttendee,
    PdcaRecord,
    Person,
    Recognition,
    Transition,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_name, normalise_text
from mk3desk.domain.thaisort import person_sort_key, thai_sort_key
from mk3desk.domain.workflow import Role
from mk3desk.services.accounts import check_not_last_coordinator
from mk3desk.services.conflicts import read_locked, refuse_if_changed, yes_no
from mk3desk.services.context import Actor, audit, format_roles, parse_roles
from mk3desk.services.lookup import get_office, get_person
from mk3desk.services.people import add_person, ensure_unique_name
from mk3desk.services.rights import require


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    name: str
    position: str
    group_id: int | None
    group_name: str
    roles: frozenset[Role]
    active: bool
    version: int = 0  # the record's version when read: a save passes it back


@dataclass(frozen=True)
class GroupRow:
    group_id: int
    name: str


def person_rows(
    session: Session, office_id: int | None = None, *, active_only: bool = True
) -> list[PersonRow]:
    """The office's people in Thai dictionary order of their names."""
    office = get_office(session, office_id)
    query = select(Person).where(Person.office_id == office.id).options(selectinload(Person.group))
    if active_only:
        query = query.where(Person.active.is_(True))
    rows = [person_row(p) for p in session.scalars(query)]
    # Sorted here as well as by the collation: the order must not depend on the engine.
    return sorted(rows, key=lambda r: person_sort_key(r.name))


def person_row(p: Person) -> PersonRow:
    return PersonRow(
        person_id=p.id,
        name=p.name,
        position=p.position,
        group_id=p.group_id,
        group_name=p.group.name if p.group else "",
        roles=parse_roles(p.roles),
        active=p.active,
        version=p.version,
    )


ROLE_LABELS: dict[Role, str] = {
    Role.STAFF: QT_TRANSLATE_NOOP("People", "ผู้รับผิดชอบตัวชี้วัด (Key Man)"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("People", "กรรมการตรวจสอบ"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("People", "ผู้ประสานงานตัวชี้วัด"),
    Role.EXECUTIVE: QT_TRANSLATE_NOOP("People", "ผู้บริหาร"),
    Role.VIEWER: QT_TRANSLATE_NOOP("People", "ดูข้อมูลอย่างเดียว"),
}


def _roles_text(roles: Iterable[Role]) -> str:
    chosen = set(roles)
    return ", ".join(ROLE_LABELS[r] for r in Role if r in chosen)


def _group_name(session: Session, group_id: int | None) -> str:
    group = session.get(Group, group_id) if group_id is not None else None
    return group.name if group is not None else QT_TRANSLATE_NOOP("People", "ไม่สังกัดกลุ่ม")


def group_rows(session: Session, office_id: int | None = None) -> list[GroupRow]:
    office = get_office(session, office_id)
    groups = session.scalars(select(Group).where(Group.office_id == office.id))
    return sorted((GroupRow(g.id, g.name) for g in groups), key=lambda g: thai_sort_key(g.name))


def update_person(
    session: Session,
    actor: Actor,
    person_id: int,
    *,
    name: str,
    position: str,
    group_id: int | None,
    roles: Iterable[Role],
    active: bool = True,
    version: int | None = None,
) -> Person:
    """Save the person's details. *version* is the one the form read (``PersonRow``):
    when someone saved the person since, the save is refused with the fields that
    differ (``conflicts.refuse_if_changed``); None skips the check (the CLI)."""
    require(session, actor, Action.PEOPLE)
    person = get_person(session, person_id)
    name = normalise_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "กรุณาระบุชื่อ-นามสกุล"))
    role_list = list(roles)
    if version is not None:
        read_locked(session, person)
    refuse_if_changed(
        version is not None and version != person.version,
        QT_TRANSLATE_NOOP("People", "บุคลากร {name}").format(name=person.name),
        (
            FieldConflict(QT_TRANSLATE_NOOP("People", "ชื่อ-นามสกุล"), name, person.name),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "ตำแหน่ง"), normalise_text(position), person.position
            ),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "กลุ่มงาน"),
                _group_name(session, group_id),
                _group_name(session, person.group_id),
            ),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "บทบาท"),
                _roles_text(role_list),
                _roles_text(parse_roles(person.roles)),
            ),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "ยังปฏิบัติงานอยู่ในสำนักงาน"),
                yes_no(active),
                yes_no(person.active),
            ),
        ),
        person_row(person),
    )
    ensure_unique_name(session, person.office_id, name, except_id=person.id)
    role_set = set(role_list)
    if not role_set:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท"))
    if group_id is not None:
        group = session.get(Group, group_id)
        if group is None or group.office_id != person.office_id:
            raise ValidationError(QT_TRANSLATE_NOOP("People", "กลุ่มที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
    if Role.COORDINATOR in parse_roles(person.roles) and (
        Role.COORDINATOR not in role_set or not active
    ):
        check_not_last_coordinator(session, person.office_id, person.id)
    person.name = name
    person.position = normalise_text(position)
    person.group_id = group_id
    person.roles = format_roles(role_set)
    person.active = active
    session.flush()
    audit(session, actor, "person.update", name)
    return person


def retire_person(session: Session, actor: Actor, person_id: int) -> Person:
    """Record that the person left the office: only that changes — their name, position,
    group and roles stay as they are stored now, whoever saved them last."""
    person = get_person(session, person_id)
    return update_person(
        session,
        actor,
        person_id,
        name=person.name,
        position=person.position,
        group_id=person.group_id,
        roles=parse_roles(person.roles),
        active=False,
    )


def rename_group(
    session: Session, actor: Actor, group_id: int, name: str, *, read_name: str | None = None
) -> Group:
    """Rename a group; *read_name* is the name the clerk saw (a group has no version):
    when it was renamed since, the rename is refused (None skips the check)."""
    require(session, actor, Action.PEOPLE)
    group = session.get(Group, group_id)
    if group is None:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "ไม่พบกลุ่มที่เลือก"))
    name = normalise_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "กรุณาระบุชื่อกลุ่ม"))
    if read_name is not None:
        read_locked(session, group)
    refuse_if_changed(
        read_name is not None and read_name != group.name,
        QT_TRANSLATE_NOOP("People", "กลุ่มงาน {name}").format(name=read_name),
        (FieldConflict(QT_TRANSLATE_NOOP("People", "ชื่อกลุ่มงาน"), name, group.name),),
        group.name,
    )
    others = session.scalars(
        select(Group).where(Group.office_id == group.office_id, Group.id != group.id)
    )
    if any(g.name == name for g in others):
        raise ValidationError(QT_TRANSLATE_NOOP("People", "มีกลุ่ม “{name}” อยู่แล้ว"), name=name)
    old = group.name
    group.name = name
    session.flush()
    audit(session, actor, "group.rename", name, f"from={old}")
    return group


def add_person_to_group(
    session: Session,
    actor: Actor,
    *,
    name: str,
    position: str,
    group_id: int | None,
    roles: Iterable[Role],
    office_id: int | None = None,
) -> int:
    """Add a person to the office, in its group *group_id* (None, or a group of another
    office: in no group); the new person's id."""
    office = get_office(session, office_id)
    group = next((g for g in office.groups if g.id == group_id), None)
    person = add_person(
        session, actor, name=name, position=position, group=group, roles=roles, office_id=office.id
    )
    return person.id


def has_traces(session: Session, person_id: int) -> bool:
    """Whether *person_id* has left a trace in the office's work: an account, an
    assignment, a text, result, evidence, move or audit entry of theirs."""
    traces = (
        select(Account.id).where(Account.person_id == person_id),
        select(Assignment.id).where(
            (Assignment.owner_id == person_id) | (Assignment.backup_id == person_id)
        ),
        select(PdcaRecord.id).where(PdcaRecord.updated_by_id == person_id),
        select(CriterionResult.id).where(CriterionResult.updated_by_id == person_id),
        select(EvidenceFile.id).where(EvidenceFile.added_by_id == person_id),
        select(Transition.id).where(Transition.actor_id == person_id),
        select(AuditEntry.id).where(AuditEntry.actor_id == person_id),
        select(CommitteeMember.id).where(CommitteeMember.person_id == person_id),
        select(Recognition.id).where(Recognition.person_id == person_id),
        select(Certificate.id).where(Certificate.person_id == person_id),
        select(KnowledgeAttendee.id).where(KnowledgeAttendee.person_id == person_id),
    )
    return any(session.scalars(query.limit(1)).first() is not None for query in traces)


def delete_person(session: Session, actor: Actor, person_id: int) -> str:
    """Delete a person entered by mistake; returns the name.

    Only someone with no trace in the office's work (``has_traces``) can be deleted;
    anyone else is marked as having left (``active=False``) instead, so history keeps
    its names.
    """
    require(session, actor, Action.PEOPLE)
    person = get_person(session, person_id)
    if has_traces(session, person_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "People",
                "“{name}” มีประวัติการทำงานในระบบแล้ว จึงลบไม่ได้ — ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน "
                "(แก้ไขข้อมูล แล้วเอาเครื่องหมาย “ยังปฏิบัติงานอยู่ในสำนักงาน” ออก) "
                "ประวัติจะยังแสดงชื่อเดิม",
            ),
            name=person.name,
        )
    name = person.name
    session.delete(person)
    session.flush()
    audit(session, actor, "person.delete", name)
    return name
