"""Thai word segmentation: the units a line may break between."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if TYPE_CHECKING:
    from pythainlp.util import Trie

from mk3desk.domain.thaiwords import (
    break_opportunities,
    grapheme_clusters,
    office_words,
    segment,
    with_zero_width_spaces,
)

ABBREVIATIONS = [
    "สพป.",
    "สพม.",
    "สพฐ.",
    "สพท.",
    "ผอ.",
    "ผอ.สพท.",
    "กพร.",
    "ศธ.",
    "ก.ค.ศ.",
    "อ.ก.ค.ศ.",
]
ABBREVIATIONS += ["พ.ศ.", "ITA", "KRS", "PMQA"]
TERMS = ["ตัวชี้วัด", "ผู้รับผิดชอบ", "ปีงบประมาณ", "มหาสารคาม", "ระบบราชการ"]
MARKS = "ที่ ปู่ ญี่ปุ่น น้ำ ฐู ปั้น"


def test_office_dictionary_holds_the_required_words() -> None:
    words = set(office_words())
    assert set(ABBREVIATIONS + TERMS + ["รอง ผอ."]) <= words


@pytest.mark.parametrize("word", ABBREVIATIONS + TERMS)
def test_office_word_is_one_token_between_thai_words(word: str) -> None:
    text = f"ตามที่{word}ได้รายงาน"
    assert word in segment(text)


@pytest.mark.parametrize(
    ("position", "rank"),
    [
        ("นักวิเคราะห์นโยบายและแผน", "ชำนาญการพิเศษ"),
        ("ศึกษานิเทศก์", "ชำนาญการพิเศษ"),
        ("นักจัดการงานทั่วไป", "ชำนาญการ"),
        ("นักวิชาการศึกษา", "เชี่ยวชาญ"),
    ],
)
def test_a_position_breaks_before_its_rank_never_inside_it(position: str, rank: str) -> None:
    # A signature block printed "…ชำนาญการ / พิเศษ".
    assert segment(position + rank)[-1] == rank


def test_abbreviation_with_space_stays_whole() -> None:
    assert "รอง ผอ." in "|".join(segment("ให้รอง ผอ. ลงนาม")).split("|")


@pytest.mark.parametrize("number", ["4.74511", "๔.๗๔๕๑๑", "1,234.50", "๒๕๖๗", "4.0"])
def test_numbers_are_single_tokens(number: str) -> None:
    assert number in segment(f"คะแนน {number} ดีมาก")
    # A count keeps its unit word (line_units): "๒๐ ชั่วโมง" never breaks.
    assert f"{number} คะแนน" in segment(f"ได้ {number} คะแนน")


def test_spaces_are_their_own_tokens_and_nothing_is_lost() -> None:
    text = "ผู้อำนวยการสำนักงาน  เขต ๓\nสพป. สพฐ. ๔.๗๔๕๑๑"
    tokens = segment(text)
    assert "".join(tokens) == text
    assert "  " in tokens and "\n" in tokens
    # A label keeps its number ("เขต ๓", line_units); no other unit holds a space.
    assert "เขต ๓" in tokens
    assert all(t.isspace() or t == "เขต ๓" or not any(c.isspace() for c in t) for t in tokens)


def test_marks_that_follow_a_word_never_start_a_unit() -> None:
    tokens = segment("ใหม่ๆ ร้อยละ 30% (Human Resource) “คำ” ๒๕๖๗/๒๕๖๘")
    assert "ใหม่ๆ" in tokens
    assert "30%" in tokens
    assert "(Human" in tokens and "Resource)" in tokens
    assert "“คำ”" in tokens
    assert not any(t[0] in "ๆ)%”/" for t in tokens)


def test_break_opportunities_are_never_inside_an_abbreviation() -> None:
    text = "เรียน ผอ.สพท. และ สพป.มหาสารคาม ทราบคะแนน ๔.๗๔๕๑๑"
    offsets = set(break_opportunities(text))
    for word in ("ผอ.สพท.", "สพป.", "มหาสารคาม", "๔.๗๔๕๑๑"):
        start = text.index(word)
        assert not offsets & set(range(start + 1, start + len(word)))


def test_zero_width_spaces_only_between_words() -> None:
    text = "ที่ ปู่ ญี่ปุ่นสพป.มหาสารคาม"
    marked = with_zero_width_spaces(text)
    assert marked.replace("\u200b", "") == text
    assert "สพป.\u200bมหาสารคาม" in marked
    assert "\u200b " not in marked and " \u200b" not in marked


def test_grapheme_clusters_keep_marks_with_their_consonant() -> None:
    assert grapheme_clusters("ไได้") == ["ไได้"]
    assert grapheme_clusters("น้ำ") == ["น้ำ"]
    assert grapheme_clusters("ผู้อำนวยการ") == ["ผู้", "อำ", "น", "ว", "ย", "กา", "ร"]


THAI_TEXT = st.text(
    alphabet=st.sampled_from(list("กขคงจฉชซดตทนบปผพมยรลวสหอะัาำิีึืุู่้๊๋็์เแโใไๆ๑๒.,() aZ09\n")),
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(THAI_TEXT)
def test_segment_never_loses_or_reorders_text(text: str) -> None:
    assert "".join(segment(text)) == text


@settings(max_examples=150, deadline=None)
@given(THAI_TEXT)
def test_grapheme_clusters_never_start_with_a_mark(text: str) -> None:
    clusters = grapheme_clusters(text)
    assert "".join(clusters) == text
    for cluster in clusters[1:]:
        first = cluster[0]
        assert unicodedata.category(first) != "Mn"
        assert first not in "ะาำ"


def test_dictionary_is_not_loaded_at_import_time() -> None:
    code = "import sys, mk3desk.domain.thaiwords; print('pythainlp' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


@functools.cache
def _reference_trie() -> Trie:
    from pythainlp.corpus import thai_words
    from pythainlp.util import dict_trie

    return dict_trie(set(thai_words()) | set(office_words()))


def _pythainlp_tokens(text: str) -> list[str]:
    """newmm with pythainlp's own Trie: what segment() was built on."""
    from pythainlp.tokenize import word_tokenize

    tokens: list[str] = word_tokenize(
        text, custom_dict=_reference_trie(), engine="newmm", keep_whitespace=True
    )
    return tokens


