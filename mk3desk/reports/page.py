"""The page of a Thai government document, and writing the PDF safely.

A4 with the margins of ระเบียบงานสารบรรณ (left 3 cm, right 2 cm, top 2.5 cm,
bottom 2 cm). Every page carries the office name at the top right and a footer
with the production date (Buddhist Era, Thai digits) and a verification code;
from page 2 on, the page number is centred at the top as "- ๒ -". Two switches
of :class:`DocumentInfo` take that running furniture away: ``cover`` (page 1 is a
cover: nothing on it but the story) and ``running_furniture=False`` (no header or
footer on any page, as on an original order).

Body text is set flush left with a first-line indent, not justified: a Thai line
has one or two spaces at most, so stretching only the spaces left about four
lines in ten ragged next to full ones, and stretching between Thai words or
letters would move glyphs a text extractor joins back into words.

The verification code is the first 10 hex digits of SHA-256 over the source
text of every Thai paragraph in the story (tables included), so two PDFs with
the same code say the same thing. A caller that has canonical source data (for
example the scores the document was made from) may pass its own code instead.

:func:`build_pdf` writes to a temporary file in the target folder and renames it
into place: a failed build never leaves a half-written PDF behind.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import NoneType
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle, to_thai_digits
from mk3desk.reports.fonts import FontSet, choose_fonts
from mk3desk.reports.thai_draw import draw_text
from mk3desk.reports.thai_paragraph import paragraph_texts
from mk3desk.reports.thai_text import Align, TextStyle, segment_ahead
from mk3desk.safe_write import replaced_atomically

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 3 * cm
MARGIN_RIGHT = 2 * cm
MARGIN_TOP = 2.5 * cm
MARGIN_BOTTOM = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# Header and footer sit in the margins, about 1.2 cm from the paper's edge.
HEADER_TOP = PAGE_HEIGHT - 1.0 * cm
FOOTER_TOP = 1.6 * cm
CODE_LENGTH = 10


@dataclass(frozen=True)
class DocumentInfo:
    """What the page furniture and the PDF metadata show."""

    title: str
    office_name: str
    produced_on: date
    verification_code: str | None = None  # None: computed from the story's text
    author: str = ""
    subject: str = ""
    digits: NumeralStyle = NumeralStyle.THAI
    cover: bool = False  # page 1 is a cover: no header or footer on it
    running_furniture: bool = True  # False: no header or footer on any page (orders)
    # An original that is signed (an order): no office name at the top, and at the
    # foot nothing ("none") or only the verification code ("code"). Page numbers stay.
    running_header: bool = True
    footer: Literal["full", "code", "none"] = "full"


@dataclass(frozen=True)
class DocumentStyles:
    """The usual styles of a Thai report, all from one font set."""

    body: TextStyle
    body_left: TextStyle  # no indent, left aligned (lists, table cells)
    title: TextStyle
    heading1: TextStyle
    heading2: TextStyle
    small: TextStyle
    table_cell: TextStyle
    table_header: TextStyle


def document_styles(fonts: FontSet | None = None) -> DocumentStyles:
    fonts = fonts or choose_fonts()
    size = fonts.body_size
    body = TextStyle(fonts, align=Align.LEFT, first_indent=2.5 * cm)  # see the module's doc
    small = TextStyle(fonts, size=round(size * 0.8, 1))
    cell = TextStyle(fonts, size=round(size * 0.875, 1))
    return DocumentStyles(
        body=body,
        body_left=TextStyle(fonts),
        title=TextStyle(
            fonts, size=size + 4, bold=True, align=Align.CENTER, space_after=6, keep_with_next=True
        ),
        heading1=TextStyle(fonts, bold=True, space_before=8, keep_with_next=True),
        heading2=TextStyle(fonts, bold=True, left_indent=1 * cm, keep_with_next=True),
        small=small,
        table_cell=cell,
        table_header=replace(cell, bold=True, align=Align.CENTER),
    )


def verification_code(texts: Iterable[str]) -> str:
    """First 10 hex digits of SHA-256 over *texts* (whitespace runs normalised)."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(" ".join(text.split()).encode("utf-8"))
        digest.update(b"\x1e")  # record separator: ["ab"] and ["a", "b"] differ
    return digest.hexdigest()[:CODE_LENGTH]


def page_number_text(page: int, digits: NumeralStyle = NumeralStyle.THAI) -> str:
    text = f"- {page} -"
    return to_thai_digits(text) if digits is NumeralStyle.THAI else text


