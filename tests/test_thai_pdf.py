"""Thai PDFs as a reader checks them: fonts, text that copies back, lines, pages.

Two documents are built once per module: a multi-page report of paragraphs
from the source story, and a long table. They are then read back with
poppler (pdffonts, pdftotext) the way a user's PDF reader would.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, shapeStr
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.errors import StorageError
from mk3desk.domain.thainum import to_thai_digits
from mk3desk.domain.thaiwords import break_opportunities
from mk3desk.reports.blocks import Signer, signature_blocks, thai_table
from mk3desk.reports.fonts import (
    SARABUN_BODY_SIZE,
    body_size_for,
    bundled_fonts,
    choose_fonts,
    load_font_file,
)
from mk3desk.reports.page import (
    FRAME_WIDTH,
    DocumentInfo,
    build_pdf,
    document_styles,
    verification_code,
)
from mk3desk.reports.thai_draw import _justify_stretch, _pdf_text_string, draw_line, shaped_width
from mk3desk.reports.thai_paragraph import ThaiParagraph, paragraph_texts
from mk3desk.reports.thai_text import Align, Line, break_lines, clear_caches, parse_markup

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

OFFICE = "สพป.มหาสารคาม เขต ๓"
PRODUCED = date(2024, 7, 26)
MARKS = "ที่ ปู่ ญี่ปุ่น น้ำ ฐู ปั้น ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓ สพป. สพฐ. ๔.๗๔๕๑๑"
# From the source story (ผลงาน Best Practice ปีงบประมาณ พ.ศ. ๒๕๖๗), lightly cut.
STORY = [
    "รายงานผลการปฏิบัติราชการตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ "
    "และรายงานผลการดำเนินงานตามตัวชี้วัดในการเป็นระบบราชการ ๔.๐ (PMQA ๔.๐) "
    "ของสำนักเขตพื้นที่ การศึกษาประถมศึกษามหาสารคาม เขต ๓ ด้วยนวัตกรรม MK๓ Model "
    "ผลการประเมิน (KRS และ PMQA) ประจำปี ๒๕๖๗ มีค่าคะแนนสูงสุดเป็นลำดับที่ ๓๘ ของประเทศ "
    "ค่าเฉลี่ยที่ ๔.๗๔๔๕๑",
    "ทรัพยากรมนุษย์ (Human Resource Development : HRD) เป็นหัวใจสำคัญต่อการเปลี่ยนแปลงองค์กร "
    "(Change Organization) มนุษย์ซึ่งเป็นส่วนสำคัญขององค์กร "
    "จึงจำเป็นที่จะต้องได้รับการพัฒนาอย่างต่อเนื่องเพื่อให้มีความคิดสร้างสรรค์ (Initiative) "
    "ในการพัฒนางานให้เกิดองค์ความรู้ใหม่ๆ มุ่งสู่ความเป็นเลิศในด้านบริหารกิจการบ้านเมืองที่ดี "
    "การพัฒนาทรัพยากรมนุษย์เป็นการนำศักยภาพของแต่ละบุคคลมาใช้ ไม่ว่าจะเป็นการนำเอาความรู้ "
    "ความสามารถที่ใช้ในการปฏิบัติราชการ กฎหมายและระเบียบต่าง ๆ "
    "ที่จำเป็นในการปฏิบัติราชการและสมรรถนะเพื่อให้การปฏิบัติงานให้เกิดประโยชน์สูงสุด",
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓ "
    "นำนโยบายจากสำนักงานคณะกรรมการการศึกษา ขั้นพื้นฐานสู่การปฏิบัติ "
    "ขับเคลื่อนการดำเนินงานให้เป็นไปตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ "
    "(KRS) และมุ่งเป้าสู่การเป็นหน่วยงานในการเป็นระบบราชการ ๔.๐ (PMQA ๔.๐) "
    "โดยมีการรายงานข้อมูลการดำเนินงานอย่างต่อเนื่องตั้งแต่ ปี ๒๕๔๗ จนถึงปัจจุบัน "
    "และในปีงบประมาณ ๒๕๖๗ สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓ "
    "ดำเนินการรายงานผลการดำเนินงานตามตัวชี้วัดคำรับรองการปฏิบัติราชการ (KRS) "
    "ผ่านระบบ KRS (KPI Report System) โดย สพฐ. ได้ตรวจสอบและรับรองผลการดำเนินงาน",
    "การดำเนินงานตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) "
    "ของ ผอ.สพท. และ รอง ผอ. ร่วมกับ อ.ก.ค.ศ. และ กพร. ศธ. มีผลคะแนน "
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ สูงขึ้นในระดับคะแนนผ่านเกณฑ์ที่ ๔.๕๐๐๐๐",
]
ABBREVIATIONS = ["สพป.", "สพฐ.", "ผอ.สพท.", "รอง ผอ.", "อ.ก.ค.ศ.", "กพร.", "ศธ.", "พ.ศ."]


def _pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(pdf: Path) -> list[str]:
    return _pdftotext(pdf).split("\f")[:-1]


def _is_furniture(line: str) -> bool:
    """Header and footer lines (office name, page number, date, code)."""
    stripped = line.strip()
    return (
        stripped == OFFICE
        or re.fullmatch(r"- [๐-๙]+ -", stripped) is not None
        or stripped.startswith(("พิมพ์เมื่อ", "รหัสตรวจสอบ"))
    )


def _body_lines(page: str) -> list[str]:
    return [line for line in page.split("\n") if line.strip() and not _is_furniture(line)]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], str]:
    """A four-page-or-so report: heading, marks line, story paragraphs (twice), signatures."""
    styles = document_styles(bundled_fonts())
    sources = [MARKS] + STORY + [s.replace("๒๕๖๗", "๒๕๖๘") for s in STORY] + STORY
    story: list[Flowable] = [
        ThaiParagraph("รายงาน**ผลการดำเนินงาน**", styles.title, outline_level=0)
    ]
    for i, text in enumerate(sources):
        if i % 4 == 1:
            story.append(ThaiParagraph(f"ส่วนที่ {i}", styles.heading1, outline_level=1))
        story.append(ThaiParagraph(text, styles.body))
    signers = [Signer("นายสมชาย ใจดี", "ผู้อำนวยการกลุ่มนโยบายและแผน")]
    story.append(signature_blocks(signers, FRAME_WIDTH, styles.body_left))
    pdf = tmp_path_factory.mktemp("pdf") / "report.pdf"
    code = build_pdf(pdf, story, DocumentInfo("รายงาน", OFFICE, PRODUCED))
    return pdf, sources, code


@pytest.fixture(scope="module")
def table_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    styles = document_styles(bundled_fonts())
    rows: list[list[str | Flowable]] = [["ที่", "ตัวชี้วัด", "ค่าคะแนน"]]
    for i in range(1, 41):
        name = f"ตัวชี้วัดที่ {i} ร้อยละของผู้รับผิดชอบที่ดำเนินการตามแผนปฏิบัติการ ของ สพป.มหาสารคาม"
        rows.append([to_thai_digits(str(i)), name, "4.74511"])
    table = thai_table(
        rows,
        [1.5 * cm, 11 * cm, 3.5 * cm],
        cell_style=styles.table_cell,
        column_align=[Align.CENTER, None, Align.RIGHT],
    )
    pdf = tmp_path_factory.mktemp("pdf") / "table.pdf"
    build_pdf(pdf, [table], DocumentInfo("ตาราง", OFFICE, PRODUCED))
    return pdf


def test_every_font_is_embedded(report: tuple[Path, list[str], str]) -> None:
    out = subprocess.run(["pdffonts", str(report[0])], capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, "no fonts listed"
    assert any("Sarabun-Bold" in row for row in rows)  # the **bold** markup
    for row in rows:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def test_extracted_text_keeps_every_tone_mark(report: tuple[Path, list[str], str]) -> None:
    text = _pdftotext(report[0])
    assert MARKS in text.replace("\n", "")  # lines joined: a break is no character
    assert "\ufffd" not in text
    assert not re.search("[\ue000-\uf8ff]", text), "private-use stand-ins leaked into the text"


def _without_actual_text(pdf: Path) -> str:
    """The text as pdf.js or Preview read it: the fonts' ToUnicode maps, no /ActualText."""
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def test_text_reads_back_without_actual_text(report: tuple[Path, list[str], str]) -> None:
    """Issue #12: viewers that ignore /ActualText got private-use characters and lost marks."""
    pdf, sources, _ = report
    text = _without_actual_text(pdf)
    assert not re.search("[\ue000-\uf8ff]", text), "private-use stand-ins in ToUnicode"
    body = "".join(line for line in text.splitlines() if not _is_furniture(line))
    flat = unicodedata.normalize("NFKC", "".join(body.split()))
    for source in sources:
        # Compared without whitespace: line ends and justified spaces are the
        # reader's guess; every character, mark and its order must be there.
        assert unicodedata.normalize("NFKC", "".join(source.split())) in flat, source[:40]
    # and no space is read inside a word whose marks were moved ("ปิ่ นโต")
    spaced = unicodedata.normalize("NFKC", text)
    for word in ("ญี่ปุ่น", "ปั้น", "ฐู", "ประถมศึกษามหาสารคาม", "ผลการดำเนินงานตามตัวชี้วัด"):
        assert unicodedata.normalize("NFKC", word) in spaced, word


