"""The register of certificates (ทะเบียนเกียรติบัตร) of a year: a read-only workbook.

Columns only; ``mk3desk.services.excel.certificates`` fills them from the
year's register, in number order.
"""

from __future__ import annotations

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec

KEY = "certificates"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ทะเบียนเกียรติบัตร")

REGISTER = SheetSpec(
    "ทะเบียนเกียรติบัตร",
    (
        Column("number", "เลขที่", width=14),
        Column("issued_on", "วันที่ให้ไว้", ColumnKind.DATE, width=20),
        Column("name", "ชื่อ-นามสกุล", width=32),
        Column("position", "ตำแหน่ง", width=36),
        Column("title", "การยกย่อง/รางวัล", width=30),
        Column("reason", "เหตุผล", width=60),
        Column("signer", "ผู้ลงนาม", width=30),
        Column("signer_position", "ตำแหน่งผู้ลงนาม", width=40),
    ),
)
