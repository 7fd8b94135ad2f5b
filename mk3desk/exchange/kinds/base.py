"""What every kind of office workbook shares: the plan of an import and its description.

An import runs in two steps so that nothing is half written:

1. ``plan_import(session, scope, rows)`` reads the database, checks every row
   against it (unknown codes and people, locked indicators, thresholds out of
   order...) and returns an :class:`ImportPlan`: the changes it would make and
   all problems found. It writes nothing.
2. ``apply(session, actor, plan)`` makes the changes of a plan without
   problems, inside the caller's transaction.

Columns whose values come from the database (indicator codes, people, groups,
band names) are TEXT columns with a drop-down list, not CHOICE columns: the
reader would refuse a value missing from the list with a generic message,
while the importer says precisely "unknown indicator code 9.9".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error
from mk3desk.domain.workflow import Section, State, check_editable
from mk3desk.exchange.columns import SheetSpec
from mk3desk.exchange.problems import ImportReport, Problem, ProblemList
from mk3desk.exchange.rows import ROW_KEY
from mk3desk.services.context import Actor

T = TypeVar("T")
Row = dict[str, Any]
Rows = Mapping[str, Sequence[Row]]


class Scope(StrEnum):
    YEAR = "year"  # the data of one fiscal year (framework, assignments, values, results)
    OFFICE = "office"  # the office's own data (groups and people)


@dataclass
class ImportPlan(Generic[T]):
    """The changes an import would make, and everything wrong with it.

    ``items`` are the kind's own change records; ``added``/``changed``/
    ``unchanged`` count rows the way the result dialog shows them.
    """

    kind: str
    scope_id: int
    items: list[T] = field(default_factory=list)
    problems: ProblemList = field(default_factory=ProblemList)
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def count(self, status: str) -> None:
        if status == "added":
            self.added += 1
        elif status == "changed":
            self.changed += 1
        else:
            self.unchanged += 1

    def report(self) -> ImportReport:
        refused = len({(p.sheet, p.row) for p in self.problems if p.row is not None})
        return ImportReport(
            added=self.added,
            changed=self.changed,
            unchanged=self.unchanged,
            refused=refused,
            problems=self.problems.as_tuple(),
        )


SpecsFactory = Callable[[Session | None, FiscalYear | None], tuple[SheetSpec, ...]]


@dataclass(frozen=True)
class ImportKind:
    """One kind of workbook the office exchanges: how to write, read and import it."""

    key: str
    title_th: str
    scope: Scope
    specs: SpecsFactory
    examples: Callable[[], dict[str, list[Row]]]
    plan_import: Callable[[Session, Any, Rows], ImportPlan[Any]]
    apply: Callable[[Session, Actor, ImportPlan[Any]], ImportReport]
    export_rows: Callable[[Session, Any], dict[str, list[Row]]]


def row_number(row: Row) -> int | None:
    value = row.get(ROW_KEY)
    return int(value) if isinstance(value, int) else None


def add_problem(
    problems: ProblemList, sheet: str, row: Row, column: str | None, template: str, **params: Any
) -> None:
    problems.append(Problem.of(sheet, row_number(row), column, template, **params))


def add_error(
    problems: ProblemList, sheet: str, row: Row, column: str | None, error: Mk3Error
) -> None:
    problems.append(Problem.from_error(sheet, row_number(row), column, error))


def check_open(
    problems: ProblemList,
    sheet: str,
    row: Row,
    column: str | None,
    indicator: YearIndicator | Any,
    section: Section,
) -> bool:
    """False (and a problem) when the indicator's *section* may not change now.

    A locked or under-review indicator is refused with the workflow's own Thai
    message, never skipped silently: the clerk must see that the row was not taken.
    *indicator* is a YearIndicator or any row with ``code`` and ``state``.
    """
    refusal = _refusal(section, indicator.state, indicator.code)
    if refusal is not None:
        add_error(problems, sheet, row, column, refusal)
        return False
    return True


def _refusal(section: Section, state: str, code: str) -> Mk3Error | None:
    """The workflow's reason why *section* of indicator *code* may not change, if any."""
    try:
        check_editable(section, State(state), code)
    except Mk3Error as error:
        return error
    return None


class OpenCheck:
    """:func:`check_open` asked once per indicator, however many rows name it.

    An outcome file names each indicator three times (three years); a locked
    indicator still gets its problem on every row that would change it.
    """

    def __init__(self, section: Section) -> None:
        self.section = section
        self._refusals: dict[int, Mk3Error | None] = {}

    def __call__(
        self,
        problems: ProblemList,
        sheet: str,
        row: Row,
        column: str | None,
        indicator_id: int,
        code: str,
        state: str,
    ) -> bool:
        """False (and a problem) when the indicator's section may not change now."""
        if indicator_id in self._refusals:
            refusal = self._refusals[indicator_id]
        else:
            refusal = self._refusals[indicator_id] = _refusal(self.section, state, code)
        if refusal is None:
            return True
        add_error(problems, sheet, row, column, refusal)
        return False


def unknown_code(problems: ProblemList, sheet: str, row: Row, column: str, code: str) -> None:
    add_problem(
        problems,
        sheet,
        row,
        column,
        QT_TRANSLATE_NOOP("ExcelProblem", "ไม่พบตัวชี้วัดรหัส “{code}” ในกรอบการประเมินของปีนี้"),
        code=code,
    )


def unknown_person(problems: ProblemList, sheet: str, row: Row, column: str, name: str) -> None:
    add_problem(
        problems,
        sheet,
        row,
        column,
        QT_TRANSLATE_NOOP(
            "ExcelProblem", "ไม่พบบุคลากรชื่อ “{name}” ในสำนักงาน (นำเข้ารายชื่อบุคลากรก่อน หรือแก้ชื่อให้ตรงกัน)"
        ),
        name=name,
    )


def status_of(old: Any, new: Any) -> str:
    """ "added" when there was nothing, "changed" when different, else "unchanged"."""
    if old is None:
        return "added"
    return "unchanged" if old == new else "changed"
