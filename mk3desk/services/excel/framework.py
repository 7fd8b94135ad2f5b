"""Importing the year's framework from a workbook: replace it, or update it in place.

The sheets and their conversion to a Framework are :mod:`mk3desk.excel.kinds.framework`.

The decision (documented in the template's instructions too):

* **No work recorded on the year yet** (no assignment, PDCA text, ticked
  criterion, outcome value, evidence, state change or official item score):
  the workbook *replaces* the year's framework copy -- categories, items,
  criteria and bands may be added, removed or renumbered freely.
* **Work recorded**: only an *update in place by code* is allowed -- titles,
  weights, units, targets, directions, thresholds, level descriptions, guides,
  criteria texts and bands. Adding, removing or moving an item or criterion
  would orphan or silently drop someone's work, so each such difference is a
  Thai problem explaining why, and nothing is imported. A locked indicator
  (closed by the coordinator) cannot have its rule or weight changed either.

Scoring policy, adjustments and the year's title are not in the workbook and
are kept as they are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from mk3desk.db.models import (
    Assignment,
    CriterionResult,
    EvidenceFile,
    FiscalYear,
    OfficialIndicatorScore,
    OutcomeValue,
    PdcaRecord,
    Transition,
    YearBand,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import Framework, Indicator, IndicatorKind, Level
from mk3desk.domain.text import normalise_text
from mk3desk.domain.workflow import State, is_locked
from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds import framework as sheets
from mk3desk.excel.kinds.base import Row, Rows, status_of
from mk3desk.excel.kinds.framework import KEY, TITLE_TH
from mk3desk.excel.problems import ImportReport, Problem
from mk3desk.services.context import Actor, audit
from mk3desk.services.excel.kind import ImportKind, ImportPlan, Scope
from mk3desk.services.framework_store import load_framework
from mk3desk.services.years import copy_framework_into_year

REPLACE, UPDATE = "replace", "update"
_WORK_TABLES: tuple[Any, ...] = (
    Assignment,
    PdcaRecord,
    Transition,
    OutcomeValue,
    EvidenceFile,
    OfficialIndicatorScore,
)


def specs(
    _session: Session | None = None, _year: FiscalYear | None = None
) -> tuple[SheetSpec, ...]:
    return sheets.specs()


def has_work(session: Session, year: FiscalYear) -> bool:
    """True once anything has been recorded on the year's indicators."""
    of_year = select(YearIndicator.id).where(YearIndicator.year_id == year.id)
    for table in _WORK_TABLES:
        if session.scalar(select(exists().where(table.indicator_id.in_(of_year)))):
            return True
    ticked = select(
        exists().where(
            CriterionResult.criterion_id.in_(
                select(YearCriterion.id).where(YearCriterion.indicator_id.in_(of_year))
            )
        )
    )
    moved = select(
        exists().where(
            YearIndicator.year_id == year.id, YearIndicator.state != State.NOT_STARTED.value
        )
    )
    return bool(session.scalar(ticked) or session.scalar(moved))


def _signature(ind: Indicator) -> Indicator:
    return replace(ind, criteria=())


def _count(plan: ImportPlan[Any], old: Framework, new: Framework) -> int:
    """Count rows added/changed/unchanged; return how many old rows the file drops."""
    old_cats = {c.number: (c.title, c.weight) for c in old.categories}
    old_inds = {i.code: _signature(i) for i in old.indicators()}
    old_crits = {(i.code, c.key): c for i in old.indicators() for c in i.criteria}
    old_bands = {b.name: b.min_score for b in old.bands}
    for cat in new.categories:
        plan.count(status_of(old_cats.pop(cat.number, None), (cat.title, cat.weight)))
    for ind in new.indicators():
        plan.count(status_of(old_inds.pop(ind.code, None), _signature(ind)))
        for crit in ind.criteria:
            plan.count(status_of(old_crits.pop((ind.code, crit.key), None), crit))
    for band in new.bands:
        plan.count(status_of(old_bands.pop(band.name, None), band.min_score))
    return len(old_cats) + len(old_inds) + len(old_crits) + len(old_bands)


