"""The part every document shares: the office, the year, its settings, the day."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, Person
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_settings import Signatory
from mk3desk.reports.documents.data import OfficeData, SummaryData, YearData
from mk3desk.services.scoring import year_result
from mk3desk.services.settings import load_settings


def year_data(session: Session, year: FiscalYear, today: date) -> YearData:
    """*year* as every document heads it; refuses a year with no indicators yet."""
    if not year.indicators:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Reports",
                "ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังพิมพ์เอกสารไม่ได้ — "
                "สร้างปีงบประมาณจากแม่แบบกรอบการประเมินก่อน",
            ),
            year=year.be_year,
        )
    office = year.office
    return YearData(
        office=OfficeData(office.name, office.short_name),
        be_year=year.be_year,
        settings=load_settings(session, office.id),
        today=today,
    )


def summary_data(session: Session, year: FiscalYear) -> SummaryData:
    return SummaryData(year_result(session, year))


def signatory(person: Person | None) -> Signatory | None:
    """A person as a signature block names them (name, own position); None stays None."""
    return Signatory(person.name, person.position) if person is not None else None
