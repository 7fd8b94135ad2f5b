"""The demo office's praise, awards and certificates of FY2567 (K – Kindness)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, Group, Person
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.recognition import RecognitionDraft, RecognitionKind
from mk3desk.services import demo_data as data
from mk3desk.services.context import Actor
from mk3desk.services.lookup import office_year_of
from mk3desk.services.recognition.certificates import issue_certificates
from mk3desk.services.recognition.save import add_recognition


def add_demo_recognition(
    session: Session, system: Actor, people: list[Person], year: FiscalYear
) -> list[int]:
    """The year's recognitions; certificates for the first few. The certificate ids."""
    office_year = office_year_of(year)
    groups = list(
        session.scalars(select(Group).where(Group.office_id == year.office_id).order_by(Group.id))
    )
    ids = []
    for kind, person, group, title, reason, day in data.RECOGNITIONS:
        ids.append(
            add_recognition(
                session,
                system,
                office_year,
                RecognitionDraft(
                    kind=RecognitionKind(kind),
                    reason=reason,
                    awarded_on=date(*day),
                    person_id=people[person].id if person is not None else None,
                    group_id=groups[group].id if group is not None else None,
                    title=title,
                ),
            )
        )
    director = people[data.DIRECTOR]
    return issue_certificates(
        session,
        system,
        office_year,
        ids[: data.RECOGNITION_CERTIFIED],
        Signatory(director.name, director.position),
        date(2024, 9, 27),
    )
