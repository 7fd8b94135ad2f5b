"""The office's score for a year: computed from its data, next to the official one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mk3desk.db.models import (
    FiscalYear,
    OfficialCategoryScore,
    OfficialIndicatorScore,
    OfficialResult,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.reconcile import OfficialResult as OfficialFigures
from mk3desk.domain.reconcile import reconcile
from mk3desk.domain.rights import Action
from mk3desk.domain.scoring import YearScore, score_year
from mk3desk.domain.values import check_value, check_whole
from mk3desk.domain.whatif import WhatIfStep, what_if
from mk3desk.domain.year_result import YearResult as YearResult
from mk3desk.services.context import Actor, audit
from mk3desk.services.framework_store import load_achievements, load_framework
from mk3desk.services.rights import require
from mk3desk.services.scoring_inputs import load_scoring_inputs


def year_result(session: Session, year: FiscalYear) -> YearResult:
    framework = load_framework(session, year.id)
    achievements = load_achievements(session, [year.id])[year.id]
    score = score_year(framework, achievements)
    official = load_official(session, year)
    rec = reconcile(score, official, framework) if official is not None else None
    return YearResult(framework, score, official, rec)


def score_years(session: Session, year_ids: Sequence[int]) -> dict[int, YearScore]:
    """Score many office-years at once (trend charts, the scale benchmark)."""
    frameworks, achievements = load_scoring_inputs(session, year_ids)
    return {year_id: score_year(frameworks[year_id], achievements[year_id]) for year_id in year_ids}


def what_if_for_year(session: Session, year: FiscalYear, limit: int = 10) -> list[WhatIfStep]:
    framework = load_framework(session, year.id)
    return what_if(framework, load_achievements(session, [year.id])[year.id], limit=limit)


def load_official(session: Session, year: FiscalYear) -> OfficialFigures | None:
    result = session.scalars(
        select(OfficialResult).where(OfficialResult.year_id == year.id)
    ).first()
    categories = {
        number: score
        for number, score in session.execute(
            select(OfficialCategoryScore.number, OfficialCategoryScore.score).where(
                OfficialCategoryScore.year_id == year.id
            )
        )
    }
    if result is None and not categories:
        return None
    indicators = {
        code: score
        for code, score in session.execute(
            select(YearIndicator.code, OfficialIndicatorScore.score)
            .join(OfficialIndicatorScore, OfficialIndicatorScore.indicator_id == YearIndicator.id)
            .where(YearIndicator.year_id == year.id)
        )
    }
    return OfficialFigures(
        category_scores=categories,
        total=result.total if result else None,
        band=result.band if result else "",
        rank=result.rank if result else None,
        indicator_scores=indicators,
    )


def record_official(
    session: Session,
    actor: Actor,
    year: FiscalYear,
    *,
    category_scores: Mapping[int, Decimal],
    total: Decimal | None,
    band: str = "",
    rank: int | None = None,
    announced_on: date | None = None,
    indicator_scores: Mapping[str, Decimal] | None = None,
    note: str = "",
) -> None:
    """Enter the figures OBEC published (replacing what was entered before)."""
    require(session, actor, Action.OFFICIAL_RESULTS)
    numbers = {c.number for c in year.categories}
    for number, score in category_scores.items():
        if number not in numbers:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Official", "ไม่มีหมวด {number} ในกรอบการประเมินปี {year}"),
                number=number,
                year=year.be_year,
            )
        _check_score(score, QT_TRANSLATE_NOOP("Official", "คะแนนหมวด {number}"), number=number)
    if total is not None:
        _check_score(total, QT_TRANSLATE_NOOP("Official", "คะแนนรวม"))
    if rank is not None and rank < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Official", "ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก"))
    if rank is not None:
        check_whole(rank)
    result = session.scalars(
        select(OfficialResult).where(OfficialResult.year_id == year.id)
    ).first()
    if result is None:
        result = OfficialResult(year_id=year.id)
        session.add(result)
    result.total, result.band, result.rank = total, band, rank
    result.announced_on, result.note = announced_on, note
    session.execute(delete(OfficialCategoryScore).where(OfficialCategoryScore.year_id == year.id))
    for number, score in sorted(category_scores.items()):
        session.add(OfficialCategoryScore(year_id=year.id, number=number, score=score))
    if indicator_scores is not None:
        by_code = {ind.code: ind for ind in year.indicators}
        for code, score in indicator_scores.items():
            indicator = by_code.get(code)
            if indicator is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Official", "ไม่มีตัวชี้วัด {code} ในปี {year}"),
                    code=code,
                    year=year.be_year,
                )
            _check_score(score, QT_TRANSLATE_NOOP("Official", "คะแนนตัวชี้วัด {number}"), number=code)
            session.execute(
                delete(OfficialIndicatorScore).where(
                    OfficialIndicatorScore.indicator_id == indicator.id
                )
            )
            session.add(OfficialIndicatorScore(indicator_id=indicator.id, score=score))
    session.flush()
    audit(session, actor, "official.record", str(year.be_year), f"total={total} rank={rank}")


def _check_score(score: Decimal, what: str, **params: object) -> None:
    check_value(score)  # the limits of every stored value (domain.values); NaN too
    if not Decimal(0) <= score <= Decimal(5):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Official", "{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})"),
            what=what.format(**params),
            score=score,
        )
