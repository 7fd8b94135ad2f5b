"""Deleting a committee of the year (its members go with it; the people stay)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services.committees.common import get_committee
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require


def delete_committee(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    committee_id: int,
    *,
    version: int | None = None,
) -> str:
    """Delete committee *committee_id*; its name. Refused when it changed since *version*."""
    require(session, actor, Action.COMMITTEES)
    committee = get_committee(session, office_year, committee_id, version=version)
    name = committee.name
    session.delete(committee)
    session.flush()
    audit(session, actor, "committee.delete", name, f"year={office_year.be_year}")
    return name
