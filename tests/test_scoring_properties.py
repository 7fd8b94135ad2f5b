"""Properties of the scoring engine over generated frameworks (hypothesis, derandomized).

The engine is compared with an independent oracle written with exact fractions,
so "exact" means: every published (rounded) figure equals the one that exact
rational arithmetic gives.
"""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.framework import (
    Adjustment,
    AdjustmentKind,
    Category,
    Criterion,
    Direction,
    Framework,
    Indicator,
    IndicatorKind,
    Level,
    OutcomeRule,
    OutcomeRuleType,
    ScoringPolicy,
)
from mk3desk.domain.scoring import Achievement, process_points, score_year
from mk3desk.domain.whatif import what_if

D = Decimal
SETTINGS = settings(
    derandomize=True,
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
Case = tuple[Framework, dict[str, Achievement]]

weights = st.integers(1, 40).map(lambda n: D(n) / 4)  # 0.25 .. 10, quarter steps
amounts = st.integers(-2000, 2000).map(lambda n: D(n) / 100)


@st.composite
def process_indicator(draw: st.DrawFn, code: str) -> tuple[Indicator, Achievement | None]:
    criteria = [
        Criterion(f"{prefix}{i}", level, f"{prefix}{i}")
        for prefix, level in (("B", Level.BASIC), ("A", Level.ADVANCE), ("S", Level.SIGNIFICANCE))
        for i in range(draw(st.integers(0, 7)))
    ]
    ind = Indicator(code, code, IndicatorKind.PROCESS, draw(weights), tuple(criteria))
    keys = [c.key for c in criteria]
    done = frozenset(k for k in keys if draw(st.booleans()))
    return ind, draw(st.sampled_from([None, Achievement(met=done)]))


@st.composite
def outcome_indicator(draw: st.DrawFn, code: str) -> tuple[Indicator, Achievement | None]:
    direction = draw(st.sampled_from(list(Direction)))
    actual = draw(st.none() | amounts)
    if draw(st.booleans()):
        values = sorted(draw(st.lists(amounts, min_size=5, max_size=5, unique=True)))
        if direction is Direction.LOWER_IS_BETTER:
            values.reverse()
        rule = OutcomeRule(OutcomeRuleType.THRESHOLDS, direction, tuple(values))
        target = None
    else:
        floor = draw(st.integers(-50, 90))
        ceiling = floor + draw(st.integers(1, 120))
        rule = OutcomeRule(OutcomeRuleType.RATIO, direction, floor=D(floor), ceiling=D(ceiling))
        target = D(draw(st.integers(1, 5000))) / 10
        actual = None if actual is None else abs(actual)
    ind = Indicator(code, code, IndicatorKind.OUTCOME, draw(weights), target=target, rule=rule)
    return ind, Achievement(actual=actual)


@st.composite
def years(draw: st.DrawFn, outcomes: bool = True, adjustments: bool = True) -> Case:
    cats = []
    achievements: dict[str, Achievement] = {}
    for number in range(1, draw(st.integers(1, 4)) + 1):
        inds = []
        for i in range(draw(st.integers(0 if number > 1 else 1, 4))):
            kind = draw(st.booleans()) if outcomes else True
            make = process_indicator if kind else outcome_indicator
            ind, ach = draw(make(f"{number}.{i}"))
            inds.append(ind)
            if ach is not None:
                achievements[ind.code] = ach
        cats.append(Category(number, f"หมวด {number}", draw(weights), tuple(inds)))
    adjusts: list[Adjustment] = []
    if adjustments and draw(st.booleans()):
        adjusts.append(
            Adjustment("x", AdjustmentKind.COMPONENT, draw(weights), abs(draw(amounts)) % 5)
        )
    if adjustments and draw(st.booleans()):
        adjusts.append(Adjustment("y", AdjustmentKind.OFFSET, score=draw(amounts) / 10))
    policy = ScoringPolicy(outcome_min_score=D(draw(st.sampled_from([0, 1]))))
    fw = Framework(2567, "t", tuple(cats), policy=policy, adjustments=tuple(adjusts))
    return fw, achievements


# --- the oracle: the same rules in exact rational arithmetic -----------------------------------


def oracle_indicator(ind: Indicator, ach: Achievement | None, policy: ScoringPolicy) -> Fraction:
    if ind.kind is IndicatorKind.PROCESS:
        met = ach.met if ach else frozenset()
        points = Fraction(0)
        for level, worth in ((Level.BASIC, 300), (Level.ADVANCE, 100), (Level.SIGNIFICANCE, 100)):
            at = [c for c in ind.criteria if c.level is level]
            share = Fraction(sum(c.key in met for c in at), len(at)) if at else Fraction(1)
            points += worth * share
            if share < 1:
                break
        return points / 100
    rule, actual, low = ind.rule, ach.actual if ach else None, Fraction(policy.outcome_min_score)
    assert rule is not None
    if actual is None:
        return low
    x = Fraction(actual)
    if rule.rule_type is OutcomeRuleType.THRESHOLDS:
        t = [Fraction(v) for v in rule.thresholds]
        sign = 1 if rule.direction is Direction.HIGHER_IS_BETTER else -1
        reached = max((i + 1 for i in range(5) if sign * x >= sign * t[i]), default=0)
        base = max(reached, 1)
        raw = Fraction(5) if reached == 5 else base + (x - t[base - 1]) / (t[base] - t[base - 1])
    else:
        assert ind.target is not None and rule.floor is not None and rule.ceiling is not None
        target = Fraction(ind.target)
        if rule.direction is Direction.HIGHER_IS_BETTER:
            ratio: Fraction | None = x / target * 100
        else:
            ratio = None if x <= 0 else target / x * 100
        floor, ceiling = Fraction(rule.floor), Fraction(rule.ceiling)
        raw = Fraction(5) if ratio is None else 5 * (ratio - floor) / (ceiling - floor)
    return min(max(raw, low), Fraction(5))


def half_up(x: Fraction) -> Decimal:
    scaled = abs(x) * 100000
    whole = int(scaled + Fraction(1, 2))
    return (D(whole) if x >= 0 else -D(whole)).scaleb(-5).quantize(D("0.00001"), ROUND_HALF_UP)


def oracle_total(
    fw: Framework, achievements: dict[str, Achievement]
) -> tuple[list[Decimal], Decimal]:
    cat_scores = []
    weighted = Fraction(0)
    for cat in fw.categories:
        total_w, weighted_sum = Fraction(0), Fraction(0)
        for i in cat.indicators:
            total_w += Fraction(i.weight)
            weighted_sum += Fraction(i.weight) * oracle_indicator(
                i, achievements.get(i.code), fw.policy
            )
        mean = weighted_sum / total_w if cat.indicators else Fraction(0)
        cat_scores.append(half_up(mean))
        weighted += Fraction(cat.weight) * Fraction(cat_scores[-1])
    all_w = sum(Fraction(c.weight) for c in fw.categories)
    offsets = Fraction(0)
    for adj in fw.adjustments:
        if adj.kind is AdjustmentKind.COMPONENT:
            weighted += Fraction(adj.weight) * Fraction(adj.score)
            all_w += Fraction(adj.weight)
        else:
            offsets += Fraction(adj.score)
    return cat_scores, half_up(weighted / all_w + offsets)


# --- properties --------------------------------------------------------------------------------


@SETTINGS
@given(years())
def test_published_figures_equal_exact_rational_arithmetic(case: Case) -> None:
    fw, ach = case
    result = score_year(fw, ach)
    cat_scores, total = oracle_total(fw, ach)
    assert [c.score for c in result.categories] == cat_scores
    assert result.total == total


@SETTINGS
@given(years(adjustments=False))
def test_every_score_is_within_0_and_5(case: Case) -> None:
    result = score_year(*case)
    for value in [i.score for i in result.indicators] + [c.score for c in result.categories]:
        assert D(0) <= value <= D(5)
    assert D(0) <= result.total <= D(5)
    for ind in result.indicators:
        assert ind.points is None or D(0) <= ind.points <= D(500)


def decimals_in(value: Any) -> list[Any]:
    """Every number held anywhere in a result (dataclasses, tuples)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [v for f in dataclasses.fields(value) for v in decimals_in(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [v for item in value for v in decimals_in(item)]
    return (
        [value] if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool) else []
    )


@SETTINGS
@given(years())
def test_results_are_decimal_never_float(case: Case) -> None:
    result = score_year(*case)
    numbers = [n for n in decimals_in(result) if not isinstance(n, int)]  # fiscal year / numbers
    assert numbers and all(type(n) is Decimal for n in numbers)
    assert all(
        str(c.score).count(".") == 1 and len(str(c.score).split(".")[1]) == 5
        for c in result.categories
    )


@SETTINGS
@given(years(), st.integers(2, 30))
def test_scaling_every_weight_leaves_the_published_figures_unchanged(case: Case, k: int) -> None:
    fw, ach = case
    scaled = Framework(
        fw.fiscal_year,
        fw.title,
        tuple(
            Category(
                c.number,
                c.title,
                c.weight * k,
                tuple(dataclasses.replace(i, weight=i.weight * k) for i in c.indicators),
            )
            for c in fw.categories
        ),
        policy=fw.policy,
        adjustments=tuple(dataclasses.replace(a, weight=a.weight * k) for a in fw.adjustments),
    )
    before, after = score_year(fw, ach), score_year(scaled, ach)
    assert after.total == before.total
    assert [c.score for c in after.categories] == [c.score for c in before.categories]


@SETTINGS
@given(years(outcomes=False), st.data())
def test_meeting_one_more_criterion_never_lowers_anything(case: Case, data: st.DataObject) -> None:
    fw, ach = case
    candidates = [
        (ind, c.key)
        for ind in fw.indicators()
        for c in ind.criteria
        if c.key not in ach.get(ind.code, Achievement()).met
    ]
    if not candidates:
        return
    ind, key = data.draw(st.sampled_from(candidates))
    old_met = ach.get(ind.code, Achievement()).met
    better = {**ach, ind.code: Achievement(met=old_met | {key})}
    before, after = score_year(fw, ach), score_year(fw, better)
    assert process_points(ind, old_met | {key}) >= process_points(ind, old_met)
    number = int(ind.code.split(".")[0])
    assert after.category(number).unrounded >= before.category(number).unrounded
    assert after.unrounded_total >= before.unrounded_total
    assert after.total >= before.total


@SETTINGS
@given(years())
def test_what_if_steps_are_real_gains_in_order(case: Case) -> None:
    fw, ach = case
    base = score_year(fw, ach)
    steps = what_if(fw, ach, limit=50)
    assert [s.gain for s in steps] == sorted((s.gain for s in steps), reverse=True)
    for step in steps:
        assert step.unrounded_gain > 0 and step.gain == step.new_total - base.total
        if step.kind is IndicatorKind.PROCESS:
            old = ach.get(step.code, Achievement()).met
            applied = {**ach, step.code: Achievement(met=old | set(step.criteria_to_meet))}
            assert score_year(fw, applied).total == step.new_total
        else:
            assert step.value_needed is not None
            applied = {**ach, step.code: Achievement(actual=step.value_needed)}
            assert abs(score_year(fw, applied).total - step.new_total) <= D("0.00001")


# --- bad input -----------------------------------------------------------------------------------


def is_thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@SETTINGS
@given(st.lists(amounts, min_size=5, max_size=5, unique=True), st.sampled_from(list(Direction)))
def test_thresholds_out_of_order_raise_a_thai_validation_error(
    values: list[Decimal], direction: Direction
) -> None:
    ordered = sorted(values, reverse=direction is Direction.LOWER_IS_BETTER)
    if values == ordered:
        values = values[1:] + values[:1]  # any rotation of 5 distinct sorted values is unsorted
    rule = OutcomeRule(OutcomeRuleType.THRESHOLDS, direction, tuple(values))
    ind = Indicator("7.1", "x", IndicatorKind.OUTCOME, rule=rule)
    fw = Framework(2567, "t", (Category(7, "หมวด 7", D(1), (ind,)),))
    with pytest.raises(ValidationError) as info:
        score_year(fw, {"7.1": Achievement(actual=values[0])})
    assert is_thai(str(info.value)) and "7.1" in str(info.value)


@SETTINGS
@given(st.integers(1, 5))
def test_weights_summing_to_zero_raise_a_thai_validation_error(count: int) -> None:
    cats = tuple(Category(n, "x", D(0), ()) for n in range(1, count + 1))
    with pytest.raises(ValidationError) as info:
        score_year(Framework(2567, "t", cats), {})
    assert is_thai(str(info.value))
    ind = Indicator("1.1", "x", IndicatorKind.PROCESS, D(0))
    with pytest.raises(ValidationError) as info:
        score_year(Framework(2567, "t", (Category(1, "x", D(1), (ind,)),)), {})
    assert is_thai(str(info.value))
