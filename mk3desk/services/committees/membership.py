"""Who sits on a year's working committee: the reviewers of its indicators.

The working committee is the year's committee named as the KRS/PMQA working committee
(domain.committees.WORKING_COMMITTEE_NAME); a year whose committees are named otherwise
takes its first one (the order the committees are listed in). A year with no committee
at all has no membership (``None``): the rights table then falls back to the reviewer role.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Committee, CommitteeMember
from mk3desk.domain import committees as rules


def working_committee_id(session: Session, year_id: int) -> int | None:
    """The id of the year's working committee, or None when the year has no committee."""
    rows = session.execute(
        select(Committee.id, Committee.name)
        .where(Committee.year_id == year_id)
        .order_by(Committee.sort_order, Committee.id)
    ).all()
    if not rows:
        return None
    named = str(rules.WORKING_COMMITTEE_NAME)
    found: int = next((row.id for row in rows if row.name == named), rows[0].id)
    return found


def working_members(session: Session, year_id: int) -> frozenset[int] | None:
    """The people (ids) on the year's working committee; None when it has no committee."""
    committee_id = working_committee_id(session, year_id)
    if committee_id is None:
        return None
    return frozenset(
        session.scalars(
            select(CommitteeMember.person_id).where(CommitteeMember.committee_id == committee_id)
        )
    )
