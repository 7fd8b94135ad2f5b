"""Problems found in an imported workbook, collected all at once.

An office clerk fixes a workbook in Excel and tries again; stopping at the first
bad cell would make that a dozen round trips. So every reader and importer adds
to a :class:`ProblemList` and the import is refused as a whole
(:class:`ImportRefused`) if anything was found: nothing is half imported.

Each problem keeps its Thai template and parameters apart from the formatted
text so the GUI can translate the template (``Problem.context``), as with
:class:`mk3desk.domain.errors.Mk3Error`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError

# Qt translation context of the templates below; lupdate reads only literal contexts,
# so every QT_TRANSLATE_NOOP of the Excel importers spells this value out.
PROBLEM_CONTEXT = "ExcelProblem"


def column_label(letter: str, header_th: str) -> str:
    """How a column is named to the user: the Excel letter and its Thai header."""
    return f"{letter} ({header_th})" if header_th else letter


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a workbook.

    ``row`` is the Excel row number (1-based, as Excel shows it), ``column`` the
    label from :func:`column_label`; either is ``None`` for a whole sheet/row.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str
    template: str = ""
    params: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    # The GUI shows QCoreApplication.translate(context, template).format(**params).
    context: str = field(default=PROBLEM_CONTEXT, compare=False)

    @classmethod
    def of(
        cls,
        sheet: str,
        row: int | None,
        column: str | None,
        template: str,
        *,
        context: str = PROBLEM_CONTEXT,
        **params: Any,
    ) -> Problem:
        """Build a problem from a ``QT_TRANSLATE_NOOP`` template and its parameters."""
        message = template.format(**params) if params else template
        return cls(sheet, row, column, message, template, tuple(params.items()), context)

    @classmethod
    def from_error(
        cls, sheet: str, row: int | None, column: str | None, error: Mk3Error
    ) -> Problem:
        """A problem carrying the template, parameters and context of *error*."""
        return cls.of(sheet, row, column, error.template, context=error.context, **error.params)

    def location_th(self) -> str:
        parts = [f"แผ่นงาน «{self.sheet}»"] if self.sheet else []
        if self.row is not None:
            parts.append(f"แถว {self.row}")
        if self.column:
            parts.append(f"คอลัมน์ {self.column}")
        return " ".join(parts)

    def __str__(self) -> str:
        where = self.location_th()
        return f"{where}: {self.message}" if where else self.message


class ProblemList:
    """Collects problems in the order they are found (sheet, then row, then column)."""

    def __init__(self, problems: Iterable[Problem] = ()) -> None:
        self._items: list[Problem] = list(problems)

    def add(
        self, sheet: str, row: int | None, column: str | None, template: str, **params: Any
    ) -> Problem:
        """Add a problem whose template is marked in the ``ExcelProblem`` context."""
        problem = Problem.of(sheet, row, column, template, **params)
        self._items.append(problem)
        return problem

    def append(self, problem: Problem) -> None:
        self._items.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self._items.extend(problems)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __getitem__(self, index: int) -> Problem:
        return self._items[index]

    def as_tuple(self) -> tuple[Problem, ...]:
        return tuple(self._items)

    def raise_if_any(self) -> None:
        """Refuse the whole import when anything was found."""
        if self._items:
            raise ImportRefused(self._items)


class ImportRefused(ValidationError):  # noqa: N818 - the name the importers use
    """Nothing was imported because the workbook has problems; all are listed."""

    context = "ExcelProblem"

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        details = "\n".join(f"• {problem}" for problem in self.problems)
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ExcelProblem", "พบปัญหา {count} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ\n{details}"
            ),
            count=len(self.problems),
            details=details,
        )


@dataclass(frozen=True)
class ImportReport:
    """What an import did: counts of rows and the problems that were tolerated."""

    added: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: int = 0
    problems: tuple[Problem, ...] = ()

    @property
    def summary_th(self) -> str:
        return QT_TRANSLATE_NOOP(
            "ExcelProblem",
            "เพิ่ม {added} รายการ แก้ไข {changed} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ"
            " ไม่รับ {refused} รายการ",
        ).format(
            added=self.added, changed=self.changed, unchanged=self.unchanged, refused=self.refused
        )
