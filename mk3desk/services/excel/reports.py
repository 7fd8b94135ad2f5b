"""Read-only workbooks for the office: the score, the progress tracker, the evidence index.

Each function returns ``[(SheetSpec, rows)]`` for :func:`mk3desk.excel.writer.write_table`;
the sheets are :mod:`mk3desk.excel.kinds.reports`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Assignment, EvidenceFile, FiscalYear, YearCriterion, YearIndicator
from mk3desk.domain.readiness import is_late
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.excel.kinds.reports import (
    EVIDENCE,
    PROGRESS,
    SCORE_CATEGORY,
    SCORE_INDICATOR,
    SCORE_TOTAL,
    Sheets,
)
from mk3desk.services.scoring import year_result


def _difference(official: Decimal | None, own: Decimal | None) -> Decimal | None:
    return None if official is None or own is None else official - own


def score_sheets(session: Session, year: FiscalYear) -> Sheets:
    """Per category and per indicator: weight, self-assessed, official, difference."""
    result = year_result(session, year)
    score, official = result.score, result.official
    policy = result.framework.policy
    by_cat = dict(official.category_scores) if official else {}
    by_code = dict(official.indicator_scores) if official else {}
    categories = [
        {
            "number": c.number,
            "title": c.title,
            "weight": c.weight,
            "self": c.score,
            "official": by_cat.get(c.number),
            "difference": _difference(by_cat.get(c.number), c.score),
        }
        for c in score.categories
    ]
    indicators = []
    for ind in score.indicators:
        own = policy.round(ind.score)
        indicators.append(
            {
                "code": ind.code,
                "category": ind.category,
                "title": ind.title,
                "weight": ind.weight,
                "self": own,
                "official": by_code.get(ind.code),
                "difference": _difference(by_code.get(ind.code), own),
            }
        )
    total_official = official.total if official else None
    total = {
        "what": f"คะแนนรวมปีงบประมาณ {year.be_year}",
        "self": score.total,
        "official": total_official,
        "difference": _difference(total_official, score.total),
        "band_self": score.band.name if score.band else None,
        "band_official": (official.band or None) if official else None,
        "rank": official.rank if official else None,
    }
    return [(SCORE_TOTAL, [total]), (SCORE_CATEGORY, categories), (SCORE_INDICATOR, indicators)]


def progress_sheets(session: Session, year: FiscalYear, today: date) -> Sheets:
    """Owner, state, deadline and whether it is late, for every indicator of the year."""
    query = (
        select(YearIndicator)
        .where(YearIndicator.year_id == year.id)
        .options(
            selectinload(YearIndicator.assignment).selectinload(Assignment.owner),
            selectinload(YearIndicator.assignment).selectinload(Assignment.backup),
        )
        .order_by(YearIndicator.sort_order)
    )
    rows = []
    for ind in session.scalars(query):
        a, state = ind.assignment, State(ind.state)
        deadline = a.deadline if a else None
        rows.append(
            {
                "code": ind.code,
                "title": ind.title,
                "owner": a.owner.name if a and a.owner else None,
                "backup": a.backup.name if a and a.backup else None,
                "state": STATE_TITLES[state],
                "deadline": deadline,
                "late": is_late(deadline, state, today),
            }
        )
    return [(PROGRESS, rows)]


def evidence_sheets(session: Session, year: FiscalYear) -> Sheets:
    """Every evidence file in use, by indicator: what a committee asks for first."""
    query = (
        select(YearIndicator.code, YearCriterion.key, EvidenceFile)
        .join(EvidenceFile, EvidenceFile.indicator_id == YearIndicator.id)
        .outerjoin(YearCriterion, YearCriterion.id == EvidenceFile.criterion_id)
        .where(YearIndicator.year_id == year.id, EvidenceFile.removed_at.is_(None))
        .order_by(YearIndicator.sort_order, EvidenceFile.id)
    )
    rows = [
        {
            "code": code,
            "criterion": key,
            "file_name": ev.file_name,
            "description": ev.description or None,
            "size": ev.size,
            "added_on": ev.added_at.astimezone().date() if ev.added_at else None,
            "sha256": ev.sha256,
        }
        for code, key, ev in session.execute(query)
    ]
    return [(EVIDENCE, rows)]
