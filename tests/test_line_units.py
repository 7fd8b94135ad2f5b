"""Units a Thai reader never sees split across two lines (issue #12 items 2-4).

A person's name breaks only between given name and surname; a label keeps its number,
a number its unit word, a date its parts; a group's name too wide for a column is cut
between its words, never inside one.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from mk3desk.domain.line_units import glued_spaces
from mk3desk.domain.thaiwords import (
    CUT_AFTER_SEPARATOR,
    CUT_BETWEEN_PARTS,
    CUT_LAST_RESORT,
    cut_points,
    segment,
)
from mk3desk.reports.fonts import bundled_fonts
from mk3desk.reports.page import document_styles
from mk3desk.reports.thai_text import break_lines, parse_markup

STYLES = document_styles(bundled_fonts())


@pytest.mark.parametrize(
    ("text", "given", "surname"),
    [
        ("นางสาวกนกวรรณ พลศรีเมือง", "นางสาวกนกวรรณ", "พลศรีเมือง"),
        ("ผู้รับผิดชอบ นางแสงเดือน ศรีสุข (หัวหน้า)", "นางแสงเดือน", "ศรีสุข"),
        ("(นางสาวณัฐธิดา คำภูเมือง)", "(นางสาวณัฐธิดา", "คำภูเมือง)"),
        ("ให้ นาย สมชาย ใจดี ลงนาม", "นาย สมชาย", "ใจดี"),
        ("ดร.วิชัย รัตนวงศ์", "ดร.วิชัย", "รัตนวงศ์"),
        ("ส่งงานโดยนางสาวณัฐธิดา คำภูเมือง แล้ว", "นางสาวณัฐธิดา", "คำภูเมือง"),
    ],
)
def test_a_name_is_two_units_given_name_and_surname(text: str, given: str, surname: str) -> None:
    units = segment(text)
    assert "".join(units) == text
    assert given in units and surname in units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ปีงบประมาณ พ.ศ. ๒๕๖๗", "พ.ศ. ๒๕๖๗"),
        ("ผลคะแนนประจำปีงบประมาณ ๒๕๖๗ สูงกว่า", "ปีงบประมาณ ๒๕๖๗"),
        ("สพป.ขอนแก่น เขต ๓", "เขต ๓"),
        ("รายงานฉบับที่ ๒ ของปี", "ฉบับที่ ๒"),
        ("อบรม ๒๐ ชั่วโมง", "๒๐ ชั่วโมง"),
        ("ตามแนวทาง (PMQA ๔.๐) ของ สพฐ.", "(PMQA ๔.๐)"),
        ("คำสั่ง ที่ ๑๒/๒๕๖๗", "ที่ ๑๒/๒๕๖๗"),
        ("กำหนดส่ง ๑๖ ก.ค. ๖๗ ครับ", "๑๖ ก.ค. ๖๗"),
        ("สั่ง ณ วันที่ ๓ ธันวาคม พ.ศ. ๒๕๖๙", "ณ วันที่ ๓ ธันวาคม พ.ศ. ๒๕๖๙"),
        ("ข้อมูล ณ วันที่ ๑ ต.ค. ๖๗", "ข้อมูล ณ วันที่ ๑ ต.ค. ๖๗"),
        ("ตัวชี้วัดที่ ๗.๑.๑ ผ่าน", "ตัวชี้วัดที่ ๗.๑.๑"),
    ],
)
def test_labels_numbers_and_dates_stay_together(text: str, unit: str) -> None:
    units = segment(text)
    assert "".join(units) == text
    assert unit in units


def test_a_date_too_wide_for_its_column_breaks_after_the_day_at_most() -> None:
    points = cut_points("๑๖ ก.ค. ๖๗")
    best = [o for o, q in points.items() if q == CUT_AFTER_SEPARATOR]
    assert best == [3]  # after the day
    # the other space, and inside a word or number, only when nothing else fits
    assert {o for o, q in points.items() if q < CUT_LAST_RESORT} == {3}
    style = STYLES.table_cell
    width = stringWidth("๑๖ ก.ค.", style.font_name(parse_markup("x")[0]), style.font_size) + 1
    lines = [line.text for line in break_lines(parse_markup("๑๖ ก.ค. ๖๗"), width, style)]
    assert lines == ["๑๖", "ก.ค. ๖๗"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("31 ธ.ค. 69", "31 ธ.ค.|69"),  # a deadline cell: may break after the day only
        ("สพป.มหาสารคาม เขต 3", "สพป.มหาสารคาม เขต|3"),
        ("อบรม ๒๐ ชั่วโมง", "อบรม ๒๐|ชั่วโมง"),
        ("สั่ง ณ วันที่ ๓ ธันวาคม พ.ศ. ๒๕๖๙", "สั่ง ณ|วันที่ ๓ ธันวาคม|พ.ศ.|๒๕๖๙"),
        ("นางสาวกนกวรรณ พลศรีเมือง", "นางสาวกนกวรรณ พลศรีเมือง"),  # a name breaks at its space
        ("ปีงบประมาณ\u200bพ.ศ. ๒๕๖๗", "ปีงบประมาณ\u200bพ.ศ.|๒๕๖๗"),  # a word hint is a boundary
    ],
)
def test_the_windows_cells_keep_dates_and_labels_without_the_word_breaker(
    text: str, kept: str
) -> None:
    """``glued_spaces`` (what table cells use, no dictionary): the spaces inside a unit,
    marked | here, except after a date's day and before the date."""
    glued = glued_spaces(text)
    assert "".join("|" if n in glued else ch for n, ch in enumerate(text)) == kept


