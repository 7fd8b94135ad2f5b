"""Excel templates, imports and exports of the office's data (no Qt: the CLI and GUI share it).

The one entry the CLI and the window call. The workbooks' formats (sheets,
columns, reading, writing, problems) are :mod:`mk3desk.excel`; what each kind
does against the database is a module of this package (``people``,
``assignments``, ``outcomes``, ``official``, ``framework``, ``swot``,
``committee_members``, ``attendance``, ``reports``, ``certificates``).

Year kinds (framework, assignments, outcomes, official and the reports) work on
the :class:`OfficeYear` in view; office kinds (people) on the office of
*office_id*, else of *office_year*, else the database's only office. Record
kinds (committee-members, attendance) work on one committee or knowledge session
of the office-year, named by *record_id*; given *version* (what the window read),
an import refuses a record changed since, as the record's own form does.

* ``save_template(kind, path, session=None, office_year=None, office_id=None)``:
  an empty workbook with instructions, Thai headers, drop-down lists and example
  rows; given a database, the lists carry the office's real groups, people and codes.
* ``import_workbook(database, kind, office_year, path, dry_run=False)``: all or
  nothing. The file is read and every row checked against the database before
  anything is written; any problem raises :class:`ImportRefused` listing all of
  them, and the single transaction is rolled back, leaving the database exactly
  as it was. ``dry_run`` checks and counts without writing.
* ``export(database, kind, office_year, path)``: the data kinds are written in
  their template layout (with the template marker, so an edited export imports
  back); ``scores``, ``progress`` and ``evidence`` are reports only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.models import Committee, FiscalYear, KnowledgeSession, Office
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.excel.kinds.base import Rows
from mk3desk.excel.problems import ImportRefused, ImportReport, Problem, ProblemList
from mk3desk.excel.reader import read_workbook_file
from mk3desk.excel.safety import DEFAULT_MAX_BYTES
from mk3desk.excel.writer import write_table, write_template
from mk3desk.services.committees.common import get_committee
from mk3desk.services.context import Actor
from mk3desk.services.excel import (
    assignments,
    attendance,
    certificates,
    committee_members,
    framework,
    official,
    outcomes,
    people,
    reports,
    swot,
)
from mk3desk.services.excel.kind import (
    RECORD_SCOPES,
    UNCHECKED,
    ImportKind,
    ReadVersion,
    Scope,
)
from mk3desk.services.knowledge.common import get_session
from mk3desk.services.lookup import get_office, year_of
from mk3desk.services.rights import require

__all__ = [
    "IMPORT_KINDS",
    "KINDS",
    "UNCHECKED",
    "ImportRefused",
    "ImportReport",
    "KindInfo",
    "ReadVersion",
    "Scope",
    "export",
    "export_session",
    "import_rows",
    "import_workbook",
    "kind_info",
    "read_rows",
    "save_template",
]


@dataclass(frozen=True)
class KindInfo:
    """One entry of the Excel menu: a data kind (template/import/export) or a report."""

    key: str
    title_th: str
    importable: bool
    scope: Scope
    data: ImportKind | None = None


def _data(kind: ImportKind) -> KindInfo:
    return KindInfo(kind.key, kind.title_th, True, kind.scope, kind)


KINDS: dict[str, KindInfo] = {
    info.key: info
    for info in (
        _data(framework.KIND),
        _data(people.KIND),
        _data(assignments.KIND),
        _data(outcomes.KIND),
        _data(official.KIND),
        _data(swot.KIND),
        _data(committee_members.KIND),
        _data(attendance.KIND),
        KindInfo(
            "scores", QT_TRANSLATE_NOOP("Excel", "คะแนนรายหมวดและรายตัวชี้วัด"), False, Scope.YEAR
        ),
        KindInfo(
            "progress",
            QT_TRANSLATE_NOOP("Excel", "ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)"),
            False,
            Scope.YEAR,
        ),
        KindInfo("evidence", QT_TRANSLATE_NOOP("Excel", "ดัชนีไฟล์หลักฐาน"), False, Scope.YEAR),
        KindInfo(certificates.KEY, certificates.TITLE_TH, False, Scope.YEAR),
    )
}
IMPORT_KINDS: tuple[str, ...] = tuple(k for k, info in KINDS.items() if info.importable)
# Who may import each kind: the rights table's action for it.
IMPORT_ACTIONS: dict[str, Action] = {
    framework.KIND.key: Action.IMPORT_FRAMEWORK,
    people.KIND.key: Action.IMPORT_PEOPLE,
    assignments.KIND.key: Action.IMPORT_ASSIGNMENTS,
    outcomes.KIND.key: Action.IMPORT_OUTCOMES,
    official.KIND.key: Action.IMPORT_OFFICIAL,
    # The records' own actions: importing is saving the record as its form does.
    swot.KIND.key: Action.SWOT,
    committee_members.KIND.key: Action.COMMITTEES,
    attendance.KIND.key: Action.KNOWLEDGE,
}


def kind_info(key: str, *, importable: bool = False) -> KindInfo:
    info = KINDS.get(key)
    if info is None or (importable and not info.importable):
        known = IMPORT_KINDS if importable else tuple(KINDS)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Excel", "ไม่รู้จักชนิดข้อมูล “{kind}” (ใช้ได้: {known})"),
            kind=key,
            known=", ".join(known),
        )
    return info


def _data_kind(key: str) -> ImportKind:
    info = kind_info(key, importable=True)
    assert info.data is not None
    return info.data


def _year(session: Session, kind: KindInfo, office_year: OfficeYear | None) -> FiscalYear:
    if office_year is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Excel", "ข้อมูล “{title}” เป็นของปีงบประมาณ กรุณาระบุปี เช่น 2567"),
            title=kind.title_th,
        )
    return year_of(session, office_year)


def _office(session: Session, office_year: OfficeYear | None, office_id: int | None) -> Office:
    """The office in view: *office_id*, else *office_year*'s, else the only office."""
    if office_id is None and office_year is not None:
        office_id = office_year.office_id
    return get_office(session, office_id)


