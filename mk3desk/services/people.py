"""People, groups and who owns which indicator."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Assignment, Group, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_name, normalise_text
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.domain.workflow import Role, Section
from mk3desk.services.conflicts import read_locked, refuse_if_changed
from mk3desk.services.context import Actor, audit, format_roles
from mk3desk.services.lookup import get_indicator, get_office, get_person
from mk3desk.services.rights import require
from mk3desk.services.workflow import ensure_editable


def add_group(session: Session, actor: Actor, name: str, office_id: int | None = None) -> Group:
    require(session, actor, Action.PEOPLE)
    office = get_office(session, office_id)
    name = normalise_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "กรุณาระบุชื่อกลุ่ม"))
    if any(g.name == name for g in office.groups):
        raise ValidationError(QT_TRANSLATE_NOOP("People", "มีกลุ่ม “{name}” อยู่แล้ว"), name=name)
    group = Group(office=office, name=name, sort_order=len(office.groups))
    session.add(group)
    audit(session, actor, "group.add", name)
    return group


def add_person(
    session: Session,
    actor: Actor,
    *,
    name: str,
    position: str = "",
    group: Group | None = None,
    roles: Iterable[Role] = (Role.STAFF,),
    office_id: int | None = None,
) -> Person:
    require(session, actor, Action.PEOPLE)
    office = get_office(session, office_id)
    name = normalise_name(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("People", "กรุณาระบุชื่อ-นามสกุล"))
    ensure_unique_name(session, office.id, name)
    person = Person(
        office=office,
        name=name,
        position=normalise_text(position),
        group=group,
        roles=format_roles(set(roles)),
    )
    session.add(person)
    audit(session, actor, "person.add", name)
    return person


def ensure_unique_name(
    session: Session, office_id: int, name: str, except_id: int | None = None
) -> None:
    """Refuse a second person of the same full name in one office: signatures, Excel
    imports and bundles find people by name, and two of them could not be told apart."""
    same = session.scalars(
        select(Person).where(Person.office_id == office_id, Person.name == name)
    ).first()
    if same is not None and same.id != except_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "People",
                "มีบุคลากรชื่อ “{name}” อยู่แล้ว{inactive} — ชื่อซ้ำกันจะแยกผู้ลงนามและผู้รับผิดชอบไม่ได้",
            ),
            name=name,
            inactive=QT_TRANSLATE_NOOP("People", " (พ้นจากสำนักงานแล้ว)") if not same.active else "",
        )


def people(
    session: Session, office_id: int | None = None, *, active_only: bool = True
) -> list[Person]:
    """The office's people in Thai dictionary order of their names."""
    office = get_office(session, office_id)
    query = select(Person).where(Person.office_id == office.id)
    if active_only:
        query = query.where(Person.active.is_(True))
    return list(session.scalars(query.order_by(Person.name)))


def assign(
    session: Session,
    actor: Actor,
    indicator_id: int,
    *,
    owner_id: int | None,
    backup_id: int | None = None,
    deadline: date | None = None,
    version: int | None = None,
) -> Assignment:
    """Make *owner* the Key Man of the indicator, with a backup and a deadline.

    *version* is the assignment's version the form read (0: there was none): when
    someone assigned the indicator since, the save is refused with the fields that
    differ (None skips the check: the CLI, an import)."""
    indicator = get_indicator(session, indicator_id)
    require(session, actor, Action.ASSIGN, indicator)
    ensure_editable(indicator, Section.PLAN)
    if version is not None:
        _refuse_if_assigned_since(session, indicator, version, owner_id, backup_id, deadline)
    if owner_id is not None and owner_id == backup_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("People", "ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน")
        )
    for person_id in (owner_id, backup_id):
        if (
            person_id is not None
            and get_person(session, person_id).office_id != indicator.year.office_id
        ):
            raise ValidationError(QT_TRANSLATE_NOOP("People", "บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
    if indicator.assignment is None:
        indicator.assignment = Assignment()
    assignment = indicator.assignment
    assignment.owner_id, assignment.backup_id, assignment.deadline = owner_id, backup_id, deadline
    audit(
        session, actor, "indicator.assign", indicator.code, f"owner={owner_id} backup={backup_id}"
    )
    return assignment


def _person_name(session: Session, person_id: int | None) -> str:
    person = session.get(Person, person_id) if person_id is not None else None
    return person.name if person is not None else QT_TRANSLATE_NOOP("People", "ยังไม่ระบุ")


def _date_text(day: date | None) -> str:
    if day is None:
        return QT_TRANSLATE_NOOP("People", "ยังไม่กำหนด")
    return format_thai_date(day, digits=NumeralStyle.ARABIC)


def _refuse_if_assigned_since(
    session: Session,
    indicator: YearIndicator,
    version: int,
    owner_id: int | None,
    backup_id: int | None,
    deadline: date | None,
) -> None:
    read_locked(session, indicator)  # two clients assigning it take turns
    stored = indicator.assignment
    refuse_if_changed(
        (stored.version if stored is not None else 0) != version,
        QT_TRANSLATE_NOOP("People", "ผู้รับผิดชอบตัวชี้วัด {code}").format(code=indicator.code),
        (
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "ผู้รับผิดชอบหลัก"),
                _person_name(session, owner_id),
                _person_name(session, stored.owner_id if stored else None),
            ),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "ผู้รับผิดชอบสำรอง"),
                _person_name(session, backup_id),
                _person_name(session, stored.backup_id if stored else None),
            ),
            FieldConflict(
                QT_TRANSLATE_NOOP("People", "วันส่งงาน"),
                _date_text(deadline),
                _date_text(stored.deadline if stored else None),
            ),
        ),
        AssignmentRead(
            version=stored.version if stored is not None else 0,
            owner_id=stored.owner_id if stored is not None else None,
            backup_id=stored.backup_id if stored is not None else None,
            deadline=stored.deadline if stored is not None else None,
        ),
    )


@dataclass(frozen=True)
class AssignmentRead:
    """An assignment as stored: what a form reloads, and the version to save over."""

    version: int
    owner_id: int | None
    backup_id: int | None
    deadline: date | None
