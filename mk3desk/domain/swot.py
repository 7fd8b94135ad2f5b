"""A fiscal year's SWOT analysis: four lists, who took part, and when.

The Plan phase of the MK3 Model starts from a SWOT analysis made with the schools and
the office's groups. Each list is items one a line (bullets and numbering are the
writer's: domain.carry_forward.improvement_items cleans them the same way). Rules:

* an analysis with any item names who took part and the day it was made;
* that day is not in the future;
* an item is one line of at most :data:`MAX_ITEM` characters, a list at most
  :data:`MAX_ITEMS` items (a pasted document is not a SWOT item).
An analysis with no item at all is an empty one (the year has none yet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mk3desk.domain.carry_forward import improvement_items
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_ITEM = 500
MAX_ITEMS = 100


class Quadrant(StrEnum):
    STRENGTHS = "strengths"
    WEAKNESSES = "weaknesses"
    OPPORTUNITIES = "opportunities"
    THREATS = "threats"


QUADRANT_TITLES: dict[Quadrant, str] = {
    Quadrant.STRENGTHS: QT_TRANSLATE_NOOP("Swot", "จุดแข็ง (Strengths)"),
    Quadrant.WEAKNESSES: QT_TRANSLATE_NOOP("Swot", "จุดอ่อน (Weaknesses)"),
    Quadrant.OPPORTUNITIES: QT_TRANSLATE_NOOP("Swot", "โอกาส (Opportunities)"),
    Quadrant.THREATS: QT_TRANSLATE_NOOP("Swot", "อุปสรรค (Threats)"),
}


@dataclass(frozen=True)
class Swot:
    """A SWOT analysis as it is read and saved (lists already cleaned)."""

    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    opportunities: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    held_on: date | None = None

    def items(self, quadrant: Quadrant) -> tuple[str, ...]:
        result: tuple[str, ...] = getattr(self, quadrant.value)
        return result

    @property
    def is_empty(self) -> bool:
        return not any(self.items(q) for q in Quadrant)


def lines(text: str) -> tuple[str, ...]:
    """The items of a list as typed: one per non-blank line, bullets removed."""
    return improvement_items(text)


def from_texts(
    strengths: str,
    weaknesses: str,
    opportunities: str,
    threats: str,
    participants: str,
    held_on: date | None,
) -> Swot:
    return Swot(
        lines(strengths),
        lines(weaknesses),
        lines(opportunities),
        lines(threats),
        lines(participants),
        held_on,
    )


def item_error(item: str) -> ValidationError | None:
    """Why *item* cannot be a SWOT item (blank, or longer than :data:`MAX_ITEM`), if it cannot."""
    if not item.strip():
        return ValidationError(QT_TRANSLATE_NOOP("Swot", "รายการ SWOT ต้องไม่เป็นข้อความว่าง"))
    if len(item) > MAX_ITEM:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Swot", "รายการ SWOT ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — ย่อให้เหลือหนึ่งประเด็นสั้น ๆ"
            ),
            length=len(item),
            limit=MAX_ITEM,
        )
    return None


def check_swot(swot: Swot, today: date) -> None:
    """Refuse an analysis that breaks the rules, with the first problem in Thai."""
    if swot.is_empty:
        return
    for quadrant in Quadrant:
        items = swot.items(quadrant)
        if len(items) > MAX_ITEMS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Swot", "{quadrant} มี {count} รายการ เกินที่รับได้ ({limit})"),
                quadrant=QUADRANT_TITLES[quadrant],
                count=len(items),
                limit=MAX_ITEMS,
            )
        for item in items:
            if (error := item_error(item)) is not None:
                raise error
    if not swot.participants:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Swot", "ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)"
            )
        )
    if swot.held_on is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Swot", "ระบุวันที่วิเคราะห์ SWOT"))
    if swot.held_on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Swot", "วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต"))
