"""A framework prepared for scoring many office-years fast.

The benchmark scores 245 offices x 10 years end to end in under a second, and
most of a naive ``score_year`` goes into re-validating the same framework and
re-deriving the same constants (weight shares, each level's criterion keys).
``prepare`` does that once per framework and caches the result per framework
*object*: a Framework is immutable, so a prepared plan stays valid for as long
as the object lives (the cache entry goes away with it).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, localcontext

from mk3desk import caches
from mk3desk.domain.framework import (
    LEVEL_ORDER,
    LEVEL_POINTS,
    Adjustment,
    AdjustmentKind,
    Band,
    Category,
    Framework,
    Indicator,
    IndicatorKind,
    ScoringPolicy,
)
from mk3desk.domain.outcomes import SCORING_CONTEXT, check_outcome

_ZERO = Decimal(0)

# (points the level carries, keys of its criteria) for the levels that have
# criteria, lowest first. A level without criteria counts as complete; its
# points travel separately (``free``) so that a gap below still closes the gate.
LevelKeys = tuple[tuple[Decimal, frozenset[str]], ...]


def level_keys(indicator: Indicator) -> tuple[LevelKeys, tuple[Decimal, ...]]:
    """The item's non-empty levels, and the points of the empty levels around them.

    ``free[i]`` holds the points of the empty levels just below ``levels[i]``;
    ``free[-1]`` those above the last non-empty level.
    """
    levels: list[tuple[Decimal, frozenset[str]]] = []
    free: list[Decimal] = []
    pending = _ZERO
    for level in LEVEL_ORDER:
        keys = frozenset(c.key for c in indicator.criteria if c.level is level)
        if keys:
            free.append(pending)
            pending = _ZERO
            levels.append((LEVEL_POINTS[level], keys))
        else:
            pending += LEVEL_POINTS[level]
    free.append(pending)
    return tuple(levels), tuple(free)


def points_for(levels: LevelKeys, free: tuple[Decimal, ...], met: frozenset[str]) -> Decimal:
    """0..500 points: full levels add up, the first partly met level ends the count."""
    points = _ZERO
    for (worth, keys), before in zip(levels, free, strict=False):
        points += before
        done = len(keys & met)
        if done != len(keys):
            # A partly met level earns its share and closes the gate above it.
            return points + worth * done / len(keys)
        points += worth
    return points + free[-1]


@dataclass(frozen=True, slots=True)
class IndicatorPlan:
    indicator: Indicator
    category: int
    process: bool
    levels: LevelKeys
    free: tuple[Decimal, ...]
    coefficient: Decimal  # weight share in its category x the category's share of the total


@dataclass(frozen=True, slots=True)
class CategoryPlan:
    category: Category
    share: Decimal  # cat.weight / total weight
    indicator_weight: Decimal  # sum of its indicators' weights
    indicators: tuple[IndicatorPlan, ...]


@dataclass(frozen=True, slots=True)
class ScoringPlan:
    # The framework's own fields, not the framework: the cache must not keep
    # the framework alive, or its entry would never go away.
    fiscal_year: int
    policy: ScoringPolicy
    quantum: Decimal  # policy.quantum, computed once
    bands: tuple[Band, ...]
    target: Decimal | None
    adjustments: tuple[Adjustment, ...]
    categories: tuple[CategoryPlan, ...]
    indicators: tuple[IndicatorPlan, ...]
    total_weight: Decimal  # categories + COMPONENT adjustments
    components: tuple[Adjustment, ...]


# id(framework) -> (weak reference, plan). No lock: dict operations are atomic,
# and the worst a race can do is drop an entry, which costs one re-preparation.
_cache: dict[int, tuple[weakref.ref[Framework], ScoringPlan]] = {}
caches.register("scoreplan.plans", _cache.clear)


def prepare(framework: Framework) -> ScoringPlan:
    """Validate ``framework`` (ValidationError, Thai) and prepare it, once per object."""
    key = id(framework)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is framework:
        return hit[1]
    plan = _build(framework)

    def forget(
        dead: weakref.ref[Framework],
        key: int = key,
        cache: dict[int, tuple[weakref.ref[Framework], ScoringPlan]] = _cache,
    ) -> None:
        # Another framework may already reuse the id: only drop our own entry.
        entry = cache.get(key)
        if entry is not None and entry[0] is dead:
            cache.pop(key, None)

    _cache[key] = (weakref.ref(framework, forget), plan)
    return plan


def _build(framework: Framework) -> ScoringPlan:
    framework.validate()
    for ind in framework.indicators():
        if ind.kind is IndicatorKind.OUTCOME:
            check_outcome(ind)
    components = tuple(a for a in framework.adjustments if a.kind is AdjustmentKind.COMPONENT)
    with localcontext(SCORING_CONTEXT):
        total_weight = _sum(c.weight for c in framework.categories)
        total_weight += _sum(a.weight for a in components)
        categories: list[CategoryPlan] = []
        for cat in framework.categories:
            share = cat.weight / total_weight
            ind_weight = _sum(i.weight for i in cat.indicators)
            plans = []
            for ind in cat.indicators:
                process = ind.kind is IndicatorKind.PROCESS
                levels, free = level_keys(ind) if process else ((), ())
                coefficient = ind.weight / ind_weight * share
                plans.append(IndicatorPlan(ind, cat.number, process, levels, free, coefficient))
            categories.append(CategoryPlan(cat, share, ind_weight, tuple(plans)))
    return ScoringPlan(
        fiscal_year=framework.fiscal_year,
        policy=framework.policy,
        quantum=framework.policy.quantum,
        bands=framework.bands,
        target=framework.target,
        adjustments=framework.adjustments,
        categories=tuple(categories),
        indicators=tuple(p for c in categories for p in c.indicators),
        total_weight=total_weight,
        components=components,
    )


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, _ZERO)
