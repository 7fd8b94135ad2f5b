"""The demo office's working committee of each year, appointed by a dated, numbered order."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, Person
from mk3desk.domain import committees as rules
from mk3desk.domain.committees import CommitteeDraft, CommitteeOrder, CommitteeRole
from mk3desk.domain.thaidate import to_ce
from mk3desk.services import demo_data as data
from mk3desk.services.committees.save import create_committee
from mk3desk.services.context import Actor
from mk3desk.services.lookup import office_year_of


def add_demo_committee(
    session: Session, system: Actor, people: list[Person], year: FiscalYear
) -> int:
    director = people[data.DIRECTOR]
    office_name = year.office.name
    draft = CommitteeDraft(
        name=str(rules.WORKING_COMMITTEE_NAME),
        order=CommitteeOrder(
            number=data.COMMITTEE_NUMBERS.get(year.be_year, "98"),
            # Signed two weeks into the fiscal year (which starts on 1 October).
            signed_on=date(to_ce(year.be_year) - 1, 10, 16),
            subject=rules.working_subject(year.be_year),
            signer_name=director.name,
            signer_position=director.position,
        ),
        preamble=rules.working_preamble(office_name, year.be_year),
        duties=rules.WORKING_DUTIES,
        members=tuple((people[i].id, CommitteeRole(role)) for i, role in data.COMMITTEE),
    )
    return create_committee(session, system, office_year_of(year), draft)
