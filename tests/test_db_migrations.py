"""Opening databases: new, older, newer, damaged or foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from mk3desk.db.engine import make_engine
from mk3desk.db.migrate import (
    NewerDatabaseError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from mk3desk.db.models import FiscalYear, Office, Person
from mk3desk.domain.errors import NotFoundError, StorageError
from mk3desk.services import people, scoring
from mk3desk.services.context import Actor
from tests.support import fresh_database, office_with_year


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_the_newest_revision(tmp_path: Path) -> None:
    database = open_database(tmp_path / "office.sqlite3")  # the migrations run here
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    assert not database.backup_dir.exists(), "nothing to back up in a new file"
    database.close()


def test_upgrade_from_the_first_revision_keeps_data_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO office (name, short_name, area, address, created_at, uid) "
            "VALUES ('สพป.เก่า', '', '', '', '2024-01-01 00:00:00', 'u1')"
        )
    engine.dispose()

    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    with database.session() as session:
        assert session.scalars(select(Office.name)).all() == ["สพป.เก่า"]
    backups = list(database.backup_dir.glob("old-before-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM office").fetchone() == ("สพป.เก่า",)
    database.close()


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    path = database.path
    assert path is not None
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.close()  # the last connection to close checkpoints the WAL into the file
    before = digest(path)
    with pytest.raises(NewerDatabaseError) as raised:
        open_database(path)
    assert "รุ่นที่ใหม่กว่า" in str(raised.value)
    assert digest(path) == before


def test_a_damaged_file_gets_a_thai_message_and_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    before = digest(path)
    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert "ไม่ใช่ฐานข้อมูลของ mk3desk" in str(raised.value)
    assert digest(path) == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert "โปรแกรมอื่น" in str(raised.value)
    with sqlite3.connect(path) as other:
        tables = {r[0] for r in other.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        open_database(tmp_path / "nope.sqlite3", create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_the_models_are_what_the_migrations_build(tmp_path: Path) -> None:
    """Tables, columns, constraints and indexes: a model changed without a migration (or
    the reverse) would leave new and upgraded databases different from the code."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mk3desk.db.models import Base

    database = open_database(tmp_path / "office.sqlite3")  # the migrations run here
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()
    assert differences == []


def test_upgrading_to_the_counting_indexes_keeps_criteria_and_results(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = open_database(path)
    year_id = office_with_year(database)
    database.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        connection.exec_driver_sql(
            "INSERT INTO criterion_result (criterion_id, met, narrative, uid, updated_at) "
            "SELECT id, key LIKE 'B%', '', 'r' || id, '2024-01-01 00:00:00' FROM year_criterion"
        )
    engine.dispose()
    database = open_database(path)  # upgrades to the head
    with database.session() as session:
        indexes = {
            name
            for (name,) in session.connection().exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index'"
            )
        }
        year = session.get(FiscalYear, year_id)
        assert year is not None
        bulk = scoring.score_years(session, [year_id])[year_id]
        assert bulk == scoring.year_result(session, year).score
    database.close()
    assert {"ix_year_criterion_indicator_level", "ix_criterion_result_criterion_met"} <= indexes
    assert "ix_year_criterion_indicator_id" not in indexes, "replaced by the index with the level"
    # Every basic criterion met, nothing above: each process item scores 3 (300 points).
    assert {i.score for i in bulk.indicators if i.points is not None} == {Decimal(3)}


