"""Opening untrusted workbooks: every refusal is a Thai ValidationError naming the file."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mk3desk.domain.errors import ValidationError
from mk3desk.excel.columns import Column, SheetSpec
from mk3desk.excel.kinds import people
from mk3desk.excel.reader import read_sheet
from mk3desk.excel.safety import open_workbook_safely, rows_within
from mk3desk.excel.writer import Rows, write_table

SPEC = SheetSpec("ข้อมูล", (Column("code", "รหัส", required=True),))


def _good_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "ข้อมูล"
    sheet.append(["รหัส"])
    sheet.append(["A01"])
    book.save(path)
    return path


def _rewrite(path: Path, target: Path, change: dict[str, bytes]) -> Path:
    """Copy the xlsx at *path* to *target*, replacing or adding members."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename not in change:
                out.writestr(info.filename, source.read(info.filename))
        for name, data in change.items():
            out.writestr(name, data)
    return target


def _refused(path: Path, **limits: int) -> str:
    with pytest.raises(ValidationError) as caught:
        open_workbook_safely(path, **limits)
    message = str(caught.value)
    assert path.name in message  # the clerk must know which file
    return message


def test_good_workbook_opens_and_reads(tmp_path: Path) -> None:
    path = _good_workbook(tmp_path / "ดี.xlsx")
    with open_workbook_safely(path) as book:
        rows, problems = read_sheet(book, SPEC)
    assert not problems
    assert [row["code"] for row in rows] == ["A01"]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    assert "เปิดไฟล์" in _refused(tmp_path / "ไม่มี.xlsx")


def test_csv_renamed_to_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "รายชื่อ.xlsx"
    path.write_text("รหัส,ชื่อ\nA01,สมชาย\n", encoding="utf-8")
    assert ".csv" in _refused(path)


def test_old_xls_is_refused_with_advice_to_save_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "เก่า.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000 + "Workbook".encode("utf-16-le")
    )
    assert ".xls" in _refused(path)


def test_password_protected_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ลับ.xlsx"
    body = b"\0" * 1000 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + body)
    assert "รหัสผ่าน" in _refused(path)


def test_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "อื่น.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "ไม่ใช่เวิร์กบุ๊ก" in _refused(path)


def test_truncated_workbook_is_refused(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx").read_bytes()
    path = tmp_path / "ครึ่ง.xlsx"
    path.write_bytes(good[: len(good) // 2])
    _refused(path)


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = _good_workbook(tmp_path / "ใหญ่.xlsx")
    assert "เกิน" in _refused(path, max_bytes=1000)


def test_zip_bomb_by_ratio_is_refused(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx")
    # 8 MiB of zeros deflates to a few KB: a ratio of about 1000.
    bomb = _rewrite(good, tmp_path / "ระเบิด.xlsx", {"xl/media/image1.bin": bytes(8 << 20)})
    assert bomb.stat().st_size < 100_000
    assert "ขยายตัว" in _refused(bomb)


def test_archive_over_the_uncompressed_limit_is_refused(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx")
    assert "ขยายตัว" in _refused(good, max_uncompressed=2000)


def test_archive_that_lies_about_its_sizes_is_refused(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx")
    liar = _rewrite(good, tmp_path / "โกหก.xlsx", {"xl/media/image1.bin": bytes(1 << 20)})
    data = bytearray(liar.read_bytes())
    # Declare 100 bytes instead of 1 MiB in both the local and the central header.
    name = b"xl/media/image1.bin"
    local = data.index(name) - 30
    assert data[local : local + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, local + 22, 100)
    central = data.index(b"PK\x01\x02", local)
    while data[central + 46 : central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 100)
    liar.write_bytes(bytes(data))
    _refused(liar)


def test_refuses_when_openpyxl_would_parse_without_defusedxml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _good_workbook(tmp_path / "ดี.xlsx")
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(ValidationError, match="defusedxml"):
        open_workbook_safely(path)


def test_entity_expansion_is_refused_not_expanded(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx")
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    bad = _rewrite(good, tmp_path / "หัวเราะ.xlsx", {"xl/worksheets/sheet1.xml": laughs})
    assert "เสียหาย" in _refused(bad)


def test_sheet_broken_below_its_header_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    good = _good_workbook(tmp_path / "ดี.xlsx")
    # openpyxl reads only <dimension> on opening; the rest is parsed while reading.
    broken = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" t="inlineStr">'
        b"<is><t>\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa</t></is></c></row><row r="
    )
    bad = _rewrite(good, tmp_path / "พัง.xlsx", {"xl/worksheets/sheet1.xml": broken})
    with open_workbook_safely(bad) as book:
        rows, problems = read_sheet(book, SPEC)
    assert rows == []
    assert [(p.sheet, p.row) for p in problems] == [("ข้อมูล", None)]
    assert "เสียหาย" in problems[0].message


def _people_file(path: Path, count: int) -> Path:
    """*count* rows of the people sheet (8 columns) as the program's template writes them."""
    group_spec, people_spec = people.specs(["กลุ่มนโยบายและแผน"])
    rows = [
        {
            "name": f"นางสาวสมศรี ใจดีมาก {n}",
            "position": "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ",
            "group": "กลุ่มนโยบายและแผน",
            "staff": True,
            "reviewer": n % 5 == 0,
            "coordinator": False,
            "executive": False,
            "active": True,
        }
        for n in range(count)
    ]
    sheets: list[tuple[SheetSpec, Rows]] = [
        (group_spec, [{"name": "กลุ่มนโยบายและแผน"}]),
        (people_spec, rows),
    ]
    return write_table(path, sheets, kind_marker=people.KEY)


def test_the_row_limit_named_in_the_refusal_is_the_one_that_holds(tmp_path: Path) -> None:
    """The refusal of a too-big workbook names the limit in rows of an 8-column sheet
    (README: about 9,900): a people sheet that long opens, a few hundred rows more is
    refused with that figure."""
    assert rows_within() == 9_900
    fits = _people_file(tmp_path / "บุคลากร.xlsx", rows_within())
    open_workbook_safely(fits).close()
    message = _refused(_people_file(tmp_path / "บุคลากรทั้งเขต.xlsx", rows_within() + 300))
    assert "มากเกินกว่าที่อ่านได้" in message
    assert "ประมาณ 9,900 แถว" in message and "แบ่งข้อมูลเป็นหลายไฟล์" in message
    # A lower limit is named as its own rows, not the default's.
    assert "ประมาณ 100 แถว" in _refused(fits, max_tags=5_000)
