"""Print a document of a fiscal year to a PDF file (no Qt: the CLI and the GUI call this).

``generate(database, "book", 2567, Path("book.pdf"))`` lays the document out,
writes it atomically (a failed run leaves no half-written file) and returns how
many pages it has, its verification code and the warnings the user should see
(a signatory not set, a font that could not be read) — none of which stops
printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.domain.errors import Mk3Error
from mk3desk.reports.documents.common import Progress
from mk3desk.reports.documents.registry import KINDS, DocumentKind, builder, get_kind

__all__ = ["KINDS", "DocumentKind", "OutlineEntry", "Progress", "ReportResult", "generate"]


@dataclass(frozen=True)
class OutlineEntry:
    level: int
    title: str
    page: int | None  # None: the heading was never laid out (should not happen)


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    code: str  # the verification code printed in the footer
    warnings: tuple[Mk3Error, ...]
    outline: tuple[OutlineEntry, ...]  # the PDF's bookmarks, in order


def generate(
    database_or_session: Database | Session,
    kind: str,
    be_year: int,
    out: Path,
    *,
    indicator_code: str | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ReportResult:
    """Write document *kind* of fiscal year *be_year* to *out*.

    Raises NotFoundError (unknown year or indicator), ValidationError (unknown
    kind, a year with no indicators) or StorageError (*out* cannot be written;
    nothing is left behind). Only reads the database.
    """
    spec = get_kind(kind)
    if isinstance(database_or_session, Database):
        with database_or_session.session() as session:
            return _generate(session, spec, be_year, Path(out), indicator_code, progress, today)
    return _generate(database_or_session, spec, be_year, Path(out), indicator_code, progress, today)


def _generate(
    session: Session,
    spec: DocumentKind,
    be_year: int,
    out: Path,
    indicator_code: str | None,
    progress: Progress | None,
    today: date | None,
) -> ReportResult:
    from mk3desk.reports.documents.common import load_context
    from mk3desk.reports.page import DocumentInfo, build_pdf

    context = load_context(
        session, be_year, today=today, indicator_code=indicator_code, progress=progress
    )
    story = builder(spec)(context)
    info = DocumentInfo(
        title=f"{spec.title} {context.year_label}",
        office_name=context.header_name,
        produced_on=context.today,
        author=context.office.name,
        subject=spec.title,
        digits=context.digits,
    )
    code = build_pdf(out, story, info, context.fonts)
    context.step(1, 1, "เสร็จแล้ว")
    return ReportResult(
        path=out,
        pages=context.book.page_count,
        code=code,
        warnings=tuple(context.warnings),
        outline=tuple(OutlineEntry(e.level, e.title, e.page) for e in context.book.entries),
    )