STORY_LINES = [
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓ นำนโยบายจากสำนักงานคณะกรรมการการศึกษา"
    " ขั้นพื้นฐานสู่การปฏิบัติ ขับเคลื่อนการดำเนินงานให้เป็นไปตามคำรับรองมาตรการปรับปรุงประสิทธิภาพ",
    "ทรัพยากรมนุษย์ (Human Resource Development : HRD) เป็นหัวใจสำคัญต่อการเปลี่ยนแปลงองค์กร"
    " ในการพัฒนางานให้เกิดองค์ความรู้ใหม่ๆ มุ่งสู่ความเป็นเลิศ ค่าเฉลี่ยที่ ๔.๗๔๔๕๑ ของ รอง ผอ.สพท.",
    MARKS,
]


@pytest.mark.parametrize("text", STORY_LINES)
def test_word_table_cuts_exactly_like_pythainlp_trie(text: str) -> None:
    from mk3desk.domain.thaiwords import _load_tokenizer

    assert _load_tokenizer()(text) == _pythainlp_tokens(text)


@settings(max_examples=150, deadline=None)
@given(THAI_TEXT)
def test_word_table_cuts_random_text_like_pythainlp_trie(text: str) -> None:
    from mk3desk.domain.thaiwords import _load_tokenizer

    assert _load_tokenizer()(text) == _pythainlp_tokens(text)


@functools.cache
def _dictionary_sample() -> list[str]:
    from pythainlp.corpus import thai_words

    words = sorted(thai_words())
    return words[::40] + office_words()  # every 40th word, and every office word


# Real words run together, with what office texts hold between them: spaces,
# tabs, newlines, numbers, Latin codes, brackets and marks.
WORD_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_dictionary_sample()),
        st.sampled_from([" ", "  ", "\t", "\n", "4.0", "๔.๗๔", "1,234", "KRS", "B1", "(", ")"]),
        st.sampled_from(list("กขคะาเแ่้")),  # stray letters: words not in the dictionary
    ),
    max_size=60,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(WORD_TEXT)
def test_word_cutter_cuts_real_words_like_pythainlp(text: str) -> None:
    from mk3desk.domain.thaiwords import _load_tokenizer

    assert _load_tokenizer()(text) == _pythainlp_tokens(text)


# A dictionary where every run of ก is ambiguous: newmm's graph of candidate
# words outgrows its limit (50) before it can settle, and cuts it short.
AMBIGUOUS_WORDS = ["ก", "กก", "กกก", "กกกก", "กกกกก", "กข", "ขก", "ข"]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("กกกกกกกกขค ")), min_size=40, max_size=120))
def test_word_cutter_follows_pythainlp_where_its_graph_overflows(text: str) -> None:
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    from mk3desk.domain import wordcut

    expected = word_tokenize(
        text, custom_dict=dict_trie(AMBIGUOUS_WORDS), engine="newmm", keep_whitespace=True
    )
    assert wordcut.tokenize(text, wordcut.word_table(AMBIGUOUS_WORDS)) == expected


def test_loaded_dictionary_leaves_the_garbage_collector_little_to_walk() -> None:
    # pythainlp's Trie is ~420,000 tracked objects: every full collection
    # walked them (0.3-0.6 s). The word table must not bring that back.
    code = "import gc, mk3desk.domain.thaiwords as t; t.segment('ก'); print(len(gc.get_objects()))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert int(result.stdout) < 60_000


@pytest.mark.parametrize(
    ("text", "unit"),
    [("เกณฑ์ B1 ครบ", "B1"), ("หลักฐานประกอบเกณฑ์ B๑", "B๑"), ("นวัตกรรม MK๓ Model", "MK๓")],
)
def test_codes_of_letters_and_digits_are_never_split(text: str, unit: str) -> None:
    assert unit in segment(text)


SEGMENT_IMPORT = "from mk3desk.domain.thaiwords import segment"


def test_segmenting_writes_nothing_into_the_home_folder(tmp_path: Path) -> None:
    """pythainlp creates ~/pythainlp-data on first use unless told it is read-only."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP")}
    env.update(HOME=str(home), USERPROFILE=str(home))
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from mk3desk.domain.thaiwords import segment; print(segment('สำนักงานเขตพื้นที่'))",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    assert "สำนักงาน" in out
    assert list(home.iterdir()) == []
