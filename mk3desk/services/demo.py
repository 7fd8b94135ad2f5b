"""The demo office: สพป.มหาสารคาม เขต 3 with three fiscal years of work.

- FY2566: finished and reflected (fictional figures, lower than 2567);
- FY2567: finished; the criteria met and outcome values are chosen so that the
  computed หมวด 1–7 scores equal the published ones of the seed story, and the
  published results (4.74511, rank 38) are entered, so the reconciliation has a
  real difference to explain;
- the current fiscal year: work under way, with indicators at every PDCA stage
  and deadlines around today (some late, some due within 14 days).

Every workflow step and every evidence file is dated inside its own fiscal year
(files during the indicator's Do stage, see :mod:`mk3desk.services.demo_year`), the same on
every run for the same *today*: a FY2566 report never shows the day the demo was made.

Everything goes through the same services as the GUI, so the demo also
exercises the workflow rules.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear, Office
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.swot import Swot
from mk3desk.domain.thaidate import fiscal_year_of
from mk3desk.services import (
    accounts,
    lookup,
    people,
    scoring,
    settings,
    swot,
    years,
)
from mk3desk.services import demo_data as data
from mk3desk.services.context import Actor
from mk3desk.services.demo_committee import add_demo_committee
from mk3desk.services.demo_files import make_demo_files
from mk3desk.services.demo_knowledge import add_demo_sessions
from mk3desk.services.demo_recognition import add_demo_recognition
from mk3desk.services.demo_year import Cast, YearPart, fill_year

# How far the demo's build is, in per cent; called on the building thread.
Progress = Callable[[int], None]


def create_demo(
    database: Database, today: date | None = None, *, progress: Progress | None = None
) -> str:
    """Fill an empty database with the demo office; return a short Thai summary.

    It takes seconds (three years of work through the services, each write audited, in
    one transaction): *progress* hears the per cent done, for a progress bar."""
    today = today or date.today()
    current = max(fiscal_year_of(today), 2568)
    told = progress or (lambda _percent: None)
    with database.transaction() as session:
        if session.scalars(select(Office).limit(1)).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "ฐานข้อมูลนี้มีข้อมูลสำนักงานอยู่แล้ว จึงไม่ได้สร้างข้อมูลตัวอย่างทับ — ใช้ไฟล์ใหม่ (--db)",
                )
            )
        system = Actor.system()
        years.create_office(
            session,
            system,
            name=data.OFFICE_NAME,
            short_name=data.OFFICE_SHORT,
            area=data.OFFICE_AREA,
        )
        cast = _cast(session, system)
        store = database.evidence_store()
        told(5)
        with tempfile.TemporaryDirectory() as folder:
            files = make_demo_files(Path(folder))
            for done, be_year in enumerate((2566, 2567, current)):
                year = years.create_year(session, system, be_year=be_year)
                add_demo_committee(session, system, cast.people, year)
                part = YearPart(told, 5 + 30 * done, 30)
                fill_year(session, store, cast, year, files, today, current, part)
                record_published_results(session, year)
                if be_year == 2567:
                    add_demo_recognition(session, system, cast.people, year)
                    _add_demo_swot(session, system, year)
                add_demo_sessions(session, system, store, cast.people, year, files)
        _save_signatories(session, system, cast)
        hashed = accounts.hash_password(data.DEMO_PASSWORD)  # one password for every account
        for user_name, index in data.DEMO_ACCOUNTS:
            accounts.add_account(
                session,
                cast.people[index],
                user_name,
                data.DEMO_PASSWORD,
                must_change=False,
                hashed=hashed,
            )
        session.flush()
        told(99)  # the commit is left
    told(100)
    return (
        f"{data.OFFICE_SHORT}: ปีงบประมาณ 2566, 2567 และ {current} "
        f"บุคลากร {len(data.PEOPLE)} คน กลุ่มงาน {len(data.GROUPS)} กลุ่ม"
    )


def _add_demo_swot(session: Session, system: Actor, year: FiscalYear) -> None:
    """The FY2567 SWOT analysis the office made at the start of the year."""
    held_on = date(*data.SWOT_2567_DAY)
    swot.save_swot(
        session,
        system,
        lookup.office_year_of(year),
        Swot(**data.SWOT_2567, held_on=held_on),
        version=None,
        today=held_on,
    )


def _save_signatories(session: Session, system: Actor, cast: Cast) -> None:
    """Who signs the demo office's documents (the director chairs the committee, a
    deputy is vice chair: never one person in both)."""

    def sign(index: int) -> settings.Signatory:
        person = cast.people[index]
        return settings.Signatory(person.name, person.position)

    settings.save_settings(
        session,
        system,
        settings.OfficeSettings(
            director=sign(data.DIRECTOR),
            deputy=sign(data.DIRECTOR + 1),
            committee_chair=sign(data.DIRECTOR),
            coordinator=sign(data.COORDINATOR),
        ),
    )


def _cast(session: Session, system: Actor) -> Cast:
    groups = [people.add_group(session, system, name) for name in data.GROUPS]
    cast = []
    for name, position, group_index, roles in data.PEOPLE:
        group = groups[group_index] if group_index is not None else None
        cast.append(
            people.add_person(
                session, system, name=name, position=position, group=group, roles=roles
            )
        )
    return Cast(cast)


def record_published_results(session: Session, year: FiscalYear) -> None:
    """Enter OBEC's published FY2567 figures (and the fictional FY2566 ones)."""
    system = Actor.system()
    if year.be_year == 2567:
        scoring.record_official(
            session,
            system,
            year,
            category_scores=data.PUBLISHED_2567,
            total=data.PUBLISHED_2567_TOTAL,
            band=data.PUBLISHED_2567_BAND,
            rank=data.PUBLISHED_2567_RANK,
            note="ประกาศ สพฐ. เรื่องผลคะแนนการดำเนินงาน ประจำปีงบประมาณ 2567",
        )
    elif year.be_year == 2566:
        computed = scoring.year_result(session, year).score
        scoring.record_official(
            session,
            system,
            year,
            category_scores={c.number: c.score for c in computed.categories},
            total=(computed.total - Decimal("0.18420")).quantize(Decimal("0.00001")),
            band=computed.band.name if computed.band else "",
            rank=112,
            note="ข้อมูลสมมุติสำหรับสาธิต",
        )
