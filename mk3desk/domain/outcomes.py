"""Outcome indicators (category 7): an actual value becomes a 0-5 score.

Two public rule types are supported (docs/DOMAIN.md, Scoring rule 2), both as data in
``OutcomeRule``:

* THRESHOLDS — five level thresholds T1..T5. The score is the straight line
  through (T1, 1), (T2, 2) ... (T5, 5); below T1 the T1-T2 slope is extended
  (so a value far below T1 can go under 1), above T5 the score is 5. When lower
  is better the thresholds descend and the very same formula holds, because the
  slope simply turns negative.
* RATIO — the success ratio in percent (actual/target x 100, or target/actual x
  100 when lower is better) mapped linearly from ``floor`` (score 0) to
  ``ceiling`` (score 5).

Both are clipped to ``[policy.outcome_min_score, 5]``. Everything is Decimal,
computed in ``SCORING_CONTEXT`` so that a caller's context cannot change a
published figure.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import (
    Direction,
    Indicator,
    IndicatorKind,
    OutcomeRule,
    OutcomeRuleType,
    ScoringPolicy,
)

# 50 significant digits: intermediate quotients (thirds, sevenths) are then
# wrong only ~45 places after the 5th decimal, far beyond any HALF_UP boundary
# that real data can reach. The default context (28 digits) would do too, but
# it is thread-global and a caller may have changed it.
SCORING_CONTEXT = Context(prec=50, rounding=ROUND_HALF_EVEN)

SCORE_MAX = Decimal(5)
_HUNDRED = Decimal(100)


def rule_of(indicator: Indicator) -> OutcomeRule:
    """The indicator's outcome rule, or a ValidationError when it has none."""
    if indicator.kind is not IndicatorKind.OUTCOME or indicator.rule is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scoring", "ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน"),
            code=indicator.code,
        )
    return indicator.rule


def ratio_target(indicator: Indicator) -> Decimal:
    """The target a RATIO rule divides by; it must exist and be positive."""
    target = indicator.target
    if target is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Scoring",
                "ตัวชี้วัด {code}: เกณฑ์แบบร้อยละความสำเร็จต้องมีค่าเป้าหมาย กรุณากรอกค่าเป้าหมาย",
            ),
            code=indicator.code,
        )
    if not target.is_finite() or target <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scoring", "ตัวชี้วัด {code}: ค่าเป้าหมายต้องมากกว่าศูนย์ (พบ {target})"),
            code=indicator.code,
            target=target,
        )
    return target


def check_outcome(indicator: Indicator) -> None:
    """Refuse an outcome indicator whose rule cannot produce a score."""
    rule = rule_of(indicator)
    rule.validate(indicator.code)
    if rule.rule_type is OutcomeRuleType.RATIO:
        ratio_target(indicator)


def outcome_score(indicator: Indicator, actual: Decimal | None, policy: ScoringPolicy) -> Decimal:
    """Score (unrounded, clipped to [outcome_min_score, 5]) of an outcome indicator.

    ``actual`` None means "not reported yet": the score is then the policy's
    minimum; ``score_year`` flags such an indicator as missing.
    """
    check_outcome(indicator)
    with localcontext(SCORING_CONTEXT):
        return checked_outcome_score(indicator, actual, policy)


def checked_outcome_score(
    indicator: Indicator, actual: Decimal | None, policy: ScoringPolicy
) -> Decimal:
    """``outcome_score`` for an indicator already checked, inside SCORING_CONTEXT.

    ``score_year`` validates the whole framework once per year and then calls
    this, so that a benchmark of thousands of office-years pays no re-checks.
    """
    if actual is None:
        return policy.outcome_min_score
    if not actual.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Scoring", "ตัวชี้วัด {code}: ค่าผลการดำเนินงานไม่ใช่ตัวเลข"),
            code=indicator.code,
        )
    rule = indicator.rule
    assert rule is not None  # checked by check_outcome / Framework.validate
    if rule.rule_type is OutcomeRuleType.THRESHOLDS:
        raw = _thresholds_raw(rule, actual)
    else:
        raw = _ratio_raw(rule, ratio_target(indicator), actual)
    return clip_score(raw, policy)


def clip_score(raw: Decimal, policy: ScoringPolicy) -> Decimal:
    if raw > SCORE_MAX:
        return SCORE_MAX
    if raw < policy.outcome_min_score:
        return policy.outcome_min_score
    return raw


def _at_least_as_good(rule: OutcomeRule, actual: Decimal, threshold: Decimal) -> bool:
    if rule.direction is Direction.HIGHER_IS_BETTER:
        return actual >= threshold
    return actual <= threshold


def _thresholds_raw(rule: OutcomeRule, actual: Decimal) -> Decimal:
    t = rule.thresholds
    # The highest level whose threshold is reached (0 = none).
    reached = 0
    for level in range(5, 0, -1):
        if _at_least_as_good(rule, actual, t[level - 1]):
            reached = level
            break
    if reached == 5:
        return SCORE_MAX
    # Below T1 the first segment's slope is extended: same formula with level 1.
    base = max(reached, 1)
    lower, upper = t[base - 1], t[base]
    return Decimal(base) + (actual - lower) / (upper - lower)


def success_ratio(rule: OutcomeRule, target: Decimal, actual: Decimal) -> Decimal | None:
    """Success ratio in percent; None means "best possible" (lower is better, actual <= 0)."""
    if rule.direction is Direction.HIGHER_IS_BETTER:
        return actual / target * _HUNDRED
    if actual <= 0:
        return None
    return target / actual * _HUNDRED


def _ratio_raw(rule: OutcomeRule, target: Decimal, actual: Decimal) -> Decimal:
    assert rule.floor is not None and rule.ceiling is not None  # OutcomeRule.validate
    ratio = success_ratio(rule, target, actual)
    if ratio is None:
        return SCORE_MAX
    return SCORE_MAX * (ratio - rule.floor) / (rule.ceiling - rule.floor)


def actual_for_score(indicator: Indicator, score: Decimal) -> Decimal | None:
    """The actual value at which the (unclipped) score reaches ``score`` exactly.

    For THRESHOLDS ``score`` must be a whole level 1..5 (the answer is that
    level's threshold). For RATIO any score works. None means that any reported
    value reaches it (only possible for a lower-is-better ratio with a negative
    floor). The indicator must already be checked (``check_outcome``).
    """
    rule = indicator.rule
    assert rule is not None
    with localcontext(SCORING_CONTEXT):
        if rule.rule_type is OutcomeRuleType.THRESHOLDS:
            level = int(score)
            if Decimal(level) != score or not 1 <= level <= 5:
                raise ValueError(f"threshold levels are whole numbers 1..5, not {score}")
            return rule.thresholds[level - 1]
        assert rule.floor is not None and rule.ceiling is not None
        target = ratio_target(indicator)
        ratio = rule.floor + score * (rule.ceiling - rule.floor) / SCORE_MAX
        if rule.direction is Direction.HIGHER_IS_BETTER:
            return ratio * target / _HUNDRED
        if ratio <= 0:
            return None
        return target * _HUNDRED / ratio


__all__ = [
    "SCORE_MAX",
    "SCORING_CONTEXT",
    "actual_for_score",
    "check_outcome",
    "checked_outcome_score",
    "clip_score",
    "outcome_score",
    "ratio_target",
    "rule_of",
    "success_ratio",
]