def test_a_group_name_too_wide_is_cut_between_its_words() -> None:
    name = "กลุ่มบริหารงานการเงินและสินทรัพย์"
    segment(name)  # loads the dictionary
    between = {name[:o] for o, q in cut_points(name).items() if q == CUT_BETWEEN_PARTS}
    assert {"กลุ่ม", "กลุ่มบริหารงาน"} <= between
    style = STYLES.table_cell
    lines = [line.text for line in break_lines(parse_markup(name), 90, style)]
    assert len(lines) > 1
    words = ("กลุ่ม", "บริหารงาน", "การเงิน", "และ", "สินทรัพย์")
    for line in lines:  # every line is made of whole words
        rest = line
        while rest:
            word = next(w for w in words if rest.startswith(w))
            rest = rest[len(word) :]


def test_ordinary_words_are_not_taken_for_names() -> None:
    assert segment("นายกรัฐมนตรี") == ["นายกรัฐมนตรี"]
    sentence = "นายกรัฐมนตรีได้มอบนโยบายให้ทุกหน่วยงานของรัฐ ดำเนินการ"
    assert "นายกรัฐมนตรีได้มอบนโยบายให้ทุกหน่วยงานของรัฐ" not in segment(sentence)
    assert "ทำงานตาม" not in segment("ทำงานตามหน้าที่ ๒ ข้อ")


def test_columns_fit_their_widest_unit_or_the_table_warns() -> None:
    """Issue #12 item 4: row numbers "๑|๐", codes "๗.|๑.๑", the header "ตัวชี้|วัด"."""
    from reportlab.platypus import KeepTogether, Spacer

    from mk3desk.reports.blocks import layout_warnings, thai_table
    from mk3desk.reports.table_widths import CELL_PADDING, narrowest_width

    cell, header = STYLES.table_cell, STYLES.table_header
    rows = [["ที่", "ตัวชี้วัด", "ผู้รับผิดชอบ"]]
    rows += [["๑๐", "๗.๑.๑", "นางสาวกนกวรรณ พลศรีเมือง"], ["๑๑", "๗.๑.๒", "นายสมชาย ใจดี"]]
    warnings: list[object] = []
    table = thai_table(rows, [12.0, 20.0, 300.0], cell_style=cell, warn=warnings.append)
    widths = table._colWidths
    assert sum(widths) == pytest.approx(332.0)  # the room came from the wide column
    bold = replace(header, bold=True)
    for text, column, style in [("๑๐", 0, cell), ("ตัวชี้วัด", 1, bold), ("๗.๑.๑", 1, cell)]:
        assert widths[column] >= narrowest_width(parse_markup(text), style) + 2 * CELL_PADDING
    assert not warnings
    thai_table(rows, [12.0, 20.0, 40.0], cell_style=cell, warn=warnings.append)
    assert len(warnings) == 1 and "ผู้รับผิดชอบ" in str(warnings[0])
    # Without a warn callback the build still hears it: lay_out reads the story's tables.
    narrow = thai_table(rows, [12.0, 20.0, 40.0], cell_style=cell)
    found = layout_warnings([Spacer(1, 1), KeepTogether([narrow])])
    assert [str(w) for w in found] == [str(warnings[0])]


def test_a_given_name_sets_the_narrowest_width_of_a_name_column() -> None:
    from mk3desk.reports.table_widths import narrowest_width
    from mk3desk.reports.thai_text import word_width

    cell = STYLES.table_cell
    name = cell.font_name(parse_markup("x")[0])
    narrowest = narrowest_width(parse_markup("นางสาวกนกวรรณ พลศรีเมือง"), cell)
    assert narrowest == pytest.approx(word_width("นางสาวกนกวรรณ", name, cell.font_size))


def test_a_name_given_as_a_name_breaks_only_at_its_space_title_or_not() -> None:
    """The documents pass names as names (PersonName / Run(name=True)): no title needed."""
    from mk3desk.reports.thai_paragraph import ThaiParagraph
    from mk3desk.reports.thai_text import PersonName, Run, word_width

    style = STYLES.table_cell
    face = style.font_name(Run("x"))
    given, surname = "ประเสริฐศักดิ์", "วงศ์ศรีสุขสวัสดิ์"
    assert given not in segment(f"{given} {surname}")  # the word breaker cuts it
    width = word_width(f"{surname})", face, style.font_size) + 1
    runs = [Run("ผู้รับผิดชอบ ("), Run(f"{given} {surname}", name=True), Run(")")]
    lines = [line.text.strip() for line in break_lines(runs, width, style)]
    assert f"({given}" in lines and f"{surname})" in lines
    cell = ThaiParagraph(PersonName(f"{given} {surname}"), style)
    assert [line.text.strip() for line in cell.lines(width)] == [given, surname]
