"""Scoring many office-years at once (trend chart, scale benchmark) gives exactly the
scores of scoring each year on its own, whatever was entered or edited."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.models import (
    CriterionResult,
    FiscalYear,
    OutcomeValue,
    YearAdjustment,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.framework import AdjustmentKind, IndicatorKind, Level
from mk3desk.services import scoring, years
from mk3desk.services.context import Actor
from mk3desk.services.scoring_inputs import _counted_items, load_scoring_inputs
from tests.support import fresh_database

D = Decimal


def _fill_at_random(session: Session, year: FiscalYear, rng: random.Random) -> None:
    """Criteria met, not met or never answered; outcome values this year or only earlier."""
    for ind in year.indicators:
        for crit in ind.criteria:
            answer = rng.choice(("met", "met", "met", "not met", "none"))
            if answer != "none":
                crit.result = CriterionResult(met=answer == "met")
        if IndicatorKind(ind.kind) is IndicatorKind.OUTCOME:
            anchor = ind.t3 if ind.t3 is not None else ind.target or D(1)
            value = anchor * D(rng.randint(70, 130)) / 100
            when = rng.choice((year.be_year, year.be_year, year.be_year - 1, None))
            if when is not None:
                ind.outcome_values.append(OutcomeValue(be_year=when, value=value))


def _edit_framework(session: Session, year: FiscalYear) -> None:
    """What a coordinator may change in one year's copy of the framework."""
    by_code = {ind.code: ind for ind in year.indicators}
    by_code["1.1"].title = "ประเด็น 1.1 ที่ปรับถ้อยคำในปีนี้"
    by_code["1.2"].weight = D("2.5")
    by_code["2.1"].criteria.pop()  # a criterion dropped
    by_code["2.2"].criteria.append(
        YearCriterion(key="A9", level=Level.ADVANCE.value, text="เกณฑ์ที่เพิ่มในปีนี้", sort_order=99)
    )
    by_code["2.2"].criteria[-1].result = CriterionResult(met=True)
    by_code["3.1"].criteria.clear()  # an item without criteria scores 5
    by_code["3.2"].sort_order, by_code["3.3"].sort_order = (
        by_code["3.3"].sort_order,
        by_code["3.2"].sort_order,
    )
    by_code["7.1.1"].t3 = (by_code["7.1.1"].t3 or D(0)) + D("0.5")
    category = year.categories[1]
    category.title, category.weight = "หมวด 2 ที่ปรับชื่อ", D("1.5")
    year.bands[1].min_score = D("3.25")
    year.adjustments.append(
        YearAdjustment(label="คะแนนส่วนที่ สพฐ. ประเมิน", kind=AdjustmentKind.COMPONENT.value,
                       weight=D(1), score=D("4.2"), sort_order=0)
    )  # fmt: skip
    year.adjustments.append(
        YearAdjustment(
            label="ปรับลด", kind=AdjustmentKind.OFFSET.value, score=D("-0.1"), sort_order=1
        )
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Two offices, four years each: one untouched, one edited, the rest at random."""
    db = fresh_database(Path(tmp_path_factory.mktemp("bulk")))
    rng = random.Random(2567)
    with db.transaction() as session:
        actor = Actor.system()
        for name in ("สพป.ทดสอบ เขต 1", "สพม.ทดสอบ"):
            office = years.create_office(session, actor, name=name)
            for be_year in (2564, 2565, 2566, 2567):
                year = years.create_year(session, actor, be_year=be_year, office_id=office.id)
                if be_year != 2564:  # 2564: nothing entered yet
                    _fill_at_random(session, year, rng)
                if be_year == 2566 and name == "สพป.ทดสอบ เขต 1":
                    _edit_framework(session, year)
            session.flush()
    yield db
    db.close()


def test_bulk_scores_equal_year_by_year_scores_in_every_detail(database: Database) -> None:
    with database.session() as s:
        all_years = list(s.scalars(select(FiscalYear).order_by(FiscalYear.id)))
        bulk = scoring.score_years(s, [y.id for y in all_years])
        for year in all_years:
            exact = scoring.year_result(s, year).score
            # Every figure, title, flag (missing) and contribution, in the same order.
            assert bulk[year.id] == exact, (year.office_id, year.be_year)
        totals = {bulk[y.id].total for y in all_years}
    assert len(totals) > 4, "the years differ, so equal scores mean something"


def test_a_subset_of_years_scores_the_same_as_all_of_them(database: Database) -> None:
    with database.session() as s:
        ids = list(s.scalars(select(FiscalYear.id)))
        every = scoring.score_years(s, ids)
        some = scoring.score_years(s, ids[1::3])
    assert some == {i: every[i] for i in ids[1::3]}


def test_unedited_years_of_one_fiscal_year_share_one_framework(database: Database) -> None:
    """The scoring engine prepares a framework once per object: sharing is what keeps
    2,450 office-years fast."""
    with database.session() as s:
        ids = {(y.office_id, y.be_year): y.id for y in s.scalars(select(FiscalYear))}
        frameworks, _ = load_scoring_inputs(s, list(ids.values()))
    one, other = sorted({office for office, _ in ids})
    first = {be: frameworks[ids[(one, be)]] for be in (2566, 2567)}
    second = {be: frameworks[ids[(other, be)]] for be in (2566, 2567)}
    assert first[2567] is second[2567]
    assert first[2566] is not second[2566], "the edited year has its own framework"
    # The items nobody edited are the same objects even in the edited year.
    assert first[2566].indicator("4.1") is second[2566].indicator("4.1")


def test_counting_reads_only_indexes(database: Database) -> None:
    """SQLite counts criteria and met results from the indexes of migration 0005, never
    from the criteria's rows with their long texts."""
    with database.session() as s:
        ids = list(s.scalars(select(FiscalYear.id)))
        sql = (
            _counted_items()
            .params(ids=ids)
            .compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        )
        plan = " / ".join(
            row[-1] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
        )
    assert "COVERING INDEX ix_year_criterion_indicator_level" in plan, plan
    assert "COVERING INDEX ix_criterion_result_criterion_met" in plan, plan


def test_changing_a_result_changes_the_bulk_score_like_the_single_one(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    with database.transaction() as s:
        actor = Actor.system()
        years.create_office(s, actor, name="สพป.ทดสอบ")
        year_id = years.create_year(s, actor, be_year=2567).id
    for met in (True, False, True):
        with database.transaction() as s:
            criterion = s.scalars(
                select(YearCriterion)
                .join(YearIndicator)
                .where(YearIndicator.year_id == year_id, YearIndicator.code == "1.3")
                .order_by(YearCriterion.sort_order)
            ).first()
            assert criterion is not None
            criterion.result = criterion.result or CriterionResult()
            criterion.result.met = met
        with database.session() as s:
            year = s.get(FiscalYear, year_id)
            assert year is not None
            bulk = scoring.score_years(s, [year_id])[year_id]
            assert bulk == scoring.year_result(s, year).score
            assert bulk.indicator("1.3").missing is not met
    database.close()
