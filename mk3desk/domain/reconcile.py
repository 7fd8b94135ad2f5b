"""Set the computed score beside the official (published) one and explain the gap.

The published total cannot always be reproduced from the published category
scores (docs/DOMAIN.md, Scoring rule 3: the seed's 4.74511 is below all seven of
its category scores). So the reconciliation answers, line by line:

1. each category (and each indicator, when official item scores are known):
   computed vs official, the difference, and that difference's effect on the
   total (its weight share x the difference);
2. the total: computed vs official;
3. the total that the framework's own formula gives from the *official*
   category scores;
4. the unexplained remainder = official total - (3): what no category explains
   and an Adjustment would have to explain.

Every line carries a Thai explanation as a QT_TRANSLATE_NOOP template plus
preformatted parameters, so the GUI can translate and then format it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import AdjustmentKind, Framework
from mk3desk.domain.outcomes import SCORING_CONTEXT
from mk3desk.domain.scoreplan import prepare
from mk3desk.domain.scoring import YearScore

_ZERO = Decimal(0)


@dataclass(frozen=True)
class OfficialResult:
    """The figures OBEC published for one office-year (entered or imported)."""

    category_scores: Mapping[int, Decimal]  # by Category.number
    total: Decimal | None
    band: str = ""
    rank: int | None = None  # national rank, entered, never computed
    indicator_scores: Mapping[str, Decimal] = field(default_factory=dict)  # by Indicator.code


class LineKind(StrEnum):
    CATEGORY = "category"
    INDICATOR = "indicator"
    TOTAL = "total"
    FORMULA = "formula"  # the framework's formula on the official category scores
    REMAINDER = "remainder"  # official total - FORMULA
    BAND = "band"
    RANK = "rank"


@dataclass(frozen=True)
class ReconciliationLine:
    kind: LineKind
    key: str  # category number or indicator code; "" for the whole-year lines
    computed: Decimal | None
    official: Decimal | None
    difference: Decimal | None  # official - computed
    effect_on_total: Decimal | None  # what the difference moves the total by
    template: str  # Thai, QT_TRANSLATE_NOOP("Reconcile", ...)
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def explanation(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Reconciliation:
    lines: tuple[ReconciliationLine, ...]
    computed_total: Decimal
    official_total: Decimal | None
    total_difference: Decimal | None  # official - computed
    formula_total: Decimal  # rounded; official category scores through the formula
    explained_by_categories: Decimal  # sum of the category effects (unrounded)
    unexplained: Decimal | None  # official total - formula_total

    def line(self, kind: LineKind, key: str = "") -> ReconciliationLine:
        for line in self.lines:
            if line.kind is kind and line.key == key:
                return line
        raise KeyError((kind, key))


def reconcile(score: YearScore, official: OfficialResult, framework: Framework) -> Reconciliation:
    """Explain, line by line, how the official result differs from ``score``."""
    with localcontext(SCORING_CONTEXT):
        return _reconcile(score, official, framework)


def _reconcile(score: YearScore, official: OfficialResult, framework: Framework) -> Reconciliation:
    policy = framework.policy
    fmt = _Fmt(policy.quantum)
    plan = prepare(framework)  # validates (ValidationError) and knows the weight shares
    components = plan.components
    total_weight = plan.total_weight

    lines: list[ReconciliationLine] = []
    explained = _ZERO
    formula_sum = sum((a.weight * a.score for a in components), _ZERO)
    for cp in plan.categories:
        cat, share = cp.category, cp.share
        computed = score.category(cat.number).score
        given = official.category_scores.get(cat.number)
        # A category without an official figure keeps the computed one in the formula.
        formula_sum += cat.weight * (computed if given is None else given)
        key = str(cat.number)
        if given is None:
            lines.append(
                ReconciliationLine(
                    LineKind.CATEGORY,
                    key,
                    computed,
                    None,
                    None,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Reconcile",
                        "หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน",
                    ),
                    {"number": key, "computed": fmt(computed)},
                )
            )
            lines.extend(_indicator_lines(score, official, cat.number, share, fmt))
            continue
        diff = given - computed
        effect = share * diff
        explained += effect
        lines.append(
            ReconciliationLine(
                LineKind.CATEGORY,
                key,
                computed,
                given,
                diff,
                effect,
                _category_template(diff),
                {
                    "number": key,
                    "computed": fmt(computed),
                    "official": fmt(given),
                    "diff": fmt(abs(diff)),
                    "effect": fmt(abs(effect)),
                },
            )
        )
        lines.extend(_indicator_lines(score, official, cat.number, share, fmt))

    offsets = sum(
        (a.score for a in framework.adjustments if a.kind is AdjustmentKind.OFFSET), _ZERO
    )
    formula_total = policy.round(formula_sum / total_weight + offsets)
    official_total = official.total
    total_diff = None if official_total is None else official_total - score.total
    unexplained = None if official_total is None else official_total - formula_total

    lines.append(_total_line(score.total, official_total, total_diff, fmt))
    lines.append(
        ReconciliationLine(
            LineKind.FORMULA,
            "",
            None,
            formula_total,
            None,
            None,
            QT_TRANSLATE_NOOP(
                "Reconcile",
                "คะแนนรวมตามสูตรของกรอบการประเมิน เมื่อใช้คะแนนรายหมวดทางการ = {value}",
            ),
            {"value": fmt(formula_total)},
        )
    )
    if unexplained is not None:
        lines.append(_remainder_line(unexplained, fmt))
    if official.band or score.band is not None:
        lines.append(_band_line(score, official))
    if official.rank is not None:
        lines.append(
            ReconciliationLine(
                LineKind.RANK,
                "",
                None,
                Decimal(official.rank),
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Reconcile", "ลำดับที่ {rank} ของประเทศ (ตามประกาศ ไม่ได้คำนวณในโปรแกรม)"
                ),
                {"rank": str(official.rank)},
            )
        )
    return Reconciliation(
        lines=tuple(lines),
        computed_total=score.total,
        official_total=official_total,
        total_difference=total_diff,
        formula_total=formula_total,
        explained_by_categories=explained,
        unexplained=unexplained,
    )


class _Fmt:
    """Fixed-point text with the policy's decimals (never '1E-5')."""

    def __init__(self, quantum: Decimal) -> None:
        self.quantum = quantum

    def __call__(self, value: Decimal) -> str:
        return f"{value.quantize(self.quantum):f}"


