"""The rights table (``mk3desk.domain.rights``) applied to the acting person.

Every writing service calls :func:`require` before it writes: it works out how the
actor stands to the indicator (owner, backup, reviewer, none), reads the office's
self-review setting when it matters, and raises a Thai ``PermissionDeniedError``
when the table refuses. The window asks :func:`allowed_actions` to mirror the table.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import YearIndicator
from mk3desk.db.reviewers import committee_of, self_review_allowed, standing_on
from mk3desk.domain.rights import Action, Relation, Standing, self_reviewed
from mk3desk.services.context import Actor

__all__ = [
    "allowed_actions",
    "committee_of",
    "relation_to",
    "require",
    "self_review_allowed",
    "standing_of",
]


def standing_of(
    actor: Actor, indicator: YearIndicator | None, committee: frozenset[int] | None = None
) -> Standing:
    """How *actor* stands to *indicator* (``mk3desk.db.reviewers.standing_on``, the one
    rule the receiving side of bundles uses too).

    *committee*: the working committee's people when the caller has read them already."""
    if committee is None and indicator is not None and actor.person_id is not None:
        committee = committee_of(indicator)
    return standing_on(actor.person_id, actor.roles, indicator, committee)


def relation_to(
    actor: Actor, indicator: YearIndicator | None, committee: frozenset[int] | None = None
) -> Relation:
    """How *actor* stands to *indicator*: owner, backup, reviewer of it (a member of the
    year's working committee, or the reviewer role when the year has none), or none.

    *committee*: the working committee's people when the caller has read them already."""
    return standing_of(actor, indicator, committee).relation


def _self_review(
    session: Session | None, action: Action, relation: Relation, indicator: YearIndicator | None
) -> bool:
    if session is None or indicator is None or not self_reviewed(action, relation):
        return False
    return self_review_allowed(session, indicator.year.office_id)


def require(
    session: Session | None, actor: Actor, action: Action, indicator: YearIndicator | None = None
) -> Relation:
    """Refuse (PermissionDeniedError, Thai) unless *actor* may take *action*; the relation.

    An actor with full rights (the system, building the demo) is refused nothing: the
    relation is then worked out without reading the working committee (a query per
    write), so a committee member is not told apart from anyone else — callers use the
    relation only to refuse or to note a self-review, neither of which full rights need."""
    if actor.full_rights:
        return standing_of(actor, indicator, frozenset()).relation
    where = standing_of(actor, indicator)  # the committee read once
    error = where.refusal(
        action, self_review_allowed=_self_review(session, action, where.relation, indicator)
    )
    if error is not None:
        raise error
    return where.relation


def allowed_actions(
    session: Session, actor: Actor, indicator: YearIndicator | None = None
) -> frozenset[Action]:
    """Every action the table lets *actor* take (on *indicator*), for the window to mirror
    (the same decision as :func:`require`, with the committee read once for all)."""
    if actor.full_rights:
        return frozenset(Action)
    where = standing_of(actor, indicator)
    return frozenset(
        action
        for action in Action
        if where.refusal(
            action, self_review_allowed=_self_review(session, action, where.relation, indicator)
        )
        is None
    )
