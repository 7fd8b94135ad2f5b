"""What each printed document shows, read from the database as plain frozen data.

:func:`gather` reads one document's :class:`~mk3desk.reports.documents.data.DocumentData`
in the session it is given (one read, no writes); :mod:`mk3desk.reports` lays it
out afterwards, with no session. One small module per part: :mod:`.year` (shared,
and the summary), :mod:`.indicators`, :mod:`.committee`, :mod:`.tracking`
(assignments, monitoring), :mod:`.best_practice`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.swot import Swot
from mk3desk.reports.documents.data import BookData, DocumentContent, DocumentData
from mk3desk.reports.documents.registry import DocumentKind, get_kind
from mk3desk.services import lookup
from mk3desk.services.documents.best_practice import best_practice_data
from mk3desk.services.documents.committee import book_committee, committee_data
from mk3desk.services.documents.indicators import indicators_data
from mk3desk.services.documents.knowledge import knowledge_data
from mk3desk.services.documents.tracking import assignments_data, monitoring_data
from mk3desk.services.documents.year import summary_data, year_data
from mk3desk.services.swot import load_swot


def gather(
    session: Session,
    kind: str | DocumentKind,
    office_year: OfficeYear,
    *,
    indicator_code: str | None = None,
    today: date | None = None,
    committee_id: int | None = None,
    signed_on: date | None = None,
    session_id: int | None = None,
) -> DocumentData:
    """Everything document *kind* of *office_year* prints.

    Raises ValidationError (unknown kind, a year with no indicators) or
    NotFoundError (the year is gone, an unknown *indicator_code*). The committee order
    prints committee *committee_id* (default: the year's first), dated *signed_on*
    when given, else on its own stored date — never the print day. A knowledge
    session's documents print session *session_id* (default: the year's first).
    """
    spec = get_kind(kind) if isinstance(kind, str) else kind
    year = lookup.year_of(session, office_year)
    day = today or date.today()
    shared = year_data(session, year, day)
    if spec.key == "committee":
        content: DocumentContent = committee_data(session, year, committee_id, signed_on=signed_on)
    elif spec.per_session:
        content = knowledge_data(session, year, session_id)
    else:
        content = _content(session, spec.key, year, day, indicator_code)
    return DocumentData(shared, content)


def _content(
    session: Session, key: str, year: FiscalYear, today: date, indicator_code: str | None
) -> DocumentContent:
    if key == "summary":
        return summary_data(session, year)
    if key == "indicator":
        return indicators_data(session, year, indicator_code)
    if key == "book":
        return BookData(
            indicators=indicators_data(session, year),
            assignments=assignments_data(session, year, today),
            committee=book_committee(session, year),
            swot=_swot(session, year),
        )
    if key == "assignments":
        return assignments_data(session, year, today)
    if key == "monitoring":
        return monitoring_data(session, year, today)
    if key == "best-practice":
        return best_practice_data(session, year)
    raise AssertionError(f"no data for document kind {key!r}")  # every kind is listed above


def _swot(session: Session, year: FiscalYear) -> Swot | None:
    swot = load_swot(session, lookup.office_year_of(year)).swot
    return None if swot.is_empty else swot


def indicator_codes(session: Session, office_year: OfficeYear) -> list[tuple[str, str]]:
    """(code, title) of the year's indicators in framework order, for choosing one to print.

    None when the year is gone (a restore or a bundle replaced the database).
    """
    year = session.get(FiscalYear, office_year.year_id)
    if year is None or year.office_id != office_year.office_id:
        return []
    return [(i.code, i.title) for i in year.indicators]
