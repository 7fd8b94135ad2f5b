"""The command line: Thai output, exit codes, and nothing written when a command is refused.

Each test reads what a coordinator would read (stdout, stderr, the exit code, the database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mk3desk.cli import run
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.migrate import open_database
from mk3desk.db.models import AuditEntry, EvidenceFile
from tests import prebuilt


def audit_count(db: Path) -> int:
    database = open_database(db)
    with database.session() as session:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    database.close()
    return count


# The demo's accounts (README): writing commands on it act as someone.
AS_COORDINATOR = ["--user", "coordinator"]
AS_KEYMAN = ["--user", "keyman"]
MOVE_1_1 = ["move", "--indicator", "1.1", "--db"]
OFFICIAL = ["official", "--db"]


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MK3DESK_PASSWORD", "demo1234")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo office the `demo` command made (once per run: tests/prebuilt.py)."""
    return prebuilt.demo_office_file(tmp_path_factory.mktemp("cli") / "demo.sqlite3")


def test_demo_says_where_it_made_the_office_and_how_to_sign_in(demo_db: Path) -> None:
    printed = prebuilt.demo_command_output()
    assert "สร้างข้อมูลตัวอย่างแล้วใน" in printed and "demo.sqlite3" in printed
    assert "รหัสผ่าน demo1234 ทุกบัญชี" in printed and "coordinator" in printed


def test_demo_says_it_is_working_and_how_far_it_is(demo_db: Path) -> None:
    told = prebuilt.demo_command_progress()  # its standard error was a terminal
    assert told.startswith("กำลังสร้างข้อมูลตัวอย่าง (สามปีงบประมาณ) อาจใช้เวลาสักครู่…\n")
    shown = [int(part.strip().rstrip("%")) for part in told.split("\r")[1:]]
    assert len(shown) >= 20 and shown == sorted(shown) and shown[-1] == 100, shown
    assert told.endswith("100%\n")  # the next line starts on a line of its own


def test_score_prints_computed_and_official_side_by_side(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["score", "--db", str(demo_db), "--year", "2567"]) == 0
    out = capsys.readouterr().out
    assert "4.93665" in out and "4.74511" in out
    assert "ลำดับที่ 38" in out
    assert "-0.19154" in out


def test_score_json_has_exact_decimal_strings(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["score", "--db", str(demo_db), "--year", "2567", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["computed"] for c in data["categories"]] == [
        "5.00000",
        "4.75000",
        "5.00000",
        "5.00000",
        "5.00000",
        "5.00000",
        "4.80653",
    ]
    assert data["official"]["total"] == "4.74511"
    assert data["reconciliation"]["unexplained"] == "-0.19154"


def test_unknown_year_is_refused_in_thai_with_exit_2(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["score", "--db", str(demo_db), "--year", "2599"]) == 2
    err = capsys.readouterr().err
    assert "ไม่พบปีงบประมาณ 2599" in err and "2567" in err


def test_a_move_the_workflow_forbids_writes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = audit_count(demo_db)
    code = run([*MOVE_1_1, str(demo_db), "--year", "2567", "--to", "submitted", *AS_KEYMAN])
    assert code == 2
    assert "ไม่ได้ตามขั้นตอน PDCA" in capsys.readouterr().err
    assert audit_count(demo_db) == before


def test_a_bad_official_score_is_refused_and_nothing_is_written(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = audit_count(demo_db)
    code = run(
        [
            *OFFICIAL,
            str(demo_db),
            "--year",
            "2567",
            "--total",
            "7.5",
            "--category",
            "1=5",
            *AS_COORDINATOR,
        ]
    )
    assert code == 2
    assert "ระหว่าง 0 ถึง 5" in capsys.readouterr().err
    assert audit_count(demo_db) == before


def test_check_reports_a_missing_evidence_file_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A private copy of the demo office: this test deletes one of its evidence files.
    db = prebuilt.demo_office_file(tmp_path / "demo.sqlite3")
    assert run(["check", "--db", str(db)]) == 0
    database = open_database(db)
    with database.session() as session:
        sha, name = session.execute(select(EvidenceFile.sha256, EvidenceFile.file_name)).first()  # type: ignore[misc]
    EvidenceStore(database.evidence_dir).path_for(sha).unlink()
    database.close()
    capsys.readouterr()
    assert run(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"ไม่พบไฟล์หลักฐาน “{name}”" in out and "พบปัญหา" in out


def test_a_new_office_can_be_set_up_and_worked_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "office.sqlite3")
    name = "นางสาวสมศรี ใจดี"
    steps = [
        ["office", "create", "--db", db, "--name", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1"],
        ["year", "create", "--db", db, "--year", "2568"],
        ["person", "add", "--db", db, "--name", name, "--group", "กลุ่มนโยบายและแผน"],
        [
            "assign",
            "--db",
            db,
            "--year",
            "2568",
            "--indicator",
            "2.1",
            "--owner",
            name,
            "--deadline",
            "30/6/2568",
        ],
        [
            "criterion",
            "--db",
            db,
            "--year",
            "2568",
            "--indicator",
            "2.1",
            "--met",
            "B1,B2,B3,B4",
            "--narrative",
            "ดำเนินการครบ",
        ],
        ["outcome", "--db", db, "--year", "2568", "--indicator", "7.2.1", "--value", "๘๘.๕"],
        ["move", "--db", db, "--year", "2568", "--indicator", "2.1", "--to", "planning"],
    ]
    for argv in steps:
        assert run(argv) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert run(["indicators", "--db", db, "--year", "2568", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["2.1"]["owner"] == name and rows["2.1"]["state"] == "planning"
    assert rows["2.1"]["deadline"] == "2025-06-30"
    assert run(["score", "--db", db, "--year", "2568", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # 2.1 has all Basic criteria met: 300 points of 4 items -> หมวด 2 = 0.75000
    assert data["categories"][1]["computed"] == "0.75000"


def test_a_move_the_rights_refuse_is_thai_exit_2_and_writes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reopening a reflected indicator is the coordinator's: not the viewer's, nor a Key Man's."""
    before = audit_count(demo_db)
    move = ["move", "--db", str(demo_db), "--year", "2567", "--indicator", "1.1"]
    reopen = [*move, "--to", "in_progress", "--comment", "เปิดใหม่"]
    assert run([*reopen, "--user", "viewer"]) == 2
    assert "ดูข้อมูลได้อย่างเดียว" in capsys.readouterr().err
    assert run([*reopen, "--user", "keyman"]) == 2
    assert "ไม่มีสิทธิ์เปิดระบบอีกครั้ง" in capsys.readouterr().err
    assert audit_count(demo_db) == before
