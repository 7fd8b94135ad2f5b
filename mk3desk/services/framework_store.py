"""Reading a year's framework and achievements out of the database as domain values.

Plain column selects rather than ORM objects: building ORM objects for every
criterion of many years would cost more than the scoring itself. The public helpers
below (columns, run_select, assemble_frameworks, ...) are shared with
scoring_inputs, which reads many years for bulk scoring.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Executable, String, bindparam, select, type_coerce
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

_LEVELS = {level.value: level for level in Level}


def _raw(column: Any) -> Any:
    """A decimal column read as its stored text: the same values repeat across years, so
    they are converted only when an indicator is built (see build_indicator)."""
    return type_coerce(column, String).label(column.key)


# What an item says, everything but its criteria; the code first.
CONTENT_COLUMNS = (
    YearIndicator.code,
    YearIndicator.title,
    YearIndicator.kind,
    _raw(YearIndicator.weight),
    YearIndicator.guide,
    YearIndicator.basic_title,
    YearIndicator.advance_title,
    YearIndicator.significance_title,
    YearIndicator.unit,
    _raw(YearIndicator.target),
    YearIndicator.direction,
    YearIndicator.rule_type,
    _raw(YearIndicator.t1),
    _raw(YearIndicator.t2),
    _raw(YearIndicator.t3),
    _raw(YearIndicator.t4),
    _raw(YearIndicator.t5),
    _raw(YearIndicator.floor),
    _raw(YearIndicator.ceiling),
)
# Items in the order a category lists them; the id breaks ties the same way everywhere.
ITEM_ORDER = (YearIndicator.sort_order, YearIndicator.id)


# One expanding parameter for the year ids: a literal IN list of 2,450 ids would be
# compiled into every statement as 2,450 separate parameters.
YEAR_IDS: BindParameter[int] = bindparam("ids", expanding=True)


def run_select(session: Session, ids: list[int], statement: Executable, **params: Any) -> Any:
    """Run a plain column select on the session's connection (same transaction): this
    skips the ORM's result processing, several times faster on many rows."""
    return session.connection().execute(statement, {"ids": ids, **params})


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
    for ind_id, key, level, text in run_select(
        session,
        ids,
        select(YearCriterion.indicator_id, YearCriterion.key, YearCriterion.level, text_col)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .where(YearIndicator.year_id.in_(YEAR_IDS))
        .order_by(YearCriterion.indicator_id, YearCriterion.sort_order),
    ):
        crit_key = ("c", key, level, text if with_texts else "")
        criterion = shared.get(crit_key)
        if criterion is None:
            criterion = shared[crit_key] = Criterion(key, _LEVELS[level], crit_key[3])
        criteria[ind_id].append(criterion)

    indicators: dict[int, list[Indicator]] = defaultdict(list)  # by category id
    for row in run_select(
        session,
        ids,
        select(YearIndicator.id, YearIndicator.category_id, *CONTENT_COLUMNS)
        .where(YearIndicator.year_id.in_(YEAR_IDS))
        .order_by(*ITEM_ORDER),
    ):
        ind_criteria = tuple(criteria.get(row.id, ()))
        ind_key = ("i", *row[2:], *map(id, ind_criteria))  # criteria are shared objects
        indicator = shared.get(ind_key)
        if indicator is None:
            indicator = shared[ind_key] = build_indicator(row, ind_criteria)
        indicators[row.category_id].append(indicator)
    return assemble_frameworks(session, ids, indicators, shared)


