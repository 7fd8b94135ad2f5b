"""What certificates and the year's poster print, gathered in one read (frozen values)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.reports.documents.data import (
    CertificateData,
    CertificatesData,
    OfficeData,
    PosterCategory,
    PosterData,
)
from mk3desk.services import lookup
from mk3desk.services.committees.order_options import load_order_options
from mk3desk.services.recognition.read import register
from mk3desk.services.scoring import year_result
from mk3desk.services.settings import load_settings

# As the seed (Best Practice 2567 of สพป.มหาสารคาม เขต 3) names its model.
MK3_LINE = "MK3 Model: Management · Knowledge · Kindness · Key Man"


def certificates_data(
    session: Session, office_year: OfficeYear, certificate_ids: Sequence[int] | None = None
) -> CertificatesData:
    """The certificates *certificate_ids* of the register (all of the year when None)."""
    year = lookup.year_of(session, office_year)
    rows = register(
        session, office_year, None if certificate_ids is None else list(certificate_ids)
    )
    if not rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Recognition", "ยังไม่มีเกียรติบัตรที่ออกแล้วในปีงบประมาณ {year}"),
            year=office_year.be_year,
        )
    office = year.office
    return CertificatesData(
        office=OfficeData(office.name, office.short_name),
        settings=load_settings(session, office.id),
        emblem=load_order_options(session, office.id).emblem,
        certificates=tuple(
            CertificateData(
                number=c.number,
                be_year=c.be_year,
                recipient_name=c.recipient_name,
                recipient_position=c.recipient_position,
                title=c.title,
                reason=c.reason,
                issued_on=c.issued_on,
                signer=c.signer,
            )
            for c in rows
        ),
    )


def poster_data(session: Session, office_year: OfficeYear) -> PosterData:
    """The year's figures for publishing: the official ones when recorded, else computed."""
    year = lookup.year_of(session, office_year)
    if not year.indicators:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Recognition", "ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังทำภาพสรุปไม่ได้"),
            year=office_year.be_year,
        )
    result = year_result(session, year)
    score = result.score
    official = result.official
    categories = []
    for category in score.categories:
        value = category.score
        if official is not None and category.number in official.category_scores:
            value = official.category_scores[category.number]
        categories.append(PosterCategory(category.number, category.title, value))
    total = official.total if official is not None and official.total is not None else score.total
    band = (official.band if official is not None else "") or (
        score.band.name if score.band else ""
    )
    office = year.office
    return PosterData(
        office=OfficeData(office.name, office.short_name),
        settings=load_settings(session, office.id),
        be_year=year.be_year,
        total=total,
        official=official is not None and official.total is not None,
        target=score.target,
        band=band,
        rank=official.rank if official is not None else None,
        categories=tuple(categories),
        mk3_line=MK3_LINE,
        emblem=load_order_options(session, office.id).emblem,
    )
