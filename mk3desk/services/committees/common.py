"""What the committee actions share: finding a committee of the year, checking it."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.errors import changed_elsewhere
from mk3desk.db.models import Committee, FiscalYear, Person
from mk3desk.db.types import utcnow
from mk3desk.domain.committees import (
    CommitteeOrder,
    CommitteeRole,
    MemberEntry,
    check_members,
    check_order,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.text import normalise_name, normalise_text
from mk3desk.services import lookup


def get_committee(
    session: Session, office_year: OfficeYear, committee_id: int, *, version: int | None = None
) -> Committee:
    """The committee *committee_id* of *office_year*; with *version*, the version the
    form read: a committee saved since (another window, the CLI) is refused."""
    year = lookup.year_of(session, office_year)
    committee = session.get(Committee, committee_id)
    if committee is None or committee.year_id != year.id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Committee", "ไม่พบคณะกรรมการที่เลือกในปีงบประมาณ {year}"),
            year=office_year.be_year,
        )
    if version is not None and committee.version != version:
        raise changed_elsewhere()
    return committee


def touch(committee: Committee) -> None:
    """Mark *committee* changed (its version goes up) when only its members changed."""
    committee.updated_at = utcnow()


def office_person(session: Session, year: FiscalYear, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.office_id != year.office_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Committee", "บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
    return person


def entries(session: Session, pairs: Iterable[tuple[int, CommitteeRole]]) -> list[MemberEntry]:
    listed: list[MemberEntry] = []
    for person_id, role in pairs:
        person = session.get(Person, person_id)
        listed.append(MemberEntry(person_id, person.name if person else str(person_id), role))
    return listed


def checked_members(
    session: Session, year: FiscalYear, pairs: Iterable[tuple[int, CommitteeRole]]
) -> list[tuple[Person, CommitteeRole]]:
    """*pairs* as people of the office, after the domain's rules (one chair, ...)."""
    listed = [(office_person(session, year, pid), CommitteeRole(role)) for pid, role in pairs]
    check_members(MemberEntry(p.id, p.name, role) for p, role in listed)
    return listed


def cleaned_order(order: CommitteeOrder) -> CommitteeOrder:
    cleaned = CommitteeOrder(
        number=normalise_name(order.number),
        signed_on=order.signed_on,
        subject=" ".join(normalise_text(order.subject).split()),
        signer_name=normalise_name(order.signer_name),
        signer_position=normalise_text(order.signer_position).strip(),
        effective_from=order.effective_from,
    )
    check_order(cleaned)
    return cleaned


def name_taken(session: Session, year: FiscalYear, name: str, except_id: int | None) -> bool:
    others = session.scalars(
        select(Committee.name).where(Committee.year_id == year.id, Committee.id != (except_id or 0))
    )
    return name in set(others)
