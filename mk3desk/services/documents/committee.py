"""The committee order's people: the office's active staff with their roles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, Person
from mk3desk.domain.actor import parse_roles
from mk3desk.reports.documents.data import CommitteeData, PersonData


def committee_data(session: Session, year: FiscalYear) -> CommitteeData:
    people = session.scalars(
        select(Person)
        .where(Person.office_id == year.office_id, Person.active.is_(True))
        .order_by(Person.id)
    )
    return CommitteeData(
        tuple(PersonData(p.name, p.position, parse_roles(p.roles)) for p in people)
    )
