"""Where a line may break inside file names, paths, URLs and codes (every document).

A name written without spaces stays one line unit; only a name wider than the
whole line is cut, after its separators ("score-trend-|chart.png"), and never
inside or just before its extension ("chart.pn|g" and "chart|.png" are wrong).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.thaiwords import (
    CUT_AFTER_SEPARATOR,
    CUT_BETWEEN_PARTS,
    cut_points,
    segment,
)
from mk3desk.reports.documents.common import column_widths
from mk3desk.reports.fonts import bundled_fonts
from mk3desk.reports.page import FRAME_WIDTH, document_styles
from mk3desk.reports.table_widths import CELL_PADDING
from mk3desk.reports.thai_text import Line, break_lines, parse_markup

STYLES = document_styles(bundled_fonts())
CELL = STYLES.table_cell
# The file-name column of the indicator report's evidence table, inside its padding.
NAME_COLUMN = column_widths(0.9, 5.0, 5.6, 1.6, 2.9)[1] - 2 * CELL_PADDING


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ดูไฟล์ score-trend-chart.png ที่แนบ", "score-trend-chart.png"),
        ("ไฟล์meeting-minutes-2567.pdf", "meeting-minutes-2567.pdf"),
        ("แนบ report_2567_final.docx แล้ว", "report_2567_final.docx"),
        ("ปี 2566-2567", "2566-2567"),
        ("ดูที่ www.obec.go.th/krs?id=1&x=2 ครับ", "www.obec.go.th/krs?id=1&x=2"),
        ("ระบบ KRS/PMQA ของ สพฐ.", "KRS/PMQA"),
        (r"เก็บไว้ที่ C:\Users\krs\report.pdf", r"C:\Users\krs\report.pdf"),
    ],
)
def test_a_latin_run_without_spaces_is_one_line_unit(text: str, unit: str) -> None:
    # (it may be joined with a label before it: "ปี 2566-2567", see test_line_units.py)
    assert any(unit in word for word in segment(text))
    assert "".join(segment(text)) == text


@pytest.mark.parametrize(
    ("name", "best"),
    [
        ("score-trend-chart.png", ["score-", "score-trend-"]),
        ("report_2567_final.docx", ["report_", "report_2567_"]),
        (r"C:\Users\krs\report.pdf", ["C:\\", "C:\\Users\\", "C:\\Users\\krs\\"]),
        ("https://a.go.th/x", ["https://", "https://a.go.th/"]),
    ],
)
def test_a_name_is_best_cut_after_its_separators(name: str, best: list[str]) -> None:
    points = cut_points(name)
    assert [name[:o] for o, q in sorted(points.items()) if q == CUT_AFTER_SEPARATOR] == best


def test_parts_of_a_code_come_next_and_the_extension_is_never_cut() -> None:
    name = "ScoreTrend2567.png"
    points = cut_points(name)
    parts = [name[:o] for o, q in sorted(points.items()) if q == CUT_BETWEEN_PARTS]
    assert parts == ["Score", "ScoreTrend"]
    assert max(points) < name.index(".png"), "nothing may be cut at or after the extension's dot"
    # Marks that belong to the word before them never start a line.
    assert all(not name[o:].startswith((".", ")", ",")) for o in cut_points("(a-b.png),"))


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("score-trend-chart.png", ["score-trend-", "chart.png"]),
        ("meeting-minutes-2567.pdf", ["meeting-minutes-", "2567.pdf"]),
        ("committee-order-2567.pdf", ["committee-order-", "2567.pdf"]),
    ],
)
def test_the_evidence_table_breaks_a_name_after_a_hyphen(name: str, lines: list[str]) -> None:
    assert texts(break_lines(parse_markup(name), NAME_COLUMN, CELL)) == lines


def test_a_name_that_fits_a_whole_line_moves_down_whole() -> None:
    name = "meeting-minutes-2567.pdf"
    filler = "ประชุมคณะกรรมการ " * 6
    width = FRAME_WIDTH / 2
    lines = texts(break_lines(parse_markup(f"{filler}ดูไฟล์ {name} ที่แนบ"), width, CELL))
    assert any(name in line for line in lines), lines


def test_a_long_thai_word_still_breaks_between_clusters() -> None:
    word = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม"
    lines = break_lines(parse_markup(word), 60, CELL)
    assert "".join(texts(lines)) == word
    assert all(line.width <= 60 and line.text[0] not in "ะัาำิีึืุู่้๊๋็์" for line in lines)


NAMES = st.from_regex(
    r"[a-z]{1,9}([-_/][a-zA-Z0-9]{1,9}){0,4}\.(png|pdf|docx|xlsx)", fullmatch=True
)


@settings(max_examples=150, deadline=None)
@given(name=NAMES, width=st.floats(min_value=20, max_value=200))
def test_the_extension_stays_whole_with_the_name_at_any_width(name: str, width: float) -> None:
    lines = break_lines(parse_markup(name), width, CELL)
    assert "".join(texts(lines)) == name
    extension = name[name.rindex(".") :]
    assert lines[-1].text.endswith(extension) and len(lines[-1].text) > len(extension)
    points = cut_points(name)
    position = 0
    for line in lines:
        start, position = position, position + len(line.text)
        if position < len(name):
            assert position in points, f"cut at {name[:position]}|{name[position:]}"
        if line.width > width:  # only a piece that could not be cut smaller overflows
            assert not any(start < o < position for o in points), texts(lines)
