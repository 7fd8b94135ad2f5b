"""Changing one member of a committee: add, remove, or give another role.

Each checks the whole list after the change (one chair, no double leading role) and
raises the committee's version, so a form still open on the old list cannot
overwrite the change (save.edit_committee compares versions).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import CommitteeMember
from mk3desk.domain.committees import ROLE_TITLES, CommitteeRole
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services.committees.common import (
    checked_members,
    get_committee,
    office_person,
    touch,
)
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require


def _pairs(members: list[CommitteeMember]) -> list[tuple[int, CommitteeRole]]:
    return [(m.person_id, CommitteeRole(m.role)) for m in members]


def _member(members: list[CommitteeMember], person_id: int) -> CommitteeMember:
    for member in members:
        if member.person_id == person_id:
            return member
    raise NotFoundError(QT_TRANSLATE_NOOP("Committee", "บุคคลนี้ไม่ได้อยู่ในคณะกรรมการนี้"))


def add_member(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    committee_id: int,
    person_id: int,
    role: CommitteeRole,
    *,
    version: int | None = None,
) -> int:
    """Add a person of the office in *role* (listed last); the committee's new version."""
    require(session, actor, Action.COMMITTEES)
    committee = get_committee(session, office_year, committee_id, version=version)
    person = office_person(session, committee.year, person_id)
    checked_members(session, committee.year, [*_pairs(committee.members), (person.id, role)])
    order = max((m.sort_order for m in committee.members), default=-1) + 1
    committee.members.append(
        CommitteeMember(person_id=person.id, role=CommitteeRole(role).value, sort_order=order)
    )
    touch(committee)
    session.flush()
    audit(session, actor, "committee.member_add", committee.name, f"{person.name}: {role.value}")
    return committee.version


def remove_member(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    committee_id: int,
    person_id: int,
    *,
    version: int | None = None,
) -> int:
    """Take a person off the committee (not the chair: name another chair first)."""
    require(session, actor, Action.COMMITTEES)
    committee = get_committee(session, office_year, committee_id, version=version)
    member = _member(committee.members, person_id)
    rest = [m for m in committee.members if m is not member]
    checked_members(session, committee.year, _pairs(rest))
    name = member.person.name
    committee.members.remove(member)
    touch(committee)
    session.flush()
    audit(session, actor, "committee.member_remove", committee.name, name)
    return committee.version


def change_role(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    committee_id: int,
    person_id: int,
    role: CommitteeRole,
    *,
    version: int | None = None,
) -> int:
    """Give a member another role in the committee."""
    require(session, actor, Action.COMMITTEES)
    committee = get_committee(session, office_year, committee_id, version=version)
    member = _member(committee.members, person_id)
    pairs = [
        (m.person_id, CommitteeRole(role) if m is member else CommitteeRole(m.role))
        for m in committee.members
    ]
    checked_members(session, committee.year, pairs)
    old = CommitteeRole(member.role)
    member.role = CommitteeRole(role).value
    touch(committee)
    session.flush()
    audit(
        session,
        actor,
        "committee.member_role",
        committee.name,
        f"{member.person.name}: {ROLE_TITLES[old]} -> {ROLE_TITLES[CommitteeRole(role)]}",
    )
    return committee.version
