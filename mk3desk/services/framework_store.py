"""Reading a year's framework and achievements out of the database as domain values.

Plain column selects rather than ORM objects: the benchmark scores 2,450
office-years in one go, and building ORM objects for every criterion would cost
more than the scoring itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, func, select
from sqlalchemy.orm import Session

from mk3desk.db.models import (
    CriterionResult,
    FiscalYear,
    OutcomeValue,
    YearAdjustment,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.framework import (
    LEVEL_ORDER,
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
from mk3desk.domain.scoring import Achievement

_LEVELS = {level.value: level for level in Level}
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVEL_ORDER)}

_INDICATOR_COLUMNS = (
    YearIndicator.id,
    YearIndicator.category_id,
    YearIndicator.code,
    YearIndicator.title,
    YearIndicator.kind,
    YearIndicator.weight,
    YearIndicator.guide,
    YearIndicator.basic_title,
    YearIndicator.advance_title,
    YearIndicator.significance_title,
    YearIndicator.unit,
    YearIndicator.target,
    YearIndicator.direction,
    YearIndicator.rule_type,
    YearIndicator.t1,
    YearIndicator.t2,
    YearIndicator.t3,
    YearIndicator.t4,
    YearIndicator.t5,
    YearIndicator.floor,
    YearIndicator.ceiling,
)


def _core(session: Session) -> Connection:
    """The session's connection: plain column selects skip the ORM's result processing
    (several times faster on hundreds of thousands of rows) in the same transaction."""
    return session.connection()


def load_framework(session: Session, year_id: int) -> Framework:
    return load_frameworks(session, [year_id], with_texts=True)[year_id]


def load_frameworks(
    session: Session, year_ids: Sequence[int], *, with_texts: bool = False
) -> dict[int, Framework]:
    """Frameworks of several years at once; criteria texts only when asked (reports)."""
    ids = list(year_ids)
    # Frozen values are shared: the same criterion or indicator in many years is one object.
    shared: dict[tuple[object, ...], Any] = {}
    criteria: dict[int, list[Criterion]] = defaultdict(list)
    text_col = YearCriterion.text if with_texts else YearCriterion.key
    for ind_id, key, level, text in _core(session).execute(
        select(YearCriterion.indicator_id, YearCriterion.key, YearCriterion.level, text_col)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .where(YearIndicator.year_id.in_(ids))
        .order_by(YearCriterion.indicator_id, YearCriterion.sort_order)
    ):
        crit_key = ("c", key, level, text if with_texts else "")
        criterion = shared.get(crit_key)
        if criterion is None:
            criterion = shared[crit_key] = Criterion(key, _LEVELS[level], crit_key[3])
        criteria[ind_id].append(criterion)
    return _build_frameworks(session, ids, criteria, shared)


def load_scoring_inputs(
    session: Session, year_ids: Sequence[int]
) -> tuple[dict[int, Framework], dict[int, dict[str, Achievement]]]:
    """Frameworks and achievements for scoring many years (trend charts, the benchmark).

    Scoring depends only on how many criteria of each level an item has and how
    many are met, so SQL counts them; each level's criteria stand in as keys
    B1..Bn / A1.. / S1.. with the first *m* met. Use load_framework for the real
    keys and texts (what-if, reports).
    """
    ids = list(year_ids)
    shared: dict[tuple[object, ...], Any] = {}
    criteria: dict[int, list[Criterion]] = defaultdict(list)
    met_keys: dict[int, set[str]] = defaultdict(set)
    met_count = func.sum(case((CriterionResult.met.is_(True), 1), else_=0))
    for ind_id, level, total, met in _core(session).execute(
        select(YearCriterion.indicator_id, YearCriterion.level, func.count(), met_count)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .outerjoin(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(ids))
        .group_by(YearCriterion.indicator_id, YearCriterion.level)
    ):
        prefix = level[0].upper()
        for n in range(1, total + 1):
            crit_key = ("c", f"{prefix}{n}", level, "")
            criterion = shared.get(crit_key)
            if criterion is None:
                criterion = shared[crit_key] = Criterion(crit_key[1], _LEVELS[level], "")
            criteria[ind_id].append(criterion)
            if n <= (met or 0):
                met_keys[ind_id].add(criterion.key)
    for keys in criteria.values():
        keys.sort(key=lambda c: _LEVEL_RANK[c.level])
    frameworks = _build_frameworks(session, ids, criteria, shared)
    places = {
        ind_id: (year_id, code)
        for ind_id, year_id, code in _core(session).execute(
            select(YearIndicator.id, YearIndicator.year_id, YearIndicator.code).where(
                YearIndicator.year_id.in_(ids)
            )
        )
    }
    met_by_code = {places[i]: frozenset(k) for i, k in met_keys.items()}
    return frameworks, _achievements(session, ids, met_by_code)


def _build_frameworks(
    session: Session,
    ids: list[int],
    criteria: dict[int, list[Criterion]],
    shared: dict[tuple[object, ...], Any],
) -> dict[int, Framework]:
    years = (
        _core(session)
        .execute(
            select(
                FiscalYear.id,
                FiscalYear.be_year,
                FiscalYear.title,
                FiscalYear.note,
                FiscalYear.target,
                FiscalYear.decimals,
                FiscalYear.rounding,
                FiscalYear.outcome_min_score,
            ).where(FiscalYear.id.in_(ids))
        )
        .all()
    )

    indicators: dict[int, list[Indicator]] = defaultdict(list)  # by category id
    for row in _core(session).execute(
        select(*_INDICATOR_COLUMNS)
        .where(YearIndicator.year_id.in_(ids))
        .order_by(YearIndicator.sort_order)
    ):
        ind_criteria = tuple(criteria.get(row.id, ()))
        ind_key = ("i", *row[2:], ind_criteria)
        indicator = shared.get(ind_key)
        if indicator is None:
            indicator = shared[ind_key] = _indicator(row, ind_criteria)
        indicators[row.category_id].append(indicator)

    categories: dict[int, list[Category]] = defaultdict(list)
    for cat_id, year_id, number, title, weight in _core(session).execute(
        select(
            YearCategory.id,
            YearCategory.year_id,
            YearCategory.number,
            YearCategory.title,
            YearCategory.weight,
        )
        .where(YearCategory.year_id.in_(ids))
        .order_by(YearCategory.number)
    ):
        members = tuple(indicators[cat_id])
        cat_key = ("k", number, title, weight, *map(id, members))
        category = shared.get(cat_key)
        if category is None:
            category = shared[cat_key] = Category(number, title, weight, members)
        categories[year_id].append(category)

    bands: dict[int, list[Band]] = defaultdict(list)
    for year_id, name, min_score in _core(session).execute(
        select(YearBand.year_id, YearBand.name, YearBand.min_score).where(YearBand.year_id.in_(ids))
    ):
        bands[year_id].append(Band(name, min_score))

    adjustments: dict[int, list[Adjustment]] = defaultdict(list)
    for adj in session.execute(
        select(YearAdjustment)
        .where(YearAdjustment.year_id.in_(ids))
        .order_by(YearAdjustment.sort_order)
    ).scalars():
        adjustments[adj.year_id].append(
            Adjustment(adj.label, AdjustmentKind(adj.kind), adj.weight, adj.score, adj.note)
        )

    result: dict[int, Framework] = {}
    for year_id, be_year, title, note, target, decimals, rounding, min_score in years:
        # Years copied from one template and never edited share one Framework object,
        # so the scoring engine prepares it once (its plan cache is keyed by identity).
        fw_key = (
            "f",
            be_year,
            title,
            note,
            target,
            decimals,
            rounding,
            min_score,
            *map(id, categories[year_id]),
            *bands[year_id],
            *adjustments[year_id],
        )
        if fw_key in shared:
            result[year_id] = shared[fw_key]
            continue
        result[year_id] = shared[fw_key] = Framework(
            fiscal_year=be_year,
            title=title,
            categories=tuple(categories[year_id]),
            bands=tuple(sorted(bands[year_id], key=lambda b: b.min_score)),
            target=target,
            policy=ScoringPolicy(decimals=decimals, rounding=rounding, outcome_min_score=min_score),
            adjustments=tuple(adjustments[year_id]),
            note=note,
        )
    return result


def _indicator(row: Any, criteria: tuple[Criterion, ...]) -> Indicator:
    kind = IndicatorKind(row.kind)
    rule: OutcomeRule | None = None
    if kind is IndicatorKind.OUTCOME and row.rule_type:
        thresholds = (row.t1, row.t2, row.t3, row.t4, row.t5)
        rule = OutcomeRule(
            rule_type=OutcomeRuleType(row.rule_type),
            direction=Direction(row.direction or Direction.HIGHER_IS_BETTER.value),
            thresholds=tuple(t for t in thresholds if t is not None),
            floor=row.floor,
            ceiling=row.ceiling,
        )
    titles = {
        Level.BASIC: row.basic_title,
        Level.ADVANCE: row.advance_title,
        Level.SIGNIFICANCE: row.significance_title,
    }
    return Indicator(
        code=row.code,
        title=row.title,
        kind=kind,
        weight=row.weight,
        criteria=criteria,
        level_titles={k: v for k, v in titles.items() if v},
        unit=row.unit,
        target=row.target,
        rule=rule,
        guide=row.guide,
    )


def load_achievements(
    session: Session, year_ids: Sequence[int]
) -> dict[int, dict[str, Achievement]]:
    """What each year achieved, per indicator code: criteria met and this year's value."""
    ids = list(year_ids)
    met: dict[tuple[int, str], set[str]] = defaultdict(set)
    for year_id, code, key in _core(session).execute(
        select(YearIndicator.year_id, YearIndicator.code, YearCriterion.key)
        .join(YearCriterion, YearCriterion.indicator_id == YearIndicator.id)
        .join(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(ids), CriterionResult.met.is_(True))
    ):
        met[(year_id, code)].add(key)
    return _achievements(session, ids, {k: frozenset(v) for k, v in met.items()})


def _achievements(
    session: Session, ids: list[int], met: dict[tuple[int, str], frozenset[str]]
) -> dict[int, dict[str, Achievement]]:
    actual: dict[tuple[int, str], Decimal] = {}
    for year_id, code, value in _core(session).execute(
        select(YearIndicator.year_id, YearIndicator.code, OutcomeValue.value)
        .join(OutcomeValue, OutcomeValue.indicator_id == YearIndicator.id)
        .join(FiscalYear, FiscalYear.id == YearIndicator.year_id)
        .where(YearIndicator.year_id.in_(ids), OutcomeValue.be_year == FiscalYear.be_year)
    ):
        actual[(year_id, code)] = value
    result: dict[int, dict[str, Achievement]] = {year_id: {} for year_id in ids}
    for (year_id, code), keys in met.items():
        result[year_id][code] = Achievement(met=keys, actual=actual.pop((year_id, code), None))
    for (year_id, code), value in actual.items():
        result[year_id][code] = Achievement(actual=value)
    return result
