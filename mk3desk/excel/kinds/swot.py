"""The year's SWOT analysis as a workbook: the four lists, who took part, and when.

The sheets only: the rows are checked and the year's analysis replaced by
``mk3desk.services.excel.swot``.
"""

from __future__ import annotations

from datetime import date

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.swot import Quadrant
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "swot"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "การวิเคราะห์ SWOT ของปี")
ITEM_SHEET = "SWOT"
PARTICIPANT_SHEET = "ผู้ร่วมวิเคราะห์"
DATE_SHEET = "วันที่วิเคราะห์"
H_QUADRANT = "ด้าน"
H_ITEM = "รายการ"
H_PARTICIPANT = "ผู้ร่วมวิเคราะห์"
H_DATE = "วันที่วิเคราะห์"

# The quadrant as the sheet names it (short Thai words a clerk types).
QUADRANT_WORDS: dict[Quadrant, str] = {
    Quadrant.STRENGTHS: "จุดแข็ง",
    Quadrant.WEAKNESSES: "จุดอ่อน",
    Quadrant.OPPORTUNITIES: "โอกาส",
    Quadrant.THREATS: "อุปสรรค",
}
QUADRANT_OF_WORD: dict[str, Quadrant] = {word: q for q, word in QUADRANT_WORDS.items()}


def specs() -> tuple[SheetSpec, ...]:
    return (
        SheetSpec(
            ITEM_SHEET,
            (
                Column(
                    "quadrant",
                    H_QUADRANT,
                    ColumnKind.CHOICE,
                    required=True,
                    choices=list(QUADRANT_WORDS.values()),
                    width=14,
                ),
                Column("item", H_ITEM, required=True, width=80),
            ),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งข้อ เลือกด้าน (จุดแข็ง จุดอ่อน โอกาส อุปสรรค) ข้อความไม่เกิน 500 ตัวอักษร"
                " การนำเข้าจะแทนที่การวิเคราะห์ SWOT ทั้งหมดของปีด้วยรายการในไฟล์",
            ),
        ),
        SheetSpec(
            PARTICIPANT_SHEET,
            (Column("name", H_PARTICIPANT, required=True, width=60),),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "หนึ่งแถวต่อหนึ่งราย: บุคลากร โรงเรียน หรือกลุ่มงานที่ร่วมวิเคราะห์"
            ),
        ),
        SheetSpec(
            DATE_SHEET,
            (Column("held_on", H_DATE, ColumnKind.DATE, required=True, width=24),),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "วันที่ประชุมวิเคราะห์ SWOT หนึ่งแถว (เช่น 20/11/2566) ต้องไม่เป็นวันในอนาคต"
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        ITEM_SHEET: [
            {"quadrant": "จุดแข็ง", "item": "บุคลากรมีความมุ่งมั่นและทำงานเป็นทีม"},
            {"quadrant": "อุปสรรค", "item": "งบประมาณสนับสนุนลดลง"},
        ],
        PARTICIPANT_SHEET: [{"name": "กลุ่มนโยบายและแผน"}],
        DATE_SHEET: [{"held_on": date(2023, 11, 20)}],
    }
