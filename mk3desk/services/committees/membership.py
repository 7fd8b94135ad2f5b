"""Who sits on a year's working committee: the reviewers of its indicators.

The working committee is the year's committee named as the KRS/PMQA working committee
(domain.committees.WORKING_COMMITTEE_NAME); a year whose committees are named otherwise
takes its first one (the order the committees are listed in). A year with no committee
at all has no membership (``None``): the rights table then falls back to the reviewer role.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Committee, CommitteeMember
from mk3desk.domain import committees as rules


def _working(rows: Sequence[tuple[int, str]]) -> int | None:
    """The working committee's id among the year's committees *rows* (id, name), in order."""
    if not rows:
        return None
    named = str(rules.WORKING_COMMITTEE_NAME)
    return next((found for found, name in rows if name == named), rows[0][0])


def working_committee_id(session: Session, year_id: int) -> int | None:
    """The id of the year's working committee, or None when the year has no committee."""
    rows = session.execute(
        select(Committee.id, Committee.name)
        .where(Committee.year_id == year_id)
        .order_by(Committee.sort_order, Committee.id)
    ).all()
    return _working([(row.id, row.name) for row in rows])


def working_members(session: Session, year_id: int) -> frozenset[int] | None:
    """The people (ids) on the year's working committee; None when it has no committee.

    One query (every save's rights check asks): the year's committees in order, each
    with its members (a committee without any once, with no person)."""
    rows = session.execute(
        select(Committee.id, Committee.name, CommitteeMember.person_id)
        .outerjoin(CommitteeMember, CommitteeMember.committee_id == Committee.id)
        .where(Committee.year_id == year_id)
        .order_by(Committee.sort_order, Committee.id)
    ).all()
    committee_id = _working([(row.id, row.name) for row in rows])
    if committee_id is None:
        return None
    return frozenset(
        row.person_id for row in rows if row.id == committee_id and row.person_id is not None
    )
