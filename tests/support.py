"""Small builders shared by the database and service tests (not fixtures: plain calls)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.workflow import Role
from mk3desk.services import people, years
from mk3desk.services.context import Actor
from tests import prebuilt


def fresh_database(folder: Path, name: str = "office.sqlite3") -> Database:
    """``folder/name`` opened as the program opens it; a new file starts as a copy of a
    database migrated once per run (tests/prebuilt.py), so no test waits for the
    migrations. Tests of creating and migrating a file call ``open_database`` itself."""
    path = folder / name
    if not path.exists():
        prebuilt.empty_database_file(path)
    return open_database(path)


def office_with_year(database: Database, be_year: int = 2567) -> int:
    """An office with one fiscal year from the built-in template; returns the year id.

    Made for real, not copied: each office and indicator gets uids of its own, as two
    offices in one test (bundles, Excel between offices) must. It takes ~0.05 s, the
    template's YAML being parsed once per run (tests/conftest.py)."""
    with database.transaction() as session:
        actor = Actor.system()
        years.create_office(session, actor, name="สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1")
        return years.create_year(session, actor, be_year=be_year).id


def staff(database: Database) -> dict[str, Actor]:
    """A Key Man, a backup, a reviewer and a coordinator, as actors."""
    cast: dict[str, Actor] = {}
    with database.transaction() as session:
        system = Actor.system()
        for key, name, roles in (
            ("owner", "นางสาวสมศรี ใจดี", (Role.STAFF,)),
            ("backup", "นายสมชาย รักงาน", (Role.STAFF,)),
            ("reviewer", "นางวิไล ตรวจดี", (Role.REVIEWER,)),
            ("coordinator", "นายประสาน งานไว", (Role.COORDINATOR, Role.REVIEWER)),
        ):
            cast[key] = Actor.of(people.add_person(session, system, name=name, roles=roles))
    return cast


DEADLINE = date(2024, 6, 30)


def own(database: Database, cast: dict[str, Actor], indicator_id: int) -> None:
    """Make the cast's owner and backup the indicator's (the rights table lets only them
    write its content), as the coordinator; no deadline."""
    with database.transaction() as session:
        people.assign(
            session,
            cast["coordinator"],
            indicator_id,
            owner_id=cast["owner"].person_id,
            backup_id=cast["backup"].person_id,
        )
