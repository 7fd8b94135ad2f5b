"""Recognition (K – Kindness of the MK3 Model): praise, awards and certificates.

A recognition praises or rewards one person or one group of the office for a reason,
on a date. Certificates (เกียรติบัตร) are issued from recognitions: one per person (a
group's recognition gives one to each of its members), each with a number of the
office's register, "เลขที่ <n>/<พ.ศ.>", counted per fiscal year. A number once issued is
never given again (certificates are never deleted; a new one takes the highest number
ever issued in the year plus one).

Plain values and rules here; services/recognition/ stores them, reports/certificates.py
prints them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_settings import Signatory


class RecognitionKind(StrEnum):
    PRAISE = "praise"  # ชมเชย
    AWARD = "award"  # รางวัล


KIND_TITLES: dict[RecognitionKind, str] = {
    RecognitionKind.PRAISE: QT_TRANSLATE_NOOP("Recognition", "ยกย่องชมเชย"),
    RecognitionKind.AWARD: QT_TRANSLATE_NOOP("Recognition", "รางวัล"),
}

# What a certificate says above the name, by kind, when the clerk gives no title.
DEFAULT_TITLES: dict[RecognitionKind, str] = {
    RecognitionKind.PRAISE: "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
    RecognitionKind.AWARD: "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
}

REASON_LIMIT = 400  # characters: a certificate has room for about three lines


@dataclass(frozen=True)
class RecognitionDraft:
    """A praise or award as the form or the CLI gives it."""

    kind: RecognitionKind
    reason: str  # "เป็นผู้มีจิตอาสา ช่วยเหลือเพื่อนร่วมงาน …"
    awarded_on: date | None
    person_id: int | None = None
    group_id: int | None = None
    title: str = ""  # the award's name ("รางวัลบุคลากรดีเด่น"); optional for praise


def check_recognition(draft: RecognitionDraft) -> None:
    """Refuse a recognition without a recipient (exactly one), a reason or a date."""
    if (draft.person_id is None) == (draft.group_id is None):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Recognition", "กรุณาเลือกผู้ได้รับการยกย่อง: บุคลากรหนึ่งคน หรือกลุ่มงานหนึ่งกลุ่ม")
        )
    reason = " ".join(draft.reason.split())
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Recognition", "กรุณาระบุเหตุผลของการยกย่อง"))
    if len(reason) > REASON_LIMIT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Recognition", "เหตุผลยาวเกิน {limit} ตัวอักษร (มี {length}) — เกียรติบัตรพิมพ์ได้ราวสามบรรทัด"
            ),
            limit=REASON_LIMIT,
            length=len(reason),
        )
    if draft.kind is RecognitionKind.AWARD and not draft.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Recognition", "กรุณาระบุชื่อรางวัล"))
    if draft.awarded_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Recognition", "กรุณาระบุวันที่ยกย่อง"))


def check_signer(signer: Signatory) -> Signatory:
    """The signer cleaned; a certificate without one is refused (nothing is issued)."""
    name = " ".join(signer.name.split())
    position = " ".join(signer.position.split())
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Recognition",
                "ยังไม่ได้ระบุผู้ลงนามในเกียรติบัตร จึงยังไม่ออกเกียรติบัตร — "
                "ระบุชื่อผู้ลงนาม (หรือผู้อำนวยการในหน้าตั้งค่า) แล้วลองอีกครั้ง",
            )
        )
    if not position:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Recognition", "กรุณาระบุตำแหน่งของผู้ลงนามในเกียรติบัตร ({name})"),
            name=name,
        )
    return Signatory(name, position)


def next_numbers(issued: Iterable[int], count: int) -> list[int]:
    """*count* new register numbers after every number ever issued (none reused)."""
    last = max(issued, default=0)
    return list(range(last + 1, last + 1 + count))


def number_text(number: int, be_year: int) -> str:
    """ "เลขที่ 12/2567" (the caller turns the digits Thai when the office prints them so)."""
    return f"เลขที่ {number}/{be_year}"
