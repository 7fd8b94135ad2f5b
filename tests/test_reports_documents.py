"""The printed documents of the demo office, read back the way a clerk's PDF reader would.

One demo database for the module; each kind of document is generated once and
then read with poppler (pdftotext, pdffonts). Expected figures come from the
services (the computed and the official FY2567 result), never from the PDF.
"""

from __future__ import annotations

import contextlib
import html
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
from sqlalchemy import text as sql_text

from mk3desk.db.engine import Database
from mk3desk.domain.errors import NotFoundError, StorageError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.thaidate import THAI_MONTHS_ABBR, fiscal_year_range, format_thai_date
from mk3desk.domain.thainum import NumeralStyle, format_number, format_score, to_thai_digits
from mk3desk.domain.thaiwords import CUT_AFTER_SEPARATOR, break_opportunities, cut_points
from mk3desk.reports.documents.common import DocumentContext, make_context
from mk3desk.reports.documents.indicator_report import CERTIFICATION, certification
from mk3desk.reports.documents.layout import lay_out
from mk3desk.reports.documents.registry import KINDS, get_kind
from mk3desk.reports.page import FRAME_WIDTH, MARGIN_LEFT, DocumentInfo, build_pdf
from mk3desk.reports.thai_paragraph import ThaiParagraph, paragraph_texts, story_paragraphs
from mk3desk.reports.thai_text import Run, break_lines, clear_caches
from mk3desk.services import best_practice, lookup, scoring, settings
from mk3desk.services.context import Actor
from mk3desk.services.documents import gather
from mk3desk.services.reports import ReportResult, generate
from tests import prebuilt
from tests.support import fresh_database, office_with_year

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

TODAY = date(2024, 7, 26)  # FY2567, before the demo's deadlines of the current year


_READ: dict[tuple[str, tuple[str, ...], int, int], str] = {}


def _text(pdf: Path, *args: str) -> str:
    """What pdftotext reads in *pdf*; a file read before and unchanged since (same
    size and modification time) is not read again: the tests ask about the same
    generated documents many times."""
    stat = pdf.stat()
    key = (str(pdf), args, stat.st_size, stat.st_mtime_ns)
    if key not in _READ:
        out = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True)
        _READ[key] = out.stdout
    return _READ[key]


def _flat(pdf: Path) -> str:
    """The text in drawing order (table cells whole), line breaks and spaces removed."""
    return re.sub(r"\s+", "", _text(pdf, "-raw"))


def _has(pdf: Path, phrase: str) -> bool:
    return re.sub(r"\s+", "", phrase) in _flat(pdf)


def _lines(pdf: Path) -> list[tuple[str, float, float]]:
    """(text, left, right) of every line poppler finds, in points from the page's left edge."""
    found = []
    for attrs, body in re.findall(r"<line ([^>]*)>(.*?)</line>", _text(pdf, "-bbox-layout"), re.S):
        box = dict(re.findall(r'(\w+)="([\d.]+)"', attrs))
        words = re.findall(r"<word [^>]*>(.*?)</word>", body)
        found.append((html.unescape(" ".join(words)), float(box["xMin"]), float(box["xMax"])))
    return found


def _year(database: Database, be_year: int = 2567) -> OfficeYear:
    with database.session() as session:
        return lookup.resolve_year(session, be_year)


def _laid_out(database: Database, key: str) -> tuple[DocumentContext, list[Any]]:
    """The context and the story of document *key* of FY2567, as generate() lays it out."""
    with database.session() as session:
        data = gather(session, key, lookup.resolve_year(session, 2567), today=TODAY)
    return lay_out(get_kind(key), data)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "office.sqlite3", TODAY)
    return database


@pytest.fixture(scope="module")
def docs(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportResult]:
    folder = tmp_path_factory.mktemp("docs")
    # The annual book first, with every cache forgotten: the first build of
    # test_a_first_build_and_a_second_build_of_the_book_are_the_same.
    clear_caches()
    made = {"book": generate(demo, "book", _year(demo), folder / "book.pdf", today=TODAY)}
    for kind in KINDS:
        if kind.key in made:
            continue
        made[kind.key] = generate(
            demo, kind.key, _year(demo), folder / f"{kind.key}.pdf", today=TODAY
        )
    made["indicator-7.1.1"] = generate(
        demo, "indicator", _year(demo), folder / "i711.pdf", indicator_code="7.1.1", today=TODAY
    )
    return made


