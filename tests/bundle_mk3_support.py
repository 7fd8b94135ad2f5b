"""Shared by the tests of the MK3 Model's records in bundles: the demo office (built once
per run, tests/prebuilt.py) and the setup bundle its coordinator sends."""

from __future__ import annotations

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


def demo_with_setup(folder: Path) -> Office:
    """A copy of the demo office in *folder* and the setup bundle its coordinator sent."""
    path = prebuilt.demo_office_file(folder / "office.sqlite3", TODAY)
    database = open_database(path)
    try:
        setup = folder / "ตั้งค่า.mk3"
        coordinator = person_actor(database, COORDINATOR_NAME)
        bundles.export_setup(database, year_of(database), setup, coordinator)
    finally:
        database.close()
    return Office(folder, path, setup)