def _rows_by_code(rows: Rows, sheet: str) -> dict[Any, Row]:
    return {(r.get("code"), r.get("key")): r for r in rows.get(sheet, ())}


def _structure_problems(plan: ImportPlan[Any], old: Framework, new: Framework, rows: Rows) -> None:
    """Once work is recorded, the set of items and criteria may not change."""
    ind_rows = {r.get("code"): r for r in rows.get(sheets.INDICATOR_SHEET, ())}
    crit_rows = _rows_by_code(rows, sheets.CRITERIA_SHEET)
    why = QT_TRANSLATE_NOOP(
        "ExcelProblem",
        "ปีนี้มีการบันทึกผลงานแล้ว จึง{change}ไม่ได้ (แก้ได้เฉพาะชื่อ น้ำหนัก ค่าเป้าหมาย ค่าเกณฑ์"
        " และข้อความเกณฑ์ของรายการเดิม) หากต้องการเปลี่ยนโครงสร้าง ให้สร้างปีงบประมาณใหม่",
    )

    def refuse(sheet: str, row: Row | None, change: str) -> None:
        number = row.get("_row") if row else None
        plan.problems.append(Problem.of(sheet, number, None, why, change=change))

    old_inds = {i.code: (c.number, i) for c in old.categories for i in c.indicators}
    new_inds = {i.code: (c.number, i) for c in new.categories for i in c.indicators}
    for code, (number, ind) in new_inds.items():
        if code not in old_inds:
            refuse(sheets.INDICATOR_SHEET, ind_rows.get(code), f"เพิ่มรายการ {code}")
            continue
        old_number, old_ind = old_inds[code]
        if (old_number, old_ind.kind) != (number, ind.kind):
            refuse(sheets.INDICATOR_SHEET, ind_rows.get(code), f"ย้ายหมวดหรือเปลี่ยนประเภทของ {code}")
        old_keys = {c.key: c.level for c in old_ind.criteria}
        new_keys = {c.key: c.level for c in ind.criteria}
        for key, level in new_keys.items():
            if old_keys.get(key) is not level:
                row = crit_rows.get((code, key))
                refuse(sheets.CRITERIA_SHEET, row, f"เพิ่มเกณฑ์หรือย้ายระดับของเกณฑ์ {code} {key}")
        for key in old_keys.keys() - new_keys.keys():
            refuse(sheets.CRITERIA_SHEET, None, f"ลบเกณฑ์ {code} {key}")
    for code in old_inds.keys() - new_inds.keys():
        refuse(sheets.INDICATOR_SHEET, None, f"ลบรายการ {code}")
    if {c.number for c in old.categories} != {c.number for c in new.categories}:
        refuse(sheets.CATEGORY_SHEET, None, "เพิ่มหรือลบหมวด")


def _locked_problems(
    plan: ImportPlan[Any],
    session: Session,
    year: FiscalYear,
    old: Framework,
    new: Framework,
    rows: Rows,
) -> None:
    states = {
        code: state
        for code, state in session.execute(
            select(YearIndicator.code, YearIndicator.state).where(YearIndicator.year_id == year.id)
        )
    }
    ind_rows = {r.get("code"): r for r in rows.get(sheets.INDICATOR_SHEET, ())}
    old_by_code = {i.code: i for i in old.indicators()}
    for ind in new.indicators():
        before = old_by_code.get(ind.code)
        if before is None or before == ind or not is_locked(State(states[ind.code])):
            continue
        row = ind_rows.get(ind.code, {})
        plan.problems.append(
            Problem.of(
                sheets.INDICATOR_SHEET,
                row.get("_row"),
                sheets.H_CODE,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem",
                    "ตัวชี้วัด {code} ปิดระบบแล้ว จึงแก้ไขน้ำหนัก ค่าเกณฑ์ หรือข้อความเกณฑ์ไม่ได้"
                    " — ให้ผู้ประสานเปิดระบบอีกครั้งก่อน",
                ),
                code=ind.code,
            )
        )


def _clean_indicator(ind: Indicator) -> Indicator:
    return replace(
        ind,
        title=normalise_text(ind.title),
        unit=normalise_text(ind.unit),
        guide=normalise_text(ind.guide),
        level_titles={k: normalise_text(v) for k, v in ind.level_titles.items()},
        criteria=tuple(replace(c, text=normalise_text(c.text)) for c in ind.criteria),
    )


