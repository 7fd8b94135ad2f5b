"""Cleaning typed and pasted text before it is stored, and clipping huge pastes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.text import clip_text, is_blank, normalise_text


def test_ends_are_trimmed_and_invisible_characters_removed() -> None:
    pasted = "\ufeff  สำนักงาน\u200bเขตพื้นที่\u200cการศึกษา\u200d\u00ad \n"
    assert normalise_text(pasted) == "สำนักงานเขตพื้นที่การศึกษา"


def test_lines_and_inner_spaces_are_kept() -> None:
    # An evidence description keeps its paragraphs; Windows line ends become "\n".
    assert normalise_text("ข้อ ๑  แผนงาน\r\n\r\nข้อ ๒\rผล") == "ข้อ ๑  แผนงาน\n\nข้อ ๒\nผล"


def test_nfc() -> None:
    assert normalise_text("Cafe\u0301") == "Café"
    assert normalise_text("Cafe\u0301") == unicodedata.normalize("NFC", "Café")


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("น\u0e4d\u0e49\u0e32", "น้ำ"),  # nikhahit + tone + sara aa, as copied from a PDF
        ("ท\u0e4d\u0e32งาน", "ทำงาน"),  # nikhahit + sara aa
        ("เเผนงาน", "แผนงาน"),  # two sara e typed for sara ae
        ("ท\u0e48\u0e35", "ที่"),  # tone typed before the vowel
        ("ก\u0e33\u0e49", "ก้ำ"),  # tone typed after sara am
        ("ที่\u0e48", "ที่"),  # tone typed twice
        ("ก\u0e48\u0e49า", "ก้า"),  # two different tones: the last typed wins
        ("ดีี", "ดี"),  # vowel typed twice
        ("เป็็น", "เป็น"),
        ("พ ุ่มไม้", "พุ่มไม้"),  # space slipped in between consonant and mark
        ("\u0e48ครูผู้สอน", "ครูผู้สอน"),  # a tone mark with nothing to sit on
        ("คำ \u0e48ที่สอง", "คำ ที่สอง"),
        ("บรรทัดแรก\n\u0e49บรรทัดสอง", "บรรทัดแรก\nบรรทัดสอง"),
    ],
)
def test_common_thai_typing_errors_are_fixed(typed: str, fixed: str) -> None:
    assert normalise_text(typed) == fixed


@pytest.mark.parametrize(
    "correct",
    [
        "น้ำใจ",
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
        "กรกฎาคม",
        "ฤๅษี",  # ๅ after ฤ is correct spelling
        "ค่าเป้าหมาย ๘๐.๐๐",
        "ปีงบประมาณ พ.ศ. ๒๕๖๗",
        "KRS 1.2 (PMQA 4.0)",
        "นานา",
        "ก็",
    ],
)
def test_correct_text_is_left_alone(correct: str) -> None:
    assert normalise_text(correct) == correct


_thai_chars = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)


@settings(derandomize=True)  # the same examples on every run
@given(st.one_of(st.text(), st.text(alphabet=_thai_chars | st.sampled_from(" \n\u200b"))))
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


def test_is_blank() -> None:
    assert is_blank(None)
    assert is_blank("")
    assert is_blank(" \t\n\u00a0")
    assert is_blank("\u200b")
    assert not is_blank("ก")
    assert not is_blank(" 0 ")


def test_clip_keeps_short_text() -> None:
    assert clip_text("น้ำใจ", 10) == "น้ำใจ"
    assert clip_text("น้ำใจ", 5) == "น้ำใจ"


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (0, ""),
        (1, ""),  # the cut falls between น and ้ำ: "น้ำ" is kept whole or not at all
        (2, ""),
        (3, "น้ำ"),
        (4, "น้ำ"),  # ใ without its consonant is dropped
        (5, "น้ำใจ"),
    ],
)
def test_clip_never_splits_a_cluster(limit: int, expected: str) -> None:
    assert clip_text("น้ำใจดี", limit) == expected


def test_clip_large_paste() -> None:
    pasted = "ผู้อำนวยการ" * 10_000
    # 1003 falls after "ผู" of the 92nd word: the cluster ผู้ goes as a whole.
    assert clip_text(pasted, 1003) == "ผู้อำนวยการ" * 91


@settings(derandomize=True)  # the same examples on every run
@given(st.text(alphabet=_thai_chars), st.integers(0, 50))
def test_clipped_text_ends_on_a_whole_cluster(text: str, limit: int) -> None:
    clipped = clip_text(text, limit)
    assert len(clipped) <= limit
    assert text.startswith(clipped)
    if 0 < len(clipped) < len(text):
        following = text[len(clipped)]
        # What is left out starts with a new character, never a mark of the last kept one.
        assert unicodedata.category(following) not in ("Mn", "Me") and following != "\u0e33"


# Thai consonants, every vowel and mark, spaces and line breaks: the typing mistakes live here.
THAI_TYPING = st.text(alphabet=st.sampled_from(list("กขคนมยอเแโใไาำะัิีึืฺุู็่้๊๋์ํ๎ \n\t")), max_size=16)


@settings(max_examples=3000, deadline=None)
@given(THAI_TYPING)
def test_text_the_quick_search_passes_over_needs_no_fix(text: str) -> None:
    # normalise_text skips the fixes when _RE_NEEDS_FIX finds nothing: that must be
    # exactly when none of the fixes would change the text.
    from mk3desk.domain import text as module

    if module._RE_NEEDS_FIX.search(text) is None:
        assert module._fix_thai(text) == text
