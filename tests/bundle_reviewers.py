"""Builders for the tests of who reviews in a received bundle (the working committee, as
the services decide it): the demo office — accounts, a working committee every year —
where a staff member is given the reviewer role and a seat on the year's working
committee, and her verification of another Key Man's indicator made on a laptop set up
from the coordinator's setup bundle, sent by her. Built once per run (tests/prebuilt.py);
each test gets its own copy of the coordinator's database and of the bundle."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import Person
from mk3desk.db.reviewers import working_committee_id
from mk3desk.domain.committees import CommitteeRole
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.workflow import Role, State
from mk3desk.services import bundles, lookup, people_edit, workflow
from mk3desk.services.committees import delete, members, read
from mk3desk.services.context import Actor
from mk3desk.services.demo_data import COORDINATOR, PEOPLE
from tests import prebuilt
from tests.support import fresh_database

TODAY = date(2025, 3, 1)  # as tests/bundle_mk3_support.py: one prebuilt demo for both
YEAR = 2568  # the demo's current year: indicators submitted, a working committee
CODE = "2.1"  # submitted; its Key Man and backup are other people
CHECKER = PEOPLE[9][0]  # a staff member, not on the demo's committees
COORDINATOR_NAME = PEOPLE[COORDINATOR][0]
SYSTEM = Actor.system()
BUNDLE = "ตรวจแล้ว.mk3"


@dataclass(frozen=True)
class Sent:
    """The coordinator's database (CHECKER: staff and reviewer, on the working committee)
    and the work bundle in which CHECKER verified CODE on her laptop, sent by her."""

    coordinator: Path
    bundle: Path


def person_named(session: Any, name: str) -> Person:
    return next(p for p in lookup.get_office(session).people if p.name == name)


def actor(database: Database, name: str) -> Actor:
    with database.session() as session:
        return Actor.of(person_named(session, name))


def year_of(database: Database) -> OfficeYear:
    with database.session() as session:
        return lookup.resolve_year(session, YEAR)


def state_of(database: Database) -> State:
    with database.session() as session:
        return State(lookup.find_indicator(session, lookup.find_year(session, YEAR), CODE).state)


def set_roles(database: Database, name: str, roles: Iterable[Role]) -> None:
    with database.transaction() as session:
        person = person_named(session, name)
        people_edit.update_person(
            session,
            SYSTEM,
            person.id,
            name=person.name,
            position=person.position,
            group_id=person.group_id,
            roles=list(roles),
        )


def seat_on_working_committee(database: Database, name: str) -> None:
    with database.transaction() as session:
        office_year = lookup.resolve_year(session, YEAR)
        committee = working_committee_id(session, office_year.year_id)
        assert committee is not None
        person = person_named(session, name)
        members.add_member(session, SYSTEM, office_year, committee, person.id, CommitteeRole.MEMBER)


def take_off_working_committee(database: Database, name: str) -> None:
    with database.transaction() as session:
        office_year = lookup.resolve_year(session, YEAR)
        committee = working_committee_id(session, office_year.year_id)
        assert committee is not None
        person = person_named(session, name)
        members.remove_member(session, SYSTEM, office_year, committee, person.id)


def drop_committees(database: Database) -> None:
    """Delete every committee of YEAR: the year then has no working committee."""
    with database.transaction() as session:
        office_year = lookup.resolve_year(session, YEAR)
        for view in read.committees(session, office_year):
            delete.delete_committee(session, SYSTEM, office_year, view.committee_id)


def _build(folder: Path) -> None:
    coord = open_database(prebuilt.demo_office_file(folder / "coordinator.sqlite3", TODAY))
    setup = folder / "ตั้งค่า.mk3"
    try:
        set_roles(coord, CHECKER, [Role.STAFF, Role.REVIEWER])
        seat_on_working_committee(coord, CHECKER)
        bundles.export_setup(coord, year_of(coord), setup, actor(coord, COORDINATOR_NAME))
    finally:
        coord.close()
    laptop = fresh_database(folder, "laptop.sqlite3")
    try:
        bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
        checker = actor(laptop, CHECKER)
        with laptop.transaction() as session:
            indicator = lookup.find_indicator(session, lookup.find_year(session, YEAR), CODE)
            workflow.move_indicator(session, checker, indicator.id, State.VERIFIED)
        bundles.export_work(laptop, year_of(laptop), [CODE], folder / BUNDLE, checker)
    finally:
        laptop.close()


def sent(folder: Path) -> Sent:
    """Copies in *folder* of the coordinator's database and the reviewer's bundle."""
    source = prebuilt.built(f"reviewer-verifies-{TODAY.isoformat()}", _build)
    folder.mkdir(parents=True, exist_ok=True)
    bundle = shutil.copyfile(source / BUNDLE, folder / BUNDLE)
    coord = prebuilt.copy_database(source / "coordinator.sqlite3", folder / "coordinator.sqlite3")
    return Sent(coord, bundle)
