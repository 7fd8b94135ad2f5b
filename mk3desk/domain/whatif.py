"""What-if: which single step would raise the office's total the most?

For every indicator below 5, one step up is tried on its own:

* a process item: complete its lowest incomplete level (every criterion of
  that level met) — the gating rule makes this the only move that unlocks
  the next level's points;
* a THRESHOLDS outcome: reach the next whole level, i.e. that level's
  threshold (the value needed is stated);
* a RATIO outcome: one more score point, capped at 5 (the value needed is
  stated).

Each step reports the new total, the gain, whether the target is reached and
the band reached. Steps that gain nothing (e.g. a zero-weight category) are
left out; the rest are sorted by gain, biggest first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal, localcontext

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import (
    LEVEL_ORDER,
    Band,
    Direction,
    Framework,
    Indicator,
    IndicatorKind,
    Level,
    OutcomeRuleType,
    ScoringPolicy,
)
from mk3desk.domain.outcomes import SCORE_MAX, SCORING_CONTEXT, actual_for_score, success_ratio
from mk3desk.domain.scoreplan import IndicatorPlan, points_for, prepare
from mk3desk.domain.scoring import (
    Achievement,
    IndicatorResult,
    YearScore,
    assemble,
    indicator_results,
)

_HUNDRED = Decimal(100)

_PROCESS_TEMPLATES: dict[Level, str] = {
    Level.BASIC: QT_TRANSLATE_NOOP("WhatIf", "ทำเกณฑ์ระดับพื้นฐานให้ครบ {count} ข้อที่เหลือ ({keys})"),
    Level.ADVANCE: QT_TRANSLATE_NOOP("WhatIf", "ทำเกณฑ์ระดับก้าวหน้าให้ครบ {count} ข้อที่เหลือ ({keys})"),
    Level.SIGNIFICANCE: QT_TRANSLATE_NOOP(
        "WhatIf", "ทำเกณฑ์ระดับพัฒนาจนเกิดผลให้ครบ {count} ข้อที่เหลือ ({keys})"
    ),
}


@dataclass(frozen=True)
class WhatIfStep:
    code: str
    title: str
    category: int
    kind: IndicatorKind
    current_score: Decimal
    new_score: Decimal
    level: Level | None  # process: the level to complete
    criteria_to_meet: tuple[str, ...]  # process: Criterion.key values still missing
    value_needed: Decimal | None  # outcome: actual value that reaches new_score (exact)
    new_total: Decimal  # rounded, as published
    gain: Decimal  # new_total - current total (rounded figures)
    unrounded_gain: Decimal
    reaches_target: bool | None  # None when the year has no target
    band: Band | None  # the band at new_total
    next_band: Band | None  # the band above new_total
    band_changes: bool  # new_total enters a higher band than now
    template: str  # Thai, QT_TRANSLATE_NOOP("WhatIf", ...)
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def description(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class _Move:
    result: IndicatorResult
    level: Level | None
    keys: tuple[str, ...]
    value: Decimal | None
    template: str
    params: dict[str, str]


def what_if(
    framework: Framework, achievements: Mapping[str, Achievement], limit: int = 10
) -> list[WhatIfStep]:
    """The ``limit`` single steps that raise the total most, biggest gain first."""
    plan = prepare(framework)
    with localcontext(SCORING_CONTEXT):
        base_results = indicator_results(plan, achievements)
        base = assemble(plan, base_results)
        steps: list[WhatIfStep] = []
        nothing = Achievement()
        for ip in plan.indicators:
            ind = ip.indicator
            score = base_results[ind.code][0]
            if score >= SCORE_MAX:
                continue
            if ip.process:
                move = _process_plan(ip, achievements.get(ind.code, nothing).met)
            else:
                move = _outcome_plan(ind, score, framework.policy)
            if move is None:
                continue
            results = dict(base_results)
            results[ind.code] = move.result
            step = _step(ip, base, assemble(plan, results), move, score)
            if step.unrounded_gain > 0:
                steps.append(step)
    # Stable sort: equal gains keep the framework's order.
    steps.sort(key=lambda s: (-s.gain, -s.unrounded_gain))
    return steps[: max(limit, 0)]


def _step(
    ip: IndicatorPlan, base: YearScore, new: YearScore, move: _Move, score: Decimal
) -> WhatIfStep:
    ind = ip.indicator
    base_rank = None if base.band is None else base.band.min_score
    new_rank = None if new.band is None else new.band.min_score
    band_changes = new_rank is not None and (base_rank is None or new_rank > base_rank)
    return WhatIfStep(
        code=ind.code,
        title=ind.title,
        category=ip.category,
        kind=ind.kind,
        current_score=score,
        new_score=move.result[0],
        level=move.level,
        criteria_to_meet=move.keys,
        value_needed=move.value,
        new_total=new.total,
        gain=new.total - base.total,
        unrounded_gain=new.unrounded_total - base.unrounded_total,
        reaches_target=new.reached_target,
        band=new.band,
        next_band=new.next_band,
        band_changes=band_changes,
        template=move.template,
        params=move.params,
    )


def _process_plan(ip: IndicatorPlan, met: frozenset[str]) -> _Move | None:
    for level in LEVEL_ORDER:
        missing = tuple(
            c.key for c in ip.indicator.criteria if c.level is level and c.key not in met
        )
        if not missing:
            continue  # complete (or empty, which counts as complete)
        points = points_for(ip.levels, ip.free, met | frozenset(missing))
        return _Move(
            result=(points / _HUNDRED, points, False),
            level=level,
            keys=missing,
            value=None,
            template=_PROCESS_TEMPLATES[level],
            params={"count": str(len(missing)), "keys": ", ".join(missing)},
        )
    return None


def _outcome_plan(ind: Indicator, score: Decimal, policy: ScoringPolicy) -> _Move | None:
    rule = ind.rule
    assert rule is not None  # validate_for_scoring
    higher = rule.direction is Direction.HIGHER_IS_BETTER
    if rule.rule_type is OutcomeRuleType.THRESHOLDS:
        # The next whole level above the current score (a score of 3 aims at 4).
        new_score = min(max(Decimal(int(score)) + 1, Decimal(1)), SCORE_MAX)
        value = actual_for_score(ind, new_score)
        assert value is not None
        template = (
            QT_TRANSLATE_NOOP(
                "WhatIf", "ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} เพื่อให้ถึงระดับ {level}"
            )
            if higher
            else QT_TRANSLATE_NOOP(
                "WhatIf", "ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} เพื่อให้ถึงระดับ {level}"
            )
        )
        params = {
            "value": _display(value, policy, higher),
            "unit": ind.unit,
            "level": str(int(new_score)),
        }
    else:
        new_score = min(score + 1, SCORE_MAX)
        found = actual_for_score(ind, new_score)
        if found is None:
            return None  # any reported value already reaches it
        value = found
        ratio = success_ratio(rule, ind.target or Decimal(0), value)
        template = (
            QT_TRANSLATE_NOOP(
                "WhatIf",
                "ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} (ร้อยละ {ratio} ของค่าเป้าหมาย) "
                "เพื่อให้ได้คะแนน {score}",
            )
            if higher
            else QT_TRANSLATE_NOOP(
                "WhatIf",
                "ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} (ความสำเร็จร้อยละ {ratio}) "
                "เพื่อให้ได้คะแนน {score}",
            )
        )
        params = {
            "value": _display(value, policy, higher),
            "unit": ind.unit,
            "ratio": "" if ratio is None else _display(ratio, policy, True),
            "score": f"{policy.round(new_score):f}",
        }
    return _Move(
        result=(new_score, None, False),
        level=None,
        keys=(),
        value=value,
        template=template,
        params=params,
    )


def _display(value: Decimal, policy: ScoringPolicy, round_up: bool) -> str:
    """The needed value as text, rounded so that reaching the text reaches the level.

    "At least" values round up and "at most" values round down; trailing zeros
    go (12.50000 -> 12.5) because these are counts, percents and baht.
    """
    rounded = value.quantize(policy.quantum, rounding=ROUND_CEILING if round_up else ROUND_FLOOR)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


__all__ = ["WhatIfStep", "what_if"]
