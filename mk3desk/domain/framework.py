"""The evaluation framework of one fiscal year, as plain data.

A framework changes every year, so nothing here is hard-wired: categories,
indicators, criteria, outcome rules, bands and the rounding rule all come from a
template file or the database. These classes are immutable values; the scoring
engine (``scoring.py``) reads them, the database layer builds them.

Numbers are ``decimal.Decimal`` everywhere: published results carry 5 decimals
and must be reproduced exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class Level(StrEnum):
    """The three cumulative maturity levels of a PMQA 4.0 process item."""

    BASIC = "basic"
    ADVANCE = "advance"
    SIGNIFICANCE = "significance"


LEVEL_ORDER: tuple[Level, ...] = (Level.BASIC, Level.ADVANCE, Level.SIGNIFICANCE)

# Points on the 0-500 item scale that each level carries (docs/DOMAIN.md, rule 1).
LEVEL_POINTS: dict[Level, Decimal] = {
    Level.BASIC: Decimal(300),
    Level.ADVANCE: Decimal(100),
    Level.SIGNIFICANCE: Decimal(100),
}

LEVEL_TITLES_TH: dict[Level, str] = {
    Level.BASIC: QT_TRANSLATE_NOOP("Level", "ระดับพื้นฐาน (Basic)"),
    Level.ADVANCE: QT_TRANSLATE_NOOP("Level", "ระดับก้าวหน้า (Advance)"),
    Level.SIGNIFICANCE: QT_TRANSLATE_NOOP("Level", "ระดับพัฒนาจนเกิดผล (Significance)"),
}


class IndicatorKind(StrEnum):
    PROCESS = "process"  # categories 1-6: checklists per level
    OUTCOME = "outcome"  # category 7: a measured value against a rule


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class OutcomeRuleType(StrEnum):
    THRESHOLDS = "thresholds"  # five level thresholds T1..T5, interpolated
    RATIO = "ratio"  # success ratio (percent of target) between floor and ceiling


class AdjustmentKind(StrEnum):
    COMPONENT = "component"  # an extra weighted component of the total
    OFFSET = "offset"  # a fixed amount added to the total


@dataclass(frozen=True)
class Criterion:
    """One checklist line of a process item at one level."""

    key: str  # stable within the item, e.g. "B1", "A2", "S1"
    level: Level
    text: str


@dataclass(frozen=True)
class OutcomeRule:
    """How an outcome indicator's actual value becomes a 0-5 score."""

    rule_type: OutcomeRuleType
    direction: Direction = Direction.HIGHER_IS_BETTER
    thresholds: tuple[Decimal, ...] = ()  # T1..T5 for THRESHOLDS
    floor: Decimal | None = None  # ratio (percent) that scores 0, for RATIO
    ceiling: Decimal | None = None  # ratio (percent) that scores 5, for RATIO

    def validate(self, code: str) -> None:
        if self.rule_type is OutcomeRuleType.THRESHOLDS:
            if len(self.thresholds) != 5:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Framework", "ตัวชี้วัด {code}: ต้องมีค่าเกณฑ์ครบ 5 ระดับ (พบ {count} ค่า)"
                    ),
                    code=code,
                    count=len(self.thresholds),
                )
            pairs = zip(self.thresholds, self.thresholds[1:], strict=False)
            if self.direction is Direction.HIGHER_IS_BETTER:
                ordered = all(a < b for a, b in pairs)
            else:
                ordered = all(a > b for a, b in pairs)
            if not ordered:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Framework",
                        "ตัวชี้วัด {code}: ค่าเกณฑ์ระดับ 1–5 ไม่เรียงลำดับ "
                        "(ค่ายิ่งมากยิ่งดีต้องเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีต้องเรียงจากมากไปน้อย)",
                    ),
                    code=code,
                )
        else:
            if self.floor is None or self.ceiling is None or not self.floor < self.ceiling:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Framework", "ตัวชี้วัด {code}: ค่าร้อยละขั้นต่ำต้องน้อยกว่าค่าร้อยละเต็ม"),
                    code=code,
                )


