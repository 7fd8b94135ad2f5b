"""The CLI says "done" only after the commit, and honours the window's lock.

Each writing command runs as a real process and is killed (SIGKILL) the moment its
first byte of output appears: what it reported must already be in the database.
Before, 95 of 100 such reported writes were missing.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.migrate import open_database
from mk3desk.db.models import FiscalYear, Group, Office, Person, YearIndicator
from mk3desk.db.writer_lock import lock_path
from mk3desk.domain.workflow import State
from mk3desk.services import lookup, pdca, people, workflow
from mk3desk.services.context import Actor
from mk3desk.services.pdca import PdcaField
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


def _run_killed_at_first_output(args: list[str]) -> str:
    """Run ``mk3desk ARGS``; SIGKILL it as soon as it prints anything; return what it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mk3desk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
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


def _outcome_code(path: Path) -> str:
    database = open_database(path)
    with database.session() as session:
        code = session.scalars(
            select(YearIndicator.code).where(YearIndicator.kind == "outcome").limit(1)
        ).one()
    database.close()
    return code


@pytest.fixture
def office(tmp_path: Path) -> Path:
    database = fresh_database(tmp_path)
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
            env={**os.environ, "MK3DESK_LOCK_WAIT": "1"},
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
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path(office).write_text(f"{dead.stdout.strip()}\nmk3desk\n{socket.gethostname()}\n")
    done = subprocess.run(
        [sys.executable, "-m", "mk3desk", "group", "add", "--db", str(office), "--name", "หลังล่ม"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert not lock_path(office).exists()  # released after the write
