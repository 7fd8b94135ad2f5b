"""What every kind of office workbook does against the database: plan, apply, export.

An import runs in two steps so that nothing is half written:

1. ``plan_import(session, scope, rows)`` reads the database, checks every row
   against it (unknown codes and people, locked indicators, thresholds out of
   order...) and returns an :class:`ImportPlan`: the changes it would make and
   all problems found. It writes nothing.
2. ``apply(session, actor, plan)`` makes the changes of a plan without
   problems, inside the caller's transaction.

*scope* is the stored row the kind belongs to: the fiscal year of the
office-year in view (:attr:`Scope.YEAR`), the office (:attr:`Scope.OFFICE`), or
one record of the year (a committee, a knowledge session) chosen by its id.
A plan may note ``extra["version"]``, the record's version it read; the caller
may set ``extra["expected_version"]`` (the version its window read) and ``apply``
then refuses a record changed since.
The sheets themselves (columns, examples, row conversion) are
``mk3desk.excel.kinds``: file formats only, no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from mk3desk.excel.columns import SheetSpec
from mk3desk.excel.kinds.base import Row, Rows
from mk3desk.excel.problems import ImportReport, ProblemList
from mk3desk.services.context import Actor

T = TypeVar("T")


class Scope(StrEnum):
    YEAR = "year"  # the data of one fiscal year (framework, assignments, values, results)
    OFFICE = "office"  # the office's own data (groups and people)
    COMMITTEE = "committee"  # one committee of the year (its members and duties)
    SESSION = "session"  # one knowledge session of the year (its attendance)


# The scopes of one record of the year: the kind needs the record's id too.
RECORD_SCOPES = frozenset({Scope.COMMITTEE, Scope.SESSION})


class Unchecked(Enum):
    """No version to check: the import is not based on a window's earlier read."""

    UNCHECKED = "unchecked"


UNCHECKED = Unchecked.UNCHECKED
# The version a window read: an int, None for "the record did not exist yet" (the
# year's SWOT before its first save), or UNCHECKED.
ReadVersion = int | None | Unchecked


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


# The sheets with the drop-down lists of *scope* (a FiscalYear or an Office), or
# without lists when there is no database (None, None).
SpecsFactory = Callable[[Session | None, Any], tuple[SheetSpec, ...]]


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
