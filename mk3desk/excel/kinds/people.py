"""The office's groups and people.

People are matched by their full name within the office (that is how a clerk
knows them; the database has no other shared key with a spreadsheet). Groups
and people missing from the file are kept: an import adds and updates, it never
deletes -- someone who left is marked "not working here" instead, so that the
history of who did what stays readable.
"""

from __future__ import annotations

from collections.abc import Sequence

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import Role
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "people"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "บุคลากรและกลุ่มงาน")
GROUP_SHEET = "กลุ่มงาน"
PEOPLE_SHEET = "บุคลากร"
H_GROUP = "กลุ่มงาน"
H_NAME = "ชื่อ-นามสกุล"

# Role -> (column key, Thai header); a person may hold several roles.
ROLE_COLUMNS: dict[Role, tuple[str, str]] = {
    Role.STAFF: ("staff", "ผู้รับผิดชอบตัวชี้วัด (Key Man)"),
    Role.REVIEWER: ("reviewer", "กรรมการตรวจสอบ"),
    Role.COORDINATOR: ("coordinator", "ผู้ประสานงาน"),
    Role.EXECUTIVE: ("executive", "ผู้บริหาร"),
    Role.VIEWER: ("viewer", "ดูข้อมูลอย่างเดียว"),
}


def specs(groups: Sequence[str] = ()) -> tuple[SheetSpec, ...]:
    """The two sheets; *groups* are the office's group names for the drop-down list."""
    role_columns = tuple(
        Column(key, header, ColumnKind.BOOL, width=14) for key, header in ROLE_COLUMNS.values()
    )
    return (
        SheetSpec(
            GROUP_SHEET,
            (Column("name", "ชื่อกลุ่มงาน", required=True, width=50),),
            key_columns=("name",),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "กลุ่มงานใหม่ที่ต้องการเพิ่ม (กลุ่มที่มีอยู่แล้วไม่ต้องกรอกซ้ำ)"
            ),
        ),
        SheetSpec(
            PEOPLE_SHEET,
            (
                Column("name", H_NAME, required=True, width=32),
                Column("position", "ตำแหน่ง", width=36),
                Column("group", H_GROUP, choices=list(groups), width=36),
                *role_columns,
                Column("active", "ยังปฏิบัติงานอยู่", ColumnKind.BOOL, width=12),
            ),
            key_columns=("name",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งคน ชื่อ-นามสกุลรวมคำนำหน้า จับคู่กับบุคลากรเดิมด้วยชื่อ-นามสกุล"
                " ช่องบทบาทกรอก «ใช่» หรือ «ไม่ใช่» ถ้าไม่ได้เลือกบทบาทใดเลยจะเป็นผู้รับผิดชอบตัวชี้วัด",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        GROUP_SHEET: [{"name": "กลุ่มนโยบายและแผน"}],
        PEOPLE_SHEET: [
            {
                "name": "นางสาวสมศรี ใจดี",
                "position": "นักวิเคราะห์นโยบายและแผนชำนาญการ",
                "group": "กลุ่มนโยบายและแผน",
                "staff": True,
                "reviewer": False,
                "coordinator": False,
                "executive": False,
                "viewer": False,
                "active": True,
            }
        ],
    }
