"""Names from outside are names, not paths (evidence from bundles, drops, choosers)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mk3desk.domain.file_names import (
    FALLBACK_NAME,
    NAME_LIMIT,
    is_executable_name,
    proposed_file_name,
    safe_file_name,
)
from mk3desk.domain.thaisort import given_name


@pytest.mark.parametrize(
    ("received", "kept"),
    [
        ("../../AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/run.bat", "run.bat"),
        ("C:\\Windows\\System32\\evil.dll", "evil.dll"),
        ("/etc/passwd", "passwd"),
        ("\\\\server\\share\\รายงาน.docx", "รายงาน.docx"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # a bidi override hides ".exe"
        ("a\x00b\x1f.txt", "ab.txt"),
        ("สระ\u200bไทย.pdf", "สระไทย.pdf"),
        ("  ผลการ   ประชุม .pdf. ", "ผลการ ประชุม .pdf"),
        ("CON", "CON_"),
        ("..", FALLBACK_NAME),
        ("", FALLBACK_NAME),
        ("ชื่อไฟล์ ไทย ๒๕๖๗.pdf", "ชื่อไฟล์ ไทย ๒๕๖๗.pdf"),
    ],
)
def test_received_names_become_one_plain_base_name(received: str, kept: str) -> None:
    assert safe_file_name(received) == kept


def test_a_long_name_keeps_its_extension_and_whole_thai_letters() -> None:
    name = safe_file_name("เอกสารประกอบการประชุม" * 20 + ".pdf")
    assert name.endswith(".pdf") and len(name.encode()) <= NAME_LIMIT
    stem = name.removesuffix(".pdf")
    assert unicodedata.category(stem[-1]) != "Mn"  # no mark left without its letter


def test_executable_types_are_recognised_even_when_disguised() -> None:
    assert is_executable_name("setup.EXE")
    assert is_executable_name("../x/run.bat")
    assert is_executable_name("ภาพ\u202egpj.scr")
    assert not is_executable_name("รายงาน.pdf")
    assert not is_executable_name("ภาพถ่าย.jpg")


@given(st.text(max_size=400))
def test_any_text_gives_a_name_that_stays_inside_its_folder(text: str) -> None:
    name = safe_file_name(text)
    assert name and name not in (".", "..")
    assert not set(name) & set('/\\:*?"<>|')
    assert all(unicodedata.category(ch) not in ("Cc", "Cf") for ch in name)
    assert len(name.encode()) <= NAME_LIMIT
    assert safe_file_name(name) == name  # stable: applying it again changes nothing
    folder = Path("/data/evidence-copies")
    assert (folder / name).resolve().parent == folder


def test_proposed_names_are_thai_words_and_be_years_joined_by_hyphens() -> None:
    assert proposed_file_name(["แม่แบบ", "บุคลากรและกลุ่มงาน", 2570], ".xlsx") == (
        "แม่แบบ-บุคลากรและกลุ่มงาน-2570.xlsx"
    )
    # A bracketed explanation, empty parts and runs of spaces are left out.
    title = "ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)"
    assert proposed_file_name([None, title, "", 2570], ".xlsx") == "ติดตามความก้าวหน้า-2570.xlsx"
    assert proposed_file_name(["งาน", 2570, "กนกวรรณ", "1.1"], ".mk3") == "งาน-2570-กนกวรรณ-1.1.mk3"
    # A "/" in a part does not make a folder of what comes before it.
    assert proposed_file_name(["ตั้งค่า", 2570, "สพป./ทดสอบ"], ".mk3") == "ตั้งค่า-2570-สพป. ทดสอบ.mk3"


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("นางสาวกนกวรรณ พลศรีเมือง", "กนกวรรณ"),
        ("ว่าที่ร้อยตรี ดร.สมชาย ใจดี", "สมชาย"),
        ("นายสุริยา โคตรวงศ์", "สุริยา"),
        ("", ""),
    ],
)
def test_the_given_name_is_the_first_word_after_the_titles(name: str, given: str) -> None:
    assert given_name(name) == given
