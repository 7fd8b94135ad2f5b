"""The results OBEC published for the year: category scores, total, band, rank.

The sheets only: the rows are checked against the year and recorded by
``mk3desk.services.excel.official``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row

KEY = "official"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ผลการประเมินทางการที่ สพฐ. ประกาศ")
SUMMARY_SHEET = "ผลรวม"
CATEGORY_SHEET = "คะแนนรายหมวด"
INDICATOR_SHEET = "คะแนนรายตัวชี้วัด"
SCORE_FORMAT = "0.00000"
H_SCORE = "คะแนน"
H_NUMBER = "หมวด"
H_TOTAL = "คะแนนรวม"


def specs(bands: Sequence[str] = (), codes: Sequence[str] = ()) -> tuple[SheetSpec, ...]:
    """The three sheets; *bands* and *codes* are the year's band names and indicator codes."""
    score = Column("score", H_SCORE, ColumnKind.DECIMAL, True, number_format=SCORE_FORMAT)
    return (
        SheetSpec(
            SUMMARY_SHEET,
            (
                Column("total", H_TOTAL, ColumnKind.DECIMAL, number_format=SCORE_FORMAT),
                Column("band", "ระดับผลการประเมิน", choices=list(bands), width=30),
                Column("rank", "ลำดับที่ของประเทศ", ColumnKind.INTEGER, width=12),
                Column("announced_on", "วันที่ประกาศ", ColumnKind.DATE, width=18),
                Column("note", "หมายเหตุ", width=40),
            ),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "กรอกหนึ่งแถว: คะแนนรวม (ทศนิยม 5 ตำแหน่งตามประกาศ) ระดับ และลำดับที่"
            ),
        ),
        SheetSpec(
            CATEGORY_SHEET,
            (Column("number", H_NUMBER, ColumnKind.INTEGER, True, width=8), score),
            key_columns=("number",),
            allow_empty=True,  # before OBEC announces, an export has no scores yet
            instructions_th=QT_TRANSLATE_NOOP("ExcelKinds", "หนึ่งแถวต่อหนึ่งหมวด คะแนน 0–5"),
        ),
        SheetSpec(
            INDICATOR_SHEET,
            (Column("code", "รหัสตัวชี้วัด", required=True, choices=list(codes), width=14), score),
            key_columns=("code",),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "ไม่บังคับ: คะแนนที่ผ่านการตรวจสอบรายตัวชี้วัด (ถ้า สพฐ. แจ้ง)"
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SUMMARY_SHEET: [
            {
                "total": Decimal("4.74511"),
                "band": "มุ่งสู่ระบบราชการ 4.0",
                "rank": 38,
                "announced_on": date(2024, 10, 15),
            }
        ],
        CATEGORY_SHEET: [{"number": 1, "score": Decimal("5.00000")}],
        INDICATOR_SHEET: [],
    }
