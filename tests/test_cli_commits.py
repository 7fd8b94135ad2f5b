"""The CLI says "done" only after the commit, and honours the window's lock.

The first writing commands run as real processes, killed (SIGKILL) the moment their
first byte of output appears: what they reported must already be in the database.
Before, 95 of 100 such reported writes were missing. The commands added since are
looked at the same moment inside the test process (``run_cli_watching_output``): when
the command first writes to its output, a second connection must already see its write
— what the killed process would have left, without a new interpreter for each command.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import (
    Account,
    Certificate,
    Committee,
    CommitteeMember,
    FiscalYear,
    Group,
    KnowledgeSession,
    Office,
    OfficeSetting,
    Person,
    Recognition,
    YearIndicator,
)
from mk3desk.db.writer_lock import lock_path
from mk3desk.domain.workflow import State
from mk3desk.services import accounts, lookup, pdca, people, recovery, workflow
from mk3desk.services.committees.order_options import EMBLEM_NAME_KEY
from mk3desk.services.context import Actor
from mk3desk.services.pdca import PdcaField
from tests import prebuilt
from tests.cli_support import run_cli_watching_output
from tests.support import DEADLINE, fresh_database, office_with_year, staff

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def _start(session: Session, cast: dict[str, Actor], code: str) -> None:
    """Bring indicator *code* of 2567 to "in progress" (criteria and values editable)."""
    ind = lookup.find_indicator(session, lookup.find_year(session, 2567), code).id
    owner = cast["owner"]
    people.assign(session, cast["coordinator"], ind, owner_id=owner.person_id, deadline=DEADLINE)
    workflow.move_indicator(session, owner, ind, State.PLANNING)
    pdca.save_text(session, owner, ind, PdcaField.PLAN, "วางแผนแล้ว")
    workflow.move_indicator(session, owner, ind, State.IN_PROGRESS)


def _run_killed_at_first_output(args: list[str], env: dict[str, str] | None = None) -> str:
    """Run ``mk3desk ARGS``; SIGKILL it as soon as it prints anything; return what it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mk3desk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
    )
    assert process.stdout is not None
    first = process.stdout.read(1)  # blocks until the first byte
    process.send_signal(signal.SIGKILL)
    rest = process.stdout.read()
    process.wait(timeout=60)
    stderr = process.stderr.read().decode() if process.stderr else ""
    assert first, f"the command printed nothing: {stderr}"
    return (first + rest).decode(errors="replace")


Check = Callable[[Session], bool]


def _checked_at_first_output(
    database: Database, args: list[str], present: Check, env: dict[str, str] | None = None
) -> None:
    """Run ``mk3desk ARGS`` in this process; when it first writes to its output, *present*
    must hold on a connection of *database* (another connection than the command's)."""
    seen: list[bool] = []

    def look() -> None:
        with database.session() as session:
            seen.append(present(session))

    done = run_cli_watching_output(look, *args, **(env or {}))
    assert seen, f"{args[:2]} printed nothing: {done.stderr}"
    assert seen[0], f"{args[:2]} printed {done.stdout!r} before its write was committed"
    assert done.returncode == 0, done.stderr


