"""Finding offices, years and indicators, with Thai messages when they are not there."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from mk3desk.db.models import FiscalYear, Office, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services.conflicts import get_locked


def offices(session: Session) -> list[Office]:
    return list(session.scalars(select(Office).order_by(Office.id)))


def _no_office() -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP(
            "Lookup", "ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน"
        )
    )


def get_office(session: Session, office_id: int | None = None) -> Office:
    """The office with *office_id*; with None, the database's only office.

    Never "the first office": with several offices and no choice the answer is a
    Thai message asking which one (``--office`` on the command line).
    """
    if office_id is not None:
        office = session.get(Office, office_id)
        if office is None:
            raise _no_office()
        return office
    found = session.scalars(select(Office).order_by(Office.id).limit(2)).all()
    if not found:
        raise _no_office()
    if len(found) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Lookup", "ฐานข้อมูลนี้มีหลายสำนักงาน ({offices}) — โปรดระบุสำนักงาน (--office)"
            ),
            offices=", ".join(o.short_name or o.name for o in offices(session)),
        )
    return found[0]


def find_office(session: Session, text: str | None) -> Office:
    """The office named by *text* (its short name, full name or uid), or the only office."""
    if text is None or not text.strip():
        return get_office(session)
    wanted = text.strip()
    for office in offices(session):
        if wanted in (office.short_name, office.name, office.uid):
            return office
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Lookup", "ไม่พบสำนักงาน “{office}” (ที่มี: {known})"),
        office=wanted,
        known=", ".join(o.short_name or o.name for o in offices(session)) or "-",
    )


def office_years(session: Session) -> list[OfficeYear]:
    """Every office-year, newest year first within each office (the window's choices)."""
    rows = session.execute(
        select(
            Office.id, Office.uid, Office.name, Office.short_name, FiscalYear.id, FiscalYear.be_year
        )
        .join(FiscalYear, FiscalYear.office_id == Office.id)
        .order_by(Office.id, FiscalYear.be_year.desc())
    )
    return [OfficeYear(*row) for row in rows]


def office_year_of(year: FiscalYear) -> OfficeYear:
    office = year.office
    return OfficeYear(office.id, office.uid, office.name, office.short_name, year.id, year.be_year)


def resolve_year(session: Session, be_year: int, office: str | None = None) -> OfficeYear:
    """The office-year the command line means: ``--year`` (and ``--office`` when the
    database holds several offices), resolved once."""
    return office_year_of(find_year(session, be_year, find_office(session, office).id))


def year_of(session: Session, office_year: OfficeYear) -> FiscalYear:
    """The stored fiscal year of *office_year*, checked to belong to its office."""
    year = session.get(FiscalYear, office_year.year_id)
    if year is None or year.office_id != office_year.office_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Lookup", "ไม่พบปีงบประมาณ {year} ของ{office} ในฐานข้อมูลนี้แล้ว"),
            year=office_year.be_year,
            office=office_year.office_name,
        )
    return year


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


def get_indicator(
    session: Session, indicator_id: int, *loads: ORMOption, locked: bool = False
) -> YearIndicator:
    """The indicator *indicator_id*, with the related rows *loads* names (``joinedload``)
    read in the same statement when it is read now (not when the session has it already).

    *locked*: read again, ``SELECT … FOR UPDATE`` (conflicts.get_locked), so that two
    clients saving the indicator take turns; the session's earlier reads are read again."""
    if locked:
        indicator = get_locked(session, YearIndicator, indicator_id, *loads)
    else:
        indicator = session.get(YearIndicator, indicator_id, options=loads)
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


def office_people(session: Session, office_id: int) -> list[Person]:
    """Everyone of the office (those who left too), by name."""
    return list(
        session.scalars(select(Person).where(Person.office_id == office_id).order_by(Person.name))
    )