def test_body_text_reads_back_exactly_and_lines_end_between_words(
    report: tuple[Path, list[str], str],
) -> None:
    pdf, sources, _ = report
    lines = [line for page in _pages(pdf) for line in _body_lines(page)]
    lines = [line for line in lines if not line.startswith(("รายงานผลการดำเนินงาน", "ส่วนที่"))]
    remaining = iter(lines)
    for source in sources:
        offsets = set(break_opportunities(source)) | {len(source)}
        protected = {
            i
            for word in ABBREVIATIONS
            for m in re.finditer(re.escape(word), source)
            for i in range(m.start() + 1, m.end())
        }
        rebuilt = ""
        while len(rebuilt) < len(source):
            rebuilt += next(remaining)
            assert source.startswith(rebuilt), f"text differs after {rebuilt[-30:]!r}"
            assert len(rebuilt) in offsets, f"line ends inside a word: {rebuilt[-20:]!r}"
            assert len(rebuilt) not in protected, f"abbreviation split: {rebuilt[-20:]!r}"
        assert rebuilt == source


def test_a_paragraph_continues_on_the_next_page(report: tuple[Path, list[str], str]) -> None:
    pdf, sources, _ = report
    pages = [_body_lines(page) for page in _pages(pdf)]
    assert len(pages) >= 3
    starts = tuple(s[:12] for s in sources)
    # Some page begins mid-paragraph: its first line is not the start of a source paragraph.
    continued = [p for p in pages[1:] if p and not p[0].startswith((*starts, "ส่วนที่"))]
    assert continued, "no paragraph was split across pages"