def _record(
    session: Session, kind: KindInfo, office_year: OfficeYear | None, record_id: int | None
) -> Committee | KnowledgeSession:
    """The committee or knowledge session *record_id* of the office-year in view."""
    if office_year is None:
        _year(session, kind, office_year)  # refused: names the kind
    assert office_year is not None
    if record_id is None:
        if kind.scope is Scope.COMMITTEE:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Excel", "ข้อมูล “{title}” เป็นของคณะกรรมการหนึ่งคณะ กรุณาเลือกคณะกรรมการ"
                ),
                title=kind.title_th,
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Excel", "ข้อมูล “{title}” เป็นของการประชุม/อบรมหนึ่งครั้ง กรุณาเลือกการประชุม"),
            title=kind.title_th,
        )
    if kind.scope is Scope.COMMITTEE:
        return get_committee(session, office_year, record_id)
    return get_session(session, office_year, record_id)


def _scope(
    session: Session,
    kind: KindInfo,
    office_year: OfficeYear | None,
    office_id: int | None,
    record_id: int | None = None,
) -> FiscalYear | Office | Committee | KnowledgeSession:
    """The stored row a kind works on: the fiscal year, the office, or one record."""
    if kind.scope is Scope.YEAR:
        return _year(session, kind, office_year)
    if kind.scope in RECORD_SCOPES:
        return _record(session, kind, office_year, record_id)
    return _office(session, office_year, office_id)


def save_template(
    kind: str,
    path: str | Path,
    session: Session | None = None,
    office_year: OfficeYear | None = None,
    *,
    office_id: int | None = None,
    record_id: int | None = None,
) -> Path:
    """Write the empty import template of *kind* (lists from the database when given)."""
    data = _data_kind(kind)
    scope: FiscalYear | Office | Committee | KnowledgeSession | None = None
    if session is not None:
        if data.scope is Scope.OFFICE:
            scope = _office(session, office_year, office_id)
        elif data.scope in RECORD_SCOPES:
            if office_year is not None and record_id is not None:
                scope = _record(session, KINDS[kind], office_year, record_id)
        elif office_year is not None:
            scope = year_of(session, office_year)
    specs = data.specs(session, scope)
    return write_template(
        path, specs, title_th=data.title_th, kind_marker=data.key, example_rows=data.examples()
    )


