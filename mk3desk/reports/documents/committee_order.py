"""Document 4: the order (คำสั่ง) appointing a committee, in the official form.

ระเบียบงานสารบรรณ (docs/thai-documents.md): the office's ครุฑ 3 cm high centred at the
top, "คำสั่ง<office>", "ที่ <number>/<พ.ศ.>" from the order's own number and the year of
its date, "เรื่อง", a short rule, the reasons, the members numbered with their
positions and roles, their duties, "ทั้งนี้ ตั้งแต่…", "สั่ง ณ วันที่ <d> <month> พ.ศ.
<year>" from the order's date (never the print day), then space to sign, the signer's
name in brackets and the position on at most two lines. It is an original: no
"(ลงชื่อ)" and no running header or footer (registry: ``original``).

Everything printed comes from the committee record (services/documents/committee.py).
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Image, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.committees import ROLE_TITLES, CommitteeRole
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.thaidate import THAI_MONTHS, to_be
from mk3desk.reports.documents.common import BLANK_NAME, DocumentContext
from mk3desk.reports.documents.data import CommitteeData
from mk3desk.reports.page import FRAME_WIDTH
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align, TextStyle

EMBLEM_HEIGHT = 3 * cm
# The ครุฑ's top sits 1.5 cm from the paper's edge, above the 2.5 cm margin of the text.
EMBLEM_RAISE = 1 * cm
SIGN_WIDTH = FRAME_WIDTH * 0.62  # the signature block, in the right part of the page
CLOSING = "ให้ผู้ที่ได้รับการแต่งตั้งปฏิบัติหน้าที่ที่ได้รับมอบหมายอย่างเคร่งครัด เพื่อให้เกิดประโยชน์สูงสุดต่อทางราชการ"
# Where a long position is best cut in two: before these (longest match wins).
POSITION_CUTS = ("ประถมศึกษา", "มัธยมศึกษา", "สำนักงาน", "เขต", "กลุ่ม")


def role_title(role: str) -> str:
    try:
        return ROLE_TITLES[CommitteeRole(role)]
    except ValueError:
        return role


def full_date(ctx: DocumentContext, day: date) -> str:
    """ "๑๕ ตุลาคม พ.ศ. ๒๕๖๖": the form an order is dated in."""
    return ctx.num(f"{day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {to_be(day.year)}")


def emblem(ctx: DocumentContext, data: CommitteeData) -> Flowable:
    """The office's ครุฑ 3 cm high, centred; without one, the same space and a warning."""
    if data.emblem:
        try:
            from reportlab.lib.utils import ImageReader

            reader = ImageReader(io.BytesIO(data.emblem))
            width, height = reader.getSize()
            image = Image(
                io.BytesIO(data.emblem),
                width=EMBLEM_HEIGHT * width / height,
                height=EMBLEM_HEIGHT,
            )
            image.hAlign = "CENTER"
            return _Raised(image, EMBLEM_RAISE)
        except Exception:  # any unreadable image prints as missing
            pass
    ctx.warn(
        ValidationError(
            QT_TRANSLATE_NOOP(
                "Reports",
                "ยังไม่ได้กำหนดภาพตราครุฑของคำสั่ง จึงเว้นที่ว่างไว้ — "
                "เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ",
            )
        )
    )
    return Spacer(1, EMBLEM_HEIGHT - EMBLEM_RAISE)


class _Raised(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """*inner* drawn *by* higher than its place: it takes *by* less of the page, so the
    first flowable of a page can reach into the top margin (the order's ครุฑ)."""

    def __init__(self, inner: Flowable, by: float) -> None:
        super().__init__()
        self.inner, self.by = inner, by
        self.hAlign = inner.hAlign

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, self.inner_height = self.inner.wrap(available_width, available_height)
        self.width, self.height = width, max(0.0, self.inner_height - self.by)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.height + self.by - self.inner_height)


