"""Templates and exports: what the clerk sees in Excel, and that it reads back unchanged."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from mk3desk.domain.errors import StorageError
from mk3desk.domain.text import normalise_text
from mk3desk.excel.columns import BE_DATE_FORMAT, Column, ColumnKind, SheetSpec
from mk3desk.excel.reader import ROW_KEY, read_marker, read_sheet
from mk3desk.excel.safety import open_workbook_safely
from mk3desk.excel.writer import looks_like_formula, write_table, write_template

MANY_GROUPS = [f"กลุ่มงานที่ {n} ส่งเสริมการจัดการศึกษา" for n in range(1, 21)]
SPEC = SheetSpec(
    "ผลการประเมิน",
    (
        Column("code", "รหัสตัวชี้วัด", required=True, width=12, example="1.1"),
        Column("title", "ชื่อตัวชี้วัด", width=40, example="ร้อยละของนักเรียน", help_th="ตามคู่มือ"),
        Column("score", "คะแนน", ColumnKind.DECIMAL, number_format="0.00000"),
        Column("group", "กลุ่มงาน", ColumnKind.CHOICE, choices=MANY_GROUPS),
        Column("done", "เสร็จแล้ว", ColumnKind.BOOL),
        Column("due", "กำหนดส่ง", ColumnKind.DATE),
    ),
    key_columns=("code",),
    instructions_th="หนึ่งแถวต่อหนึ่งตัวชี้วัด",
)


def _read(path: Path, spec: SheetSpec = SPEC) -> tuple[list[dict[str, Any]], list[Any]]:
    with open_workbook_safely(path) as book:
        rows, problems = read_sheet(book, spec)
    return [{k: v for k, v in r.items() if k != ROW_KEY} for r in rows], list(problems)


def test_template_layout_is_what_the_clerk_needs(tmp_path: Path) -> None:
    path = write_template(
        tmp_path / "แม่แบบ.xlsx", [SPEC], title_th="แม่แบบผลการประเมิน", kind_marker="results"
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["คำแนะนำ", "ผลการประเมิน"]
    assert book.active.title == "คำแนะนำ"
    instructions = [c for row in book["คำแนะนำ"].iter_rows(values_only=True) for c in row if c]
    assert "แม่แบบผลการประเมิน" in instructions
    assert "หนึ่งแถวต่อหนึ่งตัวชี้วัด" in instructions and "ตามคู่มือ" in instructions
    assert ", ".join(MANY_GROUPS) in instructions  # allowed values spelled out

    sheet = book["ผลการประเมิน"]
    assert [c.value for c in sheet[1]] == [
        "รหัสตัวชี้วัด *",
        "ชื่อตัวชี้วัด",
        "คะแนน",
        "กลุ่มงาน",
        "เสร็จแล้ว",
        "กำหนดส่ง",
    ]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width == 40
    assert sheet.column_dimensions["C"].number_format == "0.00000"
    assert sheet.column_dimensions["A"].number_format == "@"  # codes keep leading zeros

    example = sheet[2]
    assert [c.value for c in example[:2]] == ["1.1", "ร้อยละของนักเรียน"]
    assert example[0].font.i and example[0].font.color.rgb.endswith("808080")

    validations = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert validations["E2:E5001"] == '"ใช่,ไม่ใช่"'
    # 20 long group names exceed Excel's 255-character inline list: a hidden sheet holds them.
    assert validations["D2:D5001"] == "'_lists'!$A$1:$A$20"
    assert book["_lists"].sheet_state == "hidden"
    assert [r[0] for r in book["_lists"].iter_rows(values_only=True)] == MANY_GROUPS
    assert book["_mk3desk"].sheet_state == "veryHidden"

    with open_workbook_safely(path) as safe:
        marker = read_marker(safe)
    assert marker is not None
    assert (marker.kind, marker.version, marker.title_th) == ("results", 1, "แม่แบบผลการประเมิน")


def test_export_round_trips_values_and_shows_thai_dates(tmp_path: Path) -> None:
    rows: list[dict[str, Any]] = [
        {
            "code": "1.1",
            "title": "ร้อยละของโรงเรียนที่ผ่านเกณฑ์",
            "score": Decimal("4.74511"),
            "group": MANY_GROUPS[3],
            "done": True,
            "due": date(2024, 9, 30),
        },
        {"code": "1.2", "title": None, "score": Decimal("0"), "done": False},
    ]
    path = write_table(tmp_path / "ส่งออก.xlsx", [(SPEC, rows)], kind_marker="results")
    read, problems = _read(path)
    assert problems == []
    assert read[0] == rows[0]
    assert read[1] == {**rows[1], "group": None, "due": None}
    cell = openpyxl.load_workbook(path)["ผลการประเมิน"]["F2"]
    assert cell.is_date and cell.number_format == BE_DATE_FORMAT
    assert cell.value.date() == date(2024, 9, 30)  # a real date: sorting keeps working


@pytest.mark.parametrize(
    "text",
    ["=1+2", '=HYPERLINK("http://x","คลิก")', "+66812345678", "-5", "@SUM(A1)", "  =cmd", "\t=x"],
)
def test_formula_like_text_is_written_as_text_and_read_back(tmp_path: Path, text: str) -> None:
    path = write_table(tmp_path / "สูตร.xlsx", [(SPEC, [{"code": "1", "title": text}])])
    cell = openpyxl.load_workbook(path)["ผลการประเมิน"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix  # Excel keeps it as text when edited
    assert cell.value == text
    read, problems = _read(path)
    assert problems == [] and read[0]["title"] == normalise_text(text)


def test_excel_escape_sequences_in_text_survive(tmp_path: Path) -> None:
    text = "ไฟล์_x0041_ชื่อ"  # Excel would show "_x0041_" as "A" unless escaped
    path = write_table(tmp_path / "x.xlsx", [(SPEC, [{"code": "1", "title": text}])])
    read, _problems = _read(path)
    assert read[0]["title"] == text


def test_unwritable_target_raises_a_thai_storage_error(tmp_path: Path) -> None:
    target = tmp_path / "ไม่มีโฟลเดอร์" / "ผล.xlsx"
    with pytest.raises(StorageError) as caught:
        write_table(target, [(SPEC, [])])
    assert "ไม่มีโฟลเดอร์" in str(caught.value) and "บันทึกไฟล์" in str(caught.value)


def test_writing_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "ผล.xlsx"
    target.write_bytes(b"old")
    write_table(target, [(SPEC, [{"code": "1"}])])
    assert os.listdir(tmp_path) == ["ผล.xlsx"]
    assert _read(target)[0] == [
        {"code": "1", "title": None, "score": None, "group": None, "done": None, "due": None}
    ]


def test_failed_save_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ผล.xlsx"
    target.write_bytes(b"old")
    rows: list[dict[str, Any]] = [{"code": "1"}, {"code": "2"}]
    with pytest.raises(RuntimeError):  # the rows' source failed half way
        write_table(target, [(SPEC, _explode_after(rows))])
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["ผล.xlsx"]


def _explode_after(rows: list[dict[str, Any]]) -> Any:
    yield from rows
    raise RuntimeError("database went away")


def test_formula_detection_matches_what_spreadsheets_run() -> None:
    assert all(looks_like_formula(t) for t in ["=A1", " +1", "\t-1", "@x", "＝A1"])
    assert not any(looks_like_formula(t) for t in ["", "   ", "ก=1", "1-2", "a@b"])


# Text a clerk could type: Thai, formula starters, spaces, digits, escapes, line breaks.
_PIECES = [*"กขคงาิีุู่้ำเแไ ๑๒0189=+-@_x.,\t\n'\"", "_x0041_", "_x005F_", "\u200b", "\r\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join) | st.text(max_size=20)
_SCORE = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=5)
_ROW = st.fixed_dictionaries(
    {"title": st.none() | _TEXT, "score": st.none() | _SCORE, "done": st.none() | st.booleans()}
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_ROW, min_size=1, max_size=8))
def test_property_write_then_read_gives_the_same_values(
    tmp_path: Path, rows: list[dict[str, Any]]
) -> None:
    numbered = [{"code": str(n), **row} for n, row in enumerate(rows, start=1)]
    path = write_table(tmp_path / "สุ่ม.xlsx", [(SPEC, numbered)])
    read, problems = _read(path)
    assert problems == []
    expected = []
    for row in numbered:
        title = row["title"]
        if title is not None:
            title = normalise_text(ILLEGAL_CHARACTERS_RE.sub("", title)) or None
        expected.append({**row, "title": title, "group": None, "due": None})
    assert read == expected
