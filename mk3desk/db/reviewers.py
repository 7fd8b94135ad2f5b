"""Who reviews an indicator: the year's working committee, read from the database.

The working committee is the year's committee named as the KRS/PMQA working committee
(domain.committees.WORKING_COMMITTEE_NAME); a year whose committees are named otherwise
takes its first one (the order the committees are listed in). A year with no committee
at all has no membership (``None``): the rights table then falls back to the reviewer role.

:func:`standing_on` is how a person stands to an indicator (domain.rights.standing with
this database's assignment and committee), and :func:`self_review_allowed` the office's
setting that lets an owner review their own work. The services
(``services.rights.require``) and the receiving side of bundles (``sync.authors.Judge``)
both judge with them, so a change received in a bundle is decided exactly as the same
change made here would be.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, object_session

from mk3desk.db.models import Committee, CommitteeMember, OfficeSetting, YearIndicator
from mk3desk.domain import committees as rules
from mk3desk.domain.rights import Relation, Standing, standing
from mk3desk.domain.workflow import Role

__all__ = [
    "committee_of",
    "self_review_allowed",
    "standing_on",
    "working_committee_id",
    "working_members",
]


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


# Built once: every save asks it (the rights check), and building the statement cost
# as much as running it (SQLAlchemy then finds its compiled form by the cached key).
_WORKING_MEMBERS = (
    select(Committee.id, Committee.name, CommitteeMember.person_id)
    .outerjoin(CommitteeMember, CommitteeMember.committee_id == Committee.id)
    .where(Committee.year_id == bindparam("year_id"))
    .order_by(Committee.sort_order, Committee.id)
)


def working_members(session: Session, year_id: int) -> frozenset[int] | None:
    """The people (ids) on the year's working committee; None when it has no committee.

    One query (every save asks it through the rights check): the year's committees with
    their members, the working committee chosen as ``working_committee_id`` does."""
    rows = session.execute(_WORKING_MEMBERS, {"year_id": year_id}).all()
    if not rows:
        return None
    named = str(rules.WORKING_COMMITTEE_NAME)
    chosen = next((r.id for r in rows if r.name == named), rows[0].id)
    return frozenset(r.person_id for r in rows if r.id == chosen and r.person_id is not None)


def committee_of(indicator: YearIndicator) -> frozenset[int] | None:
    """The people on the working committee of *indicator*'s year (None: it has none)."""
    session = object_session(indicator)
    return None if session is None else working_members(session, indicator.year_id)


def standing_on(
    person_id: int | None,
    roles: frozenset[Role],
    indicator: YearIndicator | None,
    committee: frozenset[int] | None,
) -> Standing:
    """How the person stands to *indicator* (None: the action touches none): owner,
    backup, reviewer of it (on its year's working committee *committee*, which the caller
    read with :func:`committee_of` — None: the year has none, the reviewer role stands
    in), or none."""
    if indicator is None or person_id is None:
        return Standing(person_id, roles, Relation.NONE)  # no indicator: no relation
    assignment = indicator.assignment
    return standing(
        person_id,
        roles,
        assignment.owner_id if assignment is not None else None,
        assignment.backup_id if assignment is not None else None,
        committee,
    )


def self_review_allowed(session: Session, office_id: int) -> bool:
    """Whether the office lets an indicator's owner and backup review their own work."""
    value = session.scalar(
        select(OfficeSetting.value).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key == "allow_self_review"
        )
    )
    return value == "True"
