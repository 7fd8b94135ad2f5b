"""The Best Practice write-up: the office's narrative sections and the year's result."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear
from mk3desk.reports.documents.data import BestPracticeData, BestPracticeSection
from mk3desk.services.best_practice import SECTIONS, load_best_practice
from mk3desk.services.scoring import year_result


def best_practice_data(session: Session, year: FiscalYear) -> BestPracticeData:
    texts = load_best_practice(session, year.be_year, year.office_id)
    return BestPracticeData(
        sections=tuple(BestPracticeSection(key, heading, texts[key]) for key, heading in SECTIONS),
        result=year_result(session, year),
    )
