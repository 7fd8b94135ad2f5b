"""What every document shares: the year, numerals and dates, signers, headings.

A builder gets a :class:`DocumentContext` (one fiscal year of one office, its
settings, fonts and styles) and the kind's plain data (:mod:`.data`, gathered
by ``services.documents``), and returns a story. Problems that must not stop
printing (a signatory not set, a font that could not be read) are collected
in ``context.warnings`` and handed back to the caller.

Page numbers in a table of contents are not known until the pages are laid
out. Instead of laying the book out twice, each TOC line draws a PDF form
XObject that is *defined* only at the end of the document (PDF allows a page to
use a form defined later), when :class:`EndOfDocument` knows every heading's page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.domain.office_settings import OfficeSettings, Signatory
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import (
    NumeralStyle,
    format_number,
    format_score,
    to_thai_digits,
    to_thai_digits_in_text,
)
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.reports.blocks import Signer, signature_paragraphs
from mk3desk.reports.documents.data import OfficeData, YearData
from mk3desk.reports.fonts import FontSet, choose_fonts
from mk3desk.reports.page import FRAME_WIDTH, DocumentStyles, document_styles
from mk3desk.reports.thai_draw import draw_text
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align, PersonName, TextStyle

# (done, total, what is being done — Thai)
Progress = Callable[[int, int, str], None]

DASH = "-"
BLANK_NAME = "." * 36  # a name line left for the signer to write in


def or_dash(text: str | None) -> str:
    """Empty texts print as "-" so a reader sees nothing was entered (not a lost line)."""
    return text.strip() if text and text.strip() else DASH


@dataclass
class TocEntry:
    key: str
    level: int
    title: str
    page: int | None = None


@dataclass
class PageBook:
    """Headings for the outline/TOC, and where they landed once laid out."""

    entries: list[TocEntry] = field(default_factory=list)
    page_count: int = 0

    def add(self, level: int, title: str) -> TocEntry:
        entry = TocEntry(f"h{len(self.entries) + 1}", level, title)
        self.entries.append(entry)
        return entry

    def form_name(self, entry: TocEntry) -> str:
        return f"mk3toc{id(self):x}{entry.key}"


class PageMark(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Zero-size marker that notes the page its heading is drawn on.

    keepWithNext makes platypus move it together with the heading after it.
    """

    def __init__(self, entry: TocEntry) -> None:
        super().__init__()
        self.entry = entry
        self.keepWithNext = True

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        self.entry.page = self.canv.getPageNumber()


class EndOfDocument(Flowable):  # type: ignore[misc]
    """Last flowable: counts the pages and defines the TOC page-number forms."""

    def __init__(self, book: PageBook, style: TextStyle, digits: NumeralStyle, width: float):
        super().__init__()
        self.book, self.style, self.digits, self.ref_width = book, style, digits, width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        self.book.page_count = canvas.getPageNumber()
        right = replace(self.style, align=Align.RIGHT, first_indent=0.0)
        for entry in self.book.entries:
            text = str(entry.page) if entry.page is not None else DASH
            if self.digits is NumeralStyle.THAI:
                text = to_thai_digits(text)
            canvas.beginForm(self.book.form_name(entry))
            draw_text(canvas, text, 0, right.line_height, self.ref_width, right)
            canvas.endForm()


class ProgressMark(Flowable):  # type: ignore[misc]
    """Zero-size marker that reports layout progress when platypus reaches it."""

    def __init__(self, context: DocumentContext, done: int, total: int, message: str) -> None:
        super().__init__()
        self.context, self.done, self.total, self.message = context, done, total, message

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        self.context.step(self.done, self.total, self.message)