def number_line(ctx: DocumentContext, data: CommitteeData) -> str:
    """ "ที่ ๑๒๓/๒๕๖๖": the order's number and the year it is signed in; dots where unknown."""
    number = data.number.strip() or "." * 10
    year = str(to_be(data.signed_on.year)) if data.signed_on else "." * 8
    return ctx.num(f"ที่ {number}/{year}")


def two_lines(text: str, style: TextStyle, width: float) -> list[str]:
    """A position on one line, or cut in two where it reads best; never three lines.

    The clerk's own line break wins. Otherwise the cut falls before a known part
    (ประถมศึกษา, สำนักงาน, เขต …) or at a space, choosing the fullest first line that
    leaves a second line that fits and is more than a leftover word.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return [lines[0], " ".join(lines[1:])]
    text = lines[0] if lines else ""

    def fits(part: str) -> bool:
        return bool(stringWidth(part, style.fonts.regular, style.font_size) <= width - 4)

    if fits(text):
        return [text]
    cuts = {i for i, ch in enumerate(text) if ch == " " and i > 0}
    for part in POSITION_CUTS:
        start = text.find(part, 1)
        while start > 0:
            cuts.add(start)
            start = text.find(part, start + 1)
    best: list[str] | None = None
    tailed: list[str] | None = None  # the best that leaves a word or two alone ("เขต ๓")
    for cut in sorted(cuts):
        first, second = text[:cut].strip(), text[cut:].strip()
        if first and second and fits(first) and fits(second):
            # Later cuts give fuller first lines; a short tail reads as a leftover.
            if len(second) >= max(8, len(first) // 4):
                best = [first, second]
            else:
                tailed = tailed or [first, second]
    return best or tailed or [text]


def signature(ctx: DocumentContext, data: CommitteeData) -> list[Flowable]:
    """Space to sign, "(name)", the position on at most two lines — the original's form."""
    style = replace(ctx.styles.body_left, align=Align.CENTER)
    name = data.signer.name.strip()
    position = data.signer.position.strip()
    if not name:
        fallback = ctx.settings.director
        name, position = fallback.name.strip(), position or fallback.position.strip()
    if not name:
        ctx.warn(
            ValidationError(
                QT_TRANSLATE_NOOP("Reports", "ยังไม่ได้ระบุผู้ลงนามในคำสั่ง จึงเว้นบรรทัดชื่อไว้ให้เขียนด้วยมือ")
            )
        )
        name = BLANK_NAME
    position = position or f"ผู้อำนวยการ{ctx.office.name}"
    lines = [ThaiParagraph(" ", style), ThaiParagraph(" ", style)]  # room for the pen
    lines.append(ThaiParagraph(ctx.num(f"({name})"), style))
    lines += [
        ThaiParagraph(ctx.num(line), style) for line in two_lines(position, style, SIGN_WIDTH)
    ]
    table = Table(
        [["", lines]],
        colWidths=[FRAME_WIDTH - SIGN_WIDTH, SIGN_WIDTH],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [table]


def listed_position(ctx: DocumentContext, position: str) -> str:
    """A member's position with the office's own name shortened (ผู้อำนวยการ สพป.… เขต ๓),
    as orders list them; the signer's keeps the full name."""
    full, short = ctx.office.name.strip(), ctx.office.short_name.strip()
    text = position.strip()
    if full and short and text.endswith(full) and len(text) > len(full):
        return f"{text[: -len(full)].rstrip()} {short}"
    return text


def _width(texts: list[str], style: TextStyle) -> float:
    return max((stringWidth(t, style.fonts.regular, style.font_size) for t in texts), default=0.0)


def member_list(ctx: DocumentContext, data: CommitteeData | None) -> Flowable:
    """The members numbered, with position and role; columns sized from their content.

    Also the annual book's appendix (annual_book.py); without a committee, a line saying so.
    """
    if data is None or not data.members:
        return ctx.para("ยังไม่ได้บันทึกคณะกรรมการของปีนี้", ctx.styles.body_left)
    style = ctx.styles.body_left
    pad = 8.0
    numbers = [ctx.num(f"{n}.") for n in range(1, len(data.members) + 1)]
    roles = [role_title(m.role) for m in data.members]
    number_width = _width(numbers, style) + pad
    role_width = min(_width(roles, style) + 2 * pad, FRAME_WIDTH * 0.34)
    who_width = FRAME_WIDTH - number_width - role_width
    right = replace(style, align=Align.RIGHT)
    below = replace(style, left_indent=0.5 * cm)
    rows = [
        [
            ThaiParagraph(number, right),
            # The name, and the position under it: the long positions of an office
            # (ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา…) get the width they need.
            [ThaiParagraph(ctx.num(m.name), style)]
            + [
                ThaiParagraph(ctx.num(line), below)
                for line in two_lines(
                    listed_position(ctx, m.position), below, who_width - 0.5 * cm - 16
                )
                if line
            ],
            ThaiParagraph(role, style),
        ]
        for number, role, m in zip(numbers, roles, data.members, strict=True)
    ]
    return Table(
        rows,
        colWidths=[number_width, who_width, role_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
        hAlign="LEFT",
    )


def member_table(ctx: DocumentContext, data: CommitteeData | None) -> Flowable:
    """The member list as the annual book's appendix shows it (kept for annual_book.py)."""
    return member_list(ctx, data)


def build(ctx: DocumentContext, data: CommitteeData) -> list[Flowable]:
    ctx.step(0, 1, "คำสั่งแต่งตั้งคณะกรรมการ")
    heading = replace(ctx.centre, bold=True, keep_with_next=True)
    centre = replace(ctx.centre, keep_with_next=True)
    if data.signed_on is None:
        ctx.warn(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "คำสั่งยังไม่ได้ระบุวันที่สั่ง จึงเว้นวันที่ไว้ให้เขียนด้วยมือ — "
                    "ระบุได้ในหน้าคณะกรรมการ หรือ --date ในบรรทัดคำสั่ง",
                )
            )
        )
    if not data.number.strip():
        ctx.warn(
            ValidationError(QT_TRANSLATE_NOOP("Reports", "คำสั่งยังไม่มีเลขที่ จึงเว้นเลขที่ไว้ให้เขียนด้วยมือ"))
        )
    items: list[Flowable] = [
        emblem(ctx, data),
        Spacer(1, 4),
        ThaiParagraph(ctx.num(f"คำสั่ง{ctx.office.name}"), heading),
        ThaiParagraph(number_line(ctx, data), centre),
        ThaiParagraph(ctx.num(f"เรื่อง {data.subject}"), centre),
        ThaiParagraph("-" * 24, ctx.centre),
    ]
    if data.preamble.strip():
        items += ctx.paras(data.preamble, ctx.styles.body)
    items += [Spacer(1, 4), member_list(ctx, data), Spacer(1, 6)]
    if data.duties:
        items.append(ctx.para("ให้คณะกรรมการมีหน้าที่ ดังนี้", ctx.styles.body))
        items += [
            ctx.para(f"{n}. {duty}", ctx.styles.body) for n, duty in enumerate(data.duties, 1)
        ]
    items.append(ctx.para(CLOSING, ctx.styles.body))
    since = (
        f"ทั้งนี้ ตั้งแต่วันที่ {full_date(ctx, data.effective_from)} เป็นต้นไป"
        if data.effective_from
        else "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"
    )
    signed = (
        f"สั่ง ณ วันที่ {full_date(ctx, data.signed_on)}"
        if data.signed_on
        else "สั่ง ณ วันที่ ........ เดือน ....................... พ.ศ. ........"
    )
    indent = replace(ctx.styles.body, keep_with_next=True)
    # The dating lines stay with the signature: a signature never stands alone on a page.
    items.append(
        KeepTogether(
            [
                ThaiParagraph(ctx.num(since), indent),
                Spacer(1, 6),
                ThaiParagraph(ctx.num(signed), replace(indent, first_indent=FRAME_WIDTH * 0.3)),
                *signature(ctx, data),
            ]
        )
    )
    items.append(ctx.end())
    return items
