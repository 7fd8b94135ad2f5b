"""Importing the year's SWOT analysis: every row checked, then the analysis replaced.

The sheets are :mod:`mk3desk.excel.kinds.swot`. The file holds the whole
analysis: an import replaces the year's four lists, participants and date
through ``services.swot.save_swot`` (the right, the rules and the version check
of the SWOT dialog), after the plan has named every problem with its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.swot import MAX_ITEMS, Quadrant, Swot, item_error, lines
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import swot as sheets
from mk3desk.excel.kinds.base import Row, Rows, add_error, add_problem
from mk3desk.excel.kinds.swot import (
    DATE_SHEET,
    H_DATE,
    H_ITEM,
    H_PARTICIPANT,
    ITEM_SHEET,
    KEY,
    PARTICIPANT_SHEET,
    QUADRANT_OF_WORD,
    QUADRANT_WORDS,
    TITLE_TH,
)
from mk3desk.excel.problems import ImportReport
from mk3desk.services.context import Actor
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope
from mk3desk.services.lookup import office_year_of
from mk3desk.services.swot import load_swot, save_swot


def specs(_session: Session | None, _year: FiscalYear | None) -> tuple[SheetSpec, ...]:
    return sheets.specs()


@dataclass(frozen=True)
class SwotChange:
    swot: Swot


def _item(plan: ImportPlan[SwotChange], sheet: str, row: Row, column: str, text: str) -> str | None:
    """*text* as one cleaned item, or None (and a problem) when it cannot be one."""
    cleaned = " ".join(lines(text))  # a line break inside a cell would split the item
    error = item_error(cleaned)
    if error is not None:
        add_error(plan.problems, sheet, row, column, error)
        return None
    return cleaned


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[SwotChange]:
    plan: ImportPlan[SwotChange] = ImportPlan(KEY, year.id)
    items: dict[Quadrant, list[str]] = {q: [] for q in Quadrant}
    for row in rows.get(ITEM_SHEET, ()):
        quadrant = QUADRANT_OF_WORD.get(str(row.get("quadrant") or ""))
        text = _item(plan, ITEM_SHEET, row, H_ITEM, str(row.get("item") or ""))
        if quadrant is None or text is None:
            continue
        items[quadrant].append(text)
        if len(items[quadrant]) == MAX_ITEMS + 1:
            add_problem(
                plan.problems,
                ITEM_SHEET,
                row,
                None,
                QT_TRANSLATE_NOOP("ExcelProblem", "ด้าน{quadrant}มีเกิน {limit} รายการ"),
                quadrant=QUADRANT_WORDS[quadrant],
                limit=MAX_ITEMS,
            )
    participants: list[str] = []
    for row in rows.get(PARTICIPANT_SHEET, ()):
        name = _item(plan, PARTICIPANT_SHEET, row, H_PARTICIPANT, str(row.get("name") or ""))
        if name is not None and name not in participants:
            participants.append(name)
    held_on: date | None = None
    for number, row in enumerate(rows.get(DATE_SHEET, ())):
        if number:
            add_problem(
                plan.problems,
                DATE_SHEET,
                row,
                H_DATE,
                QT_TRANSLATE_NOOP("ExcelProblem", "ใส่วันที่วิเคราะห์ได้วันเดียว (แถวแรก) ให้ลบแถวนี้"),
            )
            continue
        value = row.get("held_on")
        held_on = value if isinstance(value, date) else None
    swot = Swot(
        tuple(items[Quadrant.STRENGTHS]),
        tuple(items[Quadrant.WEAKNESSES]),
        tuple(items[Quadrant.OPPORTUNITIES]),
        tuple(items[Quadrant.THREATS]),
        tuple(participants),
        held_on,
    )
    if not plan.problems and not swot.is_empty:
        _check_whole(plan, swot)
    current = load_swot(session, office_year_of(year))
    plan.extra["version"] = current.version
    old = {(q, item) for q in Quadrant for item in current.swot.items(q)}
    new = {(q, item) for q in Quadrant for item in swot.items(q)}
    plan.added = len(new - old)
    plan.unchanged = len(new & old)
    # "changed": the items taken out, and the participants or the day if they differ.
    same_meeting = (current.swot.participants, current.swot.held_on) == (
        swot.participants,
        swot.held_on,
    )
    plan.changed = len(old - new) + (0 if same_meeting else 1)
    if swot != current.swot:
        plan.items.append(SwotChange(swot))
    return plan


def _check_whole(plan: ImportPlan[SwotChange], swot: Swot) -> None:
    """The analysis's own rules (who took part, when), named on the sheet they concern."""
    if not swot.participants:
        add_problem(
            plan.problems,
            PARTICIPANT_SHEET,
            {},
            H_PARTICIPANT,
            QT_TRANSLATE_NOOP(
                "ExcelProblem", "ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)"
            ),
        )
    if swot.held_on is None:
        add_problem(
            plan.problems,
            DATE_SHEET,
            {},
            H_DATE,
            QT_TRANSLATE_NOOP("ExcelProblem", "ระบุวันที่วิเคราะห์ SWOT"),
        )
    elif swot.held_on > date.today():
        add_problem(
            plan.problems,
            DATE_SHEET,
            {},
            H_DATE,
            QT_TRANSLATE_NOOP("ExcelProblem", "วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต"),
        )


def apply(session: Session, actor: Actor, plan: ImportPlan[SwotChange]) -> ImportReport:
    plan.problems.raise_if_any()
    if plan.items:
        year = session.get(FiscalYear, plan.scope_id)
        assert year is not None
        version = plan.extra.get("expected_version", plan.extra.get("version"))
        save_swot(session, actor, office_year_of(year), plan.items[0].swot, version=version)
    return plan.report()


def export_rows(session: Session, year: FiscalYear) -> dict[str, list[Row]]:
    swot = load_swot(session, office_year_of(year)).swot
    items = [
        {"quadrant": QUADRANT_WORDS[q], "item": item} for q in Quadrant for item in swot.items(q)
    ]
    return {
        ITEM_SHEET: items,
        PARTICIPANT_SHEET: [{"name": name} for name in swot.participants],
        DATE_SHEET: [{"held_on": swot.held_on}] if swot.held_on else [],
    }


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
