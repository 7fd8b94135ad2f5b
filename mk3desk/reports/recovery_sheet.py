"""The recovery code sheet: one A4 page to print and keep in the office safe.

The office, the date the code was made (พ.ศ.), the code in large letters in a box,
the coordinator accounts it can recover, and how to use it. No running header or
footer (a verification code beside the recovery code would only confuse). The code
keeps its Arabic digits whatever the office's numeral style: it is typed as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Spacer, Table, TableStyle

from mk3desk.domain.thaidate import format_thai_date
from mk3desk.reports.page import FRAME_WIDTH, DocumentInfo, build_pdf, document_styles
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Align, TextStyle

TITLE = "รหัสกู้คืนรหัสผ่านผู้ประสาน"


@dataclass(frozen=True)
class RecoverySheet:
    office_name: str
    code: str
    issued_on: date
    user_names: tuple[str, ...]  # the coordinator accounts the code can recover


def write_recovery_sheet(target: Path, sheet: RecoverySheet) -> None:
    """Write the sheet to *target* (atomically; StorageError in Thai when it cannot)."""
    styles = document_styles()
    fonts = styles.body.fonts
    centre = TextStyle(fonts, align=Align.CENTER)
    code_style = TextStyle(fonts, size=fonts.body_size * 1.6, bold=True, align=Align.CENTER)
    issued = format_thai_date(sheet.issued_on, style="long")
    users = ", ".join(sheet.user_names) or "-"
    box = Table(
        [[ThaiParagraph(sheet.code, code_style)]],
        colWidths=[FRAME_WIDTH],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, (0, 0, 0)),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        ),
    )
    story = [
        ThaiParagraph(TITLE, styles.title),
        ThaiParagraph(sheet.office_name, centre),
        ThaiParagraph(f"สร้างเมื่อ {issued}", centre),
        Spacer(1, 0.8 * cm),
        box,
        Spacer(1, 0.8 * cm),
        ThaiParagraph(f"ใช้ตั้งรหัสผ่านใหม่ให้บัญชีผู้ประสาน: {users}", styles.body_left),
        ThaiParagraph("**วิธีใช้**", styles.heading1),
        ThaiParagraph(
            "1. ที่หน้าเข้าสู่ระบบของโปรแกรม mk3desk กด “ลืมรหัสผ่านผู้ประสาน?” "
            "พิมพ์รหัสข้างบนด้วยแป้นพิมพ์ภาษาอังกฤษ (จะเว้นวรรคหรือไม่ก็ได้) เลือกบัญชีผู้ประสาน "
            "แล้วตั้งรหัสผ่านใหม่ หรือใช้คำสั่ง mk3desk account recover --user ชื่อผู้ใช้",
            styles.body_left,
        ),
        ThaiParagraph(
            "2. รหัสนี้ใช้ได้ครั้งเดียว เมื่อใช้แล้วโปรแกรมจะแสดงรหัสใหม่ทันที "
            "โปรดพิมพ์รหัสใหม่เก็บแทนแผ่นนี้ และทำลายแผ่นนี้",
            styles.body_left,
        ),
        ThaiParagraph(
            "3. ผู้ประสานสร้างรหัสใหม่ได้ทุกเมื่อ (บัญชีผู้ใช้ → สร้างรหัสกู้คืนใหม่) รหัสเดิมจะใช้ไม่ได้อีก",
            styles.body_left,
        ),
        ThaiParagraph("**โปรดเก็บแผ่นนี้ในตู้นิรภัยของสำนักงาน**", styles.heading1),
        ThaiParagraph(
            "ผู้ใดมีรหัสนี้ตั้งรหัสผ่านของผู้ประสานได้ และทำงานทุกอย่างแทนผู้ประสานได้ "
            "อย่าถ่ายภาพ อย่าส่งทางไลน์หรืออีเมล และอย่าเก็บไว้ในเครื่องคอมพิวเตอร์",
            styles.body_left,
        ),
    ]
    info = DocumentInfo(
        title=TITLE,
        office_name=sheet.office_name,
        produced_on=sheet.issued_on,
        running_furniture=False,
    )
    build_pdf(target, story, info)