def _outcome_code(path: Path) -> str:
    database = open_database(path)
    with database.session() as session:
        code = session.scalars(
            select(YearIndicator.code).where(YearIndicator.kind == "outcome").limit(1)
        ).one()
    database.close()
    return code


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office, its year and staff; 1.2 and an outcome indicator in progress. Made once
    for the module: the commands write, so each test works on a copy (``office``)."""
    database = fresh_database(tmp_path_factory.mktemp("cli-commits"))
    office_with_year(database)
    cast = staff(database)
    path = database.path
    assert path is not None
    with database.transaction() as session:
        _start(session, cast, "1.2")
        outcome = session.scalars(
            select(YearIndicator.code).where(YearIndicator.kind == "outcome").limit(1)
        ).one()
        _start(session, cast, outcome)
    database.close()
    return path


@pytest.fixture
def office(prepared: Path, tmp_path: Path) -> Path:
    return prebuilt.copy_database(prepared, tmp_path / prepared.name)


def _cases(path: Path) -> list[tuple[list[str], Check]]:
    db = ["--db", str(path)]
    outcome = _outcome_code(path)

    def indicator(session: Session, code: str) -> YearIndicator:
        return lookup.find_indicator(session, lookup.find_year(session, 2567), code)

    return [
        (
            ["group", "add", *db, "--name", "กลุ่มทดสอบการบันทึก"],
            lambda s: (
                s.scalars(select(Group).where(Group.name == "กลุ่มทดสอบการบันทึก")).first() is not None
            ),
        ),
        (
            ["person", "add", *db, "--name", "นายบันทึก ก่อนพิมพ์"],
            lambda s: (
                s.scalars(select(Person).where(Person.name == "นายบันทึก ก่อนพิมพ์")).first() is not None
            ),
        ),
        (
            ["assign", *db, "--year", "2567", "--indicator", "1.1", "--owner", "นายสมชาย รักงาน"],
            lambda s: (
                (a := indicator(s, "1.1").assignment) is not None
                and a.owner is not None
                and a.owner.name == "นายสมชาย รักงาน"
            ),
        ),
        (
            ["move", *db, "--year", "2567", "--indicator", "1.1", "--to", "planning"],
            lambda s: indicator(s, "1.1").state == "planning",
        ),
        (
            ["criterion", *db, "--year", "2567", "--indicator", "1.2", "--met", "B1"],
            lambda s: any(
                c.key == "B1" and c.result is not None and c.result.met
                for c in indicator(s, "1.2").criteria
            ),
        ),
        (
            ["outcome", *db, "--year", "2567", "--indicator", outcome, "--value", "88.5"],
            lambda s: any(str(v.value) == "88.5" for v in indicator(s, outcome).outcome_values),
        ),
        (
            ["year", "create", *db, "--year", "2568"],
            lambda s: (
                s.scalars(select(FiscalYear).where(FiscalYear.be_year == 2568)).first() is not None
            ),
        ),
    ]


def test_every_writing_command_has_committed_when_it_prints(office: Path) -> None:
    for args, present in _cases(office):
        printed = _run_killed_at_first_output(args)
        database = open_database(office)
        with database.session() as session:
            assert present(session), f"{args[:2]} printed {printed!r} but its write is missing"
        database.close()


def _one(session: Session, query: Any) -> Any:
    return session.scalars(query).first()


def _newer_cases(path: Path) -> list[tuple[Callable[[Session], list[str]], Check]]:
    """The writing commands added since: committees, knowledge, recognition, --from.

    Each case's arguments are made just before it runs (from what the earlier ones wrote)."""
    db = ["--db", str(path)]
    year = [*db, "--year", "2567"]
    folder = path.parent
    emblem = folder / "ตราครุฑ.png"
    Image.new("RGB", (40, 40), "white").save(emblem)
    committee = "คณะทำงานทดสอบการบันทึก"
    praised = "ผลงานดีเด่นทดสอบการบันทึก"

    def committee_id(session: Session) -> int:
        return int(_one(session, select(Committee.id).where(Committee.name == committee)))

    def recognition_id(session: Session) -> int:
        return int(_one(session, select(Recognition.id).where(Recognition.reason == praised)))

    return [
        (
            lambda s: [
                "committee",
                "add",
                *year,
                "--name",
                committee,
                "--number",
                "77",
                "--subject",
                "แต่งตั้งคณะทำงาน",
                "--chair",
                "นายประสาน งานไว",
            ],
            lambda s: _one(s, select(Committee).where(Committee.name == committee)) is not None,
        ),
        (
            lambda s: [
                "committee",
                "member",
                *year,
                "--committee",
                str(committee_id(s)),
                "--person",
                "นางวิไล ตรวจดี",
                "--role",
                "กรรมการและเลขานุการ",
            ],
            lambda s: any(
                m.committee_id == committee_id(s) and m.person.name == "นางวิไล ตรวจดี"
                for m in s.scalars(select(CommitteeMember))
            ),
        ),
        (
            lambda s: ["committee", "emblem", *db, str(emblem)],
            lambda s: (
                _one(
                    s,
                    select(OfficeSetting.value).where(OfficeSetting.key == EMBLEM_NAME_KEY),
                )
                == emblem.name
            ),
        ),
        (
            lambda s: [
                "knowledge",
                "add",
                *year,
                "--date",
                "8/11/2566",
                "--topic",
                "ประชุมทดสอบการบันทึก",
                "--attendee",
                "นางสาวสมศรี ใจดี",
            ],
            lambda s: (
                _one(
                    s, select(KnowledgeSession).where(KnowledgeSession.topic == "ประชุมทดสอบการบันทึก")
                )
                is not None
            ),
        ),
        (
            lambda s: [
                "certificate",
                "praise",
                *year,
                "--person",
                "นางสาวสมศรี ใจดี",
                "--reason",
                praised,
                "--date",
                "20/9/2567",
            ],
            lambda s: _one(s, select(Recognition).where(Recognition.reason == praised)) is not None,
        ),
        (
            lambda s: [
                "certificate",
                "issue",
                *year,
                "--recognition",
                str(recognition_id(s)),
                "--signer",
                "นายผู้ลงนาม ทดสอบ",
                "--position",
                "ผู้อำนวยการ",
                "--out",
                str(folder / "เกียรติบัตร.pdf"),
            ],
            lambda s: (
                _one(s, select(Certificate).where(Certificate.recognition_id == recognition_id(s)))
                is not None
            ),
        ),
        (
            lambda s: ["year", "create", *db, "--year", "2568", "--from", "2567"],
            lambda s: _one(s, select(FiscalYear).where(FiscalYear.be_year == 2568)) is not None,
        ),
    ]


