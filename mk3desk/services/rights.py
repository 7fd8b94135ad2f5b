"""The rights table (``mk3desk.domain.rights``) applied to the acting person.

Every writing service calls :func:`require` before it writes: it works out how the
actor stands to the indicator (owner, backup, reviewer, none), reads the office's
self-review setting when it matters, and raises a Thai ``PermissionDeniedError``
when the table refuses. The window asks :func:`allowed_actions` to mirror the table.
"""

from __future__ import annotations

from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from mk3desk.db.models import OfficeSetting, YearIndicator
from mk3desk.domain.errors import PermissionDeniedError
from mk3desk.domain.rights import Action, Relation, refusal, relation_of, self_reviewed
from mk3desk.services.committees.membership import working_members
from mk3desk.services.context import Actor

__all__ = [
    "allowed_actions",
    "committee_of",
    "relation_to",
    "require",
    "self_review_allowed",
]


class _Unread(Enum):
    UNREAD = "unread"


def relation_to(
    actor: Actor,
    indicator: YearIndicator | None,
    committee: frozenset[int] | _Unread | None = _Unread.UNREAD,
) -> Relation:
    """How *actor* stands to *indicator*: owner, backup, reviewer of it (a member of the
    year's working committee, or the reviewer role when the year has none), or none.

    *committee*: the working committee's people (None: the year has none) when the
    caller has read them already."""
    if indicator is None or actor.person_id is None:
        return Relation.NONE
    assignment = indicator.assignment
    owner = assignment.owner_id if assignment is not None else None
    backup = assignment.backup_id if assignment is not None else None
    if isinstance(committee, _Unread):
        committee = committee_of(indicator)
    return relation_of(actor.person_id, actor.roles, owner, backup, committee)


def committee_of(indicator: YearIndicator) -> frozenset[int] | None:
    """The people on the working committee of *indicator*'s year (None: it has none)."""
    session = object_session(indicator)
    return None if session is None else working_members(session, indicator.year_id)


def self_review_allowed(session: Session, office_id: int) -> bool:
    value = session.scalar(
        select(OfficeSetting.value).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key == "allow_self_review"
        )
    )
    return value == "True"


def _self_review(
    session: Session | None, action: Action, relation: Relation, indicator: YearIndicator | None
) -> bool:
    if session is None or indicator is None or not self_reviewed(action, relation):
        return False
    return self_review_allowed(session, indicator.year.office_id)


def require(
    session: Session | None, actor: Actor, action: Action, indicator: YearIndicator | None = None
) -> Relation:
    """Refuse (PermissionDeniedError, Thai) unless *actor* may take *action*; the relation."""
    return _require(session, actor, action, indicator, _committee(actor, indicator))


def _committee(actor: Actor, indicator: YearIndicator | None) -> frozenset[int] | None:
    if indicator is None or actor.person_id is None:
        return None
    return committee_of(indicator)  # read once: the relation and self-review use it


def _require(
    session: Session | None,
    actor: Actor,
    action: Action,
    indicator: YearIndicator | None,
    committee: frozenset[int] | None,
) -> Relation:
    relation = relation_to(actor, indicator, committee)
    if actor.full_rights:
        return relation
    error = refusal(
        action,
        actor.roles,
        relation,
        self_review_allowed=_self_review(session, action, relation, indicator),
        on_committee=None if committee is None else actor.person_id in committee,
    )
    if error is not None:
        raise error
    return relation


def allowed_actions(
    session: Session, actor: Actor, indicator: YearIndicator | None = None
) -> frozenset[Action]:
    """Every action the table lets *actor* take (on *indicator*), for the window to mirror.

    The working committee is read once for all of them."""
    committee = _committee(actor, indicator)
    allowed: set[Action] = set()
    for action in Action:
        try:
            _require(session, actor, action, indicator, committee)
        except PermissionDeniedError:
            continue
        allowed.add(action)
    return frozenset(allowed)
