"""Dependencies held honestly: what mk3desk copied from them, and what it still leans on.

* pythainlp: ``mk3desk.domain.wordcut_patterns`` holds copies of private newmm
  patterns and functions. These tests fail when pythainlp's own change, so the
  copies (and wordcut.py, which follows newmm step by step) are brought up to date
  on purpose rather than drifting apart in silence.
* reportlab and openpyxl: the few private names mk3desk still uses (pinned to a
  tested range in pyproject.toml) must exist and behave as the code expects on a
  tiny input. A failure here after an upgrade names the internal that moved.
* argparse (the standard library): ``mk3desk.argparse_thai`` puts Thai behind the
  names argparse looks its words up with; its own test
  (tests/test_cli_argparse_thai.py) fails when a newer Python moves them.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from mk3desk.domain import wordcut_patterns

# -- pythainlp: the copies equal the originals ---------------------------------------


def test_newmm_patterns_are_pythainlps() -> None:
    from pythainlp.tokenize import newmm, tcc_p

    assert wordcut_patterns.PAT_TCC.pattern == tcc_p._PAT_TCC.pattern
    assert wordcut_patterns.PAT_TCC.flags == tcc_p._PAT_TCC.flags
    assert wordcut_patterns.PAT_NONTHAI.pattern == newmm._PAT_NONTHAI.pattern
    assert wordcut_patterns.PAT_NONTHAI.flags == newmm._PAT_NONTHAI.flags
    assert wordcut_patterns.PAT_THAI_TWOCHARS.pattern == newmm._PAT_THAI_TWOCHARS.pattern
    assert wordcut_patterns.MAX_GRAPH_SIZE == newmm._MAX_GRAPH_SIZE


def test_number_rejoining_is_pythainlps() -> None:
    from pythainlp.tokenize import _utils

    assert wordcut_patterns._DIGITS_WITH_SEPARATOR.pattern == _utils._DIGITS_WITH_SEPARATOR.pattern
    examples = [
        [],
        ["ขณะ", "นี้", "เวลา", " ", "12", ":", "00น", " ", "1", ",", "234", ".", "5", " ", "บาท"],
        ["IP", " ", "127", ".", "0", ".", "0", ".", "1", " ", "ครับ"],
        ["PMQA", " ", "4", ".", "0"],
        ["ร้อยละ", " ", "4", ".", "74511", "%"],
        ["1", ".", "2", ".", "3", ".", ".", "4"],
        ["๔", ".", "๗๔"],
    ]
    pieces = ["1", "23", ".", ",", ":", " ", "ก", "ข้อ", "4.", ".5", "x", ""]
    chance = random.Random(9)
    examples += [[chance.choice(pieces) for _ in range(chance.randint(1, 12))] for _ in range(500)]
    for tokens in examples:
        assert wordcut_patterns.rejoin_formatted_num(list(tokens)) == (
            _utils.rejoin_formatted_num(list(tokens))
        ), tokens


# -- reportlab: what reports/shaping.py and thai_draw.py lean on ---------------------
# shaping.py writes the text operators reportlab's TextObject would write, with
# reportlab's own number formatting and PDF escaping, the glyph tables of its
# TTFont and its subsets (tests/test_thai_pdf.py compares the bytes with
# reportlab's path; these tests name the internal when one moves).


def _sarabun() -> Any:
    """A TTFont of the bundled Sarabun, never registered: the tests may change its tables."""
    from reportlab.pdfbase.ttfonts import TTFont

    from mk3desk import paths
    from mk3desk.reports.fonts import BUNDLED_FILES

    return TTFont("mk3-drift-test", str(paths.fonts_dir() / BUNDLED_FILES["regular"]))


def test_reportlab_number_formatting_and_pdf_escaping() -> None:
    from reportlab.lib.rl_accel import escapePDF, fp_str

    assert [fp_str(v) for v in (0, 1.0, 0.5, 12.34567, -0.0001, 16.8)] == [
        "0",
        "1",
        ".5",
        "12.34567",
        "-0.0001",
        "16.8",
    ]
    assert escapePDF(b"a(b)\\\x00\xff") == "a\\(b\\)\\\\\\000\\377"
    assert escapePDF("a(b)") == "a\\(b\\)"


def test_reportlab_ttfont_glyph_tables_and_private_glyphs() -> None:
    import uharfbuzz

    ttf = _sarabun()
    face = ttf.face
    assert isinstance(face.unitsPerEm, int) and face.unitsPerEm > 0
    assert face._pdfScale(face.unitsPerEm) == 1000  # font units -> thousandths of an em
    ko = ord("ก")
    gid = face.charToGlyph[ko]
    assert ko in face.glyphToChar[gid]
    assert isinstance(face.charWidths[ko], int | float)

    hb_font = ttf.hbFont(16)  # sets up hbAddPrivate too
    assert isinstance(hb_font, uharfbuzz.Font)
    unnamed = next(g for g in range(1, 5000) if g not in face.glyphToChar)
    code = ttf.hbAddPrivate("drift.test", unnamed, 432)
    assert 0xE000 <= code <= 0xF800
    assert face.glyphToChar[unnamed][-1] == code and face.charWidths[code] == 432
    assert ttf.hbAddPrivate("drift.test", unnamed, 432) == code  # one stand-in per name


def test_reportlab_subsets_and_canvas_internals() -> None:
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfgen.canvas import Canvas

    ttf = _sarabun()
    canvas = Canvas(io.BytesIO())
    doc = canvas._doc
    assert isinstance(doc, PDFDocument)
    parts = ttf.splitString("สวัสดี", doc)
    assert [subset for subset, _ in parts] == [0]
    assert isinstance(parts[0][1], bytes) and len(parts[0][1]) == len("สวัสดี")
    assert ttf.getSubsetInternalName(0, doc).startswith("/F")
    assert canvas.bottomup in (0, 1)
    canvas.addLiteral("% drift test")  # thai_draw writes its operators through this


def test_thai_paragraph_draws_what_reportlabs_flowable_drawon_would() -> None:
    # ThaiParagraph.drawOn writes reportlab's "q", translation and "Q" itself, straight
    # into the canvas's code list, instead of Flowable.drawOn's saveState / translate /
    # restoreState: the same operators, and the canvas's tracked state left as it was.
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus.flowables import Flowable

    from mk3desk.reports.fonts import choose_fonts
    from mk3desk.reports.thai_paragraph import ThaiParagraph
    from mk3desk.reports.thai_text import TextStyle

    style = TextStyle(choose_fonts(), left_indent=7.25, color=(0.2, 0.3, 0.4))
    written = []
    for draw_on in (ThaiParagraph.drawOn, Flowable.drawOn):
        canvas = Canvas(io.BytesIO())
        canvas.translate(3, 4)  # a "cm" before: reportlab's translate would merge into it
        canvas.saveState()  # ... unless a "q" came between, as always before drawOn
        paragraph = ThaiParagraph("ตัวชี้วัด **ที่ ๑.๑** ผลการดำเนินงาน " * 8, style)
        paragraph.wrap(200.0, 1000.0)
        before = {name: canvas.__dict__[name] for name in canvas.STATE_ATTRIBUTES}
        mark = len(canvas._code)
        draw_on(paragraph, canvas, 101.06251234, 523.456789)
        after = {name: canvas.__dict__[name] for name in canvas.STATE_ATTRIBUTES}
        assert after == before
        written.append(canvas._code[mark:])
    ours, reportlabs = written
    assert ours == reportlabs
    assert ours[0] == "q" and ours[1].endswith(" cm") and ours[-1] == "Q"


def test_reportlab_writes_each_subsets_tounicode_where_thaittfont_rewrites_it() -> None:
    """reports/tounicode.py: addObjects writes one ToUnicode stream per subset, named
    "toUnicodeCMap:" + base font name (SUBSETN + "+" + face name), from state.subsets,
    with lines "<code> <unicode>" as makeToUnicodeCMap writes them; a glyph may be
    shown by several codes (charToGlyph/charWidths entries of our own)."""
    from reportlab.pdfbase.ttfonts import SUBSETN, makeToUnicodeCMap
    from reportlab.pdfgen.canvas import Canvas

    assert "<01> <0E01>" in makeToUnicodeCMap("X", [0, 0x0E01]).splitlines()
    ttf = _sarabun()
    face = ttf.face
    gid = face.charToGlyph[ord("่")]
    face.charToGlyph[0xF8FF], face.charWidths[0xF8FF] = gid, 140  # a second code, own width
    canvas = Canvas(io.BytesIO())
    doc = canvas._doc
    ttf.splitString("ก่\uf8ff", doc)
    subsets = [list(subset) for subset in ttf.state[doc].subsets]
    assert 0xF8FF in subsets[0]
    ttf.getSubsetInternalName(0, doc)
    ttf.addObjects(doc)
    base = b"".join((SUBSETN(0), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
    stream = doc.idToObject["toUnicodeCMap:" + base]
    assert f"<{subsets[0].index(0xF8FF):02X}> <F8FF>" in stream.content
    assert face.getCharWidth(0xF8FF) == 140
    assert b"glyf" in face.makeSubset(subsets[0])  # two codes of one glyph subset fine


def test_reportlab_ascii85_setting_is_read_when_a_document_is_made() -> None:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    # page.py turns useA85 off around its builds (binary streams), and back on after.
    saved = rl_config.useA85
    try:
        rl_config.useA85 = 0
        target = io.BytesIO()
        canvas = Canvas(target, pageCompression=1)
        canvas.drawString(10, 10, "abc")
        canvas.save()
    finally:
        rl_config.useA85 = saved
    assert b"/ASCII85Decode" not in target.getvalue()


def test_reportlab_shaped_strings_carry_their_shape_data() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

    from mk3desk.reports.fonts import bundled_fonts

    name = bundled_fonts().regular
    shaped = shapeStr("น้ำ", name, 16)
    assert isinstance(shaped, ShapedStr)
    data = shaped.__shapeData__
    assert len(data) == len(shaped)
    for glyph in data:
        assert {"x_advance", "x_offset", "y_offset", "width"} <= set(dir(glyph))
    assert pdfmetrics.getFont(name).shapable


# -- openpyxl: what exchange/safety.py and writer.py lean on --------------------------


def test_openpyxl_parses_with_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True  # safety.py refuses workbooks otherwise


def test_openpyxl_illegal_characters_pattern() -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    assert ILLEGAL_CHARACTERS_RE.sub("", "ก\x00ข\x08\x0b\x0c\x1f\tค\nง\r") == "กข\tค\nง\r"


def test_openpyxl_keeps_text_typed_as_text(tmp_path: Path) -> None:
    import openpyxl

    # writer.py stores "=..." entered by a clerk as text by setting the cell's data_type.
    path = tmp_path / "text.xlsx"
    book = openpyxl.Workbook()
    cell = book.active["A1"]
    cell.value = "=1+1"
    cell.data_type = "s"
    book.save(path)
    again = openpyxl.load_workbook(path)
    assert again.active["A1"].value == "=1+1" and again.active["A1"].data_type == "s"


def test_openpyxl_read_only_sheets_expose_their_xml_part(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "tiny.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "ข้อมูล"
    book.active["A1"] = "=1+1"
    book.save(path)
    opened = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        sheet = opened["ข้อมูล"]
        sheet.reset_dimensions()
        part = sheet._worksheet_path  # safety.py scans this part's XML itself
        assert part in opened._archive.namelist()
        with opened._archive.open(part) as source:
            xml = source.read()
        assert b"<f>1+1</f>" in xml
    finally:
        opened.close()
