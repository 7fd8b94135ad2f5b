"""Shared by the tests of the MK3 Model's records in bundles: the demo office, the setup
bundle its coordinator sends and a new laptop set up from it — built once per run
(tests/prebuilt.py), each caller getting its own copies."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import bundles, lookup
from mk3desk.services.context import Actor
from mk3desk.services.demo_data import COORDINATOR, DEMO_ACCOUNTS, PEOPLE
from tests import prebuilt

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


SETUP_NAME = "ตั้งค่า.mk3"


def _build_demo_with_setup(folder: Path) -> None:
    """The demo office after its coordinator sent the setup bundle (sending records what
    was sent), the bundle, and a new laptop that received it (no accounts: anyone may work)."""
    path = prebuilt.demo_office_file(folder / "office.sqlite3", TODAY)
    database = open_database(path)
    try:
        coordinator = person_actor(database, COORDINATOR_NAME)
        bundles.export_setup(database, year_of(database), folder / SETUP_NAME, coordinator)
    finally:
        database.close()
    laptop = open_database(prebuilt.empty_database_file(folder / "laptop.sqlite3"))
    try:
        bundles.apply_bundle(laptop, folder / SETUP_NAME, {}, actor=Actor.system())
    finally:
        laptop.close()


def _built() -> Path:
    return prebuilt.built(f"demo-setup-{TODAY.isoformat()}", _build_demo_with_setup)


def demo_with_setup(folder: Path) -> Office:
    """A copy of the demo office in *folder* and the setup bundle its coordinator sent."""
    source = _built()
    path = prebuilt.copy_database(source / "office.sqlite3", folder / "office.sqlite3")
    setup = folder / SETUP_NAME
    shutil.copyfile(source / SETUP_NAME, setup)
    return Office(folder, path, setup)


def laptop_set_up(target: Path) -> Database:
    """A new laptop (at *target*) that received ``demo_with_setup``'s bundle, opened."""
    return open_database(prebuilt.copy_database(_built() / "laptop.sqlite3", target))
