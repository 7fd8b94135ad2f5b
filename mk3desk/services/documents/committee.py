"""A committee and its order as the committee order (and the book's appendix) print it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Committee, CommitteeMember, FiscalYear
from mk3desk.domain.committees import CommitteeRole, MemberEntry, in_print_order
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from mk3desk.domain.office_settings import Signatory
from mk3desk.reports.documents.data import CommitteeData, MemberData
from mk3desk.services.committees.order_options import load_order_options


def _committee(session: Session, year: FiscalYear, committee_id: int | None) -> Committee | None:
    query = (
        select(Committee)
        .where(Committee.year_id == year.id)
        .order_by(Committee.sort_order, Committee.id)
        .options(selectinload(Committee.members).selectinload(CommitteeMember.person))
    )
    if committee_id is not None:
        query = query.where(Committee.id == committee_id)
    return session.scalars(query.limit(1)).first()


def committee_data(
    session: Session,
    year: FiscalYear,
    committee_id: int | None = None,
    *,
    signed_on: date | None = None,
) -> CommitteeData:
    """Committee *committee_id* of *year* (default: its first, the working committee).

    *signed_on* prints another date than the stored one (``--date`` of the CLI).
    Refused when the year has no committee yet.
    """
    committee = _committee(session, year, committee_id)
    if committee is None:
        if committee_id is not None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Committee", "ไม่พบคณะกรรมการที่เลือกในปีงบประมาณ {year}"),
                year=year.be_year,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Committee",
                "ปีงบประมาณ {year} ยังไม่มีคณะกรรมการ — เพิ่มคณะกรรมการก่อน "
                "(หน้ารายงาน → คณะกรรมการและคำสั่ง… หรือ mk3desk committee add)",
            ),
            year=year.be_year,
        )
    data = _data(session, year, committee)
    return data if signed_on is None else replace(data, signed_on=signed_on)


def book_committee(
    session: Session, year: FiscalYear, committee: Committee | None = None
) -> CommitteeData | None:
    """The committee the annual book lists (the year's first); None when there is none."""
    committee = committee or _committee(session, year, None)
    return None if committee is None else _data(session, year, committee)


def _data(session: Session, year: FiscalYear, committee: Committee) -> CommitteeData:
    people = {m.id: m.person for m in committee.members}
    ordered = in_print_order(
        MemberEntry(m.id, m.person.name, CommitteeRole(m.role)) for m in committee.members
    )
    options = load_order_options(session, year.office_id)
    return CommitteeData(
        name=committee.name,
        number=committee.order_number,
        signed_on=committee.order_date,
        subject=committee.subject,
        preamble=committee.preamble,
        duties=tuple(line for line in committee.duties.splitlines() if line.strip()),
        effective_from=committee.effective_from,
        signer=Signatory(committee.signer_name, committee.signer_position),
        members=tuple(
            MemberData(people[e.person_id].name, people[e.person_id].position, e.role.value)
            for e in ordered
        ),
        emblem=options.emblem,
        verification_code=options.verification_code,
    )