def read_rows(
    kind: str, path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[dict[str, list[dict[str, Any]]], ProblemList]:
    """Open and read a workbook of *kind* (no database); refusals and damage become problems."""
    data = _data_kind(kind)
    return read_workbook_file(path, data.specs(None, None), kind=data.key, max_bytes=max_bytes)


def import_rows(
    session: Session,
    actor: Actor,
    kind: str,
    office_year: OfficeYear | None,
    rows: Rows,
    read_problems: Sequence[Problem] = (),
    *,
    office_id: int | None = None,
    record_id: int | None = None,
    version: ReadVersion = UNCHECKED,
    dry_run: bool = False,
) -> ImportReport:
    """Check *rows* against the database and apply them inside the caller's transaction.

    Raises :class:`ImportRefused` with the reader's and the importer's problems
    together; the caller's transaction must then be rolled back (``Database.
    transaction`` and ``AppContext.run`` do so on any exception).
    """
    data = _data_kind(kind)
    if not dry_run:  # a check writes nothing: anyone may run it
        require(session, actor, IMPORT_ACTIONS[kind])
    scope = _scope(session, KINDS[kind], office_year, office_id, record_id)
    if rows or not read_problems:
        plan = data.plan_import(session, scope, rows)
        if version is not UNCHECKED:
            plan.extra["expected_version"] = version
        problems = [*read_problems, *plan.problems]
    else:
        problems = list(read_problems)  # the file could not be read at all
    if problems:
        raise ImportRefused(problems)
    if dry_run:
        return plan.report()
    return data.apply(session, actor, plan)


def import_workbook(
    database: Database,
    kind: str,
    office_year: OfficeYear | None,
    path: str | Path,
    *,
    office_id: int | None = None,
    record_id: int | None = None,
    dry_run: bool = False,
    actor: Actor | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Import a workbook all-or-nothing in one transaction (see the module docstring)."""
    rows, problems = read_rows(kind, path, max_bytes=max_bytes)
    who = actor or Actor.system()
    found = tuple(problems)
    if dry_run:
        with database.session() as session:
            try:
                return import_rows(
                    session,
                    who,
                    kind,
                    office_year,
                    rows,
                    found,
                    office_id=office_id,
                    record_id=record_id,
                    dry_run=True,
                )
            finally:
                session.rollback()
    with database.transaction() as session:
        return import_rows(
            session, who, kind, office_year, rows, found, office_id=office_id, record_id=record_id
        )


def export_session(
    session: Session,
    kind: str,
    office_year: OfficeYear | None,
    path: str | Path,
    today: date | None = None,
    *,
    office_id: int | None = None,
    record_id: int | None = None,
) -> Path:
    """Write the export of *kind* from an open session (the GUI reads with AppContext.read)."""
    info = kind_info(kind)
    scope = _scope(session, info, office_year, office_id, record_id)
    if info.data is not None:
        rows = info.data.export_rows(session, scope)
        specs = info.data.specs(session, scope)
        sheets = [(spec, rows.get(spec.name_th, [])) for spec in specs]
        return write_table(path, sheets, title_th=info.title_th, kind_marker=info.key)
    assert isinstance(scope, FiscalYear)
    if kind == "scores":
        report = reports.score_sheets(session, scope)
    elif kind == "progress":
        report = reports.progress_sheets(session, scope, today or date.today())
    elif kind == certificates.KEY:
        report = certificates.register_sheets(session, scope)
    else:
        report = reports.evidence_sheets(session, scope)
    return write_table(path, report, title_th=info.title_th)


def export(
    database: Database,
    kind: str,
    office_year: OfficeYear | None,
    path: str | Path,
    *,
    office_id: int | None = None,
    record_id: int | None = None,
    today: date | None = None,
) -> Path:
    with database.session() as session:
        return export_session(
            session, kind, office_year, path, today, office_id=office_id, record_id=record_id
        )
