"""Recognitions and the certificate register of a year, as the window and the CLI show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Certificate, FiscalYear, Group, Person, Recognition
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.recognition import RecognitionKind
from mk3desk.services import lookup
from mk3desk.services.settings import load_settings


@dataclass(frozen=True)
class RecognitionView:
    recognition_id: int
    version: int
    kind: RecognitionKind
    title: str
    reason: str
    awarded_on: date
    recipient: str  # the person's or the group's name
    is_group: bool
    certificates: int  # issued from it so far


@dataclass(frozen=True)
class CertificateView:
    certificate_id: int
    number: int
    be_year: int
    recipient_name: str
    recipient_position: str
    title: str
    reason: str
    issued_on: date
    signer: Signatory


def _year(session: Session, office_year: OfficeYear) -> FiscalYear | None:
    """The row, or None when the year is gone (a restore replaced the database)."""
    year = session.get(FiscalYear, office_year.year_id)
    return year if year is not None and year.office_id == office_year.office_id else None


def recognitions(session: Session, office_year: OfficeYear) -> list[RecognitionView]:
    """The year's praise and awards, newest first."""
    year = _year(session, office_year)
    if year is None:
        return []
    counts: dict[int, int] = {}
    for recognition_id in session.scalars(
        select(Certificate.recognition_id).where(Certificate.year_id == year.id)
    ):
        if recognition_id is not None:
            counts[recognition_id] = counts.get(recognition_id, 0) + 1
    rows = session.scalars(
        select(Recognition)
        .where(Recognition.year_id == year.id)
        .order_by(Recognition.awarded_on.desc(), Recognition.id.desc())
        .options(selectinload(Recognition.person), selectinload(Recognition.group))
    )
    return [
        RecognitionView(
            recognition_id=r.id,
            version=r.version,
            kind=RecognitionKind(r.kind),
            title=r.title,
            reason=r.reason,
            awarded_on=r.awarded_on,
            recipient=r.person.name if r.person else r.group.name if r.group else "",
            is_group=r.group is not None,
            certificates=counts.get(r.id, 0),
        )
        for r in rows
    ]


def register(
    session: Session, office_year: OfficeYear, certificate_ids: list[int] | None = None
) -> list[CertificateView]:
    """The register of certificates issued in the year, by number (only *certificate_ids*)."""
    year = _year(session, office_year)
    if year is None:
        return []
    query = select(Certificate).where(Certificate.year_id == year.id)
    if certificate_ids is not None:
        query = query.where(Certificate.id.in_(certificate_ids))
    return [
        CertificateView(
            certificate_id=c.id,
            number=c.number,
            be_year=year.be_year,
            recipient_name=c.recipient_name,
            recipient_position=c.recipient_position,
            title=c.title,
            reason=c.reason,
            issued_on=c.issued_on,
            signer=Signatory(c.signer_name, c.signer_position),
        )
        for c in session.scalars(query.order_by(Certificate.number))
    ]


def choices(
    session: Session, office_year: OfficeYear
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(people, groups) of the office as (id, name), for the form's choosers."""
    office_id = lookup.year_of(session, office_year).office_id
    people = [
        (p.id, p.name)
        for p in session.scalars(
            select(Person)
            .where(Person.office_id == office_id, Person.active.is_(True))
            .order_by(Person.name)
        )
    ]
    groups = [
        (g.id, g.name)
        for g in session.scalars(
            select(Group).where(Group.office_id == office_id).order_by(Group.sort_order, Group.id)
        )
    ]
    return people, groups


def default_signer(session: Session, office_year: OfficeYear) -> Signatory:
    """Who signs certificates unless the clerk says otherwise: the director of Settings."""
    year = lookup.year_of(session, office_year)
    director = load_settings(session, year.office_id).director
    position = director.position or (f"ผู้อำนวยการ{year.office.name}" if director.name else "")
    return Signatory(director.name, position)