def test_the_newer_writing_commands_have_committed_when_they_print(office: Path) -> None:
    database = open_database(office)
    try:
        for make_args, present in _newer_cases(office):
            with database.session() as session:
                args = make_args(session)
            _checked_at_first_output(database, args, present)
    finally:
        database.close()


def test_the_account_commands_have_committed_when_they_print(office: Path) -> None:
    """add, disable, enable and new-code as the coordinator; recover with the code."""
    database = open_database(office)
    with database.transaction() as session:
        coordinator = _one(session, select(Person).where(Person.name == "นายประสาน งานไว"))
        accounts.add_account(
            session, coordinator, "coordinator", "รหัสผ่านเดิม-1234", must_change=False
        )
        office_id = coordinator.office_id
        code = recovery.issue_code(session, Actor.system(), office_id)
    env = {"MK3DESK_PASSWORD": "รหัสผ่านเดิม-1234", "MK3DESK_NEW_PASSWORD": "ชั่วคราว-5678"}
    as_coordinator = ["--db", str(office), "--user", "coordinator"]

    def account(session: Session, name: str) -> Account | None:
        found: Account | None = _one(session, select(Account).where(Account.user_name == name))
        return found

    def code_hash(session: Session) -> str:
        key = OfficeSetting.key == recovery.SETTING_KEY
        return str(_one(session, select(OfficeSetting.value).where(key)))

    previous: dict[str, str] = {}  # the recovery code's hash just before a command
    cases: list[tuple[list[str], dict[str, str], Check]] = [
        (
            [
                "account",
                "add",
                *as_coordinator,
                "--person",
                "นางสาวสมศรี ใจดี",
                "--account",
                "somsri",
            ],
            env,
            lambda s: account(s, "somsri") is not None,
        ),
        (
            ["account", "disable", *as_coordinator, "--account", "somsri"],
            env,
            lambda s: (a := account(s, "somsri")) is not None and a.disabled,
        ),
        (
            ["account", "enable", *as_coordinator, "--account", "somsri"],
            env,
            lambda s: (a := account(s, "somsri")) is not None and not a.disabled,
        ),
        (
            ["account", "recover", "--db", str(office), "--user", "coordinator"],
            {"MK3DESK_RECOVERY_CODE": code, "MK3DESK_PASSWORD": "รหัสผ่านใหม่-9999"},
            lambda s: (
                (a := account(s, "coordinator")) is not None
                and accounts.verify_hash(a.password_hash, "รหัสผ่านใหม่-9999")
            ),
        ),
        (
            ["account", "new-code", *as_coordinator],
            {"MK3DESK_PASSWORD": "รหัสผ่านใหม่-9999"},
            lambda s: code_hash(s) not in ("", previous["code"]),
        ),
    ]
    try:
        for args, variables, present in cases:
            with database.session() as session:
                previous["code"] = code_hash(session)
                assert not present(session), f"{args[:2]}: already so before the command"
            _checked_at_first_output(database, args, present, variables)
    finally:
        database.close()


def test_office_create_has_committed_when_it_prints(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    name = "สำนักงานเขตพื้นที่การศึกษาทดสอบการบันทึก"
    _run_killed_at_first_output(["office", "create", "--db", str(path), "--name", name])
    database = open_database(path)
    with database.session() as session:
        assert session.scalars(select(Office).where(Office.name == name)).first() is not None
    database.close()


def test_a_command_waits_for_the_window_then_refuses_in_thai(office: Path) -> None:
    # The window's QLockFile as it writes it: pid, program, host — this live process.
    lock_path(office).write_text(f"{os.getpid()}\nmk3desk\n{socket.gethostname()}\n")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mk3desk", "group", "add", "--db", str(office), "--name", "x"],
            capture_output=True,
            text=True,
            env={**os.environ, "MK3DESK_LOCK_WAIT": "0.3"},  # that it waits, not how long
            timeout=120,
        )
    finally:
        lock_path(office).unlink()
    assert done.returncode == 2
    assert "กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr
    database = open_database(office)
    with database.session() as session:
        assert session.scalars(select(Group).where(Group.name == "x")).first() is None
    database.close()


def test_a_lock_left_by_a_dead_process_is_taken_over(office: Path) -> None:
    dead = subprocess.Popen(["true"])  # a process id nobody has any more
    dead.wait()
    lock_path(office).write_text(f"{dead.pid}\nmk3desk\n{socket.gethostname()}\n")
    done = subprocess.run(
        [sys.executable, "-m", "mk3desk", "group", "add", "--db", str(office), "--name", "หลังล่ม"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert not lock_path(office).exists()  # released after the write
