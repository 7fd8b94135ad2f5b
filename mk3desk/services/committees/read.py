"""Committees of a year as the window and the CLI show them (plain frozen values)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Committee, CommitteeMember, FiscalYear, Person
from mk3desk.domain.committees import CommitteeOrder, CommitteeRole
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import lookup
from mk3desk.services.committees.common import get_committee


@dataclass(frozen=True)
class MemberView:
    person_id: int
    name: str
    position: str
    group_name: str
    role: CommitteeRole
    active: bool


@dataclass(frozen=True)
class CommitteeView:
    committee_id: int
    version: int  # hand it back when saving: a stale save is refused
    name: str
    order: CommitteeOrder
    preamble: str
    duties: str
    members: tuple[MemberView, ...]  # as the clerk listed them

    @property
    def chair(self) -> MemberView | None:
        return next((m for m in self.members if m.role is CommitteeRole.CHAIR), None)


def order_of(committee: Committee) -> CommitteeOrder:
    """The appointing order as the committee's row stores it."""
    return CommitteeOrder(
        number=committee.order_number,
        signed_on=committee.order_date,
        subject=committee.subject,
        signer_name=committee.signer_name,
        signer_position=committee.signer_position,
        effective_from=committee.effective_from,
    )


def _view(committee: Committee) -> CommitteeView:
    return CommitteeView(
        committee_id=committee.id,
        version=committee.version,
        name=committee.name,
        order=order_of(committee),
        preamble=committee.preamble,
        duties=committee.duties,
        members=tuple(
            MemberView(
                person_id=m.person_id,
                name=m.person.name,
                position=m.person.position,
                group_name=m.person.group.name if m.person.group else "",
                role=CommitteeRole(m.role),
                active=m.person.active,
            )
            for m in committee.members
        ),
    )


def committees(session: Session, office_year: OfficeYear) -> list[CommitteeView]:
    """The year's committees, in the order they were appointed."""
    year = lookup.year_of(session, office_year)
    rows = session.scalars(
        select(Committee)
        .where(Committee.year_id == year.id)
        .order_by(Committee.sort_order, Committee.id)
        .options(
            selectinload(Committee.members)
            .selectinload(CommitteeMember.person)
            .selectinload(Person.group)
        )
    )
    return [_view(c) for c in rows]


def committee(session: Session, office_year: OfficeYear, committee_id: int) -> CommitteeView:
    return _view(get_committee(session, office_year, committee_id))


def committee_names(session: Session, office_year: OfficeYear) -> list[tuple[int, str]]:
    """(id, name) of the year's committees, for choosing one to print; [] when the year
    is gone (a restore or a bundle replaced the database)."""
    year = session.get(FiscalYear, office_year.year_id)
    if year is None or year.office_id != office_year.office_id:
        return []
    return [
        (committee_id, name)
        for committee_id, name in session.execute(
            select(Committee.id, Committee.name)
            .where(Committee.year_id == year.id)
            .order_by(Committee.sort_order, Committee.id)
        )
    ]
