"""Print a document of an office-year to a PDF file (no Qt: the CLI and the GUI call this).

``generate(database, "book", office_year, Path("book.pdf"))`` reads what the
document shows in one read session (:mod:`mk3desk.services.documents`), then
lays it out and writes it atomically (a failed run leaves no half-written file)
and returns how many pages it has, its verification code and the warnings the
user should see (a signatory not set, a font that could not be read) — none of
which stops printing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.reports.documents.common import Progress
from mk3desk.reports.documents.layout import OutlineEntry, ReportResult, write
from mk3desk.reports.documents.registry import KINDS, DocumentKind, get_kind
from mk3desk.services.documents import gather

__all__ = ["KINDS", "DocumentKind", "OutlineEntry", "Progress", "ReportResult", "generate"]


def generate(
    database_or_session: Database | Session,
    kind: str,
    office_year: OfficeYear,
    out: Path,
    *,
    indicator_code: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    committee_id: int | None = None,
    signed_on: date | None = None,
    session_id: int | None = None,
) -> ReportResult:
    """Write document *kind* of *office_year* to *out*.

    Raises NotFoundError (the year is gone, an unknown indicator), ValidationError
    (unknown kind, a year with no indicators) or StorageError (*out* cannot be
    written; nothing is left behind). Only reads the database.
    """
    spec = get_kind(kind)
    if isinstance(database_or_session, Database):
        with database_or_session.session() as session:
            data = gather(
                session,
                spec,
                office_year,
                indicator_code=indicator_code,
                today=today,
                committee_id=committee_id,
                signed_on=signed_on,
                session_id=session_id,
            )
    else:
        data = gather(
            database_or_session,
            spec,
            office_year,
            indicator_code=indicator_code,
            today=today,
            committee_id=committee_id,
            signed_on=signed_on,
            session_id=session_id,
        )
    return write(spec, data, Path(out), progress=progress)
