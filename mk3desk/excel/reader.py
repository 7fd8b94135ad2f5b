"""Read one declared sheet of a workbook into typed rows, collecting every problem.

The reader is lenient about layout and strict about content: columns are found
by their Thai header (any order, extra columns ignored, a title above the header
row is fine), but every cell must convert, required cells must be filled, key
columns must be unique, and nothing may be merged or left uncalculated below the
header. All problems are collected; the caller refuses the import if there are
any (``ProblemList.raise_if_any``).

Example rows from a template (italic grey, remembered in the hidden marker
sheet) are skipped while they are unchanged, so an untouched example can never be
imported; once a clerk types over an example row it is their data.

This module finds the sheet, its header and its columns; the rows below are
converted by :mod:`mk3desk.excel.rows`.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.excel.columns import (
    LISTS_SHEET,
    MARKER_SHEET,
    MARKER_TAG,
    SheetSpec,
    header_key,
)
from mk3desk.excel.problems import Problem, ProblemList
from mk3desk.excel.rows import ROW_KEY as ROW_KEY  # the importers' name for the row number
from mk3desk.excel.rows import Row, RowReader, decoded_examples
from mk3desk.excel.safety import (
    DAMAGED_FILE_ERRORS,
    DEFAULT_MAX_BYTES,
    SafeWorkbook,
    SheetScan,
    open_workbook_safely,
    refuse_damaged,
)

HEADER_SCAN_ROWS = 20
DEFAULT_MAX_ROWS = 100_000

_MARKER_ROWS = 1000  # the marker and example rows; more is not ours
_MAX_HEADER = 500  # a longer text is no header (and not worth normalising)


@dataclass(frozen=True)
class TemplateMarker:
    """What the hidden marker sheet says about the workbook."""

    kind: str
    version: int
    title_th: str
    examples: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)


def read_marker(workbook: SafeWorkbook) -> TemplateMarker | None:
    """The template marker, or ``None`` for a workbook not made by mk3desk."""
    if MARKER_SHEET not in workbook.sheet_names:
        return None
    sheet = workbook.worksheet(MARKER_SHEET)
    sheet.reset_dimensions()  # never trust a <dimension> to size what we read
    try:
        rows = list(islice(sheet.iter_rows(max_col=4, values_only=True), _MARKER_ROWS))
    except DAMAGED_FILE_ERRORS:
        return None
    if not rows or not rows[0] or rows[0][0] != MARKER_TAG:
        return None
    head = rows[0]
    examples: dict[str, list[dict[str, str | None]]] = {}
    for row in rows[1:]:
        if len(row) >= 3 and row[0] == "example" and isinstance(row[2], str):
            try:
                decoded = json.loads(row[2])
            except (ValueError, RecursionError):  # RecursionError: "[[[[..." nested deeply
                continue
            if isinstance(decoded, dict):
                examples.setdefault(str(row[1]), []).append(decoded)
    try:
        version = int(head[2]) if len(head) > 2 and head[2] is not None else 0
    except (TypeError, ValueError):
        version = 0
    title = str(head[3]) if len(head) > 3 and head[3] is not None else ""
    return TemplateMarker(str(head[1]), version, title, examples)


def check_template_kind(workbook: SafeWorkbook, kind: str) -> ProblemList:
    """A problem when the marker names another kind of template.

    A workbook without a marker is accepted: offices build their own workbooks
    with the same headers, and the sheet and header checks still apply.
    """
    problems = ProblemList()
    marker = read_marker(workbook)
    if marker is not None and marker.kind != kind:
        problems.add(
            "",
            None,
            None,
            QT_TRANSLATE_NOOP(
                "ExcelProblem",
                "ไฟล์ «{file}» เป็นแม่แบบ «{found}» ไม่ใช่แม่แบบที่ใช้นำเข้าข้อมูลนี้ กรุณาเลือกไฟล์ให้ถูกต้อง",
            ),
            file=workbook.path.name,
            found=marker.title_th or marker.kind,
        )
    return problems


def read_workbook_file(
    path: str | Path,
    specs: Sequence[SheetSpec],
    *,
    kind: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[dict[str, list[Row]], ProblemList]:
    """Open the untrusted workbook *path* and read *specs*; never a traceback.

    Every refusal (too large, not an ``.xlsx``, a bomb) and every damage found
    while reading (:data:`~mk3desk.excel.safety.DAMAGED_FILE_ERRORS`) is one
    problem with the Thai message naming the file.
    """
    try:
        with (
            refuse_damaged(path),
            open_workbook_safely(path, max_bytes=max_bytes) as workbook,
            warnings.catch_warnings(),
        ):
            # openpyxl warns on stderr of a number in a date cell that no date can be (after
            # the year 9999) and gives "#VALUE!": the rows refuse it in Thai (excel/rows.py).
            warnings.filterwarnings("ignore", r"Cell \S+ is marked as a date", UserWarning)
            return read_workbook(workbook, specs, kind=kind)
    except ValidationError as error:
        return {}, ProblemList([Problem.from_error("", None, None, error)])


def read_workbook(
    workbook: SafeWorkbook, specs: Sequence[SheetSpec], *, kind: str | None = None
) -> tuple[dict[str, list[Row]], ProblemList]:
    """Check the template kind once, then read every sheet of *specs*."""
    problems = check_template_kind(workbook, kind) if kind is not None else ProblemList()
    if problems:
        return {}, problems
    result: dict[str, list[Row]] = {}
    for spec in specs:
        rows, sheet_problems = read_sheet(workbook, spec)
        result[spec.name_th] = rows
        problems.extend(sheet_problems)
    return result, problems


def _find_sheet(workbook: SafeWorkbook, name: str) -> str | None:
    names = [n for n in workbook.sheet_names if n not in (MARKER_SHEET, LISTS_SHEET)]
    if name in names:
        return name
    wanted = header_key(name)
    for candidate in names:
        if header_key(candidate) == wanted:
            return candidate
    return None


def read_sheet(
    workbook: SafeWorkbook, spec: SheetSpec, *, max_rows: int = DEFAULT_MAX_ROWS
) -> tuple[list[Row], ProblemList]:
    """Rows of sheet ``spec.name_th`` as ``{column key: value, "_row": n}``.

    A value that failed to convert is ``None`` in its row and has a problem; so
    importers can run their own checks (unknown codes) on the other values.
    """
    problems = ProblemList()
    sheet = _find_sheet(workbook, spec.name_th)
    if sheet is None:
        visible = [n for n in workbook.sheet_names if not n.startswith("_")]
        problems.add(
            spec.name_th,
            None,
            None,
            QT_TRANSLATE_NOOP("ExcelProblem", "ไม่พบแผ่นงาน «{name}» ในไฟล์ (มีแผ่นงาน: {found})"),
            name=spec.name_th,
            found="، ".join(visible) or "-",
        )
        return [], problems
    try:
        return _read_found_sheet(workbook, spec, sheet, max_rows, problems)
    except DAMAGED_FILE_ERRORS:
        # The sheet's XML is only parsed here (read-only mode): defusedxml's
        # refusals, broken XML, a broken zip member, a shared-string index out
        # of range, a nesting too deep...
        broken = ProblemList()
        broken.add(
            sheet,
            None,
            None,
            QT_TRANSLATE_NOOP("ExcelProblem", "แผ่นงาน «{name}» เสียหายหรือมีเนื้อหาที่ไม่ปลอดภัย จึงอ่านไม่ได้"),
            name=sheet,
        )
        return [], broken


def _read_found_sheet(
    workbook: SafeWorkbook, spec: SheetSpec, sheet: str, max_rows: int, problems: ProblemList
) -> tuple[list[Row], ProblemList]:
    worksheet = workbook.worksheet(sheet)
    # A wrong <dimension> in the file would make openpyxl drop or pad cells.
    worksheet.reset_dimensions()
    mapping = _map_header(worksheet, spec, sheet, problems)
    if mapping is None:
        return [], problems
    header_row, positions = mapping
    scan = workbook.scan_sheet(sheet)
    _check_merged(scan, header_row, positions, spec, sheet, problems)
    marker = read_marker(workbook)
    examples = decoded_examples(spec, marker.examples.get(spec.name_th, []) if marker else [])
    reader = RowReader(spec, sheet, positions, scan, examples, problems)
    rows = reader.read(worksheet, header_row, max_rows)
    if not rows and not spec.allow_empty:
        problems.add(
            sheet,
            None,
            None,
            QT_TRANSLATE_NOOP("ExcelProblem", "แผ่นงาน «{name}» ไม่มีข้อมูลใต้แถวหัวตาราง"),
            name=sheet,
        )
    return rows, problems


def _map_header(
    worksheet: Any, spec: SheetSpec, sheet: str, problems: ProblemList
) -> tuple[int, dict[str, int]] | None:
    """Find the header row (the one matching most headers) and each column's index."""
    wanted = {header_key(column.header_th): column for column in spec.columns}
    best: tuple[int, dict[str, list[int]]] | None = None
    for row_number, values in enumerate(
        worksheet.iter_rows(min_row=1, max_row=HEADER_SCAN_ROWS, values_only=True), start=1
    ):
        found: dict[str, list[int]] = {}
        for index, value in enumerate(values, start=1):
            if isinstance(value, str) and len(value) <= _MAX_HEADER:
                column = wanted.get(header_key(value))
                if column is not None:
                    found.setdefault(column.key, []).append(index)
        if found and (best is None or len(found) > len(best[1])):
            best = (row_number, found)
    if best is None:
        problems.add(
            sheet,
            None,
            None,
            QT_TRANSLATE_NOOP(
                "ExcelProblem", "ไม่พบแถวหัวตารางในแผ่นงาน «{name}» (ต้องมีหัวคอลัมน์ เช่น {headers})"
            ),
            name=sheet,
            headers=", ".join(f"«{c.header_th}»" for c in spec.columns[:4]),
        )
        return None
    header_row, found = best
    positions: dict[str, int] = {}
    for column in spec.columns:
        indexes = found.get(column.key)
        if not indexes:
            if column.required:
                problems.add(
                    sheet,
                    header_row,
                    None,
                    QT_TRANSLATE_NOOP(
                        "ExcelProblem", "ไม่พบคอลัมน์ «{header}» (อาจถูกลบหรือเปลี่ยนชื่อหัวคอลัมน์)"
                    ),
                    header=column.header_th,
                )
            continue
        if len(indexes) > 1:
            letters = ", ".join(get_column_letter(i) for i in indexes)
            problems.add(
                sheet,
                header_row,
                None,
                QT_TRANSLATE_NOOP("ExcelProblem", "หัวคอลัมน์ «{header}» ซ้ำกันในคอลัมน์ {letters}"),
                header=column.header_th,
                letters=letters,
            )
        positions[column.key] = indexes[0]
    return header_row, positions


def _check_merged(
    scan: SheetScan,
    header_row: int,
    positions: dict[str, int],
    spec: SheetSpec,
    sheet: str,
    problems: ProblemList,
) -> None:
    used = set(positions.values())
    for min_row, min_col, max_row, max_col, ref in scan.merged:
        if max_row >= header_row and any(min_col <= c <= max_col for c in used):
            problems.add(
                sheet,
                max(min_row, header_row),
                None,
                QT_TRANSLATE_NOOP(
                    "ExcelProblem",
                    "เซลล์ {ref} ถูกผสาน (Merge) ในตารางข้อมูล กรุณายกเลิกการผสานเซลล์"
                    " แล้วกรอกค่าให้ครบทุกแถว",
                ),
                ref=ref,
            )