class _PageDecorator:
    """Draws header and footer on every page, with the document's shaped Thai text."""

    def __init__(self, info: DocumentInfo, code: str, fonts: FontSet) -> None:
        self.info = info
        self.code = code
        small = round(fonts.body_size * 0.8, 1)
        self.centre = TextStyle(fonts, size=fonts.body_size, align=Align.CENTER)
        self.left = TextStyle(fonts, size=small)
        self.right = TextStyle(fonts, size=small, align=Align.RIGHT)
        produced = format_thai_date(info.produced_on, style="long", digits=info.digits)
        self.produced = f"พิมพ์เมื่อ {produced}"

    def __call__(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        page = canvas.getPageNumber()
        if page >= 2:
            draw_text(
                canvas,
                page_number_text(page, self.info.digits),
                MARGIN_LEFT,
                HEADER_TOP,
                FRAME_WIDTH,
                self.centre,
            )
        # The office name keeps to the right third so it never meets the page number.
        third = FRAME_WIDTH / 3
        if self.info.running_header:
            draw_text(
                canvas,
                self.info.office_name,
                MARGIN_LEFT + 2 * third,
                HEADER_TOP,
                third,
                self.right,
            )
        half = FRAME_WIDTH / 2
        if self.info.footer == "full":
            draw_text(canvas, self.produced, MARGIN_LEFT, FOOTER_TOP, half, self.left)
        if self.info.footer != "none":
            draw_text(
                canvas, f"รหัสตรวจสอบ {self.code}", MARGIN_LEFT + half, FOOTER_TOP, half, self.right
            )
        canvas.restoreState()


def _storage_error(target: Path, exc: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Reports",
            "บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) "
            "โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น",
        ),
        path=str(target),
        reason=exc.strerror or str(exc),
    )


# Public name for the canvas-drawn documents (certificates, the poster).
pdf_storage_error = _storage_error


def build_pdf(
    target: Path,
    story: Sequence[Any],
    info: DocumentInfo,
    fonts: FontSet | None = None,
) -> str:
    """Lay out *story* on Thai A4 pages and write it to *target* atomically.

    Returns the verification code printed in the footer. Raises StorageError
    (Thai message) when the file cannot be written; *target* is then untouched.
    """
    target = Path(target)
    fonts = fonts or choose_fonts()
    texts = paragraph_texts(story)
    code = info.verification_code or verification_code(texts)
    segment_ahead(texts)
    try:
        with (
            replaced_atomically(target, suffix=".pdf.part") as temporary,
            temporary.open("wb") as stream,
        ):
            _layout(stream, list(story), info, code, fonts)
    except OSError as exc:
        raise _storage_error(target, exc) from exc
    return code


def _layout(stream: Any, story: list[Any], info: DocumentInfo, code: str, fonts: FontSet) -> None:
    doc = BaseDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author or info.office_name,
        subject=info.subject,
        creator="mk3desk",
        initialFontName=fonts.regular,  # else an unembedded Helvetica is referenced
        lang="th-TH",
    )
    doc.addPageTemplates(page_templates(info, code, fonts))
    with _binary_streams():
        doc.build(story)


class _BodyFrame(Frame):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's Frame, copied faster.

    Every time a KeepTogether is measured, platypus deep-copies the current frame
    (about 500 times in the annual book, 48 objects each time). Its attributes are
    numbers and strings apart from the lists of content it generates (none in our
    documents): those are copied deeply, the rest shared, as a deep copy would give.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> _BodyFrame:
        new = self.__class__.__new__(self.__class__)
        for key, value in self.__dict__.items():
            if not isinstance(value, str | int | float | NoneType):
                value = copy.deepcopy(value, memo)
            new.__dict__[key] = value
        return new


def _body_frame() -> Frame:
    return _BodyFrame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )


def page_templates(info: DocumentInfo, code: str, fonts: FontSet) -> list[PageTemplate]:
    """The pages of a document: "thai" with the running header and footer (none when
    ``info.running_furniture`` is off), after a bare "cover" page when ``info.cover``."""
    if info.running_furniture:
        body = PageTemplate(
            id="thai", frames=[_body_frame()], onPage=_PageDecorator(info, code, fonts)
        )
    else:
        body = PageTemplate(id="thai", frames=[_body_frame()])
    if not info.cover:
        return [body]
    cover = PageTemplate(id="cover", frames=[_body_frame()], autoNextPageTemplate="thai")
    return [cover, body]


_streams_lock = threading.Lock()
_streams_users = 0
_saved_a85: Any = None


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, not also ASCII85-encoded.

    ASCII85 (reportlab's default) makes the file a quarter larger and, without
    reportlab's optional C accelerator, encoding it in Python took about a sixth
    of the whole build. Every PDF reader reads binary streams. The setting is
    global in reportlab, so it is off while any of our builds runs.
    """
    global _streams_users, _saved_a85
    with _streams_lock:
        if _streams_users == 0:
            _saved_a85 = rl_config.useA85
            rl_config.useA85 = 0
        _streams_users += 1
    try:
        yield
    finally:
        with _streams_lock:
            _streams_users -= 1
            if _streams_users == 0:
                rl_config.useA85 = _saved_a85
