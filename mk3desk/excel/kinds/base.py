"""What every kind of office workbook shares: rows, and the problems a row can have.

The sheets of each kind (``mk3desk.excel.kinds.*``) know nothing of the
database; ``mk3desk.services.excel`` checks the rows against it and writes them.
The helpers here word the problems those checks find, the same way for every kind.

Columns whose values come from the database (indicator codes, people, groups,
band names) are TEXT columns with a drop-down list, not CHOICE columns: the
reader would refuse a value missing from the list with a generic message,
while the importer says precisely "unknown indicator code 9.9".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error
from mk3desk.domain.workflow import Section, State, check_editable
from mk3desk.excel.problems import Problem, ProblemList
from mk3desk.excel.rows import ROW_KEY

Row = dict[str, Any]
Rows = Mapping[str, Sequence[Row]]


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
    indicator: Any,
    section: Section,
) -> bool:
    """False (and a problem) when the indicator's *section* may not change now.

    A locked or under-review indicator is refused with the workflow's own Thai
    message, never skipped silently: the clerk must see that the row was not taken.
    *indicator* is any row with ``code`` and ``state`` (a stored indicator).
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


class _Named(Protocol):
    @property
    def name(self) -> str: ...


P = TypeVar("P", bound=_Named)


class PeopleByName(Generic[P]):
    """An office's people found by the name a row gives. A name the office holds twice
    names nobody: which one the row means cannot be known."""

    def __init__(self, people: Iterable[P]) -> None:
        listed = list(people)
        self.by_name = {p.name: p for p in listed}
        self.twice = {name for name, n in Counter(p.name for p in listed).items() if n > 1}

    def named_twice(
        self, problems: ProblemList, sheet: str, row: Row, column: str, name: str
    ) -> bool:
        """True (and the problem noted) when two people of the office have *name*."""
        if name not in self.twice:
            return False
        add_problem(
            problems,
            sheet,
            row,
            column,
            QT_TRANSLATE_NOOP(
                "ExcelProblem",
                "ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร",
            ),
            name=name,
        )
        return True

    def find(self, problems: ProblemList, sheet: str, row: Row, column: str, name: str) -> P | None:
        """The one person *name* names; None with the problem noted (two, or nobody)."""
        if self.named_twice(problems, sheet, row, column, name):
            return None
        person = self.by_name.get(name)
        if person is None:
            unknown_person(problems, sheet, row, column, name)
        return person


def status_of(old: Any, new: Any) -> str:
    """ "added" when there was nothing, "changed" when different, else "unchanged"."""
    if old is None:
        return "added"
    return "unchanged" if old == new else "changed"
