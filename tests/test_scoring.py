"""Worked examples, computed by hand, for every scoring rule (docs/DOMAIN.md, Scoring)."""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_EVEN, Decimal

import pytest

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.framework import (
    Adjustment,
    AdjustmentKind,
    Band,
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
from mk3desk.domain.scoring import Achievement, outcome_score, process_points, score_year
from mk3desk.domain.whatif import what_if

D = Decimal
HIGHER = Direction.HIGHER_IS_BETTER
LOWER = Direction.LOWER_IS_BETTER
MIN0 = ScoringPolicy()
MIN1 = ScoringPolicy(outcome_min_score=D(1))


def item(
    code: str, basic: int = 4, advance: int = 2, significance: int = 2, weight: int = 1
) -> Indicator:
    criteria = [Criterion(f"B{i}", Level.BASIC, f"พื้นฐาน {i}") for i in range(1, basic + 1)]
    criteria += [Criterion(f"A{i}", Level.ADVANCE, f"ก้าวหน้า {i}") for i in range(1, advance + 1)]
    criteria += [
        Criterion(f"S{i}", Level.SIGNIFICANCE, f"พัฒนาจนเกิดผล {i}")
        for i in range(1, significance + 1)
    ]
    return Indicator(code, f"ประเด็น {code}", IndicatorKind.PROCESS, D(weight), tuple(criteria))


def met(*keys: str) -> frozenset[str]:
    return frozenset(keys)


def thresholds(
    code: str, ts: tuple[str, ...], direction: Direction = HIGHER, weight: int = 1
) -> Indicator:
    rule = OutcomeRule(OutcomeRuleType.THRESHOLDS, direction, tuple(D(t) for t in ts))
    return Indicator(
        code, f"ผลลัพธ์ {code}", IndicatorKind.OUTCOME, D(weight), rule=rule, unit="ร้อยละ"
    )


def ratio(
    code: str,
    target: str | None,
    direction: Direction = HIGHER,
    floor: str = "60",
    ceiling: str = "100",
) -> Indicator:
    rule = OutcomeRule(OutcomeRuleType.RATIO, direction, floor=D(floor), ceiling=D(ceiling))
    return Indicator(
        code,
        f"ผลลัพธ์ {code}",
        IndicatorKind.OUTCOME,
        target=None if target is None else D(target),
        rule=rule,
        unit="เรื่อง",
    )


def year(*categories: Category, **kwargs: object) -> Framework:
    return Framework(2567, "KRS 2567", tuple(categories), **kwargs)  # type: ignore[arg-type]


def cat(number: int, *indicators: Indicator, weight: str = "1") -> Category:
    return Category(number, f"หมวด {number}", D(weight), indicators)


def outcome_cat(
    number: int, scores: list[str], weight: str = "1"
) -> tuple[Category, dict[str, Achievement]]:
    """A category whose indicators score exactly ``scores`` (T1..T5 = 1..5, actual = score)."""
    inds = [
        thresholds(f"{number}.{i}", ("1", "2", "3", "4", "5")) for i in range(1, len(scores) + 1)
    ]
    achievements = {ind.code: Achievement(actual=D(s)) for ind, s in zip(inds, scores, strict=True)}
    return cat(number, *inds, weight=weight), achievements


# --- process items -----------------------------------------------------------------------------

ITEM = item("2.1")  # 4 basic, 2 advance, 2 significance


@pytest.mark.parametrize(
    ("keys", "points"),
    [
        ((), "0"),
        (("B1", "B2"), "150"),  # 300 x 2/4
        (("B1", "B2", "B3", "A1", "A2"), "225"),  # advance does not count before basic is complete
        (("B1", "B2", "B3", "B4"), "300"),
        (("B1", "B2", "B3", "B4", "A1"), "350"),  # + 100 x 1/2
        (("B1", "B2", "B3", "B4", "A1", "S1", "S2"), "350"),  # significance gated by advance
        (("B1", "B2", "B3", "B4", "A1", "A2"), "400"),
        (("B1", "B2", "B3", "B4", "A1", "A2", "S2"), "450"),
        (("B1", "B2", "B3", "B4", "A1", "A2", "S1", "S2"), "500"),
        (("B1", "B2", "B3", "B4", "A1", "A2", "S1", "S2", "X9"), "500"),  # stale key ignored
    ],
)
def test_process_points_levels_and_gating(keys: tuple[str, ...], points: str) -> None:
    assert process_points(ITEM, met(*keys)) == D(points)


def test_process_points_thirds_are_exact_at_five_decimals() -> None:
    three = item("1.1", basic=3)
    assert process_points(three, met("B1")) == D(100)
    seven = item("1.2", basic=7)
    # 300 x 1/7 = 42.857142857...; the item score 0.42857 (HALF_UP at the 5th decimal)
    assert MIN0.round(process_points(seven, met("B1")) / 100) == D("0.42857")


def test_a_level_without_criteria_counts_as_complete() -> None:
    no_advance = item("3.1", basic=2, advance=0, significance=2)
    assert process_points(no_advance, met("B1", "B2", "S1")) == D(450)  # 300 + 100 + 50
    assert process_points(item("3.2", 0, 0, 0), met()) == D(500)
    assert process_points(item("3.3", basic=2, advance=0, significance=0), met("B1", "B2")) == D(
        500
    )


def test_seed_category_2_is_4_75000() -> None:
    items = [item(f"2.{i}") for i in range(1, 5)]
    everything = met("B1", "B2", "B3", "B4", "A1", "A2", "S1", "S2")
    achievements = {i.code: Achievement(met=everything) for i in items[:3]}
    achievements["2.4"] = Achievement(met=met("B1", "B2", "B3", "B4", "A1", "A2"))  # 400
    result = score_year(year(cat(2, *items)), achievements)
    assert result.category(2).score == D("4.75000")
    assert str(result.category(2).score) == "4.75000"  # (500+500+500+400)/4/100, 5 decimals
    assert [i.points for i in result.category(2).indicators] == [D(500), D(500), D(500), D(400)]


# --- outcome indicators ------------------------------------------------------------------------

UP = thresholds("7.1", ("60", "70", "80", "90", "100"))
DOWN = thresholds("7.2", ("10", "8", "6", "4", "2"), LOWER)


@pytest.mark.parametrize(
    ("actual", "min0", "min1"),
    [
        ("75", "2.5", "2.5"),
        ("60", "1", "1"),
        ("85", "3.5", "3.5"),
        ("100", "5", "5"),
        ("120", "5", "5"),  # above T5
        ("55", "0.5", "1"),  # below T1: T1-T2 slope extended, then clipped
        ("40", "0", "1"),  # -1 before clipping
    ],
)
def test_thresholds_higher_is_better(actual: str, min0: str, min1: str) -> None:
    assert outcome_score(UP, D(actual), MIN0) == D(min0)
    assert outcome_score(UP, D(actual), MIN1) == D(min1)


@pytest.mark.parametrize(
    ("actual", "min0", "min1"),
    [
        ("7", "2.5", "2.5"),
        ("10", "1", "1"),
        ("2", "5", "5"),
        ("0", "5", "5"),
        ("11", "0.5", "1"),
        ("15", "0", "1"),  # -1.5 before clipping
    ],
)
def test_thresholds_lower_is_better(actual: str, min0: str, min1: str) -> None:
    assert outcome_score(DOWN, D(actual), MIN0) == D(min0)
    assert outcome_score(DOWN, D(actual), MIN1) == D(min1)


def test_thresholds_uneven_steps() -> None:
    uneven = thresholds("7.3", ("50", "60", "65", "80", "90"))
    assert outcome_score(uneven, D(62), MIN0) == D("2.4")  # 2 + 2/5
    assert MIN0.round(outcome_score(uneven, D(70), MIN0)) == D("3.33333")  # 3 + 5/15


@pytest.mark.parametrize(
    ("target", "actual", "direction", "score"),
    [
        ("80", "72", HIGHER, "3.75"),  # ratio 90 -> 5 x (90-60)/(100-60)
        ("80", "80", HIGHER, "5"),
        ("80", "100", HIGHER, "5"),  # ratio 125 capped
        ("80", "40", HIGHER, "0"),  # ratio 50 -> -1.25, clipped to 0
        ("20", "25", LOWER, "2.5"),  # ratio 20/25 = 80
        ("20", "10", LOWER, "5"),  # ratio 200 capped
        ("20", "0", LOWER, "5"),  # nothing happened: best
    ],
)
def test_ratio_rule(target: str, actual: str, direction: Direction, score: str) -> None:
    assert outcome_score(ratio("7.4", target, direction), D(actual), MIN0) == D(score)


def test_ratio_clips_to_one_with_min_one() -> None:
    assert outcome_score(ratio("7.4", "80"), D(40), MIN1) == D(1)


def test_ratio_without_target_is_a_thai_validation_error() -> None:
    with pytest.raises(ValidationError, match="ค่าเป้าหมาย") as info:
        outcome_score(ratio("7.5", None), D(10), MIN0)
    assert "7.5" in str(info.value)
    with pytest.raises(ValidationError, match="ค่าเป้าหมาย"):
        score_year(year(cat(7, ratio("7.5", None))), {})


def test_missing_actual_scores_the_minimum_and_is_flagged() -> None:
    assert outcome_score(UP, None, MIN0) == D(0)
    assert outcome_score(UP, None, MIN1) == D(1)
    result = score_year(year(cat(7, UP, DOWN), policy=MIN1), {"7.2": Achievement(actual=D(7))})
    assert result.indicator("7.1").missing and result.indicator("7.1").score == D(1)
    assert not result.indicator("7.2").missing
    assert [i.code for i in result.missing] == ["7.1"]
    assert result.category(7).score == D("1.75000")  # (1 + 2.5) / 2


def test_process_item_without_any_entry_is_flagged_missing() -> None:
    result = score_year(year(cat(1, item("1.1"), item("1.2"))), {"1.1": Achievement()})
    assert not result.indicator("1.1").missing
    assert result.indicator("1.2").missing


# --- weights, adjustments, rounding --------------------------------------------------------------


def test_indicator_and_category_weights() -> None:
    c1, a1 = outcome_cat(1, ["5", "2"])
    c1 = Category(
        1,
        "หมวด 1",
        D(3),
        (c1.indicators[0], thresholds("1.2", ("1", "2", "3", "4", "5"), weight=2)),
    )
    c2, a2 = outcome_cat(2, ["1"], weight="1")
    result = score_year(year(c1, c2), a1 | a2)
    assert result.category(1).score == D(3)  # (1x5 + 2x2) / 3
    assert result.total == D("2.50000")  # (3x3 + 1x1) / 4


def test_component_and_offset_adjustments() -> None:
    c1, a1 = outcome_cat(1, ["5"])
    component = Adjustment("คะแนนส่วนกลาง", AdjustmentKind.COMPONENT, D(1), D(3))
    offset = Adjustment("ปรับลด", AdjustmentKind.OFFSET, score=D("-0.2"))
    result = score_year(year(c1, adjustments=(component, offset)), a1)
    assert result.total == D("3.80000")  # (1x5 + 1x3) / 2 - 0.2
    assert [a.contribution for a in result.adjustments] == [D("1.5"), D("-0.2")]
    assert result.category(1).contribution == D("2.5")


def test_round_half_up_at_the_fifth_decimal() -> None:
    # T1=0, T2=1: an actual of 0.234565 scores exactly 1.234565
    ind = thresholds("7.1", ("0", "1", "2", "3", "4"))
    fw = year(cat(7, ind))
    ach = {"7.1": Achievement(actual=D("0.234565"))}
    assert score_year(fw, ach).category(7).score == D("1.23457")
    assert score_year(fw, ach).category(7).unrounded == D("1.234565")
    even = year(cat(7, ind), policy=ScoringPolicy(rounding=ROUND_HALF_EVEN))
    assert score_year(even, ach).category(7).score == D("1.23456")


def test_total_comes_from_rounded_category_scores() -> None:
    c1, a1 = outcome_cat(1, ["1.000005"])  # rounds to 1.00001
    c2, a2 = outcome_cat(2, ["1.000004"])  # rounds to 1.00000
    result = score_year(year(c1, c2), a1 | a2)
    assert result.total == D("1.00001")  # (1.00001 + 1.00000) / 2 = 1.000005 -> HALF_UP
    assert result.unrounded_total == D("1.0000045")  # would round to 1.00000


def same(a: Decimal, b: Decimal) -> bool:
    """Equal to 20 decimals: exact thirds differ only in the engine's 50th digit."""
    return a.quantize(D("1e-20")) == b.quantize(D("1e-20"))


def test_contributions_add_up_to_the_unrounded_total() -> None:
    c1, a1 = outcome_cat(1, ["5", "2", "3.3"], weight="2")
    c2, a2 = outcome_cat(2, ["4.1"], weight="1")
    offset = Adjustment("ปรับ", AdjustmentKind.OFFSET, score=D("-0.1"))
    result = score_year(year(c1, c2, adjustments=(offset,)), a1 | a2)
    # indicator share = 1/3 of category 1, category 1 = 2/3 of the total; score 2
    assert same(result.indicator("1.2").contribution, D(4) / 9)
    assert same(result.category(1).contribution, D("10.3") / 3 * 2 / 3)
    parts = sum((i.contribution for i in result.indicators), D(0)) + D("-0.1")
    assert same(parts, result.unrounded_total)
    assert same(result.unrounded_total, (D("10.3") / 3 * 2 + D("4.1")) / 3 - D("0.1"))


def test_empty_category_scores_zero_and_is_flagged() -> None:
    c1, a1 = outcome_cat(1, ["5"])
    result = score_year(year(c1, cat(2)), a1)
    assert result.category(2).empty and result.category(2).score == D(0)
    assert result.total == D("2.50000")
    assert [c.number for c in result.empty_categories] == [2]


# --- bands and target ----------------------------------------------------------------------------

BANDS = (
    Band("ต้องปรับปรุง", D(0)),
    Band("ดีเยี่ยม", D("4.8")),
    Band("ผ่าน", D("3.5")),
    Band("ดี", D("4.5")),
)


@pytest.mark.parametrize(
    ("score", "band", "next_band", "gap"),
    [
        ("4.75", "ดี", "ดีเยี่ยม", "0.05"),
        ("4.5", "ดี", "ดีเยี่ยม", "0.3"),  # exactly at the minimum
        ("3.49999", "ต้องปรับปรุง", "ผ่าน", "0.00001"),
        ("5", "ดีเยี่ยม", None, None),
    ],
)
def test_bands(score: str, band: str, next_band: str | None, gap: str | None) -> None:
    c1, a1 = outcome_cat(1, [score])
    result = score_year(year(c1, bands=BANDS), a1)
    assert result.band is not None and result.band.name == band
    assert (result.next_band.name if result.next_band else None) == next_band
    assert result.gap_to_next_band == (None if gap is None else D(gap))


def test_gap_to_target() -> None:
    c1, a1 = outcome_cat(1, ["4.74511"])
    reached = score_year(year(c1, target=D("4.5")), a1)
    assert reached.gap_to_target == D("-0.24511") and reached.reached_target is True
    c1, a1 = outcome_cat(1, ["4.2"])
    short = score_year(year(c1, target=D("4.5")), a1)
    assert short.gap_to_target == D("0.3") and short.reached_target is False
    assert score_year(year(c1), a1).gap_to_target is None


# --- a whole year and bad input -----------------------------------------------------------------


def test_whole_year_by_hand() -> None:
    everything = met("B1", "B2", "B3", "B4", "A1", "A2", "S1", "S2")
    process = [cat(n, item(f"{n}.1"), item(f"{n}.2")) for n in range(1, 7)]
    ach = {f"{n}.{i}": Achievement(met=everything) for n in range(1, 7) for i in (1, 2)}
    ach["2.2"] = Achievement(met=met("B1", "B2", "B3", "B4", "A1", "A2"))  # 400 -> category 4.5
    outcomes = cat(7, UP, DOWN, ratio("7.4", "80"))
    ach |= {
        "7.1": Achievement(actual=D(85)),
        "7.2": Achievement(actual=D(7)),
        "7.4": Achievement(actual=D(72)),
    }
    result = score_year(year(*process, outcomes, target=D("4.5")), ach)
    assert result.category(7).score == D("3.25000")  # (3.5 + 2.5 + 3.75) / 3
    assert result.total == D("4.67857")  # (4x5 + 4.5 + 3.25) / 7 = 32.75 / 7 = 4.678571
    assert all(type(v) is Decimal for v in (result.total, result.unrounded_total))
    assert result.indicator("7.4").points is None and result.indicator("1.1").points == D(500)


def test_thresholds_out_of_order_is_refused_in_thai() -> None:
    bad = thresholds("7.1", ("60", "80", "70", "90", "100"))
    with pytest.raises(ValidationError, match="ไม่เรียงลำดับ"):
        score_year(year(cat(7, bad)), {})
    with pytest.raises(ValidationError, match="ไม่เรียงลำดับ"):
        outcome_score(bad, D(75), MIN0)


def test_weights_summing_to_zero_are_refused_in_thai() -> None:
    with pytest.raises(ValidationError, match="น้ำหนัก"):
        score_year(year(cat(1, item("1.1"), weight="0")), {})


# --- what-if -------------------------------------------------------------------------------------


def test_what_if_orders_steps_by_gain() -> None:
    basic_done = met("B1", "B2", "B3", "B4")
    fw = year(cat(1, item("1.1"), item("1.2")), cat(7, UP), target=D("4.5"), bands=BANDS)
    ach = {
        "1.1": Achievement(met=basic_done | met("A1")),  # 350 -> advance needs A2
        "1.2": Achievement(met=met("B1", "B2", "B3")),  # 225 -> basic needs B4
        "7.1": Achievement(actual=D(72)),  # 2.2 -> level 3 needs 80
    }
    before = score_year(fw, ach).total  # (2.875 + 2.2) / 2 = 2.5375
    assert before == D("2.53750")
    steps = what_if(fw, ach)
    assert [s.code for s in steps] == ["7.1", "1.2", "1.1"]
    outcome, basic, advance = steps
    assert outcome.value_needed == D(80) and outcome.new_score == D(3)
    assert outcome.new_total == D("2.93750") and outcome.gain == D("0.40000")  # (2.875 + 3) / 2
    assert outcome.description == "ทำผลการดำเนินงานให้ได้อย่างน้อย 80 ร้อยละ เพื่อให้ถึงระดับ 3"
    assert basic.level is Level.BASIC and basic.criteria_to_meet == ("B4",)
    assert basic.new_score == D(3) and basic.new_total == D("2.72500")  # ((3.5+3)/2 + 2.2) / 2
    assert basic.gain == D("0.18750")
    assert basic.description == "ทำเกณฑ์ระดับพื้นฐานให้ครบ 1 ข้อที่เหลือ (B4)"
    assert advance.gain == D("0.12500") and advance.new_score == D(4)
    assert advance.description == "ทำเกณฑ์ระดับก้าวหน้าให้ครบ 1 ข้อที่เหลือ (A2)"
    assert all(s.reaches_target is False for s in steps)
    assert outcome.band == BANDS[0] and outcome.next_band == BANDS[2] and not outcome.band_changes
    assert what_if(fw, ach, limit=1) == steps[:1]


def test_what_if_states_the_value_needed_for_outcomes() -> None:
    fw = year(
        cat(7, ratio("7.4", "80"), ratio("7.5", "20", LOWER), DOWN, UP),
        cat(1, item("1.1"), weight="0"),  # weight 0: completing it gains nothing
    )
    ach = {
        "7.4": Achievement(actual=D(72)),  # 3.75
        "7.5": Achievement(actual=D(25)),  # 2.5
        "7.2": Achievement(actual=D(7)),  # 2.5
        # 7.1 not reported: 0, and the step is to reach level 1 (T1 = 60)
    }
    steps = {s.code: s for s in what_if(fw, ach)}
    assert set(steps) == {"7.4", "7.5", "7.2", "7.1"}
    up = steps["7.4"]  # score 4.75 needs ratio 60 + 4.75 x 40/5 = 98, i.e. 98% of 80
    assert up.new_score == D("4.75") and up.value_needed == D("78.4")
    assert up.description == (
        "ทำผลการดำเนินงานให้ได้อย่างน้อย 78.4 เรื่อง (ร้อยละ 98 ของค่าเป้าหมาย) เพื่อให้ได้คะแนน 4.75000"
    )
    down = steps["7.5"]  # score 3.5 needs ratio 88: at most 20 x 100/88 = 22.727272...
    assert down.new_score == D("3.5")
    assert down.description == (
        "ทำผลการดำเนินงานให้ไม่เกิน 22.72727 เรื่อง (ความสำเร็จร้อยละ 88) เพื่อให้ได้คะแนน 3.50000"
    )
    assert steps["7.2"].value_needed == D(6)
    assert steps["7.2"].description == "ทำผลการดำเนินงานให้ไม่เกิน 6 ร้อยละ เพื่อให้ถึงระดับ 3"
    assert steps["7.1"].value_needed == D(60) and steps["7.1"].new_score == D(1)
    assert all(s.gain == s.new_total - score_year(fw, ach).total for s in steps.values())


def test_an_edited_framework_is_scored_afresh() -> None:
    c1, a1 = outcome_cat(1, ["4"])
    c2, a2 = outcome_cat(2, ["2"])
    first = year(c1, c2)
    assert score_year(first, a1 | a2).total == D("3.00000")
    heavier = dataclasses.replace(first, categories=(c1, dataclasses.replace(c2, weight=D(3))))
    assert score_year(heavier, a1 | a2).total == D("2.50000")  # (4 + 3x2) / 4
    assert score_year(first, a1 | a2).total == D("3.00000")
