"""The year's SWOT analysis: read it (every Plan step shows it) and save it (one action).

Saving is the coordinator's (Action.SWOT); reading is everyone's. A save based on an
older read (the form's ``version``) is refused with the parts that differ
(``services.conflicts``): the clerk keeps theirs or saves over it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import SwotAnalysis
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.domain.swot import QUADRANT_TITLES, Swot, check_swot, lines
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services import lookup
from mk3desk.services.conflicts import read_locked, refuse_if_changed
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require


@dataclass(frozen=True)
class SwotView:
    swot: Swot
    version: int | None  # None: the year has no analysis yet


def _stored(session: Session, year_id: int) -> SwotAnalysis | None:
    return session.scalar(select(SwotAnalysis).where(SwotAnalysis.year_id == year_id))


def load_swot(session: Session, office_year: OfficeYear) -> SwotView:
    """The year's analysis (empty when it has none yet)."""
    year = lookup.year_of(session, office_year)
    row = _stored(session, year.id)
    if row is None:
        return SwotView(Swot(), None)
    swot = Swot(
        lines(row.strengths),
        lines(row.weaknesses),
        lines(row.opportunities),
        lines(row.threats),
        lines(row.participants),
        row.held_on,
    )
    return SwotView(swot, row.version)


def _fields(mine: Swot, theirs: Swot) -> list[FieldConflict]:
    fields = [
        FieldConflict(title, "\n".join(mine.items(q)), "\n".join(theirs.items(q)))
        for q, title in QUADRANT_TITLES.items()
    ]
    fields.append(
        FieldConflict(
            QT_TRANSLATE_NOOP("Swot", "ผู้ร่วมวิเคราะห์"),
            "\n".join(mine.participants),
            "\n".join(theirs.participants),
        )
    )
    day = [
        format_thai_date(d, digits=NumeralStyle.ARABIC) if d else "-"
        for d in (mine.held_on, theirs.held_on)
    ]
    fields.append(FieldConflict(QT_TRANSLATE_NOOP("Swot", "วันที่วิเคราะห์"), day[0], day[1]))
    return fields


def save_swot(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    swot: Swot,
    *,
    version: int | None,
    today: date | None = None,
) -> int:
    """Save the year's analysis as the form read it at *version*; the new version.

    Someone saved it since: refused with the parts that differ, and the analysis as
    stored now (``SwotView``) to show or to save over."""
    require(session, actor, Action.SWOT)
    check_swot(swot, today or date.today())
    year = lookup.year_of(session, office_year)
    if version is not None:
        read_locked(session, year)  # two clients saving the year's analysis take turns
    row = _stored(session, year.id)
    stored = load_swot(session, office_year)
    refuse_if_changed(
        (row.version if row is not None else None) != version,
        QT_TRANSLATE_NOOP("Swot", "การวิเคราะห์ SWOT ปี {year}").format(year=year.be_year),
        _fields(swot, stored.swot),
        stored,
    )
    if row is None:
        row = SwotAnalysis(year_id=year.id)
        session.add(row)
    row.strengths = "\n".join(swot.strengths)
    row.weaknesses = "\n".join(swot.weaknesses)
    row.opportunities = "\n".join(swot.opportunities)
    row.threats = "\n".join(swot.threats)
    row.participants = "\n".join(swot.participants)
    row.held_on = swot.held_on
    session.flush()
    audit(
        session,
        actor,
        "swot.save",
        f"{office_year.office_name} {year.be_year}",
        f"S={len(swot.strengths)} W={len(swot.weaknesses)} "
        f"O={len(swot.opportunities)} T={len(swot.threats)}",
    )
    return row.version
