"""Excel imports of the office's data: round trips, filled templates, and every bad input.

Each refusal test checks the Thai message a clerk reads AND that the database is
byte-for-byte the same afterwards (a dump of every table before and after).
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import text

from mk3desk.db.engine import Database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.problems import ImportRefused
from mk3desk.services import excel, years
from mk3desk.services.context import Actor
from mk3desk.services.excel.kind import RECORD_SCOPES
from mk3desk.services.lookup import resolve_year
from tests import prebuilt


def office_year(database: Database, be_year: int) -> OfficeYear:
    """The office-year the window or ``--year`` would resolve (the demo has one office)."""
    with database.session() as session:
        return resolve_year(session, be_year)


YEAR = 2568  # the demo's current year: its indicators are in every PDCA state
TODAY = date(2025, 3, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demo office for one test."""
    database = prebuilt.demo_office(tmp_path / "office.sqlite3", TODAY)
    yield database
    database.close()


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what "the database is exactly as before" means."""
    assert database.path is not None
    connection = sqlite3.connect(database.path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
    finally:
        connection.close()


def refused(database: Database, kind: str, path: Path, **kwargs: Any) -> str:
    """Import *path*, expect a refusal, check nothing changed, return the messages."""
    before = dump(database)
    with pytest.raises(ImportRefused) as caught:
        excel.import_workbook(database, kind, office_year(database, YEAR), path, **kwargs)
    assert dump(database) == before
    assert caught.value.problems
    return "\n".join(str(p) for p in caught.value.problems)


def exported(database: Database, kind: str, folder: Path) -> Path:
    return excel.export(database, kind, office_year(database, YEAR), folder / f"{kind}.xlsx")


def edit(path: Path, sheet: str, changes: dict[str, Any]) -> Path:
    """Change cells of *sheet* (``{"C2": value}``) as a clerk would in Excel."""
    book = openpyxl.load_workbook(path)
    for ref, value in changes.items():
        book[sheet][ref] = value
    book.save(path)
    return path


def header_column(path: Path, sheet: str, header: str) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    for cell in next(book[sheet].iter_rows(min_row=1, max_row=1)):
        if isinstance(cell.value, str) and cell.value.rstrip(" *") == header:
            letter: str = cell.column_letter
            book.close()
            return letter
    raise AssertionError(header)


# -- round trips ---------------------------------------------------------------------


# A committee's or a session's sheet needs its record: tests/test_excel_records.py.
YEAR_AND_OFFICE_KINDS = tuple(
    k for k in excel.IMPORT_KINDS if excel.KINDS[k].scope not in RECORD_SCOPES
)


@pytest.mark.parametrize("kind", YEAR_AND_OFFICE_KINDS)
def test_export_then_import_changes_nothing(db: Database, tmp_path: Path, kind: str) -> None:
    # OBEC has not announced the current year yet; the demo's SWOT is of 2567.
    year = 2567 if kind in ("official", "swot") else YEAR
    path = excel.export(db, kind, office_year(db, year), tmp_path / f"{kind}.xlsx")
    before = dump(db)
    report = excel.import_workbook(db, kind, office_year(db, year), path)
    assert (report.added, report.changed, report.refused) == (0, 0, 0)
    assert report.unchanged > 0
    assert dump(db) == before


VALUES_SQL = text(
    "SELECT i.code, v.be_year, v.value, v.note FROM outcome_value v "
    "JOIN year_indicator i ON i.id = v.indicator_id "
    "JOIN fiscal_year y ON y.id = i.year_id WHERE y.be_year = :year ORDER BY 1, 2"
)


def values(database: Database) -> list[tuple[Any, ...]]:
    with database.session() as session:
        return [
            (code, be_year, Decimal(value), note)
            for code, be_year, value, note in session.execute(VALUES_SQL, {"year": YEAR})
        ]


def query(database: Database, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    with database.session() as session:
        return [tuple(r) for r in session.execute(text(sql), params)]


def drop_item(book: Any, code: str) -> None:
    """Delete an item and its criteria from a framework workbook."""
    for name in ("ตัวชี้วัด", "เกณฑ์"):
        sheet = book[name]
        for row in range(sheet.max_row, 1, -1):
            if sheet[f"A{row}"].value == code:
                sheet.delete_rows(row)


def test_exported_values_come_back_after_being_cleared(db: Database, tmp_path: Path) -> None:
    path = exported(db, "outcomes", tmp_path)
    before = values(db)
    with db.transaction() as session:
        # Clear the values of the indicators still open for work.
        session.execute(
            text(
                "DELETE FROM outcome_value WHERE indicator_id IN (SELECT id FROM year_indicator"
                " WHERE state IN ('not_started', 'planning', 'in_progress', 'returned'))"
            )
        )
    assert values(db) != before
    report = excel.import_workbook(db, "outcomes", office_year(db, YEAR), path)
    assert report.added > 0 and report.changed == 0
    assert values(db) == before


def test_filled_outcome_template_imports_the_values(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        path = excel.save_template(
            "outcomes", tmp_path / "values.xlsx", session, resolve_year(session, YEAR)
        )
    book = openpyxl.load_workbook(path)
    sheet = book["ค่าผลลัพธ์"]
    sheet.delete_rows(2)  # the grey example row
    # 7.2.2 is not started: it may take values; 7.3.1 is planning.
    sheet.append(["7.2.2", None, 2568, 4.25, "ระบบ e-MES"])
    sheet.append(["7.3.1", None, 2566, "๘๕.๕", None])  # Thai digits typed in text
    book.save(path)
    report = excel.import_workbook(db, "outcomes", office_year(db, YEAR), path)
    assert report.added + report.changed == 2
    found = {(code, be_year): (value, note) for code, be_year, value, note in values(db)}
    assert found[("7.2.2", 2568)] == (Decimal("4.25"), "ระบบ e-MES")
    assert found[("7.3.1", 2566)] == (Decimal("85.5"), "")


def test_filled_people_template_adds_group_and_person(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        path = excel.save_template("people", tmp_path / "people.xlsx", session)
    book = openpyxl.load_workbook(path)
    book["กลุ่มงาน"].delete_rows(2)
    book["กลุ่มงาน"].append(["  กลุ่มงานทดลอง\u200b "])
    people = book["บุคลากร"]
    people.delete_rows(2)
    people.append(["นายทดสอบ นำเข้า", "=SUM(A1)", "กลุ่มงานทดลอง", "ใช่", "ใช่", None, None, None])
    people["B2"].data_type = "s"
    book.save(path)
    report = excel.import_workbook(db, "people", office_year(db, YEAR), path)
    assert report.added == 2
    assert query(db, "SELECT 1 FROM office_group WHERE name = 'กลุ่มงานทดลอง'")  # no U+200B
    [(position, roles, group)] = query(
        db,
        "SELECT p.position, p.roles, g.name FROM person p JOIN office_group g"
        " ON g.id = p.group_id WHERE p.name = 'นายทดสอบ นำเข้า'",
    )
    assert (position, roles, group) == ("=SUM(A1)", "reviewer,staff", "กลุ่มงานทดลอง")


def test_dry_run_counts_but_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = excel.export(db, "official", office_year(db, 2567), tmp_path / "official.xlsx")
    edit(path, "คะแนนรายหมวด", {"B2": 3.5})
    before = dump(db)
    report = excel.import_workbook(db, "official", office_year(db, 2567), path, dry_run=True)
    assert report.changed == 1
    assert dump(db) == before
    report = excel.import_workbook(db, "official", office_year(db, 2567), path)
    assert report.changed == 1
    assert dump(db) != before


# -- the framework: replace while no work, update in place after -----------------------


def test_framework_update_in_place_changes_thresholds(db: Database, tmp_path: Path) -> None:
    path = exported(db, "framework", tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["ตัวชี้วัด"]
    letter = header_column(path, "ตัวชี้วัด", "เกณฑ์ระดับ 5")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "7.3.1")
    sheet[f"{letter}{row}"] = 101
    book.save(path)
    report = excel.import_workbook(db, "framework", office_year(db, YEAR), path)
    assert report.changed == 1
    [(t5,)] = query(
        db,
        "SELECT i.t5 FROM year_indicator i JOIN fiscal_year y ON y.id = i.year_id"
        " WHERE y.be_year = :year AND i.code = '7.3.1'",
        year=YEAR,
    )
    assert Decimal(t5) == 101


def test_framework_structure_change_refused_once_work_is_recorded(
    db: Database, tmp_path: Path
) -> None:
    path = exported(db, "framework", tmp_path)
    book = openpyxl.load_workbook(path)
    drop_item(book, "1.1")
    book.save(path)
    message = refused(db, "framework", path)
    assert "ปีนี้มีการบันทึกผลงานแล้ว" in message and "ลบรายการ 1.1" in message


def test_framework_replaced_while_no_work_is_recorded(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        years.create_year(session, Actor.system(), be_year=2569)
    path = excel.export(db, "framework", office_year(db, 2569), tmp_path / "fw.xlsx")
    book = openpyxl.load_workbook(path)
    drop_item(book, "1.1")
    book.save(path)
    excel.import_workbook(db, "framework", office_year(db, 2569), path)
    codes = query(
        db,
        "SELECT i.code FROM year_indicator i JOIN fiscal_year y ON y.id = i.year_id"
        " WHERE y.be_year = 2569",
    )
    assert ("1.1",) not in codes and ("1.2",) in codes
    # The item's criteria went with it; no orphan rows stay behind.
    assert not query(
        db, "SELECT 1 FROM year_criterion WHERE indicator_id NOT IN (SELECT id FROM year_indicator)"
    )


def test_framework_thresholds_out_of_order_are_refused(db: Database, tmp_path: Path) -> None:
    path = exported(db, "framework", tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["ตัวชี้วัด"]
    letter = header_column(path, "ตัวชี้วัด", "เกณฑ์ระดับ 2")
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "7.3.1")
    sheet[f"{letter}{row}"] = 1000
    book.save(path)
    message = refused(db, "framework", path)
    assert "7.3.1" in message and "ไม่เรียงลำดับ" in message and "แถว" in message


# -- bad input -----------------------------------------------------------------------


def test_wrong_template_kind(db: Database, tmp_path: Path) -> None:
    path = exported(db, "people", tmp_path)
    assert "ไม่ใช่แม่แบบที่ใช้นำเข้าข้อมูลนี้" in refused(db, "outcomes", path)


def test_renamed_column(db: Database, tmp_path: Path) -> None:
    path = edit(exported(db, "outcomes", tmp_path), "ค่าผลลัพธ์", {"D1": "ผลงาน"})
    assert "ไม่พบคอลัมน์ «ค่าที่ได้»" in refused(db, "outcomes", path)


def test_merged_cells(db: Database, tmp_path: Path) -> None:
    path = exported(db, "outcomes", tmp_path)
    book = openpyxl.load_workbook(path)
    book["ค่าผลลัพธ์"].merge_cells("A2:A4")
    book.save(path)
    assert "ถูกผสาน (Merge)" in refused(db, "outcomes", path)


def test_empty_sheet(db: Database, tmp_path: Path) -> None:
    path = excel.save_template("outcomes", tmp_path / "empty.xlsx")
    assert "ไม่มีข้อมูลใต้แถวหัวตาราง" in refused(db, "outcomes", path)


def test_text_in_a_number_cell(db: Database, tmp_path: Path) -> None:
    path = edit(exported(db, "outcomes", tmp_path), "ค่าผลลัพธ์", {"D2": "แปดสิบ"})
    message = refused(db, "outcomes", path)
    assert "แถว 2" in message and "ต้องเป็นตัวเลข" in message and "แปดสิบ" in message


def test_unknown_indicator_code_and_unknown_person_all_reported(
    db: Database, tmp_path: Path
) -> None:
    path = edit(
        exported(db, "assignments", tmp_path), "ผู้รับผิดชอบ", {"A2": "9.9", "C3": "นายไม่มี ตัวตน"}
    )
    message = refused(db, "assignments", path)
    assert "ไม่พบตัวชี้วัดรหัส “9.9”" in message
    assert "ไม่พบบุคลากรชื่อ “นายไม่มี ตัวตน”" in message


def test_duplicate_rows(db: Database, tmp_path: Path) -> None:
    path = exported(db, "outcomes", tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["ค่าผลลัพธ์"]
    sheet.append([cell.value for cell in sheet[2]])
    book.save(path)
    assert "ข้อมูลซ้ำกับแถว 2" in refused(db, "outcomes", path)


def test_change_on_a_locked_indicator_is_a_problem_not_a_skip(db: Database, tmp_path: Path) -> None:
    path = exported(db, "outcomes", tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book["ค่าผลลัพธ์"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "7.2.1")
    sheet[f"D{row}"] = 1.23  # 7.2.1 is reflected (closed) in the demo
    book.save(path)
    message = refused(db, "outcomes", path)
    assert "7.2.1 ปิดระบบแล้ว" in message and f"แถว {row}" in message


def test_year_outside_the_three_allowed(db: Database, tmp_path: Path) -> None:
    path = edit(exported(db, "outcomes", tmp_path), "ค่าผลลัพธ์", {"C2": 2560})
    assert "บันทึกค่าได้เฉพาะปี 2566–2568" in refused(db, "outcomes", path)


def test_official_score_above_five(db: Database, tmp_path: Path) -> None:
    path = edit(exported(db, "official", tmp_path), "คะแนนรายหมวด", {"B3": 7})
    assert "ต้องอยู่ระหว่าง 0 ถึง 5" in refused(db, "official", path)


def test_file_over_the_size_limit(db: Database, tmp_path: Path) -> None:
    path = exported(db, "outcomes", tmp_path)
    assert "เกินกว่าที่รับได้" in refused(db, "outcomes", path, max_bytes=1000)


def test_zip_bomb(db: Database, tmp_path: Path) -> None:
    good = exported(db, "outcomes", tmp_path)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item.filename))
        out.writestr("xl/media/image1.bin", bytes(8 << 20))
    assert bomb.stat().st_size < 200_000
    assert "ขยายตัว" in refused(db, "outcomes", bomb)
