"""`mk3desk template|import|export`: what a coordinator sees on the command line."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mk3desk.cli import run
from mk3desk.db.migrate import open_database
from tests import prebuilt

AS = ("--user", "coordinator")


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing commands on the demo act as its coordinator (README: the demo's accounts)."""
    monkeypatch.setenv("MK3DESK_PASSWORD", "demo1234")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return prebuilt.demo_office_file(tmp_path / "office.sqlite3", date(2025, 3, 1))


def table(db: Path, name: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
    finally:
        connection.close()


def table_values(db: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_template_without_a_database_has_instructions_and_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "กรอบ.xlsx"
    assert run(["template", "framework", "--out", str(out)]) == 0
    assert "บันทึกแม่แบบ" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:5] == ["คำแนะนำ", "หมวด", "ตัวชี้วัด", "เกณฑ์", "ระดับผลการประเมิน"]
    lists = [dv.formula1 for dv in book["ตัวชี้วัด"].data_validations.dataValidation]
    assert any("ค่ายิ่งมากยิ่งดี" in f for f in lists)


def test_template_with_a_database_lists_the_offices_people(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "assign.xlsx"
    assert (
        run(["template", "assignments", "--out", str(out), "--db", str(db), "--year", "2568"]) == 0
    )
    book = openpyxl.load_workbook(out)
    listed = {c.value for row in book["_lists"].iter_rows() for c in row if c.value}
    inline = " ".join(dv.formula1 for dv in book["ผู้รับผิดชอบ"].data_validations.dataValidation)
    people = {name for (name,) in table_values(db, "SELECT name FROM person WHERE active")}
    assert people <= listed
    assert "7.1.1" in listed or "7.1.1" in inline


def test_import_prints_every_problem_and_exits_2_with_nothing_written(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "values.xlsx"
    assert run(["export", "outcomes", "--db", str(db), "--year", "2568", "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    sheet = book["ค่าผลลัพธ์"]
    sheet["A2"] = "9.9.9"
    sheet["D3"] = "ไม่ทราบ"
    book.save(out)
    before = table(db, "outcome_value")
    capsys.readouterr()
    code = run(["import", "outcomes", "--db", str(db), "--year", "2568", "--file", str(out), *AS])
    assert code == 2
    err = capsys.readouterr().err
    assert "พบปัญหา 2 รายการ" in err
    assert "แผ่นงาน «ค่าผลลัพธ์» แถว 2" in err and "9.9.9" in err
    assert "แถว 3 คอลัมน์ D (ค่าที่ได้)" in err and "ต้องเป็นตัวเลข" in err
    assert table(db, "outcome_value") == before


def test_import_success_and_dry_run_print_the_summary(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "people.xlsx"
    assert run(["export", "people", "--db", str(db), "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    book["บุคลากร"].append(["นางใหม่ มาทำงาน", "ครู", None, "ใช่"])
    book.save(out)
    before = table(db, "person")
    capsys.readouterr()
    assert run(["import", "people", "--db", str(db), "--file", str(out), "--dry-run"]) == 0
    assert "ยังไม่ได้บันทึก" in capsys.readouterr().out and table(db, "person") == before
    assert run(["import", "people", "--db", str(db), "--file", str(out), *AS]) == 0
    assert "เพิ่ม 1 รายการ" in capsys.readouterr().out
    assert len(table(db, "person")) == len(before) + 1


def test_export_reports(db: Path, tmp_path: Path) -> None:
    for kind in ("scores", "progress", "evidence"):
        out = tmp_path / f"{kind}.xlsx"
        assert run(["export", kind, "--db", str(db), "--year", "2567", "--out", str(out)]) == 0
    scores = openpyxl.load_workbook(tmp_path / "scores.xlsx")
    sheet = scores["คะแนนรายหมวด"]
    assert sheet.freeze_panes == "A2"
    assert sheet["D2"].number_format == "0.00000"
    total = scores["คะแนนรวม"]
    assert total["C2"].value == pytest.approx(4.74511)  # the published total of the demo
    progress = openpyxl.load_workbook(tmp_path / "progress.xlsx")["ความก้าวหน้า"]
    headers = [c.value for c in progress[1]]
    assert headers[:5] == ["รหัส", "ประเด็น / ตัวชี้วัด", "ผู้รับผิดชอบหลัก", "ผู้รับผิดชอบสำรอง", "สถานะ"]
    evidence = openpyxl.load_workbook(tmp_path / "evidence.xlsx")["ดัชนีหลักฐาน"]
    assert evidence.max_row > 1


def test_year_kind_without_year_is_refused_in_thai(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["export", "outcomes", "--db", str(db), "--out", str(tmp_path / "x.xlsx")])
    assert code == 2
    assert "กรุณาระบุปี" in capsys.readouterr().err


def test_a_second_office_is_chosen_with_office_never_guessed(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mk3desk.services import people, years
    from mk3desk.services.context import Actor

    database = open_database(db)
    try:
        with database.transaction() as session:
            actor = Actor.system()
            other = years.create_office(
                session, actor, name="สำนักงานทดสอบที่สอง", short_name="ทดสอบ2"
            )
            years.create_year(session, actor, be_year=2568, office_id=other.id)
            people.add_person(session, actor, name="นายสอง สำนักงานใหม่", office_id=other.id)
    finally:
        database.close()
    out = tmp_path / "people.xlsx"
    assert run(["export", "people", "--db", str(db), "--out", str(out)]) == 2
    assert "--office" in capsys.readouterr().err
    assert not out.exists()
    assert run(["export", "people", "--db", str(db), "--office", "ทดสอบ2", "--out", str(out)]) == 0
    names = [row[0] for row in openpyxl.load_workbook(out)["บุคลากร"].iter_rows(values_only=True)]
    assert "นายสอง สำนักงานใหม่" in names
    values = tmp_path / "values.xlsx"
    args = ["export", "assignments", "--db", str(db), "--year", "2568", "--out", str(values)]
    assert run(args) == 2
    assert run([*args, "--office", "ทดสอบ2"]) == 0
    codes = [r[0] for r in openpyxl.load_workbook(values)["ผู้รับผิดชอบ"].iter_rows(values_only=True)]
    assert len(codes) > 1
