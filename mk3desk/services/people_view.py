"""What the People & assignments page shows, read in one session: the office's people
(former staff too) and groups, and the year's indicators with who owns them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mk3desk.domain.office_year import OfficeYear
from mk3desk.services.lookup import year_of
from mk3desk.services.people_edit import GroupRow, PersonRow, group_rows, person_rows
from mk3desk.services.progress import AssignmentRow, Workload, assignment_rows, workload


@dataclass(frozen=True)
class PeopleOverview:
    people: list[PersonRow]
    groups: list[GroupRow]
    assignments: list[AssignmentRow]  # empty without a year
    workload: list[Workload]  # empty without a year


def people_overview(
    session: Session, office_year: OfficeYear | None, today: date
) -> PeopleOverview:
    """The People page of the office in view (with its year's assignments and workload)."""
    office_id = office_year.office_id if office_year is not None else None
    people = person_rows(session, office_id, active_only=False)
    groups = group_rows(session, office_id)
    if office_year is None:
        return PeopleOverview(people, groups, [], [])
    year_id = year_of(session, office_year).id
    return PeopleOverview(
        people, groups, assignment_rows(session, year_id), workload(session, year_id, today)
    )
