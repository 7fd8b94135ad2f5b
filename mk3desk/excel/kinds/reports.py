"""The sheets of the read-only workbooks: the score, the progress tracker, the evidence index.

Columns only; ``mk3desk.services.excel.reports`` fills them from the database and
:func:`mk3desk.excel.writer.write_table` writes them (frozen headers, column
widths, BE dates, formula-safe text). Scores are numbers with 5 decimals, as
OBEC publishes them.
"""

from __future__ import annotations

from typing import Any

from mk3desk.excel.columns import Column, ColumnKind, SheetSpec

SCORE_FORMAT = "0.00000"
Sheets = list[tuple[SheetSpec, list[dict[str, Any]]]]


def _score(key: str, header: str) -> Column:
    return Column(key, header, ColumnKind.DECIMAL, width=14, number_format=SCORE_FORMAT)


SCORE_CATEGORY = SheetSpec(
    "คะแนนรายหมวด",
    (
        Column("number", "หมวด", ColumnKind.INTEGER, width=8),
        Column("title", "ชื่อหมวด", width=40),
        _score("weight", "น้ำหนัก"),
        _score("self", "คะแนนประเมินตนเอง"),
        _score("official", "คะแนนทางการ"),
        _score("difference", "ผลต่าง (ทางการ − ตนเอง)"),
    ),
)
SCORE_INDICATOR = SheetSpec(
    "คะแนนรายตัวชี้วัด",
    (
        Column("code", "รหัส", width=10),
        Column("category", "หมวด", ColumnKind.INTEGER, width=8),
        Column("title", "ประเด็น / ตัวชี้วัด", width=60),
        _score("weight", "น้ำหนัก"),
        _score("self", "คะแนนประเมินตนเอง"),
        _score("official", "คะแนนทางการ"),
        _score("difference", "ผลต่าง (ทางการ − ตนเอง)"),
    ),
)
SCORE_TOTAL = SheetSpec(
    "คะแนนรวม",
    (
        Column("what", "รายการ", width=30),
        _score("self", "ประเมินตนเอง"),
        _score("official", "ทางการ"),
        _score("difference", "ผลต่าง (ทางการ − ตนเอง)"),
        Column("band_self", "ระดับ (ประเมินตนเอง)", width=26),
        Column("band_official", "ระดับ (ทางการ)", width=26),
        Column("rank", "ลำดับที่ของประเทศ", ColumnKind.INTEGER, width=12),
    ),
)


PROGRESS = SheetSpec(
    "ความก้าวหน้า",
    (
        Column("code", "รหัส", width=10),
        Column("title", "ประเด็น / ตัวชี้วัด", width=60),
        Column("owner", "ผู้รับผิดชอบหลัก", width=30),
        Column("backup", "ผู้รับผิดชอบสำรอง", width=30),
        Column("state", "สถานะ", width=18),
        Column("deadline", "กำหนดส่ง", ColumnKind.DATE, width=18),
        Column("late", "เลยกำหนด", ColumnKind.BOOL, width=10),
    ),
)


EVIDENCE = SheetSpec(
    "ดัชนีหลักฐาน",
    (
        Column("code", "รหัส", width=10),
        Column("criterion", "เกณฑ์", width=8),
        Column("file_name", "ชื่อไฟล์", width=40),
        Column("description", "คำอธิบาย", width=40),
        Column("size", "ขนาด (ไบต์)", ColumnKind.INTEGER, width=12, number_format="#,##0"),
        Column("added_on", "วันที่แนบ", ColumnKind.DATE, width=18),
        Column("sha256", "SHA-256", width=20),
    ),
)
