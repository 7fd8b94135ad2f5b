"""Act feeds the next year: each indicator's improvements become its next Plan's start.

The rule, in plain Python (the service ``services/next_year.py`` applies it):

* An indicator's Act improvements text is a list, one item a line; bullets ("-", "•",
  "*") and numbering ("1.", "๑)") are the writer's, not the item's, and blank lines
  are no items.
* The items go to the indicator *of the same code* in the next year (codes compared
  with spaces removed and Thai digits read as Arabic: "๑.๑" is "1.1").
* An indicator whose code is gone next year keeps its items *unmatched*: nothing of it
  is written, and the coordinator is shown each one to carry by hand.
* The next year's Plan of a matched indicator starts with a headed list of the items
  (:func:`starting_plan`), above whatever the Plan already holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.thainum import to_arabic_digits

# A bullet, or a number followed by "." or ")" and a space ("1.1 …" is text, not numbering).
_MARKER = re.compile(r"^\s*(?:[-•*·▪◦]+|\(?[0-9๐-๙]{1,3}[.)](?=\s))\s*")

STARTING_HEAD = QT_TRANSLATE_NOOP("CarryForward", "ข้อปรับปรุงจากปีงบประมาณ {year} (Act):")


@dataclass(frozen=True)
class ActItems:
    """One indicator's improvements of the year that ends."""

    code: str
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class CarryPlan:
    """Where the items go: per next-year code, and what has no indicator next year."""

    matched: dict[str, tuple[str, ...]]  # next year's code -> items, in their order
    unmatched: tuple[ActItems, ...]


def code_key(code: str) -> str:
    """A code as compared: no spaces, Arabic digits."""
    return "".join(to_arabic_digits(code).split())


def improvement_items(text: str) -> tuple[str, ...]:
    """The items of an Act improvements text: one per non-blank line, without bullets."""
    items = []
    for line in text.splitlines():
        item = " ".join(_MARKER.sub("", line, count=1).split())
        if item:
            items.append(item)
    return tuple(items)


def match_items(acts: Iterable[ActItems], next_codes: Iterable[str]) -> CarryPlan:
    """Match each indicator's items to the next year's indicator of the same code.

    Indicators without items are left out of both sides."""
    by_key = {code_key(code): code for code in next_codes}
    matched: dict[str, tuple[str, ...]] = {}
    unmatched: list[ActItems] = []
    for act in acts:
        if not act.items:
            continue
        target = by_key.get(code_key(act.code))
        if target is None:
            unmatched.append(act)
        else:
            matched[target] = matched.get(target, ()) + act.items
    return CarryPlan(matched, tuple(unmatched))


def starting_plan(items: Sequence[str], from_year: int, plan_text: str = "") -> str:
    """The next year's Plan text: the headed items, then what the Plan already holds."""
    if not items:
        return plan_text
    head = str(STARTING_HEAD).format(year=from_year)
    block = "\n".join([head, *(f"- {item}" for item in items)])
    return block if not plan_text.strip() else f"{block}\n\n{plan_text}"


def unmatched_lines(plan: CarryPlan, to_year: int) -> list[str]:
    """One Thai line per indicator whose items have nowhere to go in *to_year*."""
    text = QT_TRANSLATE_NOOP(
        "CarryForward",
        "ตัวชี้วัด {code} {title}: ไม่มีในปีงบประมาณ {year} — ข้อปรับปรุง {count} ข้อไม่ได้ยกไป",
    )
    return [
        str(text).format(code=a.code, title=a.title, year=to_year, count=len(a.items))
        for a in plan.unmatched
    ]