def test_split_pieces_hold_every_line_once_without_a_blank_first_line() -> None:
    styles = document_styles(bundled_fonts())
    paragraph = ThaiParagraph(" ".join(STORY), styles.body)
    width = FRAME_WIDTH
    _, height = paragraph.wrap(width, 10_000)
    lines = paragraph.lines(width)
    head, tail = paragraph.split(width, height / 2)
    assert isinstance(head, ThaiParagraph) and isinstance(tail, ThaiParagraph)
    head_lines, tail_lines = head.lines(width), tail.lines(width)
    assert [ln.text for ln in [*head_lines, *tail_lines]] == [ln.text for ln in lines]
    assert tail_lines[0].text.strip() and tail_lines[0].indent == 0
    assert head.text + tail.text == paragraph.text
    assert head.wrap(width, 10_000)[1] <= height / 2
    # Re-wrapping the rest at another width re-breaks its source text, losing nothing.
    assert "".join(ln.text + ln.trailing for ln in tail.lines(width * 0.7)) == tail.text


def test_table_header_repeats_on_every_page(table_pdf: Path) -> None:
    pages = [_body_lines(page) for page in _pages(table_pdf)]
    assert len(pages) >= 2
    for lines in pages:
        assert lines[:3] == ["ที่", "ตัวชี้วัด", "ค่าคะแนน"], lines[:3]
        assert sum(line.strip() == "ค่าคะแนน" for line in lines) == 1


def test_page_numbers_from_page_two_in_thai_digits(report: tuple[Path, list[str], str]) -> None:
    pages = _pages(report[0])
    assert not re.search(r"- [๐-๙0-9]+ -", pages[0])
    for number, page in enumerate(pages[1:], start=2):
        assert f"- {to_thai_digits(str(number))} -" in page.split("\n")[:3]


def test_footer_shows_thai_date_and_verification_code(
    report: tuple[Path, list[str], str],
) -> None:
    pdf, _sources, code = report
    assert re.fullmatch(r"[0-9a-f]{10}", code)
    for page in _pages(pdf):
        assert "พิมพ์เมื่อ ๒๖ กรกฎาคม ๒๕๖๗" in page
        assert f"รหัสตรวจสอบ {code}" in page
        assert OFFICE in page
    assert verification_code(["a", "b"]) != verification_code(["ab"])


