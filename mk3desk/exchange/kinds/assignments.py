"""Who owns which indicator of the year: owner (Key Man), backup and deadline.

Each row goes through ``people.assign``, the same service as the screen, so the
rules (owner and backup differ, both of this office, the indicator still in
planning or work) cannot drift apart; the plan checks them first so that every
problem is reported, not just the first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Assignment, FiscalYear, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
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
    unknown_person,
)
from mk3desk.exchange.problems import ImportReport
from mk3desk.services import people as people_service
from mk3desk.services.context import Actor

KEY = "assignments"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "ผู้รับผิดชอบตัวชี้วัด")
SHEET = "ผู้รับผิดชอบ"
H_CODE = "รหัสตัวชี้วัด"
H_OWNER = "ผู้รับผิดชอบหลัก"
H_BACKUP = "ผู้รับผิดชอบสำรอง"


def _choices(session: Session | None, year: FiscalYear | None) -> tuple[list[str], list[str]]:
    if session is None or year is None:
        return [], []
    codes = list(
        session.scalars(
            select(YearIndicator.code)
            .where(YearIndicator.year_id == year.id)
            .order_by(YearIndicator.sort_order)
        )
    )
    names = list(
        session.scalars(
            select(Person.name)
            .where(Person.office_id == year.office_id, Person.active.is_(True))
            .order_by(Person.name)
        )
    )
    return codes, names


def specs(session: Session | None, year: FiscalYear | None) -> tuple[SheetSpec, ...]:
    codes, names = _choices(session, year)
    return (
        SheetSpec(
            SHEET,
            (
                Column("code", H_CODE, required=True, choices=codes, width=14),
                Column("title", "ชื่อตัวชี้วัด (ไม่นำเข้า)", width=50),
                Column("owner", H_OWNER, choices=names, width=32),
                Column("backup", H_BACKUP, choices=names, width=32),
                Column("deadline", "กำหนดส่ง", ColumnKind.DATE, width=18),
            ),
            key_columns=("code",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งตัวชี้วัด เลือกชื่อจากรายการ (ต้องตรงกับรายชื่อบุคลากรในโปรแกรม)"
                " ช่องที่เว้นว่างหมายถึงยังไม่กำหนด ตัวชี้วัดที่ส่งตรวจหรือปิดระบบแล้วเปลี่ยนผู้รับผิดชอบไม่ได้",
            ),
        ),
    )


def examples() -> dict[str, list[Row]]:
    return {
        SHEET: [
            {
                "code": "1.1",
                "title": "การนำองค์การ",
                "owner": "นางสาวสมศรี ใจดี",
                "backup": "นายสมชาย รักงาน",
                "deadline": date(2024, 6, 30),
            }
        ]
    }


@dataclass(frozen=True)
class AssignmentChange:
    indicator_id: int
    owner_id: int | None
    backup_id: int | None
    deadline: date | None


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[AssignmentChange]:
    plan: ImportPlan[AssignmentChange] = ImportPlan(KEY, year.id)
    indicators = {
        ind.code: ind
        for ind in session.scalars(
            select(YearIndicator)
            .where(YearIndicator.year_id == year.id)
            .options(selectinload(YearIndicator.assignment))
        )
    }
    people = list(session.scalars(select(Person).where(Person.office_id == year.office_id)))
    by_name = {p.name: p.id for p in people}
    twice = {name for name, n in Counter(p.name for p in people).items() if n > 1}
    for row in rows.get(SHEET, ()):
        code = row.get("code")
        if code is None:
            continue
        indicator = indicators.get(code)
        if indicator is None:
            unknown_code(plan.problems, SHEET, row, H_CODE, code)
            continue
        ids: list[int | None] = []
        for key, header in (("owner", H_OWNER), ("backup", H_BACKUP)):
            name = row.get(key)
            if name is None:
                ids.append(None)
            elif name in twice:
                add_problem(
                    plan.problems,
                    SHEET,
                    row,
                    header,
                    QT_TRANSLATE_NOOP("ExcelProblem", "ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน"),
                    name=name,
                )
                ids.append(-1)
            elif name not in by_name:
                unknown_person(plan.problems, SHEET, row, header, name)
                ids.append(-1)
            else:
                ids.append(by_name[name])
        owner_id, backup_id = ids
        if owner_id is not None and owner_id == backup_id and owner_id != -1:
            add_problem(
                plan.problems,
                SHEET,
                row,
                H_BACKUP,
                QT_TRANSLATE_NOOP("ExcelProblem", "ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน"),
            )
            continue
        if -1 in ids:
            continue
        a = indicator.assignment
        after = (owner_id, backup_id, row.get("deadline"))
        before: tuple[int | None, int | None, date | None] | None
        before = (None, None, None) if a is None else (a.owner_id, a.backup_id, a.deadline)
        if a is None and after != before:
            before = None  # a new assignment
        status = status_of(before, after)
        if status == "unchanged":
            plan.count(status)
            continue
        # Only a change is refused on a locked indicator: an exported list that
        # comes back unchanged must import cleanly.
        if not check_open(plan.problems, SHEET, row, H_CODE, indicator, Section.PLAN):
            continue
        plan.count(status)
        plan.items.append(AssignmentChange(indicator.id, owner_id, backup_id, after[2]))
    return plan


def apply(session: Session, actor: Actor, plan: ImportPlan[AssignmentChange]) -> ImportReport:
    plan.problems.raise_if_any()
    for change in plan.items:
        people_service.assign(
            session,
            actor,
            change.indicator_id,
            owner_id=change.owner_id,
            backup_id=change.backup_id,
            deadline=change.deadline,
        )
    return plan.report()


def export_rows(session: Session, year: FiscalYear) -> dict[str, list[Row]]:
    rows: list[Row] = []
    query = (
        select(YearIndicator)
        .where(YearIndicator.year_id == year.id)
        .options(
            selectinload(YearIndicator.assignment).selectinload(Assignment.owner),
            selectinload(YearIndicator.assignment).selectinload(Assignment.backup),
        )
        .order_by(YearIndicator.sort_order)
    )
    for ind in session.scalars(query):
        a = ind.assignment
        rows.append(
            {
                "code": ind.code,
                "title": ind.title,
                "owner": a.owner.name if a and a.owner else None,
                "backup": a.backup.name if a and a.backup else None,
                "deadline": a.deadline if a else None,
            }
        )
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