@dataclass
class DocumentContext:
    """One fiscal year of one office, its fonts and styles, and what laying out found."""

    year: YearData
    fonts: FontSet
    styles: DocumentStyles
    progress: Progress | None = None
    warnings: list[Mk3Error] = field(default_factory=list)
    no_group_head: list[str] = field(default_factory=list)  # indicator codes
    book: PageBook = field(default_factory=PageBook)
    # The page furniture (reports.page.DocumentInfo): a builder sets these.
    cover: bool = False  # page 1 is a cover, without header or footer
    running_furniture: bool = True  # False: no header or footer on any page (orders)

    @property
    def office(self) -> OfficeData:
        return self.year.office

    @property
    def settings(self) -> OfficeSettings:
        return self.year.settings

    @property
    def today(self) -> date:
        return self.year.today

    # -- numbers and dates -------------------------------------------------------
    @property
    def digits(self) -> NumeralStyle:
        return self.settings.numeral_style

    def num(self, text: str | int) -> str:
        """*text* with the digits the office prints in (Thai by default).

        Thai digits go to the numbers of Thai running text only, never into codes,
        Latin words, URLs, file names or before a Latin unit ("MK3", "B1", "48.7 MB").
        """
        text = str(text)
        return to_thai_digits_in_text(text) if self.digits is NumeralStyle.THAI else text

    def score(self, value: Decimal | None) -> str:
        return DASH if value is None else format_score(value, self.digits)

    def number(self, value: Decimal | int | None, places: int | None = None) -> str:
        """*value* as entered, or rounded half up to *places* decimals."""
        if value is None:
            return DASH
        return format_number(value, decimals=places, style=self.digits)

    def date(self, value: date | None, style: Literal["long", "short"] = "long") -> str:
        return DASH if value is None else format_thai_date(value, style=style, digits=self.digits)

    def state(self, value: str) -> str:
        try:
            return STATE_TITLES[State(value)]
        except ValueError:
            return value

    @property
    def year_label(self) -> str:
        return self.num(f"ปีงบประมาณ พ.ศ. {self.year.be_year}")

    @property
    def office_name(self) -> str:
        return self.num(self.office.name)

    @property
    def header_name(self) -> str:
        """The short name (สพป.… เขต …) for the page header, where the full one would wrap."""
        return self.num(self.office.short_name or self.office.name)

    # -- warnings and progress ------------------------------------------------------
    def warn(self, error: Mk3Error) -> None:
        if all(str(error) != str(known) for known in self.warnings):
            self.warnings.append(error)

    def step(self, done: int, total: int, message: str) -> None:
        if self.progress is not None:
            self.progress(done, total, message)

    # -- flowables ------------------------------------------------------------------
    def para(self, text: str | None, style: TextStyle | None = None) -> ThaiParagraph:
        return ThaiParagraph(self.num(or_dash(text)), style or self.styles.body)

    def paras(self, text: str | None, style: TextStyle | None = None) -> list[ThaiParagraph]:
        """One paragraph per line of a user's text; "-" when it is empty."""
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        return [self.para(line, style) for line in lines] or [self.para(DASH, style)]

    def title(self, text: str) -> ThaiParagraph:
        return ThaiParagraph(self.num(text), self.styles.title)

    def heading(
        self, text: str, level: int = 0, *, style: TextStyle | None = None, outline: bool = True
    ) -> list[Flowable]:
        """A heading; with *outline* it becomes a bookmark and a TOC line."""
        text = self.num(text)
        style = style or (self.styles.heading1 if level == 0 else self.styles.heading2)
        if not outline:
            return [ThaiParagraph(text, style)]
        entry = self.book.add(level, text)
        return [PageMark(entry), ThaiParagraph(text, style, outline_level=level)]

    @property
    def small_cell(self) -> TextStyle:
        """Cells of wide lists (assignments, calendar): the small size, tight leading."""
        return replace(self.styles.table_cell, size=self.styles.small.font_size)

    @property
    def small_header(self) -> TextStyle:
        return replace(self.styles.table_header, size=self.styles.small.font_size)

    @property
    def centre(self) -> TextStyle:
        return replace(self.styles.body_left, align=Align.CENTER)

    def signed_right(self, signer: Signer, *lead: str) -> Flowable:
        """One signature block in the right part of the page, as on official letters.

        The *lead* paragraphs ("ขอรับรองว่า…", "สั่ง ณ วันที่ …") stay on the same
        page as the signature, so a signature never stands alone on a page.
        """
        left, right = FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6
        table = Table(
            [["", signature_paragraphs(signer, self.styles.body_left, right)]],
            colWidths=[left, right],
            style=TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.regular)]),
        )
        head: list[Flowable] = [self.para(text, self.styles.body) for text in lead]
        return KeepTogether([*head, Spacer(1, 6), table])

    def end(self) -> EndOfDocument:
        return EndOfDocument(self.book, self.styles.body_left, self.digits, PAGE_REF_WIDTH)

    # -- who signs ---------------------------------------------------------------------
    def signer(
        self,
        who: Signatory | None,
        *,
        missing: str,
        position: str,
        role: str = "",
        quiet: bool = False,
    ) -> Signer:
        """A signature block; a missing person leaves a dotted name line and a warning.

        *quiet*: no warning here (the caller sums many of the same up in one).
        """
        name = who.name.strip() if who is not None else ""
        if not name:
            if not quiet:
                self.warn(
                    ValidationError(
                        QT_TRANSLATE_NOOP("Reports", "ยังไม่ได้ระบุ{who} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ"),
                        who=missing,
                    )
                )
            return Signer(BLANK_NAME, self.num(position), role=role)
        own_position = who.position.strip() if who is not None else ""
        return Signer(name, self.num(own_position or position), role=role)

    def director(self, role: str = "") -> Signer:
        return self.signer(
            self.settings.director,
            missing="ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา (ตั้งค่าได้ที่หน้าตั้งค่าสำนักงาน)",
            position=f"ผู้อำนวยการ{self.office.name}",
            role=role,
        )


PAGE_REF_WIDTH = 1.6 * 28.3465  # 1.6 cm: room for "๑๒๓"


def report_fonts(settings: OfficeSettings) -> FontSet:
    """The settings' font: a file path is loaded; a family name or "" searches, then Sarabun."""
    chosen = settings.report_font.strip()
    is_file = chosen.lower().endswith((".ttf", ".otf")) or "/" in chosen or "\\" in chosen
    return choose_fonts(Path(chosen) if chosen and is_file else None)


def make_context(year: YearData, *, progress: Progress | None = None) -> DocumentContext:
    """The context a builder lays *year*'s document out in (fonts from its settings)."""
    fonts = report_fonts(year.settings)
    context = DocumentContext(
        year=year, fonts=fonts, styles=document_styles(fonts), progress=progress
    )
    if fonts.problem is not None:
        context.warn(fonts.problem)
    return context


def person(name: str | None) -> PersonName | None:
    """A person's name for a table cell (None or "" when nobody: the cell prints "-")."""
    return PersonName(name.strip()) if name and name.strip() else None


def column_widths(*fractions: float) -> list[float]:
    """Column widths that fill the text width, from relative sizes."""
    total = sum(fractions)
    return [FRAME_WIDTH * f / total for f in fractions]


def cells(context: DocumentContext, row: Sequence[Any]) -> list[Any]:
    """Strings of a table row with the office's digits; None prints "-"; flowables pass.

    A :class:`PersonName` (``person(...)``) stays a name: it breaks only between given
    name and surname, title or not."""
    return [_cell(context, value) for value in row]


def _cell(context: DocumentContext, value: Any) -> Any:
    if value is None:
        return DASH
    if isinstance(value, str) and not isinstance(value, PersonName):  # (a name has no digits)
        return context.num(value)
    return value
