"""Excel templates, imports and exports of the office's data (no Qt: the CLI and GUI share it).

* ``save_template(kind, path, session=None, be_year=None)``: an empty workbook
  with instructions, Thai headers, drop-down lists and example rows; given a
  database, the lists carry the office's real groups, people and codes.
* ``import_workbook(database, kind, be_year, path, dry_run=False)``: all or
  nothing. The file is read and every row checked against the database before
  anything is written; any problem raises :class:`ImportRefused` listing all of
  them, and the single transaction is rolled back, leaving the database exactly
  as it was. ``dry_run`` checks and counts without writing.
* ``export(database, kind, be_year, path)``: the data kinds are written in their
  template layout (with the template marker, so an edited export imports back);
  ``scores``, ``progress`` and ``evidence`` are reports only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.exchange import exports
from mk3desk.exchange.kinds import assignments, framework, official, outcomes, people
from mk3desk.exchange.kinds.base import ImportKind, Rows, Scope
from mk3desk.exchange.problems import ImportRefused, ImportReport, Problem, ProblemList
from mk3desk.exchange.reader import read_workbook
from mk3desk.exchange.safety import DEFAULT_MAX_BYTES, open_workbook_safely
from mk3desk.exchange.writer import write_table, write_template
from mk3desk.services.context import Actor
from mk3desk.services.lookup import find_year, get_office


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
    )
}
IMPORT_KINDS: tuple[str, ...] = tuple(k for k, info in KINDS.items() if info.importable)


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


def _year(session: Session, kind: KindInfo, be_year: int | None) -> FiscalYear | None:
    if kind.scope is Scope.OFFICE:
        return None
    if be_year is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Excel", "ข้อมูล “{title}” เป็นของปีงบประมาณ กรุณาระบุปี เช่น 2567"),
            title=kind.title_th,
        )
    return find_year(session, be_year)


def save_template(
    kind: str, path: str | Path, session: Session | None = None, be_year: int | None = None
) -> Path:
    """Write the empty import template of *kind* (lists from the database when given)."""
    data = _data_kind(kind)
    year = None
    if session is not None and be_year is not None and data.scope is Scope.YEAR:
        year = find_year(session, be_year)
    specs = data.specs(session, year)
    return write_template(
        path, specs, title_th=data.title_th, kind_marker=data.key, example_rows=data.examples()
    )


def read_rows(
    kind: str, path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[dict[str, list[dict[str, Any]]], ProblemList]:
    """Open and read a workbook of *kind* (no database); refusals become problems."""
    data = _data_kind(kind)
    try:
        workbook = open_workbook_safely(path, max_bytes=max_bytes)
    except ValidationError as error:
        return {}, ProblemList([Problem.from_error("", None, None, error)])
    with workbook:
        return read_workbook(workbook, data.specs(None, None), kind=data.key)


def import_rows(
    session: Session,
    actor: Actor,
    kind: str,
    be_year: int | None,
    rows: Rows,
    read_problems: Sequence[Problem] = (),
    *,
    dry_run: bool = False,
) -> ImportReport:
    """Check *rows* against the database and apply them inside the caller's transaction.

    Raises :class:`ImportRefused` with the reader's and the importer's problems
    together; the caller's transaction must then be rolled back (``Database.
    transaction`` and ``AppContext.run`` do so on any exception).
    """
    data = _data_kind(kind)
    info = KINDS[kind]
    scope: Any = _year(session, info, be_year) if data.scope is Scope.YEAR else get_office(session)
    if rows or not read_problems:
        plan = data.plan_import(session, scope, rows)
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
    be_year: int | None,
    path: str | Path,
    *,
    dry_run: bool = False,
    actor: Actor | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ImportReport:
    """Import a workbook all-or-nothing in one transaction (see the module docstring)."""
    rows, problems = read_rows(kind, path, max_bytes=max_bytes)
    who = actor or Actor.system()
    if dry_run:
        with database.session() as session:
            try:
                return import_rows(session, who, kind, be_year, rows, tuple(problems), dry_run=True)
            finally:
                session.rollback()
    with database.transaction() as session:
        return import_rows(session, who, kind, be_year, rows, tuple(problems))


def export_session(
    session: Session, kind: str, be_year: int | None, path: str | Path, today: date | None = None
) -> Path:
    """Write the export of *kind* from an open session (the GUI reads with AppContext.read)."""
    info = kind_info(kind)
    year = _year(session, info, be_year)
    if info.data is not None:
        scope: Any = year if year is not None else get_office(session)
        rows = info.data.export_rows(session, scope)
        specs = info.data.specs(session, year)
        sheets = [(spec, rows.get(spec.name_th, [])) for spec in specs]
        return write_table(path, sheets, title_th=info.title_th, kind_marker=info.key)
    assert year is not None
    if kind == "scores":
        report = exports.score_sheets(session, year)
    elif kind == "progress":
        report = exports.progress_sheets(session, year, today or date.today())
    else:
        report = exports.evidence_sheets(session, year)
    return write_table(path, report, title_th=info.title_th)


def export(
    database: Database,
    kind: str,
    be_year: int | None,
    path: str | Path,
    *,
    today: date | None = None,
) -> Path:
    with database.session() as session:
        return export_session(session, kind, be_year, path, today)


def be_year_of(session: Session, year_id: int) -> int:
    """The BE year of the office-year the window shows (the GUI knows only its id)."""
    year = session.get(FiscalYear, year_id)
    if year is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Excel", "กรุณาเลือกปีงบประมาณก่อน"))
    return year.be_year
