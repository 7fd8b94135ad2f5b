"""One committee's members and duties as a workbook.

The sheets only: the rows are checked against the office and the committee's
member list replaced by ``mk3desk.services.excel.committee_members``.
"""

from __future__ import annotations

from collections.abc import Sequence

from mk3desk.domain.committees import ROLE_ORDER, ROLE_TITLES, CommitteeRole
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import Column, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "committee-members"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "รายชื่อกรรมการและหน้าที่ของคณะกรรมการ")
MEMBER_SHEET = "กรรมการ"
DUTY_SHEET = "หน้าที่"
H_NAME = "ชื่อ-นามสกุล"
H_ROLE = "บทบาทในคณะกรรมการ"
H_DUTY = "หน้าที่"
MAX_DUTY = 1000


def specs(names: Sequence[str] = ()) -> tuple[SheetSpec, ...]:
    """The two sheets; *names* are the office's people for the drop-down list."""
    roles = [ROLE_TITLES[role] for role in ROLE_ORDER]
    return (
        SheetSpec(
            MEMBER_SHEET,
            (
                Column("name", H_NAME, required=True, choices=list(names), width=32),
                Column("position", "ตำแหน่ง (ไม่นำเข้า)", width=36),
                Column("group", "กลุ่มงาน (ไม่นำเข้า)", width=32),
                Column("role", H_ROLE, required=True, choices=roles, width=28),
            ),
            # No key column: a name listed twice gets the committee's own message
            # (which two roles), not the reader's generic "same as row n".
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อกรรมการหนึ่งคน เรียงตามลำดับในคำสั่ง ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม"
                " ต้องมีประธานกรรมการหนึ่งคน และประธาน รองประธาน เลขานุการต้องเป็นคนละคน"
                " การนำเข้าจะแทนที่รายชื่อกรรมการทั้งหมดของคณะนี้ด้วยรายชื่อในไฟล์",
            ),
        ),
        SheetSpec(
            DUTY_SHEET,
            (Column("duty", H_DUTY, required=True, width=90),),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หน้าที่ของคณะกรรมการ หนึ่งแถวต่อหนึ่งข้อ (ไม่เกิน 1,000 ตัวอักษร)"
                " ถ้าแผ่นงานนี้ว่าง หน้าที่เดิมของคณะกรรมการจะคงไว้",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        MEMBER_SHEET: [
            {
                "name": "นายสมชาย รักงาน",
                "position": "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
                "group": "",
                "role": ROLE_TITLES[CommitteeRole.CHAIR],
            },
            {
                "name": "นางสาวสมศรี ใจดี",
                "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                "group": "กลุ่มนโยบายและแผน",
                "role": ROLE_TITLES[CommitteeRole.SECRETARY],
            },
        ],
        DUTY_SHEET: [{"duty": "วางแผนและกำกับติดตามการดำเนินงานตามตัวชี้วัด"}],
    }
