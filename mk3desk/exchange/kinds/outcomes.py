"""Outcome indicators' actual values: (code, BE year, value) for this year and the two before.

The file is the truth for the rows it has: a value present in the database but
absent from the file is kept (clearing is done on screen, one value at a time).
Rows go in with one bulk insert and one bulk update: the benchmark imports
10,000 values and the per-row service (``pdca.set_outcome_value``) would flush
and audit 10,000 times. The same rules as that service are checked here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, OutcomeValue, YearIndicator
from mk3desk.db.types import new_uid, utcnow
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import Section
from mk3desk.exchange.columns import Column, ColumnKind, SheetSpec
from mk3desk.exchange.kinds.base import (
    ImportKind,
    ImportPlan,
    Row,
    Rows,
    Scope,
    add_problem,
    check_open,
    status_of,
    unknown_code,
)
from mk3desk.exchange.problems import ImportReport
from mk3desk.services.context import Actor, audit

KEY = "outcomes"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์")
SHEET = "ค่าผลลัพธ์"
H_CODE = "รหัสตัวชี้วัด"
H_YEAR = "ปี พ.ศ."
H_VALUE = "ค่าที่ได้"


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
    codes = outcome_codes(session, year) if session is not None and year is not None else []
    be_year = year.be_year if year is not None else None
    years_help = f"ปี {be_year - 2}, {be_year - 1} หรือ {be_year}" if be_year else "ปีนี้หรือสองปีก่อนหน้า"
    return (
        SheetSpec(
            SHEET,
            (
                Column("code", H_CODE, required=True, choices=codes, width=14, example="7.1.1"),
                Column("title", "ชื่อตัวชี้วัด (ไม่นำเข้า)", width=50),
                Column(
                    "be_year",
                    H_YEAR,
                    ColumnKind.INTEGER,
                    required=True,
                    width=10,
                    help_th=years_help,
                ),
                Column(
                    "value",
                    H_VALUE,
                    ColumnKind.DECIMAL,
                    required=True,
                    width=14,
                    number_format="0.00###",
                ),
                Column("note", "หมายเหตุ / แหล่งข้อมูล", width=40),
            ),
            key_columns=("code", "be_year"),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งตัวชี้วัดต่อหนึ่งปี กรอกได้เฉพาะปีงบประมาณนี้และสองปีก่อนหน้า"
                " ค่าที่มีอยู่แล้วจะถูกแทนที่ด้วยค่าในไฟล์ ค่าที่ไม่มีในไฟล์คงไว้ตามเดิม",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "code": "7.1.1",
                "title": "ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ตามเกณฑ์",
                "be_year": 2567,
                "value": Decimal("82.5"),
                "note": "ระบบ DMC",
            }
        ]
    }


@dataclass(frozen=True)
class ValueChange:
    indicator_id: int
    be_year: int
    value: Decimal
    note: str
    existing_id: int | None


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[ValueChange]:
    plan: ImportPlan[ValueChange] = ImportPlan(KEY, year.id)
    # Plain columns, not ORM objects: 10,000 rows may name 3,000 indicators.
    indicators = {
        row.code: row
        for row in session.execute(
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
    for row in rows.get(SHEET, ()):
        code, be_year, value = row.get("code"), row.get("be_year"), row.get("value")
        if code is None:
            continue
        indicator = indicators.get(code)
        if indicator is None:
            unknown_code(plan.problems, SHEET, row, H_CODE, code)
            continue
        if indicator.kind != IndicatorKind.OUTCOME.value:
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
        old = existing.get((indicator.id, be_year))
        status = status_of(None if old is None else (old[1], old[2]), (value, note))
        if status == "unchanged":
            plan.unchanged += 1
            continue
        # Only a change is refused on a locked indicator, with the workflow's reason.
        if not check_open(plan.problems, SHEET, row, H_VALUE, indicator, Section.DO):
            continue
        plan.count(status)
        plan.items.append(
            ValueChange(indicator.id, be_year, value, note, None if old is None else old[0])
        )
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[ValueChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if not plan.items:
        return plan.report()  # an unchanged file writes nothing, not even an audit line
    now = utcnow()
    inserts = [
        {"indicator_id": c.indicator_id, "be_year": c.be_year, "value": c.value, "note": c.note}
        for c in plan.items
        if c.existing_id is None
    ]
    updates = [
        {"id": c.existing_id, "value": c.value, "note": c.note, "updated_at": now}
        for c in plan.items
        if c.existing_id is not None
    ]
    # Core statements on the table: the ORM's bulk path costs more than the SQL here.
    table = cast(Table, OutcomeValue.__table__)
    if inserts:
        for values in inserts:
            values.update(uid=new_uid(), updated_at=now)
        session.execute(insert(table), inserts)
    if updates:
        session.execute(
            update(table).where(table.c.id == bindparam("value_id")),
            [{"value_id": u.pop("id"), **u} for u in updates],
        )
    session.flush()
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
    examples=examples,
    plan_import=plan_import,
    apply=apply,
    export_rows=export_rows,
)
