"""Importing outcome values: checked against the year, written in bulk.

The sheet is :mod:`mk3desk.excel.kinds.outcomes`.

The file is the truth for the rows it has: a value present in the database but
absent from the file is kept (clearing is done on screen, one value at a time).
Rows go in with one bulk insert and one bulk update: the benchmark imports
10,000 values and the per-row service (``pdca.set_outcome_value``) would flush
and audit 10,000 times. The same rules as that service are checked here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from mk3desk.db.audit_noting import note_rows
from mk3desk.db.bulk import insert_rows, new_uids
from mk3desk.db.models import FiscalYear, OutcomeValue, YearIndicator
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import Section
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import outcomes as sheets
from mk3desk.excel.kinds.base import (
    OpenCheck,
    Row,
    Rows,
    add_problem,
    status_of,
    unknown_code,
)
from mk3desk.excel.kinds.outcomes import H_CODE, H_VALUE, H_YEAR, KEY, SHEET, TITLE_TH
from mk3desk.excel.problems import ImportReport
from mk3desk.services.context import Actor, audit
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope


def outcome_codes(session: Session, year: FiscalYear) -> list[str]:
    return list(
        session.scalars(
            select(YearIndicator.code)
            .where(
                YearIndicator.year_id == year.id,
                YearIndicator.kind == IndicatorKind.OUTCOME.value,
            )
            .order_by(YearIndicator.sort_order)
        )
    )


def specs(session: Session | None, year: FiscalYear | None) -> tuple[SheetSpec, ...]:
    if session is None or year is None:
        return sheets.specs(be_year=year.be_year if year is not None else None)
    return sheets.specs(outcome_codes(session, year), year.be_year)


# One value to write: (indicator id, BE year, value, note, id of the value it
# replaces or None). A plain tuple on purpose: the garbage collector stops
# tracking plain tuples of plain values, while 10,000 dataclass or NamedTuple
# objects pushed most imports into a full collection of everything the program
# holds (≈40 ms here).
ValueChange = tuple[int, int, Decimal, str, int | None]


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[ValueChange]:
    plan: ImportPlan[ValueChange] = ImportPlan(KEY, year.id)
    # Each looked up once for the whole file, as plain tuples (not ORM objects or
    # Rows, whose attribute access costs more than the checks themselves).
    outcome_kind = IndicatorKind.OUTCOME.value
    indicators: dict[str, tuple[int, bool, str]] = {
        code: (ind_id, kind == outcome_kind, state)
        for ind_id, code, kind, state in session.execute(
            select(
                YearIndicator.id, YearIndicator.code, YearIndicator.kind, YearIndicator.state
            ).where(YearIndicator.year_id == year.id)
        )
    }
    existing: dict[tuple[int, int], tuple[int, Decimal, str]] = {
        (ind_id, be_year): (value_id, value, note)
        for value_id, ind_id, be_year, value, note in session.execute(
            select(
                OutcomeValue.id,
                OutcomeValue.indicator_id,
                OutcomeValue.be_year,
                OutcomeValue.value,
                OutcomeValue.note,
            )
            .join(YearIndicator, YearIndicator.id == OutcomeValue.indicator_id)
            .where(YearIndicator.year_id == year.id)
        )
    }
    allowed_years = (year.be_year - 2, year.be_year - 1, year.be_year)
    is_open = OpenCheck(Section.DO)
    for row in rows.get(SHEET, ()):
        code, be_year, value = row.get("code"), row.get("be_year"), row.get("value")
        if code is None:
            continue
        indicator = indicators.get(code)
        if indicator is None:
            unknown_code(plan.problems, SHEET, row, H_CODE, code)
            continue
        indicator_id, is_outcome, state = indicator
        if not is_outcome:
            add_problem(
                plan.problems,
                SHEET,
                row,
                H_CODE,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem", "ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน"
                ),
                code=code,
            )
            continue
        if be_year is not None and be_year not in allowed_years:
            add_problem(
                plan.problems,
                SHEET,
                row,
                H_YEAR,
                QT_TRANSLATE_NOOP("ExcelProblem", "บันทึกค่าได้เฉพาะปี {first}–{last} (พบปี {year})"),
                first=allowed_years[0],
                last=allowed_years[-1],
                year=be_year,
            )
            continue
        if be_year is None or value is None:
            continue  # the reader already reported the cell
        note = row.get("note") or ""
        old = existing.get((indicator_id, be_year))
        status = status_of(None if old is None else (old[1], old[2]), (value, note))
        if status == "unchanged":
            plan.unchanged += 1
            continue
        # Only a change is refused on a locked indicator, with the workflow's reason.
        if not is_open(plan.problems, SHEET, row, H_VALUE, indicator_id, code, state):
            continue
        plan.count(status)
        plan.items.append((indicator_id, be_year, value, note, None if old is None else old[0]))
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[ValueChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if not plan.items:
        return plan.report()  # an unchanged file writes nothing, not even an audit line
    now = utcnow()
    # Core statements on the table: the ORM's bulk path costs more than the SQL here.
    # Every new row gets its own uid and the same stamp, as OutcomeValue's defaults would.
    table = cast(Table, OutcomeValue.__table__)
    inserts = [
        {"indicator_id": indicator_id, "be_year": be_year, "value": value, "note": note}
        for indicator_id, be_year, value, note, existing_id in plan.items
        if existing_id is None
    ]
    for values, uid in zip(inserts, new_uids(len(inserts)), strict=True):
        values["uid"] = uid
    updates = [
        {"value_id": existing_id, "value": value, "note": note, "updated_at": now}
        for _indicator_id, _be_year, value, note, existing_id in plan.items
        if existing_id is not None
    ]
    insert_rows(session, table, inserts, updated_at=now)
    if updates:
        session.execute(update(table).where(table.c.id == bindparam("value_id")), updates)
        note_rows(session, table.name, "update", [cast(int, u["value_id"]) for u in updates])
    session.flush()  # before expiring: nothing pending may be lost
    session.expire_all()  # loaded indicators must see the new values
    audit(
        session,
        actor,
        "excel.import.outcomes",
        str(plan.scope_id),
        f"added={plan.added} changed={plan.changed}",
    )
    return plan.report()


def export_rows(session: Session, year: FiscalYear) -> dict[str, list[Row]]:
    rows = [
        {"code": code, "title": title, "be_year": be_year, "value": value, "note": note}
        for code, title, be_year, value, note in session.execute(
            select(
                YearIndicator.code,
                YearIndicator.title,
                OutcomeValue.be_year,
                OutcomeValue.value,
                OutcomeValue.note,
            )
            .join(OutcomeValue, OutcomeValue.indicator_id == YearIndicator.id)
            .where(YearIndicator.year_id == year.id)
            .order_by(YearIndicator.sort_order, OutcomeValue.be_year)
        )
    ]
    return {SHEET: rows}


KIND = ImportKind(
    key=KEY,
    title_th=TITLE_TH,
    scope=Scope.YEAR,
    specs=specs,
    examples=sheets.examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
