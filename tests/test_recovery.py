"""The recovery code for a forgotten coordinator password: made at set-up and on demand,
stored only as a hash, used once to set a coordinator's password, wrong codes slowed
down like wrong passwords; the sheet to print; the command line."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import Account, AuditEntry, AuditRow, OfficeSetting, Person
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import PermissionDeniedError
from mk3desk.domain.workflow import Role
from mk3desk.services import accounts, recovery
from mk3desk.services.context import Actor
from mk3desk.services.integrity import Severity, check_database
from tests.cli_support import run_cli
from tests.support import fresh_database, office_with_year, staff

PASSWORD = "รหัสผ่าน-ยาวพอ1"
NEW_PASSWORD = "รหัสใหม่-จำได้แน่"


@pytest.fixture()
def office(tmp_path: Path) -> Iterator[tuple[Database, dict[str, Actor], str]]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.transaction() as s:
        boss = accounts.create_coordinator(
            s, Actor.system(), 1, name="นายผู้ประสาน หลัก", user_name="boss", password=PASSWORD
        )
        code = recovery.issue_code(s, Actor.system(), 1)
        owner = s.get(Person, cast["owner"].person_id)
        assert owner is not None
        accounts.add_account(s, owner, "somsri", PASSWORD, must_change=False)
        cast["boss"] = Actor.of(s.get(Person, boss))  # type: ignore[arg-type]
    yield database, cast, code
    database.close()


def recover(database: Database, user: str, code: str, password: str = NEW_PASSWORD, **kw: object):  # type: ignore[no-untyped-def]
    with database.transaction() as s:
        return recovery.recover(s, 1, user, code, password, **kw)  # type: ignore[arg-type]


def login(database: Database, user: str, password: str) -> accounts.LoginResult:
    with database.transaction() as s:
        return accounts.verify_login(s, user, password)


def test_a_code_is_four_groups_of_unambiguous_characters_and_only_its_hash_is_kept(office) -> None:  # type: ignore[no-untyped-def]
    database, _cast, code = office
    groups = code.split(" ")
    assert [len(g) for g in groups] == [5, 5, 5, 5]
    assert not set("".join(groups)) - set(recovery.ALPHABET)
    assert not set("IL0O1") & set(recovery.ALPHABET)
    assert recovery.new_code() != recovery.new_code()
    with database.session() as s:
        stored = s.scalars(
            select(OfficeSetting.value).where(OfficeSetting.key == "recovery_code_hash")
        ).one()
        assert stored.startswith("$argon2id$") and code.replace(" ", "") not in stored
        entries = s.scalars(select(AuditEntry)).all()
        assert all(code.replace(" ", "") not in e.detail + e.target for e in entries)
        assert all(stored not in (r.changes or "") for r in s.scalars(select(AuditRow)))


def test_the_code_sets_a_coordinators_password_once_and_a_new_code_is_given(office) -> None:  # type: ignore[no-untyped-def]
    database, cast, code = office
    done = recover(database, "BOSS", code.lower())  # any case, with the spaces
    assert done.actor is not None and done.actor.person_id == cast["boss"].person_id
    assert done.user_name == "boss" and done.new_code and done.new_code != code
    assert login(database, "boss", PASSWORD).actor is None
    assert login(database, "boss", NEW_PASSWORD).actor is not None
    # Used up: the same code no longer works; the new one does (typed without spaces).
    again = recover(database, "boss", code, "อีกรหัสหนึ่ง-ยาวพอ")
    assert again.actor is None and "ไม่ถูกต้อง" in str(again.error)
    assert recover(database, "boss", done.new_code.replace(" ", ""), "อีกรหัสหนึ่ง-ยาวพอ").actor
    with database.session() as s:
        actions = [
            (e.action, e.actor_name, e.target)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
        assert ("account.recover", "นายผู้ประสาน หลัก", "boss") in actions
    findings = check_database(database).findings
    assert not [f.text() for f in findings if f.severity is Severity.PROBLEM]


def test_a_new_code_on_demand_makes_the_old_one_useless(office) -> None:  # type: ignore[no-untyped-def]
    database, cast, code = office
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        recovery.issue_code(s, cast["owner"], 1)  # the coordinator's right only
    with database.transaction() as s:
        fresh = recovery.issue_code(s, cast["boss"], 1)
    with database.session() as s:  # the history shows the replaced hash hidden
        stored = s.scalars(
            select(OfficeSetting.value).where(OfficeSetting.key == "recovery_code_hash")
        ).one()
        changes = [r.changes for r in s.scalars(select(AuditRow)) if "•••" in (r.changes or "")]
        assert changes and all(stored not in c and "$argon2" not in c for c in changes)
    assert recover(database, "boss", code).actor is None
    assert recover(database, "boss", fresh).actor is not None


def test_wrong_codes_count_toward_the_growing_delay_of_that_account(office) -> None:  # type: ignore[no-untyped-def]
    database, _cast, code = office
    start = utcnow()
    wrong = "ABCDE FGHJK MNPQR STUVW"
    waits = [
        recover(database, "boss", wrong, now=start + timedelta(minutes=k)).wait_seconds
        for k in range(4)
    ]
    assert waits == [0, 0, 2, 4]
    # The same counter as passwords: the right password must wait too, and so must the code.
    soon = start + timedelta(minutes=3, seconds=1)
    assert "รอ 3 วินาที" in str(recover(database, "boss", code, now=soon).error)
    with database.transaction() as s:
        early = accounts.verify_login(s, "boss", PASSWORD, now=soon)
    assert early.actor is None and early.wait_seconds == 3
    assert recover(database, "boss", code, now=soon + timedelta(seconds=3)).actor is not None
    with database.session() as s:
        boss = s.scalars(select(Account).where(Account.user_key == "boss")).one()
        assert boss.failed_attempts == 0


def test_bad_input_is_refused_before_the_code_is_checked_or_used(office) -> None:  # type: ignore[no-untyped-def]
    database, _cast, code = office
    cases = [
        ("somsri", code, NEW_PASSWORD, "ไม่ใช่บัญชีผู้ประสาน"),  # a Key Man's account
        ("nobody", code, NEW_PASSWORD, "ไม่ใช่บัญชีผู้ประสาน"),
        ("boss", "แฟกหด", NEW_PASSWORD, "แป้นพิมพ์เป็นภาษาอังกฤษ"),  # typed in the Thai layout
        ("boss", code[:-2], NEW_PASSWORD, "ที่พิมพ์มามี 18 ตัว"),
        ("boss", code, "short", "อย่างน้อย 8"),
    ]
    for user, typed, password, message in cases:
        result = recover(database, user, typed, password)
        assert result.actor is None and message in str(result.error), (user, typed)
    with database.session() as s:
        assert all(a.failed_attempts == 0 for a in s.scalars(select(Account)))
    assert login(database, "boss", PASSWORD).actor is not None  # nothing changed
    assert recover(database, "boss", code).actor is not None  # the code was not used up


def test_a_disabled_coordinator_account_cannot_be_recovered(office) -> None:  # type: ignore[no-untyped-def]
    database, cast, code = office
    with database.transaction() as s:
        coordinator = cast["coordinator"].person_id
        second = accounts.create_account(s, cast["boss"], coordinator, "prasan", PASSWORD)
        accounts.set_disabled(s, cast["boss"], second, True)
        assert [c.user_name for c in recovery.coordinator_logins(s, 1)] == ["boss"]
    assert "ไม่ใช่บัญชีผู้ประสาน" in str(recover(database, "prasan", code).error)


def test_an_office_without_a_code_says_so(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as s:
        accounts.create_coordinator(
            s, Actor.system(), 1, name="นายผู้ประสาน หลัก", user_name="boss", password=PASSWORD
        )
        assert recovery.code_issued_at(s, 1) is None
    result = recover(database, "boss", recovery.new_code())
    assert result.actor is None and "ยังไม่มีรหัสกู้คืน" in str(result.error)
    database.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_sheet_names_the_office_the_date_and_the_code(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, _cast, code = office
    target = tmp_path / "รหัสกู้คืน.pdf"
    with database.session() as s:
        recovery.write_sheet(s, 1, code, target, date(2026, 12, 7))
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("\f") == 1  # one page
    assert code in text
    assert "สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1" in text
    assert "๗ ธันวาคม ๒๕๖๙" in text
    assert "ตู้นิรภัย" in text and "boss" in text


# -- the command line ----------------------------------------------------------------


def cli(db: Path, *args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    """``mk3desk *args --db db`` run in this process (tests/cli_support.py)."""
    return run_cli(*args, "--db", db, **env_extra)


def printed_code(output: str) -> str:
    line = next(line for line in output.splitlines() if "รหัสกู้คืน:" in line)
    return line.split("รหัสกู้คืน:")[1].strip()


def test_the_cli_prints_a_code_at_set_up_and_recovers_with_it(tmp_path: Path) -> None:
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
        MK3DESK_PASSWORD=PASSWORD,
    )
    assert made.returncode == 0, made.stderr
    code = printed_code(made.stdout)
    assert "ตู้นิรภัย" in made.stdout
    # A wrong code: Thai refusal, exit 2, the password unchanged (and the failure counted).
    wrong = cli(
        db,
        "account",
        "recover",
        "--user",
        "boss",
        MK3DESK_RECOVERY_CODE="ABCDE FGHJK MNPQR STUVW",
        MK3DESK_PASSWORD=NEW_PASSWORD,
    )
    assert wrong.returncode == 2 and "รหัสกู้คืนไม่ถูกต้อง" in wrong.stderr
    no_code = cli(db, "account", "recover", "--user", "boss", MK3DESK_PASSWORD=NEW_PASSWORD)
    assert no_code.returncode == 2 and "MK3DESK_RECOVERY_CODE" in no_code.stderr
    done = cli(
        db,
        "account",
        "recover",
        "--user",
        "boss",
        MK3DESK_RECOVERY_CODE=code,
        MK3DESK_PASSWORD=NEW_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    fresh = printed_code(done.stdout)
    assert fresh != code
    database = fresh_database(tmp_path)
    with database.transaction() as s:
        assert accounts.verify_login(s, "boss", NEW_PASSWORD).actor is not None
        assert recovery.recover(s, 1, "boss", fresh, PASSWORD).actor is not None
        person = s.scalars(select(Person)).one()
        assert Role.COORDINATOR.value in person.roles
    database.close()
    # On demand: the coordinator makes a new code from the command line (the old one is gone).
    ondemand = cli(db, "account", "new-code", "--user", "boss", MK3DESK_PASSWORD=PASSWORD)
    assert ondemand.returncode == 0, ondemand.stderr
    assert printed_code(ondemand.stdout) != fresh
