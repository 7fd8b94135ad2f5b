"""The scoring engine: one office-year's achievements become the OBEC-style score.

Rules (docs/DOMAIN.md, "Scoring"; all numbers Decimal, computed in SCORING_CONTEXT):

* Process item (categories 1-6): points on 0-500 = 300 x share of BASIC met
  + 100 x share of ADVANCE met (only once all BASIC are met)
  + 100 x share of SIGNIFICANCE met (only once BASIC and ADVANCE are all met);
  item score = points / 100. A level that has no criteria counts as complete
  (share 1): a template that leaves a level empty must not cap the item below
  5, and an item with no criteria at all therefore scores 5.
* Outcome indicator (category 7): see ``outcomes.py``. No actual value yet ->
  the policy's minimum score, and ``IndicatorScore.missing`` is set.
* Category score = weighted mean of its indicators' scores; an empty category
  scores 0 (``CategoryScore.empty``) and still counts with its weight.
* Total = (sum cat.weight x cat.score + sum COMPONENT weight x score)
  / (sum cat.weight + sum COMPONENT weight) + sum OFFSET score.
  Published figures round each category score first and compute the total from
  the rounded category scores, then round the total: ``score`` / ``total`` are
  those figures, ``unrounded`` / ``unrounded_total`` the exact ones.
* Contributions: what each indicator, category and adjustment adds to the
  unrounded total, which is defined as their sum (offsets included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext

from mk3desk.domain.framework import AdjustmentKind, Band, Framework, Indicator, IndicatorKind
from mk3desk.domain.outcomes import SCORE_MAX, SCORING_CONTEXT, checked_outcome_score, outcome_score
from mk3desk.domain.scoreplan import ScoringPlan, level_keys, points_for, prepare

POINTS_MAX = Decimal(500)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Achievement:
    """What an office achieved on one indicator in one year."""

    met: frozenset[str] = frozenset()  # Criterion.key values met (process items)
    actual: Decimal | None = None  # this year's actual value (outcome indicators)


@dataclass(frozen=True)
class IndicatorScore:
    code: str
    title: str
    category: int  # Category.number
    kind: IndicatorKind
    weight: Decimal
    score: Decimal  # 0..5, unrounded (published figures round categories, not items)
    points: Decimal | None  # 0..500 for process items, None for outcomes
    missing: bool  # outcome: no actual value; process: no achievement entered at all
    contribution: Decimal  # what this indicator adds to the unrounded total


@dataclass(frozen=True)
class CategoryScore:
    number: int
    title: str
    weight: Decimal
    score: Decimal  # rounded by the policy: the published figure
    unrounded: Decimal
    contribution: Decimal  # what this category adds to the unrounded total
    indicators: tuple[IndicatorScore, ...]
    empty: bool = False  # no indicators: scores 0 (the GUI warns)


@dataclass(frozen=True)
class AdjustmentScore:
    label: str
    kind: AdjustmentKind
    weight: Decimal
    score: Decimal
    contribution: Decimal  # COMPONENT: weight share x score; OFFSET: the score itself


@dataclass(frozen=True)
class YearScore:
    fiscal_year: int
    categories: tuple[CategoryScore, ...]
    indicators: tuple[IndicatorScore, ...]
    adjustments: tuple[AdjustmentScore, ...]
    total: Decimal  # rounded, from the rounded category scores (published way)
    unrounded_total: Decimal  # from the unrounded category scores
    band: Band | None  # highest band with min_score <= total
    next_band: Band | None  # lowest band above the total
    gap_to_next_band: Decimal | None  # next_band.min_score - total
    target: Decimal | None
    gap_to_target: Decimal | None  # target - total; <= 0 means reached

    def category(self, number: int) -> CategoryScore:
        for cat in self.categories:
            if cat.number == number:
                return cat
        raise KeyError(number)

    def indicator(self, code: str) -> IndicatorScore:
        for ind in self.indicators:
            if ind.code == code:
                return ind
        raise KeyError(code)

    @property
    def reached_target(self) -> bool | None:
        return None if self.gap_to_target is None else self.gap_to_target <= 0

    @property
    def missing(self) -> tuple[IndicatorScore, ...]:
        return tuple(ind for ind in self.indicators if ind.missing)

    @property
    def empty_categories(self) -> tuple[CategoryScore, ...]:
        return tuple(cat for cat in self.categories if cat.empty)


def process_points(indicator: Indicator, met: frozenset[str]) -> Decimal:
    """Points 0..500 of a process item given the keys of the criteria met.

    Keys in ``met`` that the item does not have (a criterion dropped from the
    template) are ignored.
    """
    with localcontext(SCORING_CONTEXT):
        levels, free = level_keys(indicator)
        return points_for(levels, free, met)


def score_year(framework: Framework, achievements: Mapping[str, Achievement]) -> YearScore:
    """Score one office-year. ``achievements`` is keyed by Indicator.code.

    Raises ValidationError (Thai message) when the framework cannot be scored.
    The framework is validated once per framework object (see ``scoreplan``).
    """
    plan = prepare(framework)
    with localcontext(SCORING_CONTEXT):
        return assemble(plan, indicator_results(plan, achievements))


# (score, points, missing) per indicator code: the part of scoring that
# depends on achievements; ``assemble`` does the rest. what_if swaps single
# entries and re-assembles, so it never re-scores the other indicators.
IndicatorResult = tuple[Decimal, Decimal | None, bool]


def indicator_results(
    plan: ScoringPlan, achievements: Mapping[str, Achievement]
) -> dict[str, IndicatorResult]:
    """Per-indicator scores; call inside SCORING_CONTEXT."""
    policy = plan.policy
    results: dict[str, IndicatorResult] = {}
    no_keys: frozenset[str] = frozenset()
    for ip in plan.indicators:
        code = ip.indicator.code
        ach = achievements.get(code)
        if ip.process:
            points = points_for(ip.levels, ip.free, no_keys if ach is None else ach.met)
            results[code] = (points / _HUNDRED, points, ach is None)
        else:
            actual = None if ach is None else ach.actual
            score = checked_outcome_score(ip.indicator, actual, policy)
            results[code] = (score, None, actual is None)
    return results


def assemble(plan: ScoringPlan, results: Mapping[str, IndicatorResult]) -> YearScore:
    """Weighted means, rounding, contributions, band and target gap (in SCORING_CONTEXT)."""
    # ScoringPolicy.round, without rebuilding the quantum for every category.
    quantum, rounding = plan.quantum, plan.policy.rounding
    categories: list[CategoryScore] = []
    all_indicators: list[IndicatorScore] = []
    weighted_rounded = _ZERO
    contributions = _ZERO
    for cp in plan.categories:
        cat = cp.category
        scored: list[IndicatorScore] = []
        weighted = _ZERO
        contribution = _ZERO
        for ip in cp.indicators:
            ind = ip.indicator
            score, points, missing = results[ind.code]
            weighted += ind.weight * score
            part = ip.coefficient * score
            contribution += part
            scored.append(
                IndicatorScore(
                    ind.code, ind.title, cat.number, ind.kind, ind.weight,
                    score, points, missing, part,
                )
            )  # fmt: skip
        unrounded = weighted / cp.indicator_weight if scored else _ZERO
        rounded = unrounded.quantize(quantum, rounding=rounding)
        weighted_rounded += cat.weight * rounded
        contributions += contribution
        categories.append(
            CategoryScore(
                cat.number, cat.title, cat.weight, rounded, unrounded, contribution,
                tuple(scored), empty=not scored,
            )
        )  # fmt: skip
        all_indicators.extend(scored)

    adjustments: list[AdjustmentScore] = []
    offsets = _ZERO
    for adj in plan.adjustments:
        if adj.kind is AdjustmentKind.COMPONENT:
            weighted_rounded += adj.weight * adj.score
            part = adj.weight / plan.total_weight * adj.score
        else:
            offsets += adj.score
            part = adj.score
        contributions += part
        adjustments.append(AdjustmentScore(adj.label, adj.kind, adj.weight, adj.score, part))

    total = (weighted_rounded / plan.total_weight + offsets).quantize(quantum, rounding=rounding)
    band, next_band = bands_around(plan.bands, total)
    target = plan.target
    return YearScore(
        fiscal_year=plan.fiscal_year,
        categories=tuple(categories),
        indicators=tuple(all_indicators),
        adjustments=tuple(adjustments),
        total=total,
        unrounded_total=contributions,
        band=band,
        next_band=next_band,
        gap_to_next_band=None if next_band is None else next_band.min_score - total,
        target=target,
        gap_to_target=None if target is None else target - total,
    )


def bands_around(bands: Iterable[Band], total: Decimal) -> tuple[Band | None, Band | None]:
    """The band the total is in (highest min_score <= total) and the one above it."""
    reached: Band | None = None
    above: Band | None = None
    for band in bands:
        if band.min_score <= total:
            if reached is None or band.min_score > reached.min_score:
                reached = band
        elif above is None or band.min_score < above.min_score:
            above = band
    return reached, above


__all__ = [
    "POINTS_MAX",
    "SCORE_MAX",
    "Achievement",
    "AdjustmentScore",
    "CategoryScore",
    "IndicatorResult",
    "IndicatorScore",
    "YearScore",
    "assemble",
    "bands_around",
    "indicator_results",
    "outcome_score",
    "process_points",
    "score_year",
]
