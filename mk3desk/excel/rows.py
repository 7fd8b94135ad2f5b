"""The value rows under a sheet's header: every cell converted, every problem collected.

:mod:`mk3desk.excel.reader` finds the sheet, its header row and where each
declared column is; this module turns the rows below into ``{column key: value,
"_row": n}``. A row is skipped when all its declared cells are empty (a note in
an extra column is not a row) or when it is an untouched example row of the
template. Every cell that does not convert, every empty required cell, every
uncalculated formula or error value and every repeated key is a problem with its
sheet, row and column.

This is the per-cell loop of every import (10,000 rows × the columns), so it is
written for speed: one pass per row that converts and detects a blank row at
once, and the checks for formulas and error values only on the sheets whose XML
has any (``SheetScan``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils.cell import get_column_letter

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.text import is_blank
from mk3desk.excel.columns import SheetSpec, cell_converter, decode_value
from mk3desk.excel.problems import Problem, ProblemList, column_label
from mk3desk.excel.safety import SheetScan

ROW_KEY = "_row"  # each row dict carries its Excel row number under this key
# Excel's last row. openpyxl fills the gap up to any row number a file claims
# (r="99999999999" would be 10^11 empty rows): nothing beyond is read.
EXCEL_MAX_ROW = 1_048_576

Row = dict[str, Any]
_UNCALCULATED = QT_TRANSLATE_NOOP(
    "ExcelProblem",
    "เซลล์มีสูตรที่ยังไม่ได้คำนวณ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร",
)
_ERROR_VALUE = QT_TRANSLATE_NOOP("ExcelProblem", "เซลล์มีค่าผิดพลาด {value} กรุณาแก้สูตรหรือพิมพ์ค่า")
_REQUIRED = QT_TRANSLATE_NOOP("ExcelProblem", "ต้องกรอกช่องนี้")
# Excel's error values (#N/A, #VALUE!, …) as openpyxl gives them.
_ERROR_CODES = frozenset(ERROR_CODES)


def decoded_examples(spec: SheetSpec, encoded: Iterable[dict[str, str | None]]) -> list[Row]:
    """The template's example rows (from the marker sheet) as the reader would type them."""
    examples = []
    for row in encoded:
        examples.append(
            {
                column.key: decode_value(column, row.get(column.key))
                for column in spec.columns
                if column.key in row
            }
        )
    return examples


def _fills(raw: Any) -> bool:
    """Whether a cell makes its row a row: anything but spaces and invisible characters."""
    if not isinstance(raw, str):
        return True
    return "!" <= raw[:1] <= "~" or not is_blank(raw)  # the first test is the usual answer


class RowReader:
    """Reads the rows of one sheet; problems go to *problems*."""

    def __init__(
        self,
        spec: SheetSpec,
        sheet: str,
        positions: dict[str, int],
        scan: SheetScan,
        examples: list[Row],
        problems: ProblemList,
    ) -> None:
        self.sheet = sheet
        self.problems = problems
        self.scan = scan
        self.examples = examples
        self.key_columns = spec.key_columns
        self.width = max(positions.values(), default=0)
        # (key, 0-based index, converter, "B (header)", required)
        self.cells: list[tuple[str, int, Callable[[Any], Any], str, bool]] = []
        for key, index in positions.items():
            column = spec.by_key[key]
            converter = cell_converter(column, dict.fromkeys(column.allowed()))
            label = column_label(get_column_letter(index), column.header_th)
            self.cells.append((key, index - 1, converter, label, column.required))
        self.missing: Row = {c.key: None for c in spec.columns if c.key not in positions}
        self.special = bool(scan.uncalculated or scan.errors)

    def read(self, worksheet: Any, header_row: int, max_rows: int) -> list[Row]:
        rows: list[Row] = []
        seen: dict[tuple[Any, ...], int] = {}
        width = self.width
        if width == 0:
            return rows
        count = 0
        blank = (None,) * width
        for row_number, values in enumerate(
            worksheet.iter_rows(
                min_row=header_row + 1, max_row=EXCEL_MAX_ROW, max_col=width, values_only=True
            ),
            start=header_row + 1,
        ):
            if values == blank:
                continue  # the rows openpyxl makes up for a gap, and truly empty ones
            if len(values) < width:
                values = (*values, *(None,) * (width - len(values)))
            converted = self._convert(row_number, values)
            if converted is None:
                continue  # blank
            row, found = converted
            count += 1
            if count > max_rows:
                self.problems.add(
                    self.sheet,
                    row_number,
                    None,
                    QT_TRANSLATE_NOOP(
                        "ExcelProblem", "มีข้อมูลเกิน {limit} แถว แถวที่เกินไม่ได้ตรวจ กรุณาแบ่งไฟล์"
                    ),
                    limit=max_rows,
                )
                break
            if not found and self.examples and row in self.examples:
                continue  # an untouched example row from the template
            if found:
                self.problems.extend(
                    Problem.of(self.sheet, row_number, item, _REQUIRED)
                    if isinstance(item, str)
                    else item
                    for item in found
                )
            row[ROW_KEY] = row_number
            self._check_duplicate(row, row_number, seen)
            rows.append(row)
        return rows

    def _convert(
        self, row_number: int, values: tuple[Any, ...]
    ) -> tuple[Row, list[Problem | str]] | None:
        """The row and its problems (a str: the label of an empty required cell).

        ``None`` for a blank row: every declared cell empty or only spaces, and
        none of them an uncalculated formula or an error value.
        """
        row: Row = {}
        found: list[Problem | str] = []
        filled = False
        scan, special = self.scan, self.special
        for key, index, converter, label, required in self.cells:
            raw = values[index]
            if special:
                where = (row_number, index + 1)
                if where in scan.uncalculated:
                    found.append(Problem.of(self.sheet, row_number, label, _UNCALCULATED))
                    row[key] = None
                    filled = True
                    continue
                if where in scan.errors:
                    found.append(
                        Problem.of(self.sheet, row_number, label, _ERROR_VALUE, value=str(raw))
                    )
                    row[key] = None
                    filled = True
                    continue
            value = None
            if raw.__class__ is str and raw in _ERROR_CODES:
                # What the scan cannot see: openpyxl turns a number in a date-formatted cell
                # that no date can be (after the year 9999) into "#VALUE!" as it reads it.
                # (A code given as text, '#N/A with Excel's apostrophe, is no value either.)
                found.append(Problem.of(self.sheet, row_number, label, _ERROR_VALUE, value=raw))
                row[key] = None
                filled = True
                continue
            if raw is not None:
                if not filled and _fills(raw):
                    filled = True
                try:
                    value = converter(raw)
                except ValidationError as error:
                    found.append(Problem.from_error(self.sheet, row_number, label, error))
                    row[key] = None
                    continue
            row[key] = value
            if value is None and required:
                found.append(label)
        if not filled:
            return None
        if self.missing:
            row.update(self.missing)
        return row, found

    def _check_duplicate(self, row: Row, row_number: int, seen: dict[tuple[Any, ...], int]) -> None:
        if not self.key_columns:
            return
        key = tuple([row[k] for k in self.key_columns])
        if None in key:
            return
        first = seen.setdefault(key, row_number)
        if first != row_number:
            self.problems.add(
                self.sheet,
                row_number,
                None,
                QT_TRANSLATE_NOOP("ExcelProblem", "ข้อมูลซ้ำกับแถว {first} ({values})"),
                first=first,
                values=", ".join(str(part) for part in key),
            )