def test_every_kind_embeds_its_fonts_and_keeps_thai_marks(docs: dict[str, ReportResult]) -> None:
    for key, result in docs.items():
        rows = subprocess.run(
            ["pdffonts", str(result.path)], capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert rows, key
        for row in rows:
            emb, _sub, uni = row.split()[-5:-2]
            assert (emb, uni) == ("yes", "yes"), f"{key}: {row}"
        text = _text(result.path)
        assert "\ufffd" not in text and not re.search("[\ue000-\uf8ff]", text), key
        assert result.pages >= 1 and len(result.code) == 10


def test_summary_shows_computed_and_official_figures_of_the_year(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        result = scoring.year_result(session, year)
    assert result.official is not None and result.official.total is not None
    pdf = docs["summary"].path
    thai = NumeralStyle.THAI
    assert _has(pdf, format_score(result.score.total, thai))
    assert _has(pdf, format_score(result.official.total, thai))  # ๔.๗๔๗๕๑๑ in the seed
    for category in result.score.categories:
        assert _has(pdf, f"{to_thai_digits(str(category.number))}{category.title}")
        assert _has(pdf, format_score(category.score, thai))
    assert _has(pdf, f"ลำดับที่ {to_thai_digits(str(result.official.rank))} ของประเทศ")
    assert _has(pdf, "มุ่งสู่ระบบราชการ ๔.๐")
    assert _has(pdf, "(นายประเสริฐ วงศ์ศรีสุข)")  # the demo's director signs
    assert docs["summary"].pages == 1
    assert not docs["summary"].warnings


def test_indicator_report_has_criteria_pdca_evidence_and_three_signers(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    pdf = docs["indicator"].path  # every indicator, one after another
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        first = year.indicators[0]
        criterion = first.criteria[0]
        assert first.pdca is not None and first.assignment and first.assignment.owner
        plan_line = first.pdca.plan_text.splitlines()[0]
        owner = first.assignment.owner.name
        files = [e.file_name for e in first.evidence if e.removed_at is None]
        codes = [i.code for i in year.indicators]
    assert _has(pdf, f"ตัวชี้วัด {to_thai_digits(first.code)}")
    assert _has(pdf, to_thai_digits(criterion.text[:40]))
    assert _has(pdf, "ระดับพื้นฐาน (Basic)") and _has(pdf, "ผ่าน")
    assert _has(pdf, to_thai_digits(plan_line))
    assert _has(pdf, f"({owner})")
    for name in files:
        assert name.replace("-", "") in _flat(pdf).replace("-", "")
    for role in ("ผู้รายงาน", "ผู้ตรวจสอบ", "ผู้รับรอง"):
        assert _has(pdf, role)
    # One bookmark per indicator, on a page of its own.
    assert [e.title.split()[1] for e in docs["indicator"].outline] == [
        to_thai_digits(c) for c in codes
    ]
    pages = [e.page for e in docs["indicator"].outline]
    assert all(p is not None for p in pages) and pages == sorted(set(pages))  # type: ignore[type-var]


def test_evidence_names_break_after_a_separator_and_show_the_years_dates(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    pdf = docs["indicator"].path
    first, last = fiscal_year_range(2567)
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        files = [(e.file_name, e.added_at.date()) for i in year.indicators for e in i.evidence]
    names = {name for name, _ in files}
    # The last word of each line (after the row number, "๒ score-trend-"): a line
    # that ends with only the start of a name ends after one of its separators
    # ("score-trend-" + "chart.png"), never inside a word or its extension.
    ends = [line.split()[-1] for line in _text(pdf, "-raw").splitlines() if line.split()]
    split = [(name, end) for name in names for end in ends if name.startswith(end) and end != name]
    assert split, "the demo's names are wider than their column: some must be split"
    for name, line in split:
        assert cut_points(name).get(len(line)) == CUT_AFTER_SEPARATOR, (name, line)
    # Files were attached during the year's work, and the report says when.
    flat = _flat(pdf)
    for _, attached in files:
        assert first <= attached <= last
        assert re.sub(r"\s+", "", format_thai_date(attached, style="short")) in flat


def test_the_certification_is_centred_over_the_signatures_on_every_line(
    demo: Database, docs: dict[str, ReportResult], tmp_path: Path
) -> None:
    centre = MARGIN_LEFT + FRAME_WIDTH / 2
    in_report = [line for line in _lines(docs["indicator-7.1.1"].path) if "ขอรับรองว่า" in line[0]]
    assert in_report
    for _, left, right in in_report:
        assert abs((left + right) / 2 - centre) < 1.5
    # A longer statement wraps; each of its lines is centred the same way.
    longer = (
        f"{CERTIFICATION} และหลักฐานประกอบทุกรายการเป็นสำเนาที่ถูกต้องของต้นฉบับ "
        "ซึ่งเก็บรักษาไว้ที่สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓"
    )
    with demo.session() as session:
        data = gather(session, "summary", lookup.resolve_year(session, 2567), today=TODAY)
    context = make_context(data.year)
    pdf = tmp_path / "certify.pdf"
    story = certification(context, longer)
    build_pdf(pdf, story, DocumentInfo("c", "สพป.มหาสารคาม เขต ๓", TODAY), context.fonts)
    body = [line for line in _lines(pdf) if line[0].replace(" ", "") in longer.replace(" ", "")]
    assert "".join(text for text, _, _ in body).replace(" ", "") == longer.replace(" ", "")
    assert len(body) >= 2
    for text, left, right in body:
        assert abs((left + right) / 2 - centre) < 1.5, text


def test_outcome_indicator_shows_target_and_three_years(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    pdf = docs["indicator-7.1.1"].path
    with demo.session() as session:
        ind = lookup.find_indicator(session, lookup.find_year(session, 2567), "7.1.1")
        values = {v.be_year: v.value for v in ind.outcome_values}
        target = ind.target
    assert target is not None
    places = max(0, -int(target.as_tuple().exponent))  # the values print as the target does
    for be in (2565, 2566, 2567):
        assert _has(pdf, f"ปี {to_thai_digits(str(be))}")
        assert _has(pdf, format_number(values[be], decimals=places, style=NumeralStyle.THAI))
    assert _has(pdf, "ค่าเป้าหมาย") and _has(pdf, to_thai_digits(str(target)))
    assert len(docs["indicator-7.1.1"].outline) == 1


def test_annual_book_has_forty_pages_bookmarks_and_a_true_contents(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    book = docs["book"]
    assert book.pages >= 40
    info = subprocess.run(["pdfinfo", str(book.path)], capture_output=True, text=True).stdout
    assert re.search(rf"Pages:\s+{book.pages}\b", info)
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        n_indicators, n_categories = len(year.indicators), len(year.categories)
    # Parts 1, 2 and the appendices, the year's SWOT (in part 1), every category and
    # indicator, three appendices.
    assert len(book.outline) == 3 + 1 + n_categories + n_indicators + 3
    assert [e.level for e in book.outline[:4]] == [0, 1, 0, 1]
    assert book.outline[1].title.startswith("การวิเคราะห์ SWOT")
    pages = _text(book.path).split("\f")
    contents = re.sub(r"\s+", "", "".join(pages[1:6]))
    for entry in book.outline:
        assert entry.page is not None
        # The heading is on the page the contents say, and the contents list it.
        assert re.sub(r"\s+", "", entry.title)[:30] in re.sub(r"\s+", "", pages[entry.page - 1])
        assert to_thai_digits(str(entry.page)) in contents
    assert pages[0].count("สารบัญ") == 0 and "สารบัญ" in pages[1]


def test_committee_order_is_printed_from_the_committee_record_in_the_official_form(
    docs: dict[str, ReportResult],
) -> None:
    """Issue #12: the order's own number and date (not the print day, with "พ.ศ."), one
    role per person, the signer in brackets under blank space, no header or footer."""
    pdf = docs["committee"].path
    text = _text(pdf)
    assert _has(pdf, "คำสั่งสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓")
    assert _has(pdf, "ที่ ๑๒๓/๒๕๖๖")  # the demo's FY2567 order, signed in October 2566
    assert _has(pdf, "นายประเสริฐ วงศ์ศรีสุข") and _has(pdf, "ประธานกรรมการ")
    assert _has(pdf, "นางวิไลวรรณ ทองประเสริฐ") and _has(pdf, "รองประธานกรรมการ")
    assert _has(pdf, "นางสาวกนกวรรณ พลศรีเมือง") and _has(pdf, "กรรมการและเลขานุการ")
    assert _has(pdf, "นางพรทิพย์ ศรีวงศ์ไชย")  # a group head
    assert _has(pdf, "สั่ง ณ วันที่ ๑๖ ตุลาคม พ.ศ. ๒๕๖๖")
    assert "๒๖ กรกฎาคม" not in text, "never the print day"
    assert _has(pdf, "(นายประเสริฐ วงศ์ศรีสุข)") and "(ลงชื่อ)" not in text
    assert "พิมพ์เมื่อ" not in text and "รหัสตรวจสอบ" not in text
    assert text.split("คำสั่ง")[0].strip() == "", "no running header above the order"
    # The chair is listed once: nobody holds two leading roles.
    assert text.count("นายประเสริฐ วงศ์ศรีสุข") == 2  # the list and the signature


def test_assignment_list_and_monitoring_cover_every_indicator(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        owners = {
            i.assignment.owner.name for i in year.indicators if i.assignment and i.assignment.owner
        }
        codes = [i.code for i in year.indicators]
    for key in ("assignments", "monitoring"):
        flat = _flat(docs[key].path)
        for code in codes:
            assert to_thai_digits(code) in flat, (key, code)
        for owner in owners:
            assert owner.replace(" ", "") in flat, (key, owner)
    assert _has(docs["monitoring"].path, "สะท้อนผลแล้ว")
    assert _has(docs["assignments"].path, "ปฏิทินการดำเนินงาน")


def test_best_practice_prints_saved_narratives_and_the_results_table(
    demo: Database, tmp_path: Path
) -> None:
    with demo.transaction() as session:
        best_practice.save_best_practice(
            session, Actor.system(), {"dissemination": "เผยแพร่ผ่านวิทยุชุมชนของ{office}"}
        )
    try:
        result = generate(demo, "best-practice", _year(demo), tmp_path / "bp.pdf", today=TODAY)
        pdf = result.path
        assert _has(pdf, "เผยแพร่ผ่านวิทยุชุมชนของสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓")
        assert _has(pdf, "M = Management")  # a default section in the seed's wording
        assert _has(pdf, "คะแนนถ่วงน้ำหนัก") and _has(pdf, "๔.๗๔๕๑๑")
        assert result.outline[0].title == "๑. ชื่อผลงาน"
        assert len(result.outline) == len(best_practice.SECTIONS)
    finally:
        with demo.transaction() as session:
            best_practice.save_best_practice(session, Actor.system(), {"dissemination": ""})
    with demo.session() as session:
        texts = best_practice.load_best_practice(session, 2567)
    assert "วิทยุชุมชน" not in texts["dissemination"]  # empty went back to the default


def test_body_lines_end_between_words(demo: Database, tmp_path: Path) -> None:
    """Every multi-line body paragraph reads back exactly, broken only at word boundaries."""
    context, story = _laid_out(demo, "best-practice")
    sources = [t for t in paragraph_texts(story) if len(t) > 90]
    pdf = tmp_path / "bp.pdf"
    build_pdf(pdf, story, DocumentInfo("bp", "สพป.มหาสารคาม เขต ๓", TODAY), context.fonts)
    furniture = re.compile(r"(สพป\.มหาสารคาม เขต ๓|- [๐-๙]+ -|พิมพ์เมื่อ.*|รหัสตรวจสอบ.*)")
    lines = [
        line
        for line in _text(pdf).replace("\f", "\n").split("\n")
        if line.strip() and not furniture.fullmatch(line.strip())
    ]
    checked = 0
    for source in sources:
        offsets = set(break_opportunities(source)) | {len(source)}
        for start in (i for i, line in enumerate(lines) if source.startswith(line)):
            rebuilt, ends, i = "", [], start
            while len(rebuilt) < len(source) and i < len(lines):
                rebuilt += lines[i]
                ends.append(len(rebuilt))
                i += 1
            if rebuilt != source:
                continue  # a short line that merely starts like this paragraph
            inside = [rebuilt[max(0, e - 20) : e] for e in ends if e not in offsets]
            assert not inside, f"lines end inside a word: {inside}"
            checked += 1
            break
    assert checked == len(sources) >= 8


@pytest.fixture(scope="module")
def book_paragraphs(demo: Database) -> list[ThaiParagraph]:
    """Every paragraph of the annual book of FY2567, as generate() lays them out."""
    return story_paragraphs(_laid_out(demo, "book")[1])


def test_the_demo_book_is_cut_into_the_words_pythainlp_finds(
    book_paragraphs: list[ThaiParagraph],
) -> None:
    # mk3desk.domain.wordcut runs pythainlp's newmm faster; on every text of the
    # annual book it must find exactly the words pythainlp's own newmm finds.
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_tokenize
    from pythainlp.util import dict_trie

    from mk3desk.domain.thaiwords import _load_tokenizer, office_words

    trie = dict_trie(set(thai_words()) | set(office_words()))
    texts = sorted({paragraph.text for paragraph in book_paragraphs})
    assert len(texts) > 500
    for text in texts:
        expected = word_tokenize(text, custom_dict=trie, engine="newmm", keep_whitespace=True)
        assert _load_tokenizer()(text) == expected, text


def test_the_demo_book_breaks_lines_as_the_general_path_does(
    book_paragraphs: list[ThaiParagraph],
) -> None:
    # A paragraph in one face takes a shorter path through the line breaker; a
    # second, empty run sends the same text through the general one.
    paragraphs = book_paragraphs
    one_face = [p for p in paragraphs if len(p.runs) == 1]
    assert len(one_face) > 0.9 * len(paragraphs)
    for paragraph in one_face:
        runs, style = list(paragraph.runs), paragraph.style
        for width in (FRAME_WIDTH - style.left_indent - style.right_indent, FRAME_WIDTH / 4):
            general = break_lines([*runs, Run("")], width, style)
            assert break_lines(runs, width, style) == general, paragraph.text


def test_a_first_build_and_a_second_build_of_the_book_are_the_same(
    demo: Database, docs: dict[str, ReportResult], tmp_path: Path
) -> None:
    # Every word, width, line, shape and operator the first build remembers is
    # used by the second: the pages must not change by a byte. The first build is
    # the module's (``docs``: made with every cache forgotten).
    first = docs["book"]
    second = generate(demo, "book", _year(demo), tmp_path / "second.pdf", today=TODAY)
    assert first.pages == second.pages > 100
    assert _text(first.path) == _text(second.path)
    assert _page_streams(first.path) == _page_streams(second.path)


def _page_streams(pdf: Path) -> list[bytes]:
    """The inflated page streams, with the contents' form names (made per build) made alike."""
    data = pdf.read_bytes()
    streams = []
    for match in re.finditer(rb"/Length (\d+)[^>]*>>\s*stream\n", data):
        raw = data[match.end() : match.end() + int(match.group(1))]
        with contextlib.suppress(zlib.error):  # images and fonts
            streams.append(re.sub(rb"mk3toc[0-9a-f]+h", b"mk3toc-h", zlib.decompress(raw)))
    return streams


def test_missing_signatories_and_empty_texts_print_with_warnings(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)  # template indicators, nobody assigned, no texts, no settings
    result = generate(
        database, "indicator", _year(database), tmp_path / "i.pdf", indicator_code="1.1"
    )
    text = _flat(result.path)
    assert "(....................................)" in text  # a name line to write on
    messages = " ".join(str(w) for w in result.warnings)
    assert "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา" in messages
    assert "ผู้รับผิดชอบตัวชี้วัด 1.1" in messages
    assert "ขั้นวางแผน(Plan)-" in text  # an empty PDCA text prints "-"
    assert "ยังไม่มีไฟล์หลักฐาน" in text
    summary = generate(database, "summary", _year(database), tmp_path / "s.pdf")
    assert _has(summary.path, "ยังไม่ได้บันทึกคะแนนทางการ")


def test_arabic_digits_and_an_unreadable_font_from_the_settings(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    bad_font = tmp_path / "broken.ttf"
    bad_font.write_bytes(b"not a font")
    with database.transaction() as session:
        current = settings.OfficeSettings()
        settings.save_settings(
            session,
            Actor.system(),
            replace(current, numeral_style=NumeralStyle.ARABIC, report_font=str(bad_font)),
        )
    result = generate(database, "summary", _year(database), tmp_path / "s.pdf")
    assert _has(result.path, "ปีงบประมาณ พ.ศ. 2567")
    assert "๒๕๖๗" not in _flat(result.path).split("พิมพ์เมื่อ")[0]
    assert any("broken.ttf" in str(w) for w in result.warnings)


def test_unknown_year_and_unwritable_target_leave_no_file(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="ไม่พบปีงบประมาณ 2599"):
        generate(demo, "summary", _year(demo, 2599), tmp_path / "x.pdf")
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(StorageError, match="บันทึกไฟล์ PDF"):
        generate(demo, "summary", _year(demo), missing)
    assert not missing.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_year_gone_from_the_database_is_refused(demo: Database, tmp_path: Path) -> None:
    gone = _year(demo)._replace(year_id=999_999)
    with pytest.raises(NotFoundError, match="ไม่พบปีงบประมาณ 2567"):
        generate(demo, "summary", gone, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


# -- issue #12: what must never be split, and text every viewer reads ---------------

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_MONTHS_ABBR = "|".join(re.escape(m) for m in THAI_MONTHS_ABBR)
# A label and its number, a number and its unit, a date's month and year, fixed phrases:
# a line break where "\n" stands is a split.
_SPLIT_PAIRS = {
    "พ.ศ. | ปี": r"พ\.ศ\.\n[๐-๙0-9]",
    "เขต | ๓": r"เขต\n[๐-๙0-9]",
    "ฉบับที่ | ๒": r"ฉบับ\n?ที่\n[๐-๙0-9]|ฉบับ\nที่ [๐-๙0-9]",
    "ลำดับที่ | ๓๘": r"ลำดับ\n?ที่\n[๐-๙0-9]",
    "๒๐ | ชั่วโมง": r"[๐-๙0-9]\nชั่วโมง",  # (a row may end in a number, the next start "คะแนน…")
    "ข้อมูล | ณ วันที่": r"ข้อมูล\nณ|ณ\nวันที่",
    "PMQA | ๔.๐": r"PMQA\n[๐-๙0-9]",
    "ก.ค. | ๖๗": rf"(?:{_MONTHS_ABBR})\n[๐-๙0-9]",
}


def _raw_lines(pdf: Path) -> str:
    """pdftotext -raw with the spaces around line ends dropped: "\n" is a line break."""
    return re.sub(r" *\n *", "\n", _text(pdf, "-raw").replace("\f", "\n"))


def _split_across_lines(raw: str, word: str) -> list[str]:
    """Places where *word* is printed with a line break somewhere inside it."""
    pattern = "\n?".join(re.escape(ch) for ch in word)
    return [m.group() for m in re.finditer(pattern, raw) if "\n" in m.group()]


def test_no_name_label_number_date_or_code_is_split_across_lines(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    """Issue #12 items 2-4: a name breaks only between given name and surname; a label
    keeps its number, a date its month and year; codes and row numbers stay whole."""
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        codes = {i.code for i in year.indicators}
        keys = {c.key for i in year.indicators for c in i.criteria}
        names = {p for (p,) in session.execute(sql_text("select name from person"))}
    parts = {part for name in names for part in name.rsplit(" ", 1)}
    assert any(p.startswith("นางสาว") for p in parts) and keys >= {"B1", "S3"}
    units = parts | codes | {c.translate(_THAI_DIGITS) for c in codes} | keys
    for key, result in docs.items():
        raw = _raw_lines(result.path)
        split = [found for unit in units for found in _split_across_lines(raw, unit)]
        assert not split, f"{key}: split across lines: {split[:10]}"
        pairs = [
            (what, m.group()) for what, rx in _SPLIT_PAIRS.items() for m in re.finditer(rx, raw)
        ]
        assert not pairs, f"{key}: {pairs[:10]}"
        # Codes keep their Arabic digits (B1, not B๑); Thai numbers are Thai.
        assert not re.search(r"[A-Za-z][๐-๙]|[๐-๙][A-Za-z]", raw), key


def test_no_line_starts_with_a_following_vowel_or_mark(docs: dict[str, ReportResult]) -> None:
    followers = re.compile("^[\u0e30-\u0e3a\u0e45-\u0e4e]", re.M)
    for key, result in docs.items():
        found = followers.findall(_raw_lines(result.path))
        assert not found, f"{key}: {len(found)} lines start with a mark"


def test_every_kind_reads_back_without_actual_text(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    """Issue #12 item 6: pdf.js, Preview, pypdf and pdfminer read only the fonts'
    ToUnicode maps: no private-use code point, and the narratives read back (NFKC)."""
    pypdf = pytest.importorskip("pypdf")

    def read(pdf: Path, pages: int = 40) -> str:
        return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages[:pages])

    texts = {key: read(result.path) for key, result in docs.items()}
    for key, text in texts.items():
        assert not re.search("[\ue000-\uf8ff]", text), f"{key}: private-use code points"
    narratives = [t for t in paragraph_texts(_laid_out(demo, "best-practice")[1]) if len(t) > 90]
    assert len(narratives) >= 8
    furniture = re.compile(r"(สพป\.มหาสารคาม เขต ๓|- [๐-๙]+ -|พิมพ์เมื่อ.*|รหัสตรวจสอบ.*)")
    lines = texts["best-practice"].splitlines()
    body = "".join(line for line in lines if not furniture.fullmatch(line.strip()))
    flat = unicodedata.normalize("NFKC", re.sub(r"\s+", "", body))
    for source in narratives:
        wanted = unicodedata.normalize("NFKC", re.sub(r"\s+", "", source))
        assert wanted in flat, source[:60]
