"""`mk3desk swot show|set` and the record sheets from the command line, on the demo office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mk3desk.db.migrate import open_database
from mk3desk.domain.swot import Swot
from mk3desk.services.lookup import resolve_year
from mk3desk.services.swot import load_swot
from tests import prebuilt
from tests.cli_support import run_cli

TODAY = date(2025, 3, 1)  # one prebuilt demo with the Excel and GUI tests
PASSWORD = {"MK3DESK_PASSWORD": "demo1234"}


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(prebuilt.demo_office_file(tmp_path / "office.sqlite3", TODAY))


def stored(db: str) -> Swot:
    database = open_database(db)
    try:
        with database.session() as session:
            return load_swot(session, resolve_year(session, 2567)).swot
    finally:
        database.close()


def test_swot_show_prints_the_four_lists_in_thai(db: str) -> None:
    shown = run_cli("swot", "show", "--db", db, "--year", "2567")
    assert shown.returncode == 0, shown.stderr
    swot = stored(db)
    for heading in ("จุดแข็ง (Strengths):", "จุดอ่อน (Weaknesses):", "โอกาส (Opportunities):"):
        assert heading in shown.stdout
    assert f"- {swot.strengths[0]}" in shown.stdout and f"- {swot.threats[-1]}" in shown.stdout
    assert "วันที่วิเคราะห์: ๒๐ ตุลาคม ๒๕๖๖" in shown.stdout
    empty = run_cli("swot", "show", "--db", db, "--year", "2566")
    assert empty.returncode == 0 and "ยังไม่มีการวิเคราะห์ SWOT" in empty.stdout


def test_swot_set_by_options_replaces_only_the_lists_given(db: str) -> None:
    before = stored(db)
    done = run_cli(
        "swot", "set", "--db", db, "--year", "2567", "--user", "coordinator",
        "--threat", "ภัยแล้ง", "--threat", "- งบประมาณลดลง", "--date", "5/11/2566",
        **PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "บันทึกการวิเคราะห์ SWOT ปีงบประมาณ 2567 แล้ว" in done.stdout and "อุปสรรค 2" in done.stdout
    after = stored(db)
    assert after.threats == ("ภัยแล้ง", "งบประมาณลดลง")
    assert after.strengths == before.strengths and after.participants == before.participants
    assert after.held_on == date(2023, 11, 5)


def test_swot_set_is_refused_without_the_right_or_with_a_bad_item(db: str) -> None:
    before = stored(db)
    keyman = run_cli(
        "swot", "set", "--db", db, "--year", "2567", "--user", "keyman", "--threat", "ภัยแล้ง",
        **PASSWORD,
    )  # fmt: skip
    assert keyman.returncode == 2 and "ไม่มีสิทธิ์" in keyman.stderr and not keyman.stdout
    for bad, message in (("", "ต้องไม่เป็นข้อความว่าง"), ("ก" * 501, "ยาว 501 ตัวอักษร")):
        refused = run_cli(
            "swot", "set", "--db", db, "--year", "2567", "--user", "coordinator",
            "--strength", "ดี", "--strength", bad, **PASSWORD,
        )  # fmt: skip
        assert refused.returncode == 2 and message in refused.stderr
        assert not refused.stdout  # nothing said saved
    assert stored(db) == before


def test_swot_show_then_set_from_the_file_round_trips(db: str, tmp_path: Path) -> None:
    shown = run_cli("swot", "show", "--db", db, "--year", "2567")
    text = shown.stdout.replace("จุดอ่อน (Weaknesses):", "จุดอ่อน:\n- ระบบสารสนเทศล่าช้า")
    path = tmp_path / "swot.txt"
    path.write_text(text, encoding="utf-8")
    before = stored(db)
    done = run_cli(
        "swot", "set", "--db", db, "--year", "2567", "--user", "coordinator", "--file", path,
        **PASSWORD,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = stored(db)
    assert after.weaknesses == ("ระบบสารสนเทศล่าช้า", *before.weaknesses)
    assert (after.strengths, after.participants, after.held_on) == (
        before.strengths,
        before.participants,
        before.held_on,
    )
    path.write_text("ข้อความที่ไม่มีหัวข้อ\n", encoding="utf-8")
    refused = run_cli(
        "swot", "set", "--db", db, "--year", "2567", "--user", "coordinator", "--file", path,
        **PASSWORD,
    )  # fmt: skip
    assert refused.returncode == 2 and "ไม่อยู่ใต้หัวข้อใด" in refused.stderr
    assert stored(db) == after


def test_record_sheets_from_the_cli(db: str, tmp_path: Path) -> None:
    listed = run_cli("committee", "list", "--db", db, "--year", "2567")
    committee_id = listed.stdout.split("]")[0].lstrip("[")
    out = tmp_path / "members.xlsx"
    exported = run_cli(
        "export", "committee-members", "--db", db, "--year", "2567",
        "--committee", committee_id, "--out", out,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert "รายชื่อกรรมการและหน้าที่ของคณะกรรมการ" in exported.stdout
    book = openpyxl.load_workbook(out)
    book["กรรมการ"].append(["นายไม่มี ตัวตน", None, None, "กรรมการ"])
    book.save(out)
    imported = run_cli(
        "import", "committee-members", "--db", db, "--year", "2567", "--committee", committee_id,
        "--file", out, "--user", "coordinator", **PASSWORD,
    )  # fmt: skip
    assert imported.returncode == 2 and "ไม่พบบุคลากรชื่อ “นายไม่มี ตัวตน”" in imported.stderr
    no_session = run_cli(
        "export", "attendance", "--db", db, "--year", "2567", "--out", tmp_path / "a.xlsx"
    )
    assert no_session.returncode == 2 and "กรุณาเลือกการประชุม" in no_session.stderr
    attendance = tmp_path / "a.xlsx"
    assert (
        run_cli(
            "export",
            "attendance",
            "--db",
            db,
            "--year",
            "2567",
            "--session",
            "1",
            "--out",
            attendance,
        ).returncode
        == 0
    )
    book = openpyxl.load_workbook(attendance)
    book["ผู้เข้าร่วม"]["C2"] = "ลา"
    book.save(attendance)
    imported = run_cli(
        "import", "attendance", "--db", db, "--year", "2567", "--session", "1",
        "--file", attendance, "--user", "coordinator", **PASSWORD,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert "แก้ไข 1" in imported.stdout
    register = tmp_path / "r.xlsx"
    assert (
        run_cli(
            "export", "certificates", "--db", db, "--year", "2567", "--out", register
        ).returncode
        == 0
    )
    assert openpyxl.load_workbook(register)["ทะเบียนเกียรติบัตร"]["A2"].value == "1/2567"


def test_the_swot_text_reads_back_what_it_prints() -> None:
    from mk3desk.domain.swot_text import parse_swot_text, swot_text

    swot = Swot(
        ("ผู้บริหารให้ความสำคัญ", "ทีมงาน: เข้มแข็ง"),  # a colon inside an item is not a heading
        (),
        ("นโยบาย สพฐ. ชัดเจน",),
        ("งบประมาณลดลง",),
        ("กลุ่มนโยบายและแผน",),
        date(2023, 11, 20),
    )
    assert parse_swot_text(swot_text(swot, "หัวเรื่อง")) == swot
    typed = "จุดแข็ง:\n1. ครูเข้มแข็ง\nอุปสรรค:\n• ภัยแล้ง\nวันที่วิเคราะห์: 20/11/2566\n"
    parsed = parse_swot_text(typed)
    assert (parsed.strengths, parsed.threats, parsed.held_on) == (
        ("ครูเข้มแข็ง",),
        ("ภัยแล้ง",),
        date(2023, 11, 20),
    )
