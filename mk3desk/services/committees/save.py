"""Creating and editing a committee as its form saves it: order, texts, member list."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mk3desk.db.lines import match_lines
from mk3desk.db.models import Committee, CommitteeMember
from mk3desk.domain.committees import CommitteeDraft
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services import lookup
from mk3desk.services.committees.common import (
    checked_members,
    cleaned_order,
    get_committee,
    name_taken,
    touch,
)
from mk3desk.services.committees.conflict import refuse_if_saved_since
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require


def _apply(session: Session, committee: Committee, draft: CommitteeDraft) -> None:
    year = committee.year
    name = " ".join(normalise_text(draft.name).split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Committee", "กรุณาระบุชื่อคณะกรรมการ"))
    if name_taken(session, year, name, committee.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Committee", "ปีงบประมาณ {year} มี “{name}” อยู่แล้ว"),
            year=year.be_year,
            name=name,
        )
    order = cleaned_order(draft.order)
    members = checked_members(session, year, draft.members)
    committee.name = name
    committee.order_number = order.number
    committee.order_date = order.signed_on
    committee.subject = order.subject
    committee.signer_name = order.signer_name
    committee.signer_position = order.signer_position
    committee.effective_from = order.effective_from
    committee.preamble = normalise_text(draft.preamble).strip()
    committee.duties = "\n".join(
        line.strip() for line in normalise_text(draft.duties).splitlines() if line.strip()
    )
    # Members matched by person: an unchanged line keeps its record (and its uid).
    match_lines(
        committee.members,
        lambda member: member.person_id,
        [
            (person.id, {"role": role.value, "sort_order": order_number})
            for order_number, (person, role) in enumerate(members)
        ],
        lambda person_id: CommitteeMember(person_id=person_id),
    )


def create_committee(
    session: Session, actor: Actor, office_year: OfficeYear, draft: CommitteeDraft
) -> int:
    """A new committee of the year; its id. Refused (nothing written) when it breaks a rule."""
    require(session, actor, Action.COMMITTEES)
    year = lookup.year_of(session, office_year)
    last = session.scalar(
        select(func.max(Committee.sort_order)).where(Committee.year_id == year.id)
    )
    committee = Committee(year=year, sort_order=(last or 0) + 1)
    session.add(committee)
    _apply(session, committee, draft)
    session.flush()
    audit(session, actor, "committee.create", committee.name, f"year={year.be_year}")
    return committee.id


def edit_committee(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    committee_id: int,
    draft: CommitteeDraft,
    *,
    version: int,
) -> int:
    """Save the form of committee *committee_id*, read at *version*; the new version.

    Saved by someone else since: refused with the parts that differ and the committee
    as stored (``conflict.refuse_if_saved_since``)."""
    require(session, actor, Action.COMMITTEES)
    committee = get_committee(session, office_year, committee_id)
    refuse_if_saved_since(session, office_year, committee, version, draft)
    _apply(session, committee, draft)
    touch(committee)  # members alone changed: the committee's version still goes up
    session.flush()
    audit(session, actor, "committee.edit", committee.name, f"members={len(committee.members)}")
    return committee.version
