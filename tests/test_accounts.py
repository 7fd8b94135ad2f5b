"""Accounts: creating, logging in (with the growing delay), disabling, resetting, and the
last coordinator; the command line acting as --user."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import Account, AuditEntry, Person
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import PermissionDeniedError, ValidationError
from mk3desk.domain.workflow import Role
from mk3desk.services import accounts, people_edit
from mk3desk.services.context import Actor
from tests.cli_support import run_cli
from tests.support import fresh_database, office_with_year, staff

PASSWORD = "รหัสผ่าน-ยาวพอ1"


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[tuple[Database, int, dict[str, Actor]]]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.transaction() as s:
        assert not accounts.has_accounts(s)
        coordinator = accounts.create_coordinator(
            s, Actor.system(), 1, name="นายผู้ประสาน หลัก", user_name="Somchai", password=PASSWORD
        )
    with database.session() as s:
        cast["main"] = Actor.of(s.get(Person, coordinator))  # type: ignore[arg-type]
    yield database, 1, cast
    database.close()


def login(database: Database, user: str, password: str, **kw: object) -> accounts.LoginResult:
    with database.transaction() as s:
        return accounts.verify_login(s, user, password, **kw)  # type: ignore[arg-type]


def test_the_first_coordinator_logs_in_whatever_the_case_of_the_user_name(office) -> None:  # type: ignore[no-untyped-def]
    database, _office_id, _cast = office
    result = login(database, "somchai", PASSWORD)
    assert result.actor is not None and result.actor.has(Role.COORDINATOR)
    assert not result.must_change
    with database.session() as s:
        stored = s.scalars(select(Account)).one()
        assert PASSWORD not in stored.password_hash and stored.password_hash.startswith(
            "$argon2id$"
        )
        assert all(PASSWORD not in (e.detail + e.target) for e in s.scalars(select(AuditEntry)))


def test_the_office_hashes_at_its_own_cost_and_logs_in_with_it(
    tmp_path: Path, office_hasher: object
) -> None:
    """Other tests hash cheaply (tests/conftest.py); this one makes a coordinator with the
    program's own Argon2id parameters (64 MiB, 3 passes, 2 lanes) and logs in with them."""
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as s:
        accounts.create_coordinator(
            s, Actor.system(), 1, name="นายผู้ประสาน หลัก", user_name="boss", password=PASSWORD
        )
    with database.session() as s:
        stored = s.scalars(select(Account)).one().password_hash
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=2$")
    assert login(database, "boss", PASSWORD).actor is not None
    database.close()


def test_a_wrong_password_is_recorded_and_the_wait_grows(office) -> None:  # type: ignore[no-untyped-def]
    database, _o, _cast = office
    start = utcnow()
    waits = [
        login(database, "somchai", "wrong", now=start + timedelta(minutes=k)).wait_seconds
        for k in range(5)
    ]
    assert waits == [0, 0, 2, 4, 8]
    # Too soon: refused before the password is even looked at, saying how long to wait.
    soon = start + timedelta(minutes=4, seconds=3)
    early = login(database, "somchai", PASSWORD, now=soon)
    assert early.actor is None and early.wait_seconds == 5 and "รอ 5 วินาที" in str(early.error)
    later = login(database, "somchai", PASSWORD, now=soon + timedelta(seconds=5))
    assert later.actor is not None
    with database.session() as s:
        assert s.scalars(select(Account)).one().failed_attempts == 0


def test_unknown_user_and_wrong_password_say_the_same(office) -> None:  # type: ignore[no-untyped-def]
    database, _o, _cast = office
    assert str(login(database, "nobody", PASSWORD).error) == str(
        login(database, "somchai", "wrong-password").error
    )
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in str(login(database, "nobody", PASSWORD).error)


def test_accounts_are_the_coordinators_and_user_names_unique(office) -> None:  # type: ignore[no-untyped-def]
    database, _o, cast = office
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        accounts.create_account(s, cast["owner"], cast["owner"].person_id, "somsri", PASSWORD)
    with pytest.raises(ValidationError) as raised, database.transaction() as s:
        accounts.create_account(s, cast["main"], cast["owner"].person_id, "SOMCHAI", PASSWORD)
    assert "มีชื่อผู้ใช้" in str(raised.value)
    with pytest.raises(ValidationError), database.transaction() as s:
        accounts.create_account(s, cast["main"], cast["owner"].person_id, "somsri", "short")
    with database.session() as s:
        assert len(s.scalars(select(Account)).all()) == 1  # nothing written


def test_a_reset_forces_a_new_password_and_a_disabled_account_cannot_log_in(office) -> None:  # type: ignore[no-untyped-def]
    database, _o, cast = office
    with database.transaction() as s:
        account_id = accounts.create_account(
            s, cast["main"], cast["owner"].person_id, "somsri", "ชั่วคราว1234"
        )
    first = login(database, "somsri", "ชั่วคราว1234")
    assert first.actor is not None and first.must_change
    with database.transaction() as s:
        accounts.change_password(s, first.actor, "ชั่วคราว1234", PASSWORD)
    assert not login(database, "somsri", PASSWORD).must_change
    with database.transaction() as s:
        accounts.reset_password(s, cast["main"], account_id, "ใหม่ชั่วคราว99")
    assert login(database, "somsri", "ใหม่ชั่วคราว99").must_change
    with database.transaction() as s:
        accounts.set_disabled(s, cast["main"], account_id, True)
    refused = login(database, "somsri", "ใหม่ชั่วคราว99")
    assert refused.actor is None and "ปิดใช้งาน" in str(refused.error)