def test_verification_code_follows_the_content() -> None:
    styles = document_styles(bundled_fonts())
    story = [ThaiParagraph("คะแนน ๔.๗๔๕๑๑", styles.body)]
    assert paragraph_texts(story) == ["คะแนน ๔.๗๔๕๑๑"]
    other = [ThaiParagraph("คะแนน ๔.๗๔๕๑๒", styles.body)]
    assert verification_code(paragraph_texts(story)) != verification_code(paragraph_texts(other))


def test_headings_become_bookmarks(report: tuple[Path, list[str], str]) -> None:
    raw = report[0].read_bytes()
    assert b"/Outlines" in raw
    headings = 1 + sum(1 for i in range(len(report[1])) if i % 4 == 1)  # title + sections
    assert raw.count(b"/Title") == 1 + headings  # the document info has one too


def test_unwritable_target_raises_thai_storage_error(tmp_path: Path) -> None:
    styles = document_styles(bundled_fonts())
    target = tmp_path / "missing-folder" / "x.pdf"
    with pytest.raises(StorageError) as info:
        build_pdf(
            target, [ThaiParagraph("ทดสอบ", styles.body)], DocumentInfo("x", OFFICE, PRODUCED)
        )
    assert "บันทึกไฟล์ PDF" in str(info.value)
    assert not target.exists()


class _Broken(Flowable):  # type: ignore[misc]  # reportlab has no stubs: Flowable is Any
    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, 10

    def draw(self) -> None:
        raise RuntimeError("boom")


def test_failed_build_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    styles = document_styles(bundled_fonts())
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    story = [ThaiParagraph("ทดสอบ", styles.body), _Broken()]
    with pytest.raises(RuntimeError):
        build_pdf(target, story, DocumentInfo("x", OFFICE, PRODUCED))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_overlong_word_breaks_between_clusters_only() -> None:
    style = replace(document_styles(bundled_fonts()).body_left, size=16)
    word = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม"
    lines = break_lines(parse_markup(word), 60, style)
    assert len(lines) > 3
    assert "".join(line.text for line in lines) == word
    for line in lines:
        assert line.width <= 60
        assert line.text[0] not in "ะัาำิีึืุู่้๊๋็์"


def test_leading_is_at_least_one_and_a_half_times_the_size() -> None:
    style = replace(document_styles(bundled_fonts()).body, leading=10)
    assert style.line_height >= 1.5 * style.font_size


def test_bundled_sarabun_size_matches_th_sarabun_16pt() -> None:
    assert body_size_for(bundled_fonts_path("Sarabun-Regular.ttf")) == SARABUN_BODY_SIZE
    laksaman = Path("/usr/share/fonts/truetype/tlwg/Laksaman.ttf")
    if laksaman.exists():  # the metric clone of TH Sarabun New: 16 pt is 16 pt
        assert body_size_for(laksaman) == 16.0


def bundled_fonts_path(name: str) -> Path:
    from mk3desk.paths import fonts_dir

    return fonts_dir() / name


def test_unreadable_font_falls_back_to_bundled_with_thai_reason(tmp_path: Path) -> None:
    bad = tmp_path / "THSarabunNew.ttf"
    bad.write_bytes(b"this is not a font")
    with pytest.raises(StorageError) as info:
        load_font_file(bad)
    assert "ฟอนต์" in str(info.value)
    fonts = choose_fonts(bad, search=False)
    assert fonts.source == "bundled"
    assert fonts.problem is not None and "ฟอนต์" in fonts.problem.message


# -- the fast drawing path writes exactly what reportlab's own path writes ------------


def _own_advances(shaped: Any, font_name: str) -> Any:
    """reportlab's ShapedStr with each glyph moved sideways shown by a code whose PDF
    advance is the move back (ThaiTTFont.offset_code): the one deliberate difference
    from reportlab's own operators, so that text extraction without /ActualText reads
    no space after a moved mark (issue #12)."""
    data = getattr(shaped, "__shapeData__", None)
    if not data or not any(d.x_offset for d in data):
        return shaped
    ttf = pdfmetrics.getFont(font_name)
    chars = list(str(shaped))
    moved = list(data)
    for i, d in enumerate(data):
        if d.x_offset:
            width = d.x_advance - d.x_offset
            code = ttf.offset_code(ttf.face.charToGlyph[ord(chars[i])], width)
            chars[i] = chr(code)
            moved[i] = ShapeData(d.cluster, d.x_advance, d.y_advance, d.x_offset, d.y_offset, width)
    return ShapedStr("".join(chars), shapeData=moved)


