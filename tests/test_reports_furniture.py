"""The book's furniture as a clerk checks it: a bare cover, contents with dot leaders
and page numbers on the entry's last line, no one-line widows or orphans, the
certification on the page of the indicator's last section with a date line, outcome
values as precise as their target, and people listed by given name."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.thainum import NumeralStyle, format_number, to_thai_digits
from mk3desk.domain.thaisort import name_without_title, person_sort_key, thai_sort_key
from mk3desk.reports.documents.indicator_report import CERTIFICATION, DATE_LINE, target_places
from mk3desk.reports.fonts import choose_fonts
from mk3desk.reports.page import DocumentInfo, build_pdf
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import TextStyle
from mk3desk.services import lookup
from mk3desk.services.reports import ReportResult, generate
from tests import prebuilt

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

TODAY = date(2024, 7, 26)
FURNITURE = ("พิมพ์เมื่อ", "รหัสตรวจสอบ", "สพป.มหาสารคาม")


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "office.sqlite3", TODAY)


@pytest.fixture(scope="module")
def docs(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportResult]:
    folder = tmp_path_factory.mktemp("docs")
    with demo.session() as session:
        year = lookup.resolve_year(session, 2567)
    made = {
        key: generate(demo, key, year, folder / f"{key}.pdf", today=TODAY)
        for key in ("book", "monitoring")
    }
    made["7.1.1"] = generate(
        demo, "indicator", year, folder / "i711.pdf", indicator_code="7.1.1", today=TODAY
    )
    return made


def test_the_cover_has_no_header_or_footer_and_the_next_page_has(
    docs: dict[str, ReportResult],
) -> None:
    pdf = docs["book"].path
    cover = _text(pdf, "-f", "1", "-l", "1")
    assert "รายงานผลการดำเนินงาน" in cover
    for furniture in FURNITURE:
        assert furniture not in cover
    second = _text(pdf, "-f", "2", "-l", "2")
    assert all(furniture in second for furniture in FURNITURE)
    assert "- ๒ -" in second


def test_a_document_without_running_furniture_has_none_on_any_page(tmp_path: Path) -> None:
    fonts = choose_fonts()
    style = TextStyle(fonts)
    story = [ThaiParagraph("ข้อความหน้าหนึ่ง " * 300, style)]
    info = DocumentInfo("คำสั่ง", "สพป.มหาสารคาม เขต ๓", TODAY, running_furniture=False)
    build_pdf(tmp_path / "order.pdf", story, info, fonts)
    pages = _text(tmp_path / "order.pdf").split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    for page in pages:
        assert not any(furniture in page for furniture in FURNITURE)
        assert not re.search(r"- [๐-๙]+ -", page)


def test_contents_lines_end_in_a_dot_leader_and_the_page_on_the_same_line(
    docs: dict[str, ReportResult],
) -> None:
    book = docs["book"]
    pages = _text(book.path, "-layout").split("\f")
    contents = [p for p in pages[1:8] if "สารบัญ" in p or re.search(r"\.{5,}", p)]
    ends = re.findall(r"\.{3,}\s+([๐-๙]+)\s*$", "\n".join(contents), re.M)
    # One leader line per heading, with its page, in the book's order.
    assert ends == [to_thai_digits(str(entry.page)) for entry in book.outline]
    # A title that wraps has its leader and number on its last line only.
    lines = [line.strip() for page in contents for line in page.splitlines() if line.strip()]
    wrapped = next(e.title for e in book.outline if e.title.startswith("ตัวชี้วัด ๑.๑ "))
    first = next(i for i, line in enumerate(lines) if line.startswith("ตัวชี้วัด ๑.๑ "))
    assert not re.search(r"[๐-๙]+$", lines[first].replace("๑.๑", ""))
    joined = ""
    for line in lines[first:]:
        joined += line
        if re.search(r"\.{3,}\s+[๐-๙]+$", line):
            break
    assert _squeeze(re.sub(r"\.{3,}\s+[๐-๙]+$", "", joined)) == _squeeze(wrapped)
    # Every leader ends at the page-number column, whatever the entry's size or face.
    boxes = _text(book.path, "-f", "2", "-l", str(len(contents) + 1), "-bbox")
    ends_x = {round(float(x)) for x in re.findall(r'xMax="([\d.]+)"[^>]*>\.{3,}<', boxes)}
    assert len(ends_x) == 1


def test_the_certification_has_a_date_line_and_shares_the_page_of_the_last_section(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    assert _squeeze(DATE_LINE) in _squeeze(_text(docs["7.1.1"].path))
    pages = _text(docs["book"].path).split("\f")
    certified = [page for page in pages if _squeeze(CERTIFICATION) in _squeeze(page)]
    with demo.session() as session:
        count = len(lookup.find_year(session, 2567).indicators)
    assert len(certified) == count
    for page in certified:
        assert "หลักฐานประกอบ" in page  # the evidence section, not signatures alone
        assert _squeeze(DATE_LINE) in _squeeze(page)


def test_outcome_values_print_with_the_precision_of_their_target(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    with demo.session() as session:
        ind = lookup.find_indicator(session, lookup.find_year(session, 2567), "7.1.1")
        target = ind.target
        values = {v.be_year: v.value for v in ind.outcome_values}
    assert target is not None and values[2567] is not None
    places = target_places(target)
    assert places == max(0, -int(target.as_tuple().exponent))
    row = next(line for line in _text(docs["7.1.1"].path, "-layout").splitlines() if "๗๐" in line)
    numbers = re.findall(r"[๐-๙][๐-๙.]*", row)
    expected = [
        format_number(values[be], decimals=places, style=NumeralStyle.THAI)
        for be in (2565, 2566, 2567)
    ]
    assert numbers[:4] == [to_thai_digits(str(target)), *expected]
    # The demo's result has more decimals than its whole-number target: they are rounded.
    assert to_thai_digits(str(values[2567])) not in numbers[:4]


def test_target_places() -> None:
    from decimal import Decimal

    assert target_places(Decimal("70")) == 0
    assert target_places(Decimal("4.50")) == 2
    assert target_places(Decimal("7E+1")) == 0
    assert target_places(None) is None


def test_monitoring_lists_people_by_given_name(
    demo: Database, docs: dict[str, ReportResult]
) -> None:
    with demo.session() as session:
        year = lookup.find_year(session, 2567)
        names = {
            person.name
            for ind in year.indicators
            if ind.assignment
            for person in (ind.assignment.owner, ind.assignment.backup)
            if person is not None
        }
    expected = sorted(names, key=person_sort_key)
    assert expected != sorted(names, key=thai_sort_key)  # the titles would order them otherwise
    text = _text(docs["monitoring"].path, "-raw")
    section = _squeeze(text[text.index("ภาระงานรายบุคคล") : text.index("ความก้าวหน้ารายตัวชี้วัด")])
    # A name may wrap between given name and surname in its column: compared without spaces.
    found = sorted(names, key=lambda name: section.index(_squeeze(name)))
    assert found == expected


def test_titles_are_left_out_of_the_sort_by_given_name() -> None:
    assert name_without_title("นางสาวกนกวรรณ พลศรีเมือง") == "กนกวรรณ พลศรีเมือง"
    assert name_without_title("ว่าที่ร้อยตรี ดร.สมชาย ใจดี") == "สมชาย ใจดี"
    assert name_without_title("นายนาคา ดีใจ") == "นาคา ดีใจ"  # นาคา keeps its นา
    assert name_without_title("นาง") == "นาง"
    listed = ["นายสมชาย ใจดี", "นางสาวกนกวรรณ พลศรีเมือง", "นางแสงเดือน จันทร์หอม", "นายบุญมี มีสุข"]
    assert sorted(listed, key=person_sort_key) == [
        "นางสาวกนกวรรณ พลศรีเมือง",
        "นายบุญมี มีสุข",
        "นายสมชาย ใจดี",
        "นางแสงเดือน จันทร์หอม",
    ]


def _paragraph(lines: int) -> tuple[ThaiParagraph, float]:
    style = TextStyle(choose_fonts())
    text = " ".join(f"บรรทัดที่{n}" + "ก" * 60 for n in range(lines))
    paragraph = ThaiParagraph(text, style)
    width = 200.0
    assert len(paragraph.lines(width)) >= lines
    return paragraph, width


def test_a_page_break_leaves_two_lines_at_least_on_each_side() -> None:
    paragraph, width = _paragraph(5)
    n = len(paragraph.lines(width))
    height = paragraph.style.line_height
    # Room for all but one line: the last line would be a widow, so two go over.
    head, tail = paragraph.split(width, (n - 1) * height)
    assert len(head.lines(width)) == n - 2 and len(tail.lines(width)) == 2
    # Room for one line only: an orphan, so the paragraph moves whole.
    assert paragraph.split(width, 1.5 * height) == []
    # Three lines cannot be split with two on each side.
    short, _ = _paragraph(3)
    three = short.lines(width)
    if len(three) == 3:
        assert short.split(width, 2 * height) == []
