"""Thai dictionary order, in Python lists and as a SQLite collation."""

from __future__ import annotations

import random
import sqlite3
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.thaisort import thai_compare, thai_sort_key


def _shuffled_sort(words: list[str]) -> list[str]:
    shuffled = list(words)
    random.Random(7).shuffle(shuffled)
    return sorted(shuffled, key=thai_sort_key)


def test_leading_vowels_file_under_the_consonant() -> None:
    # The order of the Royal Institute dictionary: ก-words (with เ แ โ ไ among them,
    # each filed after กา...), then ข, then จ (ใจ after every other จ-word here).
    expected = ["กๆ", "กา", "ก้าน", "เกม", "แกง", "โกง", "ไก่", "ขนม", "จันทร์", "ใจ"]
    assert _shuffled_sort(expected) == expected


def test_consonant_then_vowels_in_dictionary_order() -> None:
    expected = ["กก", "กะ", "กัน", "กา", "กำ", "กิ", "กี", "กึ", "กื", "กุ", "กู"]
    expected += ["เก", "แก", "โก", "ใก", "ไก"]
    assert _shuffled_sort(expected) == expected


def test_thai_person_names() -> None:
    expected = [
        "กนกวรรณ",
        "ไกรสร",
        "ณัฐพล",
        "ประเสริฐ",
        "ไพโรจน์",
        "วิไลวรรณ",
        "สมชาย",
        "สมศรี",
        "เสาวลักษณ์",
        "แสงเดือน",
        "อำนาจ",
    ]
    assert _shuffled_sort(expected) == expected


def test_full_names_sort_by_first_name_then_surname() -> None:
    expected = ["สมชาย ใจดี", "สมชาย รักไทย", "สมชายา มั่นคง"]
    assert _shuffled_sort(expected) == expected


def test_tone_marks_only_break_ties() -> None:
    # Without tone marks ก่า and ก้า read as กา; so both come before กาก.
    expected = ["กา", "ก่า", "ก้า", "ก๊า", "ก๋า", "กาก", "ก้าง", "กาน", "ก้าน"]
    assert _shuffled_sort(expected) == expected
    assert _shuffled_sort(["เกบ", "เก็บ", "เกม"]) == ["เกบ", "เก็บ", "เกม"]


def test_ru_and_lu_sit_in_the_consonant_row() -> None:
    assert _shuffled_sort(["ลม", "ฤดู", "รู", "ฦๅ", "วัน"]) == ["รู", "ฤดู", "ลม", "ฦๅ", "วัน"]


def test_digits_first_then_thai_then_latin() -> None:
    words = ["PMQA", "ก.พ.ร.", "2567", "๒๕๖๖", "KRS", "สพป.", "abc", "ไก่"]
    assert _shuffled_sort(words) == ["๒๕๖๖", "2567", "ก.พ.ร.", "ไก่", "สพป.", "abc", "KRS", "PMQA"]


def test_thai_and_arabic_digits_count_as_the_same_digits() -> None:
    assert _shuffled_sort(["๓", "2", "10", "๑"]) == ["๑", "10", "2", "๓"]


def test_latin_ignores_case_first() -> None:
    assert _shuffled_sort(["b", "B", "a", "A"]) == ["a", "A", "b", "B"]


def test_compare_for_sqlite() -> None:
    assert thai_compare("ไก่", "ขนม") == -1
    assert thai_compare("ขนม", "ไก่") == 1
    assert thai_compare("ไก่", "ไก่") == 0
    assert thai_compare("กา", "ก่า") == -1  # different texts never compare equal


def test_sqlite_collation_orders_like_the_dictionary() -> None:
    connection = sqlite3.connect(":memory:")
    connection.create_collation("THAI", thai_compare)
    connection.execute("CREATE TABLE person (name TEXT)")
    names = ["แสงเดือน", "สมชาย", "ไพโรจน์", "เสาวลักษณ์", "กนกวรรณ"]
    connection.executemany("INSERT INTO person VALUES (?)", [(n,) for n in names])
    rows = connection.execute("SELECT name FROM person ORDER BY name COLLATE THAI").fetchall()
    connection.close()
    assert [row[0] for row in rows] == ["กนกวรรณ", "ไพโรจน์", "สมชาย", "เสาวลักษณ์", "แสงเดือน"]


_thai_words = st.text(
    alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=8
)
_any_words = st.one_of(_thai_words, st.text(max_size=8))


@settings(derandomize=True)  # the same examples on every run
@given(_any_words, _any_words)
def test_compare_is_antisymmetric_and_agrees_with_the_key(a: str, b: str) -> None:
    assert thai_compare(a, b) == -thai_compare(b, a)
    assert (thai_compare(a, b) == 0) == (a == b)
    assert (thai_compare(a, b) < 0) == (thai_sort_key(a) < thai_sort_key(b))


@settings(derandomize=True)  # the same examples on every run
@given(st.lists(_any_words, max_size=12))
def test_sorting_is_a_total_order(words: list[str]) -> None:
    ordered = sorted(words, key=thai_sort_key)
    assert all(thai_compare(x, y) <= 0 for x, y in pairwise(ordered))
    assert sorted(reversed(words), key=thai_sort_key) == ordered
