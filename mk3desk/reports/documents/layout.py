"""Lay a document out from its plain data and write the PDF (no database here).

:func:`lay_out` gives the story (tests and the benchmark read it);
:func:`write` builds the file atomically and returns how many pages it has, its
verification code, its bookmarks and the warnings the user should see (a
signatory not set, a font that could not be read, a table too narrow for its words) —
none of which stops printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.platypus.flowables import Flowable

from mk3desk.domain.errors import Mk3Error
from mk3desk.reports.blocks import layout_warnings
from mk3desk.reports.documents.common import DocumentContext, Progress, make_context
from mk3desk.reports.documents.data import DocumentData
from mk3desk.reports.documents.registry import DocumentKind, builder
from mk3desk.reports.page import DocumentInfo, build_pdf


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


def lay_out(
    kind: DocumentKind, data: DocumentData, *, progress: Progress | None = None
) -> tuple[DocumentContext, list[Flowable]]:
    """The context (fonts, warnings, headings) and the story of *kind* printing *data*."""
    context = make_context(data.year, progress=progress)
    story = builder(kind)(context, data.content)
    for problem in layout_warnings(story):  # a table too narrow for its words
        context.warn(problem)
    return context, story


def _footer(kind: DocumentKind, data: DocumentData) -> Literal["full", "code", "none"]:
    """An original order carries no print date; its code only when the office asks."""
    if not kind.original:
        return "full"
    return "code" if getattr(data.content, "verification_code", False) else "none"


def write(
    kind: DocumentKind, data: DocumentData, out: Path, *, progress: Progress | None = None
) -> ReportResult:
    """Write *kind* printing *data* to *out*; StorageError if it cannot be written."""
    context, story = lay_out(kind, data, progress=progress)
    info = DocumentInfo(
        title=f"{kind.title} {context.year_label}",
        office_name=context.header_name,
        produced_on=context.today,
        author=context.office.name,
        subject=kind.title,
        digits=context.digits,
        cover=context.cover,
        running_furniture=context.running_furniture,
        running_header=not kind.original,
        footer=_footer(kind, data),
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
