"""Who owns which indicator of the year: owner (Key Man), backup and deadline.

The sheet only: the rows are checked against the office and imported by
``mk3desk.services.excel.assignments``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "assignments"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ผู้รับผิดชอบตัวชี้วัด")
SHEET = "ผู้รับผิดชอบ"
H_CODE = "รหัสตัวชี้วัด"
H_OWNER = "ผู้รับผิดชอบหลัก"
H_BACKUP = "ผู้รับผิดชอบสำรอง"


def specs(codes: Sequence[str] = (), names: Sequence[str] = ()) -> tuple[SheetSpec, ...]:
    """The sheet; *codes* and *names* are the year's indicator codes and active people."""
    return (
        SheetSpec(
            SHEET,
            (
                Column("code", H_CODE, required=True, choices=list(codes), width=14),
                Column("title", "ชื่อตัวชี้วัด (ไม่นำเข้า)", width=50),
                Column("owner", H_OWNER, choices=list(names), width=32),
                Column("backup", H_BACKUP, choices=list(names), width=32),
                Column("deadline", "กำหนดส่ง", ColumnKind.DATE, width=18),
            ),
            key_columns=("code",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งตัวชี้วัด เลือกชื่อจากรายการ (ต้องตรงกับรายชื่อบุคลากรในโปรแกรม)"
                " ช่องที่เว้นว่างหมายถึงยังไม่กำหนด ตัวชี้วัดที่ส่งตรวจหรือปิดระบบแล้วเปลี่ยนผู้รับผิดชอบไม่ได้",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "code": "1.1",
                "title": "การนำองค์การ",
                "owner": "นางสาวสมศรี ใจดี",
                "backup": "นายสมชาย รักงาน",
                "deadline": date(2024, 6, 30),
            }
        ]
    }