def _category_template(diff: Decimal) -> str:
    # Whole sentences per sign, so that translators see complete text.
    if diff == 0:
        return QT_TRANSLATE_NOOP("Reconcile", "หมวด {number}: คะแนนทางการ {official} ตรงกับที่คำนวณได้")
    if diff > 0:
        return QT_TRANSLATE_NOOP(
            "Reconcile",
            "หมวด {number}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} "
            "ทำให้คะแนนรวมเพิ่มขึ้น {effect}",
        )
    return QT_TRANSLATE_NOOP(
        "Reconcile",
        "หมวด {number}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} "
        "ทำให้คะแนนรวมลดลง {effect}",
    )


def _indicator_template(diff: Decimal) -> str:
    if diff == 0:
        return QT_TRANSLATE_NOOP("Reconcile", "ตัวชี้วัด {code}: คะแนนทางการ {official} ตรงกับที่คำนวณได้")
    if diff > 0:
        return QT_TRANSLATE_NOOP(
            "Reconcile",
            "ตัวชี้วัด {code}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} "
            "มีผลต่อคะแนนรวม +{effect}",
        )
    return QT_TRANSLATE_NOOP(
        "Reconcile",
        "ตัวชี้วัด {code}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} "
        "มีผลต่อคะแนนรวม -{effect}",
    )


