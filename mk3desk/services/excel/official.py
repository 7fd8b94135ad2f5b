"""Importing the results OBEC published for the year (sheets: :mod:`mk3desk.excel.kinds.official`).

The workbook replaces what was entered before, as the screen does
(``scoring.record_official``): the published figures are one announcement, not
a set of independent values. Per-indicator verified scores are optional; those
not in the file are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, OfficialResult, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import official as sheets
from mk3desk.excel.kinds.base import Row, Rows, add_problem, status_of, unknown_code
from mk3desk.excel.kinds.official import (
    CATEGORY_SHEET,
    H_NUMBER,
    H_SCORE,
    H_TOTAL,
    INDICATOR_SHEET,
    KEY,
    SUMMARY_SHEET,
    TITLE_TH,
)
from mk3desk.excel.problems import ImportReport, ProblemList
from mk3desk.services import scoring
from mk3desk.services.context import Actor
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope

ZERO, FIVE = Decimal(0), Decimal(5)


def specs(session: Session | None, year: FiscalYear | None) -> tuple[SheetSpec, ...]:
    if session is None or year is None:
        return sheets.specs()
    bands = [b.name for b in sorted(year.bands, key=lambda b: b.min_score)]
    return sheets.specs(bands, [i.code for i in year.indicators])


@dataclass(frozen=True)
class OfficialChange:
    category_scores: dict[int, Decimal]
    total: Decimal | None
    band: str
    rank: int | None
    announced_on: date | None
    note: str
    indicator_scores: dict[str, Decimal]


def _check_score(problems: ProblemList, sheet: str, row: Row, value: Decimal | None) -> bool:
    if value is not None and not ZERO <= value <= FIVE:
        add_problem(
            problems,
            sheet,
            row,
            H_SCORE,
            QT_TRANSLATE_NOOP("ExcelProblem", "คะแนนต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})"),
            score=value,
        )
        return False
    return True


def _summary(plan: ImportPlan[Any], year: FiscalYear, rows: Rows) -> Row:
    summary_rows = list(rows.get(SUMMARY_SHEET, ()))
    for extra in summary_rows[1:]:
        add_problem(
            plan.problems,
            SUMMARY_SHEET,
            extra,
            None,
            QT_TRANSLATE_NOOP("ExcelProblem", "แผ่นงานนี้กรอกได้เพียงแถวเดียว (ผลรวมของปี)"),
        )
    summary = summary_rows[0] if summary_rows else {}
    total, rank, band = summary.get("total"), summary.get("rank"), summary.get("band")
    if total is not None and not ZERO <= total <= FIVE:
        add_problem(
            plan.problems,
            SUMMARY_SHEET,
            summary,
            H_TOTAL,
            QT_TRANSLATE_NOOP("ExcelProblem", "คะแนนรวมต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})"),
            score=total,
        )
    if rank is not None and rank < 1:
        add_problem(
            plan.problems,
            SUMMARY_SHEET,
            summary,
            "ลำดับที่ของประเทศ",
            QT_TRANSLATE_NOOP("ExcelProblem", "ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก"),
        )
    names = [b.name for b in year.bands]
    if band is not None and names and band not in names:
        add_problem(
            plan.problems,
            SUMMARY_SHEET,
            summary,
            "ระดับผลการประเมิน",
            QT_TRANSLATE_NOOP("ExcelProblem", "ไม่มีระดับผลการประเมิน “{band}” ในปีนี้ (มี: {names})"),
            band=band,
            names="، ".join(names),
        )
    return summary


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[OfficialChange]:
    plan: ImportPlan[OfficialChange] = ImportPlan(KEY, year.id)
    summary = _summary(plan, year, rows)
    numbers = {c.number for c in year.categories}
    categories: dict[int, Decimal] = {}
    for row in rows.get(CATEGORY_SHEET, ()):
        number, score = row.get("number"), row.get("score")
        if number is not None and number not in numbers:
            add_problem(
                plan.problems,
                CATEGORY_SHEET,
                row,
                H_NUMBER,
                QT_TRANSLATE_NOOP("ExcelProblem", "ไม่มีหมวด {number} ในกรอบการประเมินปี {year}"),
                number=number,
                year=year.be_year,
            )
            continue
        if (
            _check_score(plan.problems, CATEGORY_SHEET, row, score)
            and number is not None
            and score is not None
        ):
            categories[number] = score
    codes = set(session.scalars(select(YearIndicator.code).where(YearIndicator.year_id == year.id)))
    indicators: dict[str, Decimal] = {}
    for row in rows.get(INDICATOR_SHEET, ()):
        code, score = row.get("code"), row.get("score")
        if code is not None and code not in codes:
            unknown_code(plan.problems, INDICATOR_SHEET, row, "รหัสตัวชี้วัด", code)
            continue
        if _check_score(plan.problems, INDICATOR_SHEET, row, score) and code and score is not None:
            indicators[code] = score
    old = scoring.load_official(session, year)
    old_result = session.scalars(
        select(OfficialResult).where(OfficialResult.year_id == year.id)
    ).first()
    change = OfficialChange(
        category_scores=categories,
        total=summary.get("total"),
        band=summary.get("band") or "",
        rank=summary.get("rank"),
        announced_on=summary.get("announced_on"),
        note=summary.get("note") or "",
        indicator_scores=indicators,
    )
    if summary:
        before: tuple[Any, ...] | None = None
        if old_result is not None:
            r = old_result
            before = (r.total, r.band, r.rank, r.announced_on, r.note)
        plan.count(
            status_of(
                before,
                (change.total, change.band, change.rank, change.announced_on, change.note),
            )
        )
    old_categories = dict(old.category_scores) if old else {}
    old_indicators = dict(old.indicator_scores) if old else {}
    for number, score in categories.items():
        plan.count(status_of(old_categories.get(number), score))
    for code, score in indicators.items():
        plan.count(status_of(old_indicators.get(code), score))
    plan.items.append(change)
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[OfficialChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if plan.added or plan.changed:
        year = session.get(FiscalYear, plan.scope_id)
        assert year is not None
        change = plan.items[0]
        scoring.record_official(
            session,
            actor,
            year,
            category_scores=change.category_scores,
            total=change.total,
            band=change.band,
            rank=change.rank,
            announced_on=change.announced_on,
            indicator_scores=change.indicator_scores,
            note=change.note,
        )
    return plan.report()


def export_rows(session: Session, year: FiscalYear) -> dict[str, list[Row]]:
    result = session.scalars(
        select(OfficialResult).where(OfficialResult.year_id == year.id)
    ).first()
    official = scoring.load_official(session, year)
    summary: list[Row] = []
    if result is not None:
        summary.append(
            {
                "total": result.total,
                "band": result.band or None,
                "rank": result.rank,
                "announced_on": result.announced_on,
                "note": result.note or None,
            }
        )
    categories = [
        {"number": n, "score": s}
        for n, s in sorted((official.category_scores if official else {}).items())
    ]
    order = {i.code: i.sort_order for i in year.indicators}
    indicators = [
        {"code": c, "score": s}
        for c, s in sorted(
            (official.indicator_scores if official else {}).items(),
            key=lambda p: order.get(p[0], 0),
        )
    ]
    return {SUMMARY_SHEET: summary, CATEGORY_SHEET: categories, INDICATOR_SHEET: indicators}


KIND = ImportKind(
    key=KEY,
    title_th=TITLE_TH,
    scope=Scope.YEAR,
    specs=specs,
    examples=sheets.examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