def _reportlab_line(canvas: Any, line: Line, x: float, y: float, width: float, style: Any) -> None:
    """A line drawn the plain reportlab way (shapeStr, then TextObject.textOut).

    This was the engine's drawing code before it got its own operator writer;
    it stays here as the oracle the writer must match byte for byte.
    """
    size = style.font_size
    room = width - line.indent
    start = x + line.indent
    extra = _justify_stretch(line, room, style)
    chunks: list[tuple[Any, str, float, bool]] = []
    for piece in line.pieces:
        name = style.font_name(piece)
        parts = re.findall(r"\s+|\S+", piece.text) if extra else [piece.text]
        for part in parts:
            if extra and part.isspace():
                chunks.append((part, name, stringWidth(part, name, size), True))
            else:
                shaped = _own_advances(shapeStr(part, name, size), name)
                chunks.append((shaped, name, shaped_width(shaped, name, size), False))
    natural = sum(chunk[2] for chunk in chunks)
    if extra:
        extra = (room - natural) / sum(1 for chunk in chunks if chunk[3])
    if style.align is Align.CENTER:
        start += (room - natural) / 2
    elif style.align is Align.RIGHT:
        start += room - natural
    canvas.addLiteral(f"/Span <</ActualText {_pdf_text_string(line.text + line.trailing)}>> BDC")
    text_object = canvas.beginText()
    text_object.setFillColorRGB(*style.color)
    cursor, current = start, ""
    for shaped, name, advance, is_space in chunks:
        if is_space:
            cursor += advance + extra
            continue
        text_object.setTextOrigin(cursor, y)
        if name != current:
            text_object.setFont(name, size)
            current = name
        text_object.textOut(shaped)
        cursor += advance
    canvas.drawText(text_object)
    canvas.addLiteral("EMC")


ORACLE_TEXTS = [
    MARKS,
    *STORY,
    "ปั้น ป้ำ ฝั่ง ฟ้อง ฎีกา ฐานันดร ญาติ ผู้ใหญ่ บริษัท ไก่ ทั้งนี้ กิ๊ฟ น้ำ ปั่น ศึกษา",
    "ข้อความ **ตัวหนา ตัวชี้วัดที่ ๑๒** ปกติ PMQA 4.0 (KRS) ร้อยละ 95.5% “คำพูด”",
    "Plain Latin text, digits 2567 and AV To Wa kerning pairs",
    "ฤุู ฦุุ ฤฺุ",  # mistyped stacks: two lowered marks in a row, each at its own depth
]


@pytest.mark.parametrize("align", [Align.LEFT, Align.JUSTIFY, Align.CENTER, Align.RIGHT])
def test_drawn_operators_equal_reportlabs_own_shaping_path(align: Align) -> None:
    from reportlab.pdfgen.canvas import Canvas

    style = replace(document_styles(bundled_fonts()).body, align=align)
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    clear_caches()  # a first, cold build must agree too
    for round_no in range(2):  # and a second one, from the remembered runs
        for text in ORACLE_TEXTS:
            for line in break_lines(parse_markup(text), FRAME_WIDTH, style):
                draw_line(ours, line, 0, 700, FRAME_WIDTH, style)
                _reportlab_line(theirs, line, 0, 700, FRAME_WIDTH, style)
        assert "\n".join(ours._code) == "\n".join(theirs._code), f"round {round_no}"
    assert any(" Ts" in code for code in ours._code), "no raised mark was exercised"
    assert any(" TJ" in code for code in ours._code), "no positioned glyph was exercised"


# Words whose marks harfbuzz moves (stacked, lowered, shifted right of tall
# consonants), Latin pairs it kerns, and plain words it leaves alone.
MOVED_MARKS = "ปั้น ป้ำ ฝั่ง ฟ้อง ฎีกา ฐานันดร ญาติ ผู้ใหญ่ กิ๊ฟ น้ำ ปั่น ฤุู ฦุุ ที่ ปู่ ญี่ปุ่น"
OTHER_WORDS = "ศึกษา ตัวชี้วัด สำนักงาน การ และ ๔.๗๔๕๑๑ PMQA AV To Wa (KRS) 95.5% “คำพูด”"
ORACLE_WORDS = f"{MOVED_MARKS} {OTHER_WORDS}".split()


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(ORACLE_WORDS), min_size=1, max_size=40),
    gaps=st.lists(st.sampled_from(["", " ", "  ", "**"]), min_size=40, max_size=40),
    align=st.sampled_from(list(Align)),
    width=st.floats(min_value=80, max_value=FRAME_WIDTH),
)
def test_any_thai_line_is_drawn_as_reportlabs_own_path_draws_it(
    words: list[str], gaps: list[str], align: Align, width: float
) -> None:
    # Each line is drawn twice, at two heights: the second comes from the
    # operators the document remembered for the first.
    from reportlab.pdfgen.canvas import Canvas

    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    style = replace(document_styles(bundled_fonts()).body, align=align)
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    for y in (700.0, 512.25):
        for line in break_lines(parse_markup(text), width, style):
            draw_line(ours, line, 10, y, width, style)
            _reportlab_line(theirs, line, 10, y, width, style)
    assert "\n".join(ours._code) == "\n".join(theirs._code)


