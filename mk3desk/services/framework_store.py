"""Reading a year's framework and achievements out of the database as domain values.

Plain column selects rather than ORM objects: the benchmark scores 2,450
office-years in one go, and building ORM objects for every criterion would cost
more than the scoring itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import select
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


def load_framework(session: Session, year_id: int) -> Framework:
    return load_frameworks(session, [year_id], with_texts=True)[year_id]


def load_frameworks(
    session: Session, year_ids: Sequence[int], *, with_texts: bool = False
) -> dict[int, Framework]:
    """Frameworks of several years at once; criteria texts only when asked (reports)."""
    ids = list(year_ids)
    years = session.execute(
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
    ).all()

    criteria: dict[int, list[Criterion]] = defaultdict(list)
    text_col = YearCriterion.text if with_texts else YearCriterion.key
    for ind_id, key, level, text in session.execute(
        select(YearCriterion.indicator_id, YearCriterion.key, YearCriterion.level, text_col)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .where(YearIndicator.year_id.in_(ids))
        .order_by(YearCriterion.indicator_id, YearCriterion.sort_order)
    ):
        criteria[ind_id].append(Criterion(key, Level(level), text if with_texts else ""))

    indicators: dict[int, list[Indicator]] = defaultdict(list)  # by category id
    for row in session.execute(
        select(YearIndicator)
        .where(YearIndicator.year_id.in_(ids))
        .order_by(YearIndicator.sort_order)
    ).scalars():
        indicators[row.category_id].append(_indicator(row, criteria.get(row.id, [])))

    categories: dict[int, list[Category]] = defaultdict(list)
    for cat_id, year_id, number, title, weight in session.execute(
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
        categories[year_id].append(Category(number, title, weight, tuple(indicators[cat_id])))

    bands: dict[int, list[Band]] = defaultdict(list)
    for year_id, name, min_score in session.execute(
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
        result[year_id] = Framework(
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


def _indicator(row: YearIndicator, criteria: Iterable[Criterion]) -> Indicator:
    kind = IndicatorKind(row.kind)
    rule: OutcomeRule | None = None
    if kind is IndicatorKind.OUTCOME and row.rule_type:
        rule = OutcomeRule(
            rule_type=OutcomeRuleType(row.rule_type),
            direction=Direction(row.direction or Direction.HIGHER_IS_BETTER.value),
            thresholds=tuple(t for t in row.thresholds if t is not None),
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
        criteria=tuple(criteria),
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
    for year_id, code, key in session.execute(
        select(YearIndicator.year_id, YearIndicator.code, YearCriterion.key)
        .join(YearCriterion, YearCriterion.indicator_id == YearIndicator.id)
        .join(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(ids), CriterionResult.met.is_(True))
    ):
        met[(year_id, code)].add(key)
    actual: dict[tuple[int, str], Decimal] = {}
    for year_id, code, value in session.execute(
        select(YearIndicator.year_id, YearIndicator.code, OutcomeValue.value)
        .join(OutcomeValue, OutcomeValue.indicator_id == YearIndicator.id)
        .join(FiscalYear, FiscalYear.id == YearIndicator.year_id)
        .where(YearIndicator.year_id.in_(ids), OutcomeValue.be_year == FiscalYear.be_year)
    ):
        actual[(year_id, code)] = value
    result: dict[int, dict[str, Achievement]] = {year_id: {} for year_id in ids}
    for (year_id, code), keys in met.items():
        result[year_id][code] = Achievement(
            met=frozenset(keys), actual=actual.pop((year_id, code), None)
        )
    for (year_id, code), value in actual.items():
        result[year_id][code] = Achievement(actual=value)
    return result
