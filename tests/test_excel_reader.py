"""Reading a filled template: what a clerk gets back and every problem they are told about."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.problems import ImportRefused, ImportReport, Problem, ProblemList
from mk3desk.excel.reader import ROW_KEY, read_sheet, read_workbook
from mk3desk.excel.safety import open_workbook_safely
from mk3desk.excel.writer import write_template

GROUPS = ["กลุ่มอำนวยการ", "กลุ่มนโยบายและแผน", "กลุ่มส่งเสริมการจัดการศึกษา"]
PEOPLE = SheetSpec(
    "บุคลากร",
    (
        Column("code", "รหัสบุคลากร", required=True, example="P001"),
        Column("name", "ชื่อ-สกุล", required=True, example="นางสาวตัวอย่าง ใจดี"),
        Column("group", "กลุ่มงาน", ColumnKind.CHOICE, choices=GROUPS, example=GROUPS[0]),
        Column("score", "คะแนน", ColumnKind.DECIMAL, number_format="0.00000"),
        Column("count", "จำนวนงาน", ColumnKind.INTEGER),
        Column("start", "วันที่เริ่ม", ColumnKind.DATE),
        Column("active", "ปฏิบัติงานอยู่", ColumnKind.BOOL),
    ),
    key_columns=("code",),
)
KEYS = [c.key for c in PEOPLE.columns]


def _template(tmp_path: Path, name: str = "แม่แบบ.xlsx") -> Path:
    path = tmp_path / name
    write_template(path, [PEOPLE], title_th="แม่แบบนำเข้าบุคลากร", kind_marker="people")
    return path


def _fill(path: Path, rows: list[list[Any]], edit: Callable[[Any], None] | None = None) -> Path:
    """Type rows below the example row, as a clerk would in Excel."""
    book = openpyxl.load_workbook(path)
    sheet = book["บุคลากร"]
    for row in rows:
        sheet.append(row)
    if edit is not None:
        edit(sheet)
    book.save(path)
    return path


def _read(path: Path, spec: SheetSpec = PEOPLE) -> tuple[list[dict[str, Any]], list[Problem]]:
    with open_workbook_safely(path) as book:
        rows, problems = read_sheet(book, spec)
    return rows, list(problems)


def _values(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != ROW_KEY} for row in rows]


def test_filled_template_reads_back_exactly(tmp_path: Path) -> None:
    path = _fill(
        _template(tmp_path),
        [
            ["P002", "  นายสมชาย\u200b รักดี ", GROUPS[1], 4.74511, 3, "26/7/2566", "ใช่"],
            ["P003", "นางสมศรี มีสุข", None, "๑,๒๓๔.๕", "๑๒", "1 ต.ค. 2567", "ไม่ใช่"],
        ],
    )
    rows, problems = _read(path)
    assert problems == []
    assert _values(rows) == [
        {
            "code": "P002",
            "name": "นายสมชาย รักดี",
            "group": GROUPS[1],
            "score": Decimal("4.74511"),
            "count": 3,
            "start": date(2023, 7, 26),
            "active": True,
        },
        {
            "code": "P003",
            "name": "นางสมศรี มีสุข",
            "group": None,
            "score": Decimal("1234.5"),
            "count": 12,
            "start": date(2024, 10, 1),
            "active": False,
        },
    ]
    assert [row[ROW_KEY] for row in rows] == [3, 4]  # row 2 is the example


def test_untouched_example_row_is_never_imported_but_an_edited_one_is(tmp_path: Path) -> None:
    path = _template(tmp_path)
    rows, problems = _read(path)
    assert rows == []
    assert len(problems) == 1 and "ไม่มีข้อมูล" in problems[0].message  # only the example

    def type_over_example(sheet: Any) -> None:
        sheet["B2"] = "นายจริง ไม่ใช่ตัวอย่าง"

    _fill(path, [], type_over_example)
    rows, problems = _read(path)
    assert problems == []
    assert [(r["code"], r["name"]) for r in rows] == [("P001", "นายจริง ไม่ใช่ตัวอย่าง")]


def test_reordered_and_extra_columns_and_a_title_row_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "ทำเอง.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "บุคลากร"
    sheet.append(["รายชื่อบุคลากร ปีงบประมาณ 2567"])
    sheet.merge_cells("A1:D1")  # a merged title above the header is fine
    sheet.append(["หมายเหตุ", "ชื่อ-สกุล", "รหัสบุคลากร *", "กลุ่มงาน"])
    sheet.append(["ย้ายมาใหม่", "นายหนึ่ง", "P010", GROUPS[2]])
    sheet.append(["โน้ตอย่างเดียวไม่ใช่ข้อมูล", None, None, None])
    book.save(path)
    rows, problems = _read(path)
    assert problems == []
    assert _values(rows) == [
        {
            "code": "P010",
            "name": "นายหนึ่ง",
            "group": GROUPS[2],
            "score": None,
            "count": None,
            "start": None,
            "active": None,
        }
    ]
    assert rows[0][ROW_KEY] == 3


def test_rows_of_spaces_are_skipped_but_a_lone_thai_mark_is_reported(tmp_path: Path) -> None:
    path = _fill(
        _template(tmp_path),
        [
            ["P002", "นายสอง"],
            [" ", "\u200b", None, "  \n", None, None, None, "หมายเหตุนอกตาราง"],
            [None, "\u0e48"],  # a tone mark alone: typed, so the clerk must hear about it
            ["P004", "นายสี่"],
        ],
    )
    rows, problems = _read(path)
    assert [(r["code"], r[ROW_KEY]) for r in rows] == [("P002", 3), (None, 5), ("P004", 6)]
    assert [(p.row, p.column, p.message) for p in problems] == [
        (5, "A (รหัสบุคลากร)", "ต้องกรอกช่องนี้"),
        (5, "B (ชื่อ-สกุล)", "ต้องกรอกช่องนี้"),
    ]


def test_missing_and_renamed_required_columns_name_the_expected_header(tmp_path: Path) -> None:
    path = tmp_path / "ผิดหัว.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "บุคลากร"
    sheet.append(["รหัส", "ชื่อ-สกุล"])  # "รหัสบุคลากร" renamed to "รหัส"
    sheet.append(["P001", "นายหนึ่ง"])
    book.save(path)
    _rows, problems = _read(path)
    assert [(p.row, p.column) for p in problems] == [(1, None)]
    assert "รหัสบุคลากร" in problems[0].message


def test_missing_sheet_lists_the_sheets_found(tmp_path: Path) -> None:
    path = tmp_path / "อื่น.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    book.save(path)
    rows, problems = _read(path)
    assert rows == []
    assert len(problems) == 1
    assert "บุคลากร" in problems[0].message and "Sheet1" in problems[0].message


def test_wrong_template_kind_is_refused_before_reading(tmp_path: Path) -> None:
    path = _fill(_template(tmp_path), [["P002", "นายสอง", None, None, None, None, None]])
    with open_workbook_safely(path) as book:
        rows, problems = read_workbook(book, [PEOPLE], kind="assignments")
        assert rows == {}
        assert len(problems) == 1
        assert "แม่แบบนำเข้าบุคลากร" in problems[0].message
        rows, problems = read_workbook(book, [PEOPLE], kind="people")
        assert not problems
        assert [r["code"] for r in rows["บุคลากร"]] == ["P002"]


def test_merged_cells_in_the_data_area_are_refused(tmp_path: Path) -> None:
    def merge(sheet: Any) -> None:
        sheet.merge_cells("C3:C4")

    path = _fill(
        _template(tmp_path),
        [["P002", "นายสอง", GROUPS[0]], ["P003", "นายสาม", None]],
        merge,
    )
    _rows, problems = _read(path)
    assert len(problems) == 1
    assert problems[0].row == 3 and "C3:C4" in problems[0].message


def test_empty_sheet_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "ว่าง.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "บุคลากร"
    book.active.append(["รหัสบุคลากร", "ชื่อ-สกุล"])
    book.active.append([None, "   "])
    book.save(path)
    rows, problems = _read(path)
    assert rows == []
    assert [(p.sheet, p.row) for p in problems] == [("บุคลากร", None)]
    assert "ไม่มีข้อมูล" in problems[0].message


def test_bad_cells_are_all_reported_at_once_with_sheet_row_and_column(tmp_path: Path) -> None:
    path = _fill(
        _template(tmp_path),
        [
            ["P002", None, "กลุ่มที่ไม่มี", "สี่จุดห้า", 2.5, "31/2/2567", "อาจจะ"],
            ["P003", "นายสาม", None, "1,2,3", None, None, None],
            ["P002", "นายซ้ำ", None, None, None, None, None],
            ["P004", "ก" * 10_001, None, None, None, None, None],
        ],
    )
    _rows, problems = _read(path)
    where = [(p.sheet, p.row, p.column) for p in problems]
    assert where == [
        ("บุคลากร", 3, "B (ชื่อ-สกุล)"),
        ("บุคลากร", 3, "C (กลุ่มงาน)"),
        ("บุคลากร", 3, "D (คะแนน)"),
        ("บุคลากร", 3, "E (จำนวนงาน)"),
        ("บุคลากร", 3, "F (วันที่เริ่ม)"),
        ("บุคลากร", 3, "G (ปฏิบัติงานอยู่)"),
        ("บุคลากร", 4, "D (คะแนน)"),
        ("บุคลากร", 5, None),
        ("บุคลากร", 6, "B (ชื่อ-สกุล)"),
    ]
    messages = [p.message for p in problems]
    # The GUI translates template + parameters; they must rebuild the message.
    assert all(p.template.format(**dict(p.params)) == p.message for p in problems)
    assert "ต้องกรอก" in messages[0]
    assert "กลุ่มอำนวยการ" in messages[1]  # tells the allowed values
    assert "สี่จุดห้า" in messages[2]
    assert "จำนวนเต็ม" in messages[3]
    assert "แถว 3" in messages[7]  # the duplicate names the first row
    assert "10001" in messages[8]
    with pytest.raises(ImportRefused) as refused:
        ProblemList(problems).raise_if_any()
    assert str(refused.value).startswith("พบปัญหา 9 รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ")
    assert "แผ่นงาน «บุคลากร» แถว 6 คอลัมน์ B (ชื่อ-สกุล)" in str(refused.value)


def _set_cached_values(
    path: Path, values: dict[str, str], error_cells: frozenset[str] = frozenset()
) -> None:
    """Give formulas a cached value, as Excel does on saving (openpyxl cannot)."""
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    sheet_part = "xl/worksheets/sheet2.xml"  # sheet1 is the instructions
    xml = members[sheet_part].decode("utf-8")
    for ref, cached in values.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>')
        kind = ' t="e"' if ref in error_cells else ""
        xml, count = pattern.subn(rf'<c r="{ref}"\1{kind}><f>\2</f><v>{cached}</v>', xml)
        assert count == 1, ref
    members[sheet_part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_formulas_use_cached_values_and_uncalculated_ones_are_reported(tmp_path: Path) -> None:
    path = _fill(
        _template(tmp_path),
        [
            ["P002", "นายสอง", None, "=1.5+2", "=2*3"],
            ["P003", "นายสาม", None, "=B3", None],
            ["P004", "นายสี่", None, "=1/0", None],
        ],
    )
    _set_cached_values(path, {"D3": "3.5", "E3": "6", "D5": "#DIV/0!"}, frozenset({"D5"}))
    rows, problems = _read(path)
    assert (rows[0]["score"], rows[0]["count"]) == (Decimal("3.5"), 6)
    assert [(p.row, p.column) for p in problems] == [(4, "D (คะแนน)"), (5, "D (คะแนน)")]
    assert "สูตร" in problems[0].message
    assert "#DIV/0!" in problems[1].message


def test_excel_numbers_and_dates_are_read_as_excel_shows_them(tmp_path: Path) -> None:
    path = _fill(
        _template(tmp_path),
        [
            ["P002", "นายสอง", None, 0.1 + 0.2, 4.0, datetime(2024, 3, 1, 0, 0)],
            ["P003", "นายสาม", None, -0.00001, "๗", datetime(2567, 3, 1)],  # BE typed as CE
            [1234567, "นายสี่", None, 100, None, date(2023, 10, 1), True],
        ],
    )
    rows, problems = _read(path)
    assert problems == []
    assert [(r["score"], r["count"], r["start"]) for r in rows] == [
        (Decimal("0.3"), 4, date(2024, 3, 1)),
        (Decimal("-0.00001"), 7, date(2024, 3, 1)),
        (Decimal(100), None, date(2023, 10, 1)),
    ]
    assert rows[2]["code"] == "1234567" and rows[2]["active"] is True


def test_text_that_excel_turned_into_a_date_is_reported(tmp_path: Path) -> None:
    path = _fill(_template(tmp_path), [[datetime(2024, 2, 1), "นายสอง"]])
    _rows, problems = _read(path)
    assert [(p.row, p.column) for p in problems] == [(3, "A (รหัสบุคลากร)")]
    assert "วันที่" in problems[0].message


def test_explicit_example_rows_with_dates_and_numbers_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "แม่แบบ.xlsx"
    examples = {
        "บุคลากร": [
            {
                "code": "P001",
                "name": "ตัวอย่าง หนึ่ง",
                "score": Decimal("4.5"),
                "start": date(2024, 7, 26),
            },
            {"code": "P002", "name": "ตัวอย่าง สอง", "count": 3, "active": False},
        ]
    }
    write_template(path, [PEOPLE], title_th="แม่แบบ", kind_marker="people", example_rows=examples)
    sheet = openpyxl.load_workbook(path)["บุคลากร"]
    assert sheet["F2"].value == "26/7/2567"  # dates in templates are BE text
    _fill(path, [["P003", "นายจริง", None, None, None, "27/7/2567"]])
    rows, problems = _read(path)
    assert problems == []
    assert [(r["code"], r["start"]) for r in rows] == [("P003", date(2024, 7, 27))]


def test_import_report_summarises_in_thai() -> None:
    report = ImportReport(added=3, changed=1, unchanged=5)
    assert report.summary_th.startswith("เพิ่ม 3 รายการ แก้ไข 1 รายการ ไม่เปลี่ยนแปลง 5 รายการ")
