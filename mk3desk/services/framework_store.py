"""Reading a year's framework and achievements out of the database as domain values.

Plain column selects rather than ORM objects: the benchmark scores 2,450
office-years in one go, and building ORM objects for every criterion would cost
more than the scoring itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Executable, String, bindparam, case, func, select, type_coerce
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


def _raw(column: Any) -> Any:
    """A decimal column read as its stored text: the same values repeat across years, so
    they are converted only when an indicator is built (see _indicator)."""
    return type_coerce(column, String).label(column.key)


_INDICATOR_COLUMNS = (
    YearIndicator.id,
    YearIndicator.category_id,
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


# One expanding parameter for the year ids: a literal IN list of 2,450 ids would be
# compiled into every statement as 2,450 separate parameters.
_IDS: BindParameter[int] = bindparam("ids", expanding=True)


def _run(session: Session, ids: list[int], statement: Executable) -> Any:
    """Run a plain column select on the session's connection (same transaction): this
    skips the ORM's result processing, several times faster on many rows."""
    return session.connection().execute(statement, {"ids": ids})


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
    for ind_id, key, level, text in _run(
        session,
        ids,
        select(YearCriterion.indicator_id, YearCriterion.key, YearCriterion.level, text_col)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .where(YearIndicator.year_id.in_(_IDS))
        .order_by(YearCriterion.indicator_id, YearCriterion.sort_order),
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
    levels: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # (rank, count, met)
    met_count = func.sum(case((CriterionResult.met.is_(True), 1), else_=0))
    for ind_id, level, total, met in _run(
        session,
        ids,
        select(YearCriterion.indicator_id, YearCriterion.level, func.count(), met_count)
        .join(YearIndicator, YearIndicator.id == YearCriterion.indicator_id)
        .outerjoin(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(_IDS))
        .group_by(YearCriterion.indicator_id, YearCriterion.level),
    ).all():
        levels[ind_id].append((_LEVEL_RANK[_LEVELS[level]], total, met or 0))
    # Items with the same counts get the same stand-in criteria (one object per shape).
    shapes: dict[
        tuple[tuple[int, int, int], ...], tuple[tuple[Criterion, ...], frozenset[str]]
    ] = {}
    criteria: dict[int, tuple[Criterion, ...]] = {}
    met_keys: dict[int, frozenset[str]] = {}
    for ind_id, counts in levels.items():
        shape = tuple(sorted(counts))
        made = shapes.get(shape)
        if made is None:
            made = shapes[shape] = _stand_ins(shape, shared)
        criteria[ind_id], met_keys[ind_id] = made
    frameworks = _build_frameworks(session, ids, criteria, shared)
    places = {
        ind_id: (year_id, code)
        for ind_id, year_id, code in _run(
            session,
            ids,
            select(YearIndicator.id, YearIndicator.year_id, YearIndicator.code).where(
                YearIndicator.year_id.in_(_IDS)
            ),
        )
    }
    met_by_code = {places[i]: keys for i, keys in met_keys.items()}
    return frameworks, _achievements(session, ids, met_by_code)


def _stand_ins(
    shape: tuple[tuple[int, int, int], ...], shared: dict[tuple[object, ...], Any]
) -> tuple[tuple[Criterion, ...], frozenset[str]]:
    """Criteria B1..Bn, A1.., S1.. for the given (level rank, count, met), and the met keys.

    The criteria tuple depends on the counts only (not on how many are met), so that
    the same item in every year is the same Indicator object and years share frameworks.
    """
    counts = ("s", *((rank, count) for rank, count, _met in shape))
    made = shared.get(counts)
    if made is None:
        built = []
        for rank, count, _met in shape:
            level = LEVEL_ORDER[rank]
            prefix = level.value[0].upper()
            built += [Criterion(f"{prefix}{n}", level, "") for n in range(1, count + 1)]
        made = shared[counts] = tuple(built)
    met = frozenset(
        f"{LEVEL_ORDER[rank].value[0].upper()}{n}"
        for rank, _count, met_count in shape
        for n in range(1, met_count + 1)
    )
    return made, met


def _build_frameworks(
    session: Session,
    ids: list[int],
    criteria: Mapping[int, Sequence[Criterion]],
    shared: dict[tuple[object, ...], Any],
) -> dict[int, Framework]:
    years = _run(
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
        ).where(FiscalYear.id.in_(_IDS)),
    ).all()

    indicators: dict[int, list[Indicator]] = defaultdict(list)  # by category id
    for row in _run(
        session,
        ids,
        select(*_INDICATOR_COLUMNS)
        .where(YearIndicator.year_id.in_(_IDS))
        .order_by(YearIndicator.sort_order),
    ):
        ind_criteria = tuple(criteria.get(row.id, ()))
        ind_key = ("i", *row[2:], *map(id, ind_criteria))  # criteria are shared objects
        indicator = shared.get(ind_key)
        if indicator is None:
            indicator = shared[ind_key] = _indicator(row, ind_criteria)
        indicators[row.category_id].append(indicator)

    categories: dict[int, list[Category]] = defaultdict(list)
    for cat_id, year_id, number, title, weight in _run(
        session,
        ids,
        select(
            YearCategory.id,
            YearCategory.year_id,
            YearCategory.number,
            YearCategory.title,
            YearCategory.weight,
        )
        .where(YearCategory.year_id.in_(_IDS))
        .order_by(YearCategory.number),
    ):
        members = tuple(indicators[cat_id])
        cat_key = ("k", number, title, weight, *map(id, members))
        category = shared.get(cat_key)
        if category is None:
            category = shared[cat_key] = Category(number, title, weight, members)
        categories[year_id].append(category)

    bands: dict[int, list[Band]] = defaultdict(list)
    for year_id, name, min_score in _run(
        session,
        ids,
        select(YearBand.year_id, YearBand.name, YearBand.min_score).where(
            YearBand.year_id.in_(_IDS)
        ),
    ):
        bands[year_id].append(Band(name, min_score))

    adjustments: dict[int, list[Adjustment]] = defaultdict(list)
    for adj in session.execute(
        select(YearAdjustment)
        .where(YearAdjustment.year_id.in_(_IDS))
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


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _indicator(row: Any, criteria: tuple[Criterion, ...]) -> Indicator:
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
    for year_id, code, key in _run(
        session,
        ids,
        select(YearIndicator.year_id, YearIndicator.code, YearCriterion.key)
        .join(YearCriterion, YearCriterion.indicator_id == YearIndicator.id)
        .join(CriterionResult, CriterionResult.criterion_id == YearCriterion.id)
        .where(YearIndicator.year_id.in_(_IDS), CriterionResult.met.is_(True)),
    ):
        met[(year_id, code)].add(key)
    return _achievements(session, ids, {k: frozenset(v) for k, v in met.items()})


def _achievements(
    session: Session, ids: list[int], met: dict[tuple[int, str], frozenset[str]]
) -> dict[int, dict[str, Achievement]]:
    actual: dict[tuple[int, str], Decimal] = {}
    for year_id, code, value in _run(
        session,
        ids,
        select(YearIndicator.year_id, YearIndicator.code, OutcomeValue.value)
        .join(OutcomeValue, OutcomeValue.indicator_id == YearIndicator.id)
        .join(FiscalYear, FiscalYear.id == YearIndicator.year_id)
        .where(YearIndicator.year_id.in_(_IDS), OutcomeValue.be_year == FiscalYear.be_year),
    ):
        actual[(year_id, code)] = value
    result: dict[int, dict[str, Achievement]] = {year_id: {} for year_id in ids}
    for (year_id, code), keys in met.items():
        result[year_id][code] = Achievement(met=keys, actual=actual.pop((year_id, code), None))
    for (year_id, code), value in actual.items():
        result[year_id][code] = Achievement(actual=value)
    return result
