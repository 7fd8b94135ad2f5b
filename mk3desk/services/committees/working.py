"""The year's working committee drawn from the office's settings and people.

A new fiscal year gets it (services.years), as the migration gave every year that
existed before committees were records (db/migrations 0009): chair, vice chair and
secretary from the settings, the reviewers as members (domain.committees).
A name of the settings that is no person of the office is left out with the rest.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Committee, Person
from mk3desk.domain import committees as rules
from mk3desk.domain.committees import CommitteeDraft, CommitteeOrder
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services import lookup
from mk3desk.services.committees.save import create_committee
from mk3desk.services.context import Actor
from mk3desk.services.rights import require
from mk3desk.services.settings import load_settings


def working_draft(session: Session, office_year: OfficeYear) -> CommitteeDraft | None:
    """The working committee the settings give; None when they name no chair at all."""
    year = lookup.year_of(session, office_year)
    settings = load_settings(session, year.office_id)
    people = list(
        session.scalars(
            select(Person)
            .where(Person.office_id == year.office_id, Person.active.is_(True))
            .order_by(Person.id)
        )
    )
    by_name = {p.name: p for p in people}
    listed = rules.working_members(
        chair=settings.committee_chair,
        deputy=settings.deputy,
        coordinator=settings.coordinator,
        director=settings.director,
        people=[rules.Staff(p.name, p.position, frozenset(p.roles.split(","))) for p in people],
    )
    members = tuple((by_name[name].id, role) for name, _, role in listed if name in by_name)
    if not any(role is rules.CommitteeRole.CHAIR for _, role in members):
        return None
    office_name = year.office.name
    director = settings.director
    return CommitteeDraft(
        name=str(rules.WORKING_COMMITTEE_NAME),
        order=CommitteeOrder(
            subject=rules.working_subject(year.be_year),
            signer_name=director.name,
            signer_position=director.position or f"ผู้อำนวยการ{office_name}",
        ),
        preamble=rules.working_preamble(office_name, year.be_year),
        duties=rules.WORKING_DUTIES,
        members=members,
    )


def add_working_committee(session: Session, actor: Actor, office_year: OfficeYear) -> int | None:
    """Give the year its working committee unless it has committees; the new id."""
    require(session, actor, Action.COMMITTEES)
    year = lookup.year_of(session, office_year)
    if session.scalar(select(Committee.id).where(Committee.year_id == year.id).limit(1)):
        return None
    draft = working_draft(session, office_year)
    return None if draft is None else create_committee(session, actor, office_year, draft)