def _content_streams(pdf: Path) -> list[bytes]:
    """The decompressed page content streams (binary Flate, as build_pdf writes them)."""
    data = pdf.read_bytes()
    streams: list[bytes] = []
    for match in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\n", data):
        raw = data[match.end() : match.end() + int(match.group(1))]
        streams.append(zlib.decompress(raw))
    return [s for s in streams if b"BDC" in s]


def test_remembered_runs_never_leak_from_one_document_into_the_next(tmp_path: Path) -> None:
    # Glyph codes in a font subset are given per document, in order of first use:
    # a run remembered from another document would print the wrong glyphs.
    styles = document_styles(bundled_fonts())
    info = DocumentInfo("ลำดับ", OFFICE, PRODUCED, verification_code="0123456789")

    def story(texts: list[str]) -> list[Flowable]:
        return [ThaiParagraph(text, styles.body) for text in texts]

    clear_caches()
    build_pdf(tmp_path / "fresh.pdf", story(STORY[2:]), info)
    build_pdf(tmp_path / "other.pdf", story([MARKS, *STORY]), info)  # other order of glyphs
    build_pdf(tmp_path / "again.pdf", story(STORY[2:]), info)
    assert _content_streams(tmp_path / "again.pdf") == _content_streams(tmp_path / "fresh.pdf")
    assert _content_streams(tmp_path / "other.pdf") != _content_streams(tmp_path / "fresh.pdf")


def test_streams_are_binary_and_reportlab_setting_is_restored(
    report: tuple[Path, list[str], str], tmp_path: Path
) -> None:
    from reportlab import rl_config

    assert b"ASCII85Decode" not in report[0].read_bytes()
    assert _content_streams(report[0]), "page streams should inflate as plain Flate"
    assert rl_config.useA85 == 1  # reportlab's default, for other code in the process

    class Boom(Flowable):  # type: ignore[misc]  # reportlab has no stubs: Flowable is Any
        def wrap(self, *args: float) -> tuple[float, float]:
            raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        build_pdf(tmp_path / "x.pdf", [Boom()], DocumentInfo("x", OFFICE, PRODUCED))
    assert rl_config.useA85 == 1


def test_line_breaks_handed_out_are_copies() -> None:
    style = document_styles(bundled_fonts()).body
    first = break_lines(parse_markup(STORY[0]), FRAME_WIDTH, style)
    expected = list(first)
    first.clear()
    assert break_lines(parse_markup(STORY[0]), FRAME_WIDTH, style) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("uni0E48.small", "\u0e48"),
        ("uni0E34.narrow", "\u0e34"),
        ("uni0E4D0E49.narrow", "\u0e49\u0e4d"),  # typed tone first: น้ำ = น ้ ำ (ำ = ํ + า)
        ("uni0E240E45", "ฤๅ"),
        ("thoThanthai.less", "ฐ"),
        ("yoYingthai.less", "ญ"),
        ("maiEkthai_nikhahitthai", "\u0e48\u0e4d"),
        ("uniF70A", None),  # a private-use name says nothing
        ("glyph123", None),
    ],
)
def test_glyph_names_give_the_thai_they_draw(name: str, text: str | None) -> None:
    from mk3desk.reports.tounicode import LEGACY_THAI_PUA, text_of_glyph_name

    assert text_of_glyph_name(name) == text
    assert LEGACY_THAI_PUA[0xF70A] == "\u0e48" and LEGACY_THAI_PUA[0xF700] == "ฐ"  # Windows
    assert LEGACY_THAI_PUA[0xF88B] == "\u0e48" and LEGACY_THAI_PUA[0xF89E] == "ฐ"  # Mac
