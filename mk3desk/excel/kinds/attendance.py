"""One knowledge session's attendance list as a workbook: who, and whether they came.

The sheet only: the rows are checked against the office and the statuses saved
by ``mk3desk.services.excel.attendance``.
"""

from __future__ import annotations

from collections.abc import Sequence

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.knowledge import ATTENDANCE_TITLES, Attendance
from mk3desk.excel.columns import Column, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "attendance"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "รายชื่อผู้เข้าร่วมประชุม/อบรม")
SHEET = "ผู้เข้าร่วม"
H_NAME = "ชื่อ-นามสกุล"
H_STATUS = "การเข้าร่วม"
# What a clerk writes on a paper sign-in sheet, taken as "attended".
SIGNED = "ลงชื่อ"


def specs(names: Sequence[str] = ()) -> tuple[SheetSpec, ...]:
    """The sheet; *names* are the office's people for the drop-down list."""
    return (
        SheetSpec(
            SHEET,
            (
                Column("name", H_NAME, required=True, choices=list(names), width=32),
                Column("position", "ตำแหน่ง (ไม่นำเข้า)", width=36),
                Column(
                    "status",
                    H_STATUS,
                    required=True,
                    choices=list(ATTENDANCE_TITLES.values()),
                    width=16,
                ),
            ),
            key_columns=("name",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งคน ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม การเข้าร่วมกรอก «เข้าร่วม»"
                " (หรือ «ลงชื่อ») «ขาด» หรือ «ลา» ผู้ที่ยังไม่อยู่ในรายชื่อจะถูกเพิ่ม"
                " ผู้ที่อยู่ในรายชื่อแต่ไม่มีในไฟล์คงสถานะเดิม",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "name": "นางสาวสมศรี ใจดี",
                "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                "status": ATTENDANCE_TITLES[Attendance.ATTENDED],
            }
        ]
    }