def test_decimals_come_back_exactly(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    with database.transaction() as session:
        session.get(FiscalYear, year_id).target = Decimal("4.74511")  # type: ignore[union-attr]
    with database.session() as session:
        target = session.get(FiscalYear, year_id).target  # type: ignore[union-attr]
    assert target == Decimal("4.74511") and str(target) == "4.74511"
    database.close()


def test_people_are_listed_in_thai_dictionary_order(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    names = ["ไพโรจน์ ภูมิสถาน", "สมชาย ใจดี", "เสาวลักษณ์ ไชยมงคล", "กนกวรรณ พลศรี", "แสงเดือน จันทร์หอม"]
    with database.transaction() as session:
        for name in names:
            people.add_person(session, Actor.system(), name=name)
    with database.session() as session:
        listed = [p.name for p in people.people(session)]
        ordered_by_sql = session.scalars(select(Person.name).order_by(Person.name)).all()
    # กนกวรรณ < ไพโรจน์ (พ) < สมชาย (ส ม) < เสาวลักษณ์ (ส า) < แสงเดือน (ส ง... after สา)
    assert listed[0] == "กนกวรรณ พลศรี"
    assert listed.index("ไพโรจน์ ภูมิสถาน") < listed.index("สมชาย ใจดี")
    assert listed.index("สมชาย ใจดี") < listed.index("เสาวลักษณ์ ไชยมงคล")
    assert list(ordered_by_sql) == listed
    database.close()


# -- opening without Alembic (start-up) ------------------------------------------------
def test_the_shipped_revisions_are_alembics_linear_chain() -> None:
    from mk3desk.db.migrate import script_directory
    from mk3desk.db.schema_revisions import SCHEMA_HEAD, SCHEMA_REVISIONS

    scripts = script_directory()
    assert len(scripts.get_heads()) == 1, f"the migrations branch: heads {scripts.get_heads()}"
    walked = list(scripts.walk_revisions())[::-1]  # oldest first
    chain = [script.revision for script in walked]
    for before, script in zip([None, *chain], walked, strict=False):
        assert script.down_revision == before, (
            f"migration {script.revision} follows {script.down_revision!r}, not {before!r}: "
            "the chain must stay linear"
        )
    assert list(SCHEMA_REVISIONS) == chain, (
        f"mk3desk/db/schema_revisions.py lists {list(SCHEMA_REVISIONS)}, the migrations are "
        f"{chain}: append the new revision id to SCHEMA_REVISIONS"
    )
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    fresh_database(tmp_path).close()
    code = (
        "import sys; from mk3desk.db.migrate import open_database\n"
        f"db = open_database({str(tmp_path / 'office.sqlite3')!r}); db.close()\n"
        "print('alembic' in sys.modules)"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_newer_database_is_refused_read_only_too_and_left_untouched(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    path = database.path
    assert path is not None
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    database.close()
    before = digest(path)
    with pytest.raises(NewerDatabaseError):
        open_database(path, read_only=True)
    assert digest(path) == before


def test_a_file_damaged_after_its_header_gets_a_thai_message_and_is_not_touched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "torn.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = digest(path)
    with pytest.raises(StorageError) as raised:
        open_database(path)
    assert "ฐานข้อมูลเสียหาย" in str(raised.value)
    assert digest(path) == before


def test_an_up_to_date_database_opened_read_only_cannot_write(tmp_path: Path) -> None:
    fresh_database(tmp_path).close()
    database = open_database(tmp_path / "office.sqlite3", read_only=True)
    try:
        with pytest.raises(Exception, match="readonly"), database.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM office")
    finally:
        database.close()


# -- the first look at start-up (plain sqlite3) ----------------------------------------
def test_the_first_look_names_the_same_office_years_as_the_services(tmp_path: Path) -> None:
    from mk3desk.db.sqlite_file import quick_look
    from mk3desk.services import years
    from mk3desk.services.indicator_view import year_choices

    database = fresh_database(tmp_path)
    path = database.path
    assert path is not None
    assert quick_look(path, read_only=False) == []  # fine, but no office yet: first start
    with database.transaction() as s:
        for name, short in (
            ("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาขอนแก่น", "สพม.ขอนแก่น"),
            ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 1", ""),
        ):
            office = years.create_office(s, Actor.system(), name=name, short_name=short)
            for be_year in (2568, 2570, 2569):
                years.create_year(s, Actor.system(), be_year=be_year, office_id=office.id)
    with database.session() as s:
        expected = year_choices(s)
    before = digest(path)
    looked = quick_look(path, read_only=True)
    assert looked == expected and len(looked) == 6
    assert [c.be_year for c in looked[:3]] == [2570, 2569, 2568]  # newest first
    assert digest(path) == before
    database.close()


def test_the_first_look_leaves_upgrades_and_new_files_to_the_full_opening(tmp_path: Path) -> None:
    from mk3desk.db.sqlite_file import quick_look

    assert quick_look(tmp_path / "not-yet.sqlite3", read_only=False) is None
    assert not (tmp_path / "not-yet.sqlite3").exists()
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    before = digest(old)
    assert quick_look(old, read_only=False) is None  # an upgrade (with a backup) is due
    assert digest(old) == before


def test_the_first_look_refuses_what_opening_refuses(tmp_path: Path) -> None:
    from mk3desk.db.sqlite_file import quick_look

    newer = fresh_database(tmp_path).path
    assert newer is not None
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    with pytest.raises(NewerDatabaseError):
        quick_look(newer, read_only=False)
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as other:
        other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StorageError, match="โปรแกรมอื่น"):
        quick_look(foreign, read_only=False)
    garbage = tmp_path / "broken.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError, match="ไม่ใช่ฐานข้อมูลของ mk3desk"):
        quick_look(garbage, read_only=False)


def test_upgrading_to_knowledge_sessions_keeps_the_office_and_makes_room_for_sessions(
    tmp_path: Path,
) -> None:
    """An existing database of revision 0009 (committees) gets the knowledge tables; its
    records stay, the audit chain still holds, and a session can be recorded."""
    from datetime import date

    from mk3desk.domain.knowledge import Attendance, SessionDraft, SessionKind
    from mk3desk.services import lookup
    from mk3desk.services.integrity import Severity, check_database
    from mk3desk.services.knowledge import read, save

    path = tmp_path / "office.sqlite3"
    database = open_database(path)
    office_with_year(database)
    with database.transaction() as session:
        person = people.add_person(session, Actor.system(), name="นางบุษบา มณีรัตน์")
        person_id = person.id
    database.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
        tables = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
    engine.dispose()
    assert "knowledge_session" not in tables and "committee" in tables

    database = open_database(path)  # upgrades to the head
    assert current_revision(database.engine) == head_revision()
    with database.transaction() as session:
        chosen = lookup.resolve_year(session, 2567)
        draft = SessionDraft(
            held_on=date(2023, 11, 8),
            topic="ประชุมชี้แจงตัวชี้วัด",
            kind=SessionKind.BRIEFING,
            attendees=((person_id, Attendance.ATTENDED),),
        )
        save.create_session(session, Actor.system(), chosen, draft)
    with database.session() as session:
        assert [s.topic for s in read.sessions(session, chosen)] == ["ประชุมชี้แจงตัวชี้วัด"]
        assert session.scalars(select(Person.name)).all() == ["นางบุษบา มณีรัตน์"]
    problems = [f for f in check_database(database).findings if f.severity is Severity.PROBLEM]
    assert not problems, [f.text() for f in problems]
    database.close()
