"""The kinds of document: key (CLI name), Thai title, and the module that builds it.

Imported by the CLI and the GUI to list the kinds, so it must stay light: the
builder modules (and reportlab with them) are imported only by :func:`builder`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple, cast

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


class DocumentKind(NamedTuple):  # a NamedTuple: `dataclasses` is not on the CLI's start path
    key: str
    title: str  # Thai, marked for translation in context "Reports"
    module: str  # under mk3desk.reports.documents, with a build(context, data) -> story
    per_indicator: bool = False  # may be limited to one indicator (--indicator)
    original: bool = False  # signed as printed (an order): no running header or footer
    per_session: bool = False  # prints one knowledge session (--session); not a year's document


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("summary", QT_TRANSLATE_NOOP("Reports", "สรุปผลการประเมินประจำปี"), "year_summary"),
    DocumentKind(
        "indicator",
        QT_TRANSLATE_NOOP("Reports", "รายงานผลการดำเนินงานรายตัวชี้วัด"),
        "indicator_report",
        per_indicator=True,
    ),
    DocumentKind("book", QT_TRANSLATE_NOOP("Reports", "เล่มรายงานประจำปี"), "annual_book"),
    DocumentKind(
        "committee",
        QT_TRANSLATE_NOOP("Reports", "คำสั่งแต่งตั้งคณะกรรมการ"),
        "committee_order",
        original=True,
    ),
    DocumentKind(
        "assignments",
        QT_TRANSLATE_NOOP("Reports", "บัญชีมอบหมายงานและปฏิทินการดำเนินงาน"),
        "assignments",
    ),
    DocumentKind(
        "monitoring", QT_TRANSLATE_NOOP("Reports", "รายงานการกำกับติดตามสำหรับผู้บริหาร"), "monitoring"
    ),
    DocumentKind(
        "best-practice", QT_TRANSLATE_NOOP("Reports", "เอกสารผลงาน Best Practice"), "best_practice"
    ),
    DocumentKind(
        "attendance",
        QT_TRANSLATE_NOOP("Reports", "ใบลงทะเบียนผู้เข้าร่วมประชุม/อบรม"),
        "attendance_sheet",
        per_session=True,
    ),
    DocumentKind(
        "knowledge-record",
        QT_TRANSLATE_NOOP("Reports", "บันทึกการประชุม/รายงานการถอดบทเรียน"),
        "knowledge_record",
        per_session=True,
    ),
)
# The year's documents (the Reports page lists these); a session's are printed from its page.
YEAR_KINDS: tuple[DocumentKind, ...] = tuple(k for k in KINDS if not k.per_session)


def get_kind(key: str) -> DocumentKind:
    for kind in KINDS:
        if kind.key == key:
            return kind
    raise ValidationError(
        QT_TRANSLATE_NOOP("Reports", "ไม่รู้จักเอกสารชนิด “{key}” (ที่มี: {known})"),
        key=key,
        known=", ".join(k.key for k in KINDS),
    )


def builder(kind: DocumentKind) -> Callable[[Any, Any], list[Any]]:
    """The kind's build(context, data) function (imports reportlab on first use).

    *data* is the kind's own part of :class:`.data.DocumentData` (its ``content``).
    """
    module = importlib.import_module(f"mk3desk.reports.documents.{kind.module}")
    return cast(Callable[[Any, Any], list[Any]], module.build)