def _as_read(framework: Framework) -> Framework:
    """The stored framework with its texts normalised as the reader normalises cells.

    Older copies may hold Thai typed with marks out of order; without this an
    untouched export would count as "changed" and be refused on locked items.
    """
    categories = tuple(
        replace(
            c,
            title=normalise_text(c.title),
            indicators=tuple(_clean_indicator(i) for i in c.indicators),
        )
        for c in framework.categories
    )
    bands = tuple(replace(b, name=normalise_text(b.name)) for b in framework.bands)
    return replace(framework, categories=categories, bands=bands)


def plan_import(session: Session, year: FiscalYear, rows: Rows) -> ImportPlan[Framework]:
    plan: ImportPlan[Framework] = ImportPlan(KEY, year.id)
    old = _as_read(load_framework(session, year.id))
    new = sheets.rows_to_framework(old, rows, plan.problems)
    if new is None:
        return plan
    removed = _count(plan, old, new)
    mode = UPDATE if has_work(session, year) else REPLACE
    if mode == UPDATE:
        _structure_problems(plan, old, new, rows)
        _locked_problems(plan, session, year, old, new, rows)
    plan.extra.update(mode=mode, removed=removed)
    if plan.added or plan.changed or removed:
        plan.items.append(new)
    return plan


def _fill_indicator(row: YearIndicator, ind: Indicator) -> None:
    row.title, row.weight, row.unit, row.target, row.guide = (
        ind.title,
        ind.weight,
        ind.unit,
        ind.target,
        ind.guide,
    )
    row.basic_title = ind.level_titles.get(Level.BASIC, "")
    row.advance_title = ind.level_titles.get(Level.ADVANCE, "")
    row.significance_title = ind.level_titles.get(Level.SIGNIFICANCE, "")
    if ind.kind is IndicatorKind.OUTCOME and ind.rule is not None:
        rule = ind.rule
        row.direction, row.rule_type = rule.direction.value, rule.rule_type.value
        padded = [*rule.thresholds, None, None, None, None, None]
        row.t1, row.t2, row.t3, row.t4, row.t5 = padded[:5]
        row.floor, row.ceiling = rule.floor, rule.ceiling
    texts = {c.key: c.text for c in ind.criteria}
    for criterion in row.criteria:
        criterion.text = texts.get(criterion.key, criterion.text)


def _update_in_place(session: Session, year: FiscalYear, new: Framework) -> None:
    cats = {c.number: c for c in new.categories}
    for category in year.categories:
        category.title, category.weight = cats[category.number].title, cats[category.number].weight
    by_code = {i.code: i for i in new.indicators()}
    for indicator in year.indicators:
        _fill_indicator(indicator, by_code[indicator.code])
    year.bands.clear()
    session.flush()
    for band in new.bands:
        year.bands.append(YearBand(name=band.name, min_score=band.min_score))


def _replace(session: Session, year: FiscalYear, new: Framework) -> None:
    # Drop the old copy first: codes and category numbers are unique per year.
    year.indicators.clear()
    year.categories.clear()
    year.bands.clear()
    year.adjustments.clear()
    session.flush()
    copy_framework_into_year(year, new)


def apply(session: Session, actor: Actor, plan: ImportPlan[Framework]) -> ImportReport:
    plan.problems.raise_if_any()
    if plan.items:
        year = session.get(FiscalYear, plan.scope_id)
        assert year is not None
        if plan.extra["mode"] == REPLACE:
            _replace(session, year, plan.items[0])
        else:
            _update_in_place(session, year, plan.items[0])
        session.flush()
        audit(
            session,
            actor,
            f"excel.import.framework.{plan.extra['mode']}",
            str(year.be_year),
            f"added={plan.added} changed={plan.changed} removed={plan.extra['removed']}",
        )
    return plan.report()


def export_rows(session: Session, year: FiscalYear) -> dict[str, list[Row]]:
    return sheets.framework_to_rows(load_framework(session, year.id))


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