def assemble_frameworks(
    session: Session,
    ids: list[int],
    indicators: Mapping[int, Sequence[Indicator]],
    shared: dict[tuple[object, ...], Any],
) -> dict[int, Framework]:
    """The years' frameworks around their indicators (by category id, in order)."""
    years = run_select(
        session,
        ids,
        select(
            FiscalYear.id,
            FiscalYear.be_year,
            FiscalYear.title,
            FiscalYear.note,
            FiscalYear.target,
            FiscalYear.decimals,
            FiscalYear.rounding,
            FiscalYear.outcome_min_score,
        ).where(FiscalYear.id.in_(YEAR_IDS)),
    ).all()

    categories: dict[int, list[Category]] = defaultdict(list)
    for cat_id, year_id, number, title, weight in run_select(
        session,
        ids,
        select(
            YearCategory.id,
            YearCategory.year_id,
            YearCategory.number,
            YearCategory.title,
            _raw(YearCategory.weight),
        )
        .where(YearCategory.year_id.in_(YEAR_IDS))
        .order_by(YearCategory.number),
    ):
        members = tuple(indicators.get(cat_id, ()))
        cat_key = ("k", number, title, weight, *map(id, members))
        category = shared.get(cat_key)
        if category is None:
            category = shared[cat_key] = Category(number, title, Decimal(weight), members)
        categories[year_id].append(category)

    bands: dict[int, list[Band]] = defaultdict(list)
    for year_id, name, min_score in run_select(
        session,
        ids,
        select(YearBand.year_id, YearBand.name, _raw(YearBand.min_score)).where(
            YearBand.year_id.in_(YEAR_IDS)
        ),
    ):
        band = shared.get(("b", name, min_score))
        if band is None:
            band = shared[("b", name, min_score)] = Band(name, Decimal(min_score))
        bands[year_id].append(band)

    adjustments: dict[int, list[Adjustment]] = defaultdict(list)
    for adj in session.execute(
        select(YearAdjustment)
        .where(YearAdjustment.year_id.in_(YEAR_IDS))
        .order_by(YearAdjustment.sort_order),
        {"ids": ids},
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
            *map(id, bands[year_id]),
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


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def build_indicator(row: Any, criteria: tuple[Criterion, ...]) -> Indicator:
    kind = IndicatorKind(row.kind)
    rule: OutcomeRule | None = None
    if kind is IndicatorKind.OUTCOME and row.rule_type:
        thresholds = (_dec(row.t1), _dec(row.t2), _dec(row.t3), _dec(row.t4), _dec(row.t5))
        rule = OutcomeRule(
            rule_type=OutcomeRuleType(row.rule_type),
            direction=Direction(row.direction or Direction.HIGHER_IS_BETTER.value),
            thresholds=tuple(t for t in thresholds if t is not None),
            floor=_dec(row.floor),
            ceiling=_dec(row.ceiling),
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
        weight=Decimal(row.weight),
        criteria=criteria,
        level_titles={k: v for k, v in titles.items() if v},
        unit=row.unit,
        target=_dec(row.target),
        rule=rule,
        guide=row.guide,
    )


def load_achievements(
    session: Session, year_ids: Sequence[int]
) -> dict[int, dict[str, Achievement]]:
    """What each year achieved, per indicator code: criteria met and this year's value."""
    ids = list(year_ids)
    met: dict[tuple[int, str], set[str]] = defaultdict(set)
    for year_id, code, key in run_select(
        session,
        ids,
        select(YearIndicator.year_id, YearIndicator.code, YearCriterion.key)
        .join(YearCriterion, YearCriterion.indicator_id == YearIndicator.id)
        .join(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(YEAR_IDS), CriterionResult.met.is_(True)),
    ):
        met[(year_id, code)].add(key)
    return achievements_of(session, ids, {k: frozenset(v) for k, v in met.items()})


def achievements_of(
    session: Session, ids: list[int], met: dict[tuple[int, str], frozenset[str]]
) -> dict[int, dict[str, Achievement]]:
    actual: dict[tuple[int, str], str] = {}  # the stored text, as DecimalText reads it
    for year_id, code, value in run_select(
        session,
        ids,
        select(YearIndicator.year_id, YearIndicator.code, _raw(OutcomeValue.value))
        .join(OutcomeValue, OutcomeValue.indicator_id == YearIndicator.id)
        .join(FiscalYear, FiscalYear.id == YearIndicator.year_id)
        .where(YearIndicator.year_id.in_(YEAR_IDS), OutcomeValue.be_year == FiscalYear.be_year),
    ):
        actual[(year_id, code)] = value
    result: dict[int, dict[str, Achievement]] = {year_id: {} for year_id in ids}
    # Achievements are frozen: items with the same criteria met share one.
    shared: dict[frozenset[str], Achievement] = {}
    for (year_id, code), keys in met.items():
        value = actual.pop((year_id, code), None)
        if value is not None:
            result[year_id][code] = Achievement(met=keys, actual=Decimal(value))
            continue
        achievement = shared.get(keys)
        if achievement is None:
            achievement = shared[keys] = Achievement(met=keys)
        result[year_id][code] = achievement
    for (year_id, code), value in actual.items():
        result[year_id][code] = Achievement(actual=Decimal(value))
    return result