@dataclass(frozen=True)
class Indicator:
    """A PMQA item (categories 1-6) or an outcome indicator (category 7)."""

    code: str  # "1.1", "7.2.1"
    title: str
    kind: IndicatorKind
    weight: Decimal = Decimal(1)
    criteria: tuple[Criterion, ...] = ()
    level_titles: dict[Level, str] = field(default_factory=dict)
    unit: str = ""
    target: Decimal | None = None
    rule: OutcomeRule | None = None
    guide: str = ""  # "how to report this one well" (MK3: Knowledge)

    def criteria_at(self, level: Level) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.level is level)


@dataclass(frozen=True)
class Category:
    number: int  # 1..7
    title: str
    weight: Decimal
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Band:
    """A result band, reached when the total is at least ``min_score``."""

    name: str
    min_score: Decimal


@dataclass(frozen=True)
class Adjustment:
    """An extra part of the official computation that the office defines per year.

    The published totals cannot be reproduced from the category scores alone
    (docs/DOMAIN.md, rule 3). A COMPONENT joins the weighted mean with its own weight
    and score; an OFFSET is added to the total as it is.
    """

    label: str
    kind: AdjustmentKind
    weight: Decimal = Decimal(0)
    score: Decimal = Decimal(0)
    note: str = ""


@dataclass(frozen=True)
class ScoringPolicy:
    decimals: int = 5
    rounding: str = ROUND_HALF_UP
    outcome_min_score: Decimal = Decimal(0)  # 0 or 1: where outcome scores are clipped below

    @property
    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.decimals)

    def round(self, value: Decimal) -> Decimal:
        return value.quantize(self.quantum, rounding=self.rounding)


@dataclass(frozen=True)
class Framework:
    """Everything needed to score one office-year."""

    fiscal_year: int  # Buddhist Era, e.g. 2567
    title: str
    categories: tuple[Category, ...]
    bands: tuple[Band, ...] = ()
    target: Decimal | None = None
    policy: ScoringPolicy = field(default_factory=ScoringPolicy)
    adjustments: tuple[Adjustment, ...] = ()
    note: str = ""

    def indicators(self) -> list[Indicator]:
        return [ind for cat in self.categories for ind in cat.indicators]

    def indicator(self, code: str) -> Indicator:
        for ind in self.indicators():
            if ind.code == code:
                return ind
        raise KeyError(code)

    def validate(self) -> None:
        """Refuse a framework that cannot be scored (raise ValidationError)."""
        if not self.categories:
            raise ValidationError(QT_TRANSLATE_NOOP("Framework", "กรอบการประเมินไม่มีหมวดใดเลย"))
        total_weight = sum((c.weight for c in self.categories), Decimal(0))
        total_weight += sum(
            (a.weight for a in self.adjustments if a.kind is AdjustmentKind.COMPONENT), Decimal(0)
        )
        if total_weight <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Framework", "น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์"))
        seen: set[str] = set()
        for cat in self.categories:
            if cat.weight < 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Framework", "หมวด {number}: น้ำหนักติดลบไม่ได้"),
                    number=cat.number,
                )
            if cat.indicators and sum((i.weight for i in cat.indicators), Decimal(0)) <= 0:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Framework", "หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์"),
                    number=cat.number,
                )
            for ind in cat.indicators:
                if ind.code in seen:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Framework", "รหัสตัวชี้วัด {code} ซ้ำกัน"), code=ind.code
                    )
                seen.add(ind.code)
                if ind.weight < 0:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Framework", "ตัวชี้วัด {code}: น้ำหนักติดลบไม่ได้"),
                        code=ind.code,
                    )
                if ind.kind is IndicatorKind.OUTCOME:
                    if ind.rule is None:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP(
                                "Framework", "ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน"
                            ),
                            code=ind.code,
                        )
                    ind.rule.validate(ind.code)
        previous: Decimal | None = None
        for band in sorted(self.bands, key=lambda b: b.min_score):
            if previous is not None and band.min_score == previous:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Framework", "ระดับผลการประเมินมีเกณฑ์ขั้นต่ำซ้ำกัน ({score})"),
                    score=band.min_score,
                )
            previous = band.min_score
