"""The computed score beside the published one, explained line by line (seed's 2567 table)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mk3desk.domain.framework import (
    Adjustment,
    AdjustmentKind,
    Band,
    Category,
    Framework,
    Indicator,
    IndicatorKind,
    OutcomeRule,
    OutcomeRuleType,
)
from mk3desk.domain.reconcile import LineKind, OfficialResult, reconcile
from mk3desk.domain.scoring import Achievement, score_year

D = Decimal
LEVELS = OutcomeRule(OutcomeRuleType.THRESHOLDS, thresholds=tuple(D(t) for t in range(1, 6)))
SEED_OFFICIAL = {1: "5", 2: "4.75", 3: "5", 4: "5", 5: "5", 6: "5", 7: "4.80653"}
BANDS = (Band("ผ่าน", D("3.5")), Band("ดี", D("4.5")), Band("ดีเยี่ยม", D("4.8")))


def indicator(code: str, weight: str = "1") -> Indicator:
    # Thresholds 1..5, so that the actual value *is* the score: easy to set by hand.
    return Indicator(code, f"ตัวชี้วัด {code}", IndicatorKind.OUTCOME, D(weight), rule=LEVELS)


def seed_year(
    computed: dict[int, str], adjustments: tuple[Adjustment, ...] = ()
) -> tuple[Framework, dict[str, Achievement]]:
    """Seven equally weighted categories, one indicator each, scoring ``computed``."""
    cats = tuple(Category(n, f"หมวด {n}", D(1), (indicator(f"{n}.1"),)) for n in range(1, 8))
    fw = Framework(2567, "KRS 2567", cats, BANDS, D("4.5"), adjustments=adjustments)
    return fw, {f"{n}.1": Achievement(actual=D(s)) for n, s in computed.items()}


def official(total: str | None = "4.74511", **kwargs: object) -> OfficialResult:
    scores = {n: D(s) for n, s in SEED_OFFICIAL.items()}
    return OfficialResult(scores, None if total is None else D(total), **kwargs)  # type: ignore[arg-type]


COMPUTED = {1: "5", 2: "4.5", 3: "5", 4: "5", 5: "5", 6: "5", 7: "4.5"}


def test_seed_table_leaves_minus_0_19154_unexplained() -> None:
    fw, ach = seed_year(COMPUTED)
    score = score_year(fw, ach)
    assert score.total == D("4.85714")  # (5x5 + 4.5 + 4.5) / 7 = 34 / 7
    rec = reconcile(score, official(), fw)
    assert rec.formula_total == D("4.93665")  # 34.55653 / 7 = 4.936647...
    assert rec.unexplained == D("-0.19154")  # 4.74511 - 4.93665
    assert rec.total_difference == D("-0.11203")  # 4.74511 - 4.85714
    remainder = rec.line(LineKind.REMAINDER)
    assert remainder.difference == D("-0.19154")
    assert "-0.19154" in remainder.explanation and "ไม่มีหมวดใดอธิบายได้" in remainder.explanation
    assert rec.line(LineKind.FORMULA).explanation.endswith("= 4.93665")


def test_each_category_difference_and_its_effect_on_the_total() -> None:
    fw, ach = seed_year(COMPUTED)
    rec = reconcile(score_year(fw, ach), official(), fw)
    two = rec.line(LineKind.CATEGORY, "2")
    assert (two.computed, two.official, two.difference) == (D("4.5"), D("4.75"), D("0.25"))
    assert two.effect_on_total is not None
    assert two.effect_on_total.quantize(D("1e-20")) == (D("0.25") / 7).quantize(D("1e-20"))
    assert two.explanation == (
        "หมวด 2: คะแนนทางการ 4.75000 สูงกว่าที่คำนวณได้ (4.50000) 0.25000 ทำให้คะแนนรวมเพิ่มขึ้น 0.03571"
    )
    assert rec.line(LineKind.CATEGORY, "1").difference == 0
    assert "ตรงกับที่คำนวณได้" in rec.line(LineKind.CATEGORY, "1").explanation
    # The category effects carry the computed total to the formula total (up to rounding).
    explained = D("4.85714") + rec.explained_by_categories
    assert abs(explained - rec.formula_total) <= D("0.00001")


def test_lower_official_category_is_explained_as_a_loss() -> None:
    fw, ach = seed_year({**COMPUTED, 7: "5"})
    seven = reconcile(score_year(fw, ach), official(), fw).line(LineKind.CATEGORY, "7")
    assert seven.difference == D("-0.19347")
    assert "ต่ำกว่าที่คำนวณได้" in seven.explanation and "ลดลง 0.02764" in seven.explanation


def test_an_offset_adjustment_explains_the_remainder() -> None:
    offset = Adjustment("ส่วนที่ สพฐ. ปรับ", AdjustmentKind.OFFSET, score=D("-0.19154"))
    fw, ach = seed_year(COMPUTED, (offset,))
    rec = reconcile(score_year(fw, ach), official(), fw)
    assert rec.formula_total == D("4.74511")
    assert rec.unexplained == 0
    assert "อธิบายได้ครบ" in rec.line(LineKind.REMAINDER).explanation


def test_a_component_adjustment_enters_the_formula_with_its_weight() -> None:
    # (34.55653 + 1 x 3.40435) / 8 = 37.96088 / 8 = 4.74511
    component = Adjustment("องค์ประกอบอื่น", AdjustmentKind.COMPONENT, D(1), D("3.40435"))
    fw, ach = seed_year(COMPUTED, (component,))
    score = score_year(fw, ach)
    rec = reconcile(score, official(), fw)
    assert rec.formula_total == D("4.74511") and rec.unexplained == 0
    two = rec.line(LineKind.CATEGORY, "2")
    assert two.effect_on_total is not None
    assert two.effect_on_total.quantize(D("1e-20")) == (D("0.25") / 8).quantize(D("1e-20"))


def test_missing_official_figures() -> None:
    fw, ach = seed_year(COMPUTED)
    partial = OfficialResult({n: D(s) for n, s in SEED_OFFICIAL.items() if n != 7}, None)
    rec = reconcile(score_year(fw, ach), partial, fw)
    seven = rec.line(LineKind.CATEGORY, "7")
    assert seven.official is None and "ยังไม่ได้กรอก" in seven.explanation
    # Category 7 keeps its computed 4.5: (5x5 + 4.75 + 4.5) / 7 = 34.25 / 7
    assert rec.formula_total == D("4.89286")
    assert rec.unexplained is None and rec.total_difference is None
    assert "ยังไม่ได้กรอกคะแนนรวมทางการ" in rec.line(LineKind.TOTAL).explanation
    with pytest.raises(KeyError):
        rec.line(LineKind.REMAINDER)


def test_indicator_lines_band_and_rank() -> None:
    cats = list(seed_year(COMPUTED)[0].categories)
    cats[6] = Category(7, "หมวด 7", D(1), (indicator("7.1"), indicator("7.2", weight="3")))
    fw = Framework(2567, "KRS 2567", tuple(cats), BANDS, D("4.5"))
    ach = {f"{n}.1": Achievement(actual=D(5)) for n in range(1, 7)}
    ach |= {"2.1": Achievement(actual=D("4.5")), "7.1": Achievement(actual=D(4))}
    ach["7.2"] = Achievement(actual=D(5))
    score = score_year(fw, ach)
    assert score.category(7).score == D("4.75000")  # (1x4 + 3x5) / 4
    result = official(band="ดี", rank=38, indicator_scores={"7.1": D("4.8")})
    rec = reconcile(score, result, fw)
    line = rec.line(LineKind.INDICATOR, "7.1")
    assert line.difference == D("0.8")
    assert line.effect_on_total is not None
    # weight share inside category 7 (1/4) x category share (1/7) x difference
    assert line.effect_on_total.quantize(D("1e-20")) == (D("0.8") / 28).quantize(D("1e-20"))
    assert "ตัวชี้วัด 7.1" in line.explanation
    band = rec.line(LineKind.BAND)
    assert score.band is not None and score.band.name == "ดีเยี่ยม"  # 4.89286 >= 4.8
    assert band.explanation == "ระดับผลการประเมิน: ทางการ ดี แต่คำนวณได้ ดีเยี่ยม"
    assert "38" in rec.line(LineKind.RANK).explanation


def test_lines_come_in_reading_order() -> None:
    fw, ach = seed_year(COMPUTED)
    rec = reconcile(score_year(fw, ach), official(band="ดีเยี่ยม"), fw)
    kinds = [line.kind for line in rec.lines]
    assert kinds == [LineKind.CATEGORY] * 7 + [
        LineKind.TOTAL,
        LineKind.FORMULA,
        LineKind.REMAINDER,
        LineKind.BAND,
    ]
    assert all(isinstance(v, Decimal) for v in (rec.formula_total, rec.explained_by_categories))