def test_the_last_coordinator_cannot_be_disabled_or_lose_the_role(office) -> None:  # type: ignore[no-untyped-def]
    database, _o, cast = office
    main = cast["main"]
    with database.session() as s:
        account_id = s.scalars(select(Account.id)).one()
    with pytest.raises(PermissionDeniedError) as raised, database.transaction() as s:
        accounts.set_disabled(s, main, account_id, True)
    assert "ผู้ประสานคนสุดท้าย" in str(raised.value)
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        people_edit.update_person(
            s, main, main.person_id, name=main.name, position="", group_id=None, roles=[Role.STAFF]
        )
    # With a second coordinator who can log in, it can.
    with database.transaction() as s:
        accounts.create_account(s, main, cast["coordinator"].person_id, "prasan", PASSWORD)
    with database.transaction() as s:
        accounts.set_disabled(s, main, account_id, True)


# -- the command line ----------------------------------------------------------------


def cli(db: Path, *args: str, password: str | None = None, **extra: str) -> CompletedProcess[str]:
    """``mk3desk *args --db db`` run in this process (tests/cli_support.py)."""
    if password is not None:
        extra["MK3DESK_PASSWORD"] = password
    return run_cli(*args, "--db", db, **extra)


def test_the_cli_acts_as_the_logged_in_user(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    made = cli(
        db,
        "office",
        "create",
        "--name",
        "สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 2",
        "--coordinator",
        "นายผู้ประสาน หลัก",
        "--coordinator-user",
        "boss",
        password=PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    assert "--user boss" in made.stdout
    # A writing command needs --user now: Thai refusal, exit 2, nothing written.
    refused = cli(db, "group", "add", "--name", "กลุ่มหนึ่ง")
    assert refused.returncode == 2 and "--user" in refused.stderr
    no_password = cli(db, "group", "add", "--name", "กลุ่มหนึ่ง", "--user", "boss")
    assert no_password.returncode == 2 and "MK3DESK_PASSWORD" in no_password.stderr
    wrong = cli(db, "group", "add", "--name", "กลุ่มหนึ่ง", "--user", "boss", password="nope-nope")
    assert wrong.returncode == 2 and "ไม่ถูกต้อง" in wrong.stderr
    done = cli(db, "group", "add", "--name", "กลุ่มหนึ่ง", "--user", "boss", password=PASSWORD)
    assert done.returncode == 0, done.stderr
    database = fresh_database(tmp_path)
    with database.session() as s:
        groups = [e.target for e in s.scalars(select(AuditEntry)) if e.action == "group.add"]
        who = [e.actor_name for e in s.scalars(select(AuditEntry)) if e.action == "group.add"]
    database.close()
    assert groups == ["กลุ่มหนึ่ง"] and who == ["นายผู้ประสาน หลัก"]


def test_the_cli_refuses_bad_account_input_in_thai_writing_nothing(tmp_path: Path) -> None:
    """A duplicate user name (any case), the last coordinator disabled, a disabled account
    logging in: each a Thai refusal, exit 2, the database as it was."""
    db = tmp_path / "office.sqlite3"
    made = cli(
        db,
        "office",
        "create",
        "--name",
        "สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 2",
        "--coordinator",
        "นายผู้ประสาน หลัก",
        "--coordinator-user",
        "boss",
        password=PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    as_boss = ("--user", "boss")
    added = cli(db, "person", "add", "--name", "นางสาวสมศรี ใจดี", *as_boss, password=PASSWORD)
    assert added.returncode == 0, added.stderr

    def accounts_now() -> list[tuple[str, bool]]:
        database = fresh_database(tmp_path)
        with database.session() as s:
            rows = [(a.user_name, a.disabled) for a in s.scalars(select(Account))]
        database.close()
        return sorted(rows)

    give = ("account", "add", "--person", "นางสาวสมศรี ใจดี", *as_boss)
    duplicate = cli(
        db, *give, "--account", "BOSS", password=PASSWORD, MK3DESK_NEW_PASSWORD=PASSWORD
    )
    assert duplicate.returncode == 2
    assert "มีชื่อผู้ใช้ “BOSS” ในสำนักงานนี้แล้ว" in duplicate.stderr
    assert accounts_now() == [("boss", False)]

    last = cli(db, "account", "disable", "--account", "Boss", *as_boss, password=PASSWORD)
    assert last.returncode == 2 and "ผู้ประสานคนสุดท้าย" in last.stderr
    assert accounts_now() == [("boss", False)]

    done = cli(db, *give, "--account", "somsri", password=PASSWORD, MK3DESK_NEW_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    off = cli(db, "account", "disable", "--account", "somsri", *as_boss, password=PASSWORD)
    assert off.returncode == 0, off.stderr
    assert accounts_now() == [("boss", False), ("somsri", True)]
    refused = cli(db, "group", "add", "--name", "กลุ่มหนึ่ง", "--user", "somsri", password=PASSWORD)
    assert refused.returncode == 2 and "บัญชีผู้ใช้ “somsri” ถูกปิดใช้งาน" in refused.stderr
    assert accounts_now() == [("boss", False), ("somsri", True)]
