"""What scoring many office-years reads: every item with its criteria counted in SQL.

The trend chart and the scale benchmark (2,450 office-years) score years in bulk.
Scoring needs only how many criteria of each level an item has and how many are
met: one grouped query returns them per item (from two covering indexes, migration
0005, never the criteria's rows), and each level's criteria stand in as keys
B1..Bn / A1.. / S1.. with the first *m* met. What the items say is read once per
distinct content, not once per year. Reports and what-if use framework_store's
load_framework for the real keys and texts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BindParameter, Select, and_, bindparam, case, func, literal_column, select
from sqlalchemy.orm import Session

from mk3desk.db.models import CriterionResult, YearCriterion, YearIndicator
from mk3desk.domain.framework import LEVEL_ORDER, Criterion, Framework, Indicator
from mk3desk.domain.scoring import Achievement
from mk3desk.services.framework_store import (
    CONTENT_COLUMNS,
    ITEM_ORDER,
    YEAR_IDS,
    achievements_of,
    assemble_frameworks,
    build_indicator,
    run_select,
)

_CODES: BindParameter[str] = bindparam("codes", expanding=True)


def load_scoring_inputs(
    session: Session, year_ids: Sequence[int]
) -> tuple[dict[int, Framework], dict[int, dict[str, Achievement]]]:
    """Frameworks (criteria as stand-ins) and achievements of many years, for scoring.

    score_year gives exactly the scores of load_framework + load_achievements, year
    by year (tests/test_bulk_scoring.py holds it). Years with the same framework get
    the same Framework object, so the scoring engine prepares it once.
    """
    ids = list(year_ids)
    shared: dict[tuple[object, ...], Any] = {}
    contents, by_id = _contents(session, ids)
    shapes: dict[tuple[int | None, int | None], tuple[tuple[Criterion, ...], frozenset[str]]] = {}
    made: dict[tuple[int, int], Indicator] = {}
    indicators: dict[int, list[Indicator]] = defaultdict(list)  # by category id
    met_by_code: dict[tuple[int, str], frozenset[str]] = {}
    for ind_id, year_id, category_id, code, total, met in run_select(
        session, ids, _counted_items()
    ):
        stand_in = shapes.get((total, met))
        if stand_in is None:
            # None: no criteria. PostgreSQL sums bigints as numeric.
            stand_in = shapes[(total, met)] = _stand_ins(int(total or 0), int(met or 0), shared)
        criteria, met_keys = stand_in
        number, row = contents.get(code) or by_id[ind_id]
        ind_key = (number, id(criteria))  # criteria are shared objects
        indicator = made.get(ind_key)
        if indicator is None:
            indicator = made[ind_key] = build_indicator(row, criteria)
        indicators[category_id].append(indicator)
        if met_keys:  # as load_achievements: an item with nothing met has no achievement
            met_by_code[(year_id, code)] = met_keys
    return assemble_frameworks(session, ids, indicators, shared), achievements_of(
        session, ids, met_by_code
    )


# The criteria of each item are counted per level in SQL and returned packed in one
# integer, _LEVEL_BITS bits per level (basic lowest): one row and two sums per item
# instead of a row per level, half the time of the query that reads every criterion.
_LEVEL_BITS = 20
_LEVEL_UNIT = {level.value: 1 << (_LEVEL_BITS * rank) for rank, level in enumerate(LEVEL_ORDER)}
# A level this program does not know (a damaged row) lands above the known ones.
_UNKNOWN_LEVEL = 1 << (_LEVEL_BITS * len(LEVEL_ORDER))


def _counted_items() -> Select[int, int, int, str, Any, Any]:
    """Each item of the years (in order) with its criteria counted, and those met."""
    unit = case(
        {value: literal_column(str(n)) for value, n in _LEVEL_UNIT.items()},
        value=YearCriterion.level,
        # NULL: an item without criteria (the outer join); it sums to NULL.
        else_=case((YearCriterion.level.is_not(None), literal_column(str(_UNKNOWN_LEVEL)))),
    )
    # The met condition in the join lets SQLite answer from the (criterion_id, met)
    # index alone, never reading the results' rows.
    met_unit = case((CriterionResult.criterion_id.is_not(None), unit), else_=0)
    return (
        select(
            YearIndicator.id,
            YearIndicator.year_id,
            YearIndicator.category_id,
            YearIndicator.code,
            func.sum(unit),
            func.sum(met_unit),
        )
        .outerjoin(YearCriterion, YearCriterion.indicator_id == YearIndicator.id)
        .outerjoin(
            CriterionResult,
            and_(
                CriterionResult.criterion_id == YearCriterion.id,
                CriterionResult.met.is_(True),
            ),
        )
        .where(YearIndicator.year_id.in_(YEAR_IDS))
        # By the item, not by the criterion's item column: SQLite would then walk the
        # criteria through the (indicator_id, key) index, which lacks the level.
        .group_by(YearIndicator.id)
        .order_by(*ITEM_ORDER)
    )


def _stand_ins(
    total: int, met: int, shared: dict[tuple[object, ...], Any]
) -> tuple[tuple[Criterion, ...], frozenset[str]]:
    """Criteria B1..Bn, A1.., S1.. for the packed counts per level, and the met keys.

    The criteria tuple depends on the counts only (not on how many are met), so that
    the same item in every year is the same Indicator object and years share frameworks.
    """
    if total >= _UNKNOWN_LEVEL:
        raise ValueError("a criterion of an unknown level in the database")
    mask = (1 << _LEVEL_BITS) - 1
    counts = tuple((total >> (_LEVEL_BITS * rank)) & mask for rank in range(len(LEVEL_ORDER)))
    met_counts = tuple((met >> (_LEVEL_BITS * rank)) & mask for rank in range(len(LEVEL_ORDER)))
    prefixes = [level.value[0].upper() for level in LEVEL_ORDER]
    made = shared.get(("s", *counts))
    if made is None:
        made = shared[("s", *counts)] = tuple(
            Criterion(f"{prefix}{n}", level, "")
            for level, prefix, count in zip(LEVEL_ORDER, prefixes, counts, strict=True)
            for n in range(1, count + 1)
        )
    keys = frozenset(
        f"{prefix}{n}"
        for prefix, count in zip(prefixes, met_counts, strict=True)
        for n in range(1, count + 1)
    )
    return made, keys


_Content = tuple[int, Any]  # a number per distinct content, and the row to build it from


def _contents(session: Session, ids: list[int]) -> tuple[dict[str, _Content], dict[int, _Content]]:
    """What the items say (everything but their criteria), read once per distinct content.

    Years copied from one template repeat the same texts thousands of times: SQL
    finds the distinct contents, and only the codes whose content differs between
    years (an item edited in some year) are read row by row. Returns the content of
    each code that has one content, and of each item of the other codes by item id.
    """
    by_code: dict[str, _Content] = {}
    numbers: dict[tuple[object, ...], int] = {}
    varying: set[str] = set()
    for row in run_select(
        session, ids, select(*CONTENT_COLUMNS).distinct().where(YearIndicator.year_id.in_(YEAR_IDS))
    ):
        if row.code in by_code:
            varying.add(row.code)
        by_code[row.code] = (numbers.setdefault(tuple(row), len(numbers)), row)
    by_id: dict[int, _Content] = {}
    if varying:
        for row in run_select(
            session,
            ids,
            select(YearIndicator.id, *CONTENT_COLUMNS).where(
                YearIndicator.year_id.in_(YEAR_IDS), YearIndicator.code.in_(_CODES)
            ),
            codes=sorted(varying),
        ):
            by_id[row.id] = (numbers.setdefault(tuple(row)[1:], len(numbers)), row)
        for code in varying:
            del by_code[code]
    return by_code, by_id
