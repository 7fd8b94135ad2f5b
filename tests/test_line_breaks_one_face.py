"""Text in one face (most paragraphs) is broken by a shorter path: it must give the same lines.

The general path cuts a paragraph into units made of pieces, one per face; a
paragraph in one face is broken from the words' text and widths alone. A
paragraph of two runs, the second one empty, still takes the general path, so
the two can be compared on any text.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.reports.fonts import bundled_fonts
from mk3desk.reports.page import FRAME_WIDTH, document_styles
from mk3desk.reports.thai_text import Align, Run, TextStyle, break_lines

STYLES = document_styles(bundled_fonts())
# Body text (justified, first-line indent), a bold heading, a small table cell.
STYLE_CHOICES = [
    STYLES.body,
    STYLES.heading1,
    STYLES.table_cell,
    replace(STYLES.small, align=Align.RIGHT),
]
PIECES = [
    "ผู้อำนวยการ",
    "สำนักงานเขตพื้นที่การศึกษา",
    "ประถมศึกษา",
    "มหาสารคาม",
    "เขต",
    "๓",
    "ตัวชี้วัด",
    "ร้อยละ",
    "95.5%",
    "(KRS)",
    "รอง ผอ.สพท.",
    "meeting-minutes-2567.pdf",
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม",  # wider than a narrow line
    " ",
    "  ",
    "\n",
    " \n ",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    width=st.one_of(st.just(FRAME_WIDTH), st.floats(min_value=40, max_value=FRAME_WIDTH)),
    style=st.sampled_from(STYLE_CHOICES),
    bold=st.booleans(),
    first_line=st.booleans(),
)
def test_one_face_text_breaks_into_the_same_lines_as_the_general_path(
    text: str, width: float, style: TextStyle, bold: bool, first_line: bool
) -> None:
    run = Run(text, bold=bold)
    fast = break_lines([run], width, style, first_line=first_line)
    general = break_lines([run, Run("")], width, style, first_line=first_line)
    assert fast == general  # the same texts, widths, indents and dropped whitespace
