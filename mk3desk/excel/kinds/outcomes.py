"""Outcome indicators' actual values: (code, BE year, value) for this year and the two before.

The sheet only: the rows are checked against the year and imported (one bulk
insert, one bulk update) by ``mk3desk.services.excel.outcomes``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "outcomes"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์")
SHEET = "ค่าผลลัพธ์"
H_CODE = "รหัสตัวชี้วัด"
H_YEAR = "ปี พ.ศ."
H_VALUE = "ค่าที่ได้"


def specs(codes: Sequence[str] = (), be_year: int | None = None) -> tuple[SheetSpec, ...]:
    """The sheet; *codes* are the year's outcome indicators, *be_year* the fiscal year."""
    years_help = f"ปี {be_year - 2}, {be_year - 1} หรือ {be_year}" if be_year else "ปีนี้หรือสองปีก่อนหน้า"
    return (
        SheetSpec(
            SHEET,
            (
                Column(
                    "code", H_CODE, required=True, choices=list(codes), width=14, example="7.1.1"
                ),
                Column("title", "ชื่อตัวชี้วัด (ไม่นำเข้า)", width=50),
                Column(
                    "be_year",
                    H_YEAR,
                    ColumnKind.INTEGER,
                    required=True,
                    width=10,
                    help_th=years_help,
                ),
                Column(
                    "value",
                    H_VALUE,
                    ColumnKind.DECIMAL,
                    required=True,
                    width=14,
                    number_format="0.00###",
                ),
                Column("note", "หมายเหตุ / แหล่งข้อมูล", width=40),
            ),
            key_columns=("code", "be_year"),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งตัวชี้วัดต่อหนึ่งปี กรอกได้เฉพาะปีงบประมาณนี้และสองปีก่อนหน้า"
                " ค่าที่มีอยู่แล้วจะถูกแทนที่ด้วยค่าในไฟล์ ค่าที่ไม่มีในไฟล์คงไว้ตามเดิม",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "code": "7.1.1",
                "title": "ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ตามเกณฑ์",
                "be_year": 2567,
                "value": Decimal("82.5"),
                "note": "ระบบ DMC",
            }
        ]
    }
