"""The MK3 Model's records travel in bundles (issue #14, format 5): the coordinator's setup
bundle brings committees, SWOT, knowledge sessions with their material files, recognitions
and the certificate register to a laptop; a work bundle brings knowledge sessions only from
someone with the right; certificate numbers are never reused; a replay changes nothing."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.knowledge import Attendance, SessionDraft, SessionKind
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.recognition import RecognitionDraft, RecognitionKind
from mk3desk.services import bundles, lookup, swot
from mk3desk.services.committees import read as committee_read
from mk3desk.services.context import Actor
from mk3desk.services.demo_data import COORDINATOR, DEMO_ACCOUNTS, PEOPLE
from mk3desk.services.knowledge import read as knowledge_read
from mk3desk.services.knowledge.save import create_session
from mk3desk.services.recognition import read as recognition_read
from mk3desk.services.recognition.certificates import issue_certificates
from mk3desk.services.recognition.save import add_recognition
from mk3desk.sync.format import read_bundle
from tests import prebuilt
from tests.bundle_authors import rewrite
from tests.bundle_support import SYSTEM, dump
from tests.support import fresh_database

TODAY = date(2025, 3, 1)  # the day the GUI, Excel and first-start tests use: one prebuilt demo
YEAR = 2567  # the demo's year with committees, sessions, certificates and a SWOT
KEY_MAN = PEOPLE[dict(DEMO_ACCOUNTS)["keyman"]][0]  # owns indicators; no knowledge right
REVIEWER = PEOPLE[dict(DEMO_ACCOUNTS)["reviewer"]][0]  # records sessions (knowledge.edit)
COORDINATOR_NAME = PEOPLE[COORDINATOR][0]


@dataclass(frozen=True)
class Office:
    """The demo office (with accounts) and the setup bundle its coordinator sent."""

    folder: Path
    database: Path
    setup: Path


def year_of(database: Database) -> OfficeYear:
    with database.session() as session:
        return lookup.resolve_year(session, YEAR)


def person_actor(database: Database, name: str) -> Actor:
    with database.session() as session:
        return Actor.of(next(p for p in lookup.get_office(session).people if p.name == name))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    folder = tmp_path_factory.mktemp("mk3-office")
    path = prebuilt.demo_office_file(folder / "office.sqlite3", TODAY)
    database = prebuilt.open_database(path)
    try:
        setup = folder / "ตั้งค่า.mk3"
        bundles.export_setup(
            database, year_of(database), setup, person_actor(database, COORDINATOR_NAME)
        )
    finally:
        database.close()
    return Office(folder, path, setup)


@pytest.fixture
def coordinator(office: Office, tmp_path: Path) -> Iterator[Database]:
    database = prebuilt.open_database(
        prebuilt.copy_database(office.database, tmp_path / "coordinator.sqlite3")
    )
    yield database
    database.close()


@pytest.fixture
def laptop(office: Office, tmp_path: Path) -> Iterator[Database]:
    """A new laptop set up from the coordinator's bundle (no accounts: anyone may work)."""
    database = fresh_database(tmp_path, "laptop.sqlite3")
    bundles.apply_bundle(database, office.setup, {}, actor=SYSTEM)
    yield database
    database.close()


# -- what a user checks on each side ----------------------------------------------------
def committees_seen(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            (
                c.name,
                c.order,
                c.preamble,
                c.duties,
                [(m.name, m.position, m.group_name, m.role) for m in c.members],
            )
            for c in committee_read.committees(session, year_of(database))
        ]


def sessions_seen(database: Database) -> list[Any]:
    store = database.evidence_store()
    with database.session() as session:
        return [
            (
                s.held_on,
                s.topic,
                s.kind,
                s.speaker,
                s.place,
                s.lessons,
                [(a.name, a.status) for a in s.attendees],
                [(i.code, i.title) for i in s.indicators],
                [
                    (m.file_name, m.size, m.description, store.local_path(m.sha256).read_bytes())
                    for m in s.materials
                ],
            )
            for s in knowledge_read.sessions(session, year_of(database))
        ]


def recognitions_seen(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            (r.kind, r.title, r.reason, r.awarded_on, r.recipient, r.is_group, r.certificates)
            for r in recognition_read.recognitions(session, year_of(database))
        ]


def register_seen(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            (
                c.number,
                c.recipient_name,
                c.recipient_position,
                c.title,
                c.reason,
                c.issued_on,
                c.signer,
            )
            for c in recognition_read.register(session, year_of(database))
        ]


def swot_seen(database: Database) -> Any:
    with database.session() as session:
        return swot.load_swot(session, year_of(database)).swot


def everything(database: Database) -> list[Any]:
    return [
        committees_seen(database),
        sessions_seen(database),
        recognitions_seen(database),
        register_seen(database),
        swot_seen(database),
    ]


# -- the setup bundle --------------------------------------------------------------------
def test_the_setup_bundle_brings_the_mk3_records_to_a_new_laptop(
    office: Office, coordinator: Database, laptop: Database
) -> None:
    bundle = read_bundle(office.setup)
    assert bundle.version == 5
    kinds = {r.kind.value for r in bundle.records}
    assert {"committee", "swot", "knowledge", "recognition", "certificate"} <= kinds

    committees = committees_seen(laptop)
    assert committees == committees_seen(coordinator)
    name, order, _preamble, _duties, members = committees[0]
    assert order.number and order.signed_on is not None and order.subject
    assert [role.value for *_, role in members].count("chair") == 1

    sessions = sessions_seen(laptop)
    assert sessions == sessions_seen(coordinator)
    assert len(sessions) == 3
    assert any(s[8] for s in sessions), "the demo's materials came with their bytes"
    assert all(s[6] for s in sessions) and all(s[7] for s in sessions)

    assert recognitions_seen(laptop) == recognitions_seen(coordinator) != []
    register = register_seen(laptop)
    assert register == register_seen(coordinator) != []
    assert [c[0] for c in register] == list(range(1, len(register) + 1))
    assert swot_seen(laptop) == swot_seen(coordinator)
    assert not swot_seen(laptop).is_empty


def test_receiving_the_same_setup_bundle_again_changes_nothing(
    office: Office, laptop: Database
) -> None:
    before = dump(laptop)
    plan = bundles.inspect_bundle(laptop, office.setup)
    assert not plan.changes_anything
    bundles.apply_bundle(laptop, office.setup, {}, actor=SYSTEM)
    assert dump(laptop) == before
