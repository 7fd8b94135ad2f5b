"""Finding offices, years and indicators, with Thai messages when they are not there."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, Office, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError


def offices(session: Session) -> list[Office]:
    return list(session.scalars(select(Office).order_by(Office.id)))


def get_office(session: Session, office_id: int | None = None) -> Office:
    """The office with *office_id*, or the only/first office when None."""
    if office_id is not None:
        office = session.get(Office, office_id)
    else:
        office = session.scalars(select(Office).order_by(Office.id).limit(1)).first()
    if office is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Lookup", "ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน"
            )
        )
    return office


def find_year(session: Session, be_year: int, office_id: int | None = None) -> FiscalYear:
    office = get_office(session, office_id)
    year = session.scalars(
        select(FiscalYear).where(FiscalYear.office_id == office.id, FiscalYear.be_year == be_year)
    ).first()
    if year is None:
        known = ", ".join(str(y.be_year) for y in office.years) or "-"
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Lookup", "ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})"),
            year=be_year,
            office=office.name,
            known=known,
        )
    return year


def get_indicator(session: Session, indicator_id: int) -> YearIndicator:
    indicator = session.get(YearIndicator, indicator_id)
    if indicator is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Lookup", "ไม่พบตัวชี้วัดรหัสภายใน {id}"), id=indicator_id)
    return indicator


def find_indicator(session: Session, year: FiscalYear, code: str) -> YearIndicator:
    indicator = session.scalars(
        select(YearIndicator).where(YearIndicator.year_id == year.id, YearIndicator.code == code)
    ).first()
    if indicator is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Lookup", "ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year}"),
            code=code,
            year=year.be_year,
        )
    return indicator


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Lookup", "ไม่พบบุคลากรรหัสภายใน {id}"), id=person_id)
    return person