def _indicator_lines(
    score: YearScore,
    official: OfficialResult,
    number: int,
    share: Decimal,
    fmt: _Fmt,
) -> list[ReconciliationLine]:
    if not official.indicator_scores:
        return []
    cat_score = score.category(number)
    weight_sum = sum((i.weight for i in cat_score.indicators), _ZERO)
    lines = []
    for ind in cat_score.indicators:
        given = official.indicator_scores.get(ind.code)
        if given is None:
            continue
        diff = given - ind.score
        effect = ind.weight / weight_sum * share * diff
        lines.append(
            ReconciliationLine(
                LineKind.INDICATOR,
                ind.code,
                ind.score,
                given,
                diff,
                effect,
                _indicator_template(diff),
                {
                    "code": ind.code,
                    "computed": fmt(ind.score),
                    "official": fmt(given),
                    "diff": fmt(abs(diff)),
                    "effect": fmt(abs(effect)),
                },
            )
        )
    return lines


def _total_line(
    computed: Decimal, official: Decimal | None, diff: Decimal | None, fmt: _Fmt
) -> ReconciliationLine:
    if official is None or diff is None:
        template = QT_TRANSLATE_NOOP(
            "Reconcile", "คะแนนรวม: คำนวณได้ {computed} ยังไม่ได้กรอกคะแนนรวมทางการ"
        )
        params = {"computed": fmt(computed)}
    else:
        if diff == 0:
            template = QT_TRANSLATE_NOOP("Reconcile", "คะแนนรวม: ทางการ {official} ตรงกับที่คำนวณได้")
        elif diff > 0:
            template = QT_TRANSLATE_NOOP(
                "Reconcile",
                "คะแนนรวม: ทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff}",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Reconcile",
                "คะแนนรวม: ทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff}",
            )
        params = {"computed": fmt(computed), "official": fmt(official), "diff": fmt(abs(diff))}
    return ReconciliationLine(LineKind.TOTAL, "", computed, official, diff, diff, template, params)


def _remainder_line(unexplained: Decimal, fmt: _Fmt) -> ReconciliationLine:
    if unexplained == 0:
        template = QT_TRANSLATE_NOOP(
            "Reconcile", "คะแนนรวมทางการอธิบายได้ครบด้วยคะแนนรายหมวดตามสูตรของกรอบการประเมิน"
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Reconcile",
            "ส่วนต่างที่ไม่มีหมวดใดอธิบายได้ {value} — ต้องกำหนดองค์ประกอบหรือการปรับคะแนน"
            "เพิ่มเติมในกรอบการประเมิน จึงจะได้คะแนนรวมตรงกับผลทางการ",
        )
    return ReconciliationLine(
        LineKind.REMAINDER,
        "",
        None,
        None,
        unexplained,
        unexplained,
        template,
        {"value": fmt(unexplained)},
    )


def _band_line(score: YearScore, official: OfficialResult) -> ReconciliationLine:
    computed = "" if score.band is None else score.band.name
    if not official.band:
        template = QT_TRANSLATE_NOOP(
            "Reconcile", "ระดับผลการประเมินที่คำนวณได้: {computed} (ยังไม่ได้กรอกระดับทางการ)"
        )
    elif official.band == computed:
        template = QT_TRANSLATE_NOOP("Reconcile", "ระดับผลการประเมิน: {official} ตรงกับที่คำนวณได้")
    else:
        template = QT_TRANSLATE_NOOP(
            "Reconcile", "ระดับผลการประเมิน: ทางการ {official} แต่คำนวณได้ {computed}"
        )
    return ReconciliationLine(
        LineKind.BAND,
        "",
        None,
        None,
        None,
        None,
        template,
        {"computed": computed, "official": official.band},
    )


__all__ = [
    "LineKind",
    "OfficialResult",
    "Reconciliation",
    "ReconciliationLine",
    "reconcile",
]
