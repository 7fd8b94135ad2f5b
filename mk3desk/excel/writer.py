"""Write import templates and data exports from the same :class:`SheetSpec`.

Decisions, so that what we write reads back exactly:

* Text a spreadsheet could run as a formula (``= + - @``, also after leading
  spaces/tabs, and their full-width forms) is written as a string cell with
  Excel's "quote prefix" style: Excel shows and keeps it as text, even after the
  clerk edits the cell, and the reader gets the original text back.
* ``_x0041_``-like text is escaped (``_x005F_``) because Excel decodes it.
* Dates in **exports** are real dates (sorting and filtering keep working) shown
  as Thai BE dates by the format ``[$-107041E]d mmmm yyyy`` (Thai month names,
  calendar 07 = Thai Buddhist, LCID 041E = Thai; Excel's own Thai date formats).
  Dates in **templates** are typed as BE text ("26/7/2567") in text-formatted
  cells: Excel's guessing of typed dates depends on the PC's locale and would
  swap day/month or take 2567 as a CE year.
* Example rows in templates are italic grey and remembered in the hidden marker
  sheet; the reader skips them while unchanged (see ``reader.py``).
* Files are written to a temporary file in the target folder and then renamed,
  so a failure never leaves a half-written workbook under the real name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.excel.columns import (
    BE_DATE_FORMAT,
    BOOL_LABELS,
    LISTS_SHEET,
    MARKER_SHEET,
    MARKER_TAG,
    TEXT_FORMAT,
    Column,
    ColumnKind,
    SheetSpec,
    encode_value,
    header_text,
)
from mk3desk.safe_write import replaced_atomically

INSTRUCTIONS_SHEET = "คำแนะนำ"
TEMPLATE_ROWS = 5000  # rows below the header that get drop-down lists
MAX_CELL_TEXT = 32_767  # Excel's limit per cell
_FORMULA_START = frozenset("=+-@＝＋－＠")
_EXCEL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_EXAMPLE_FONT = Font(italic=True, color="808080")
_TITLE_FONT = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")

Rows = Iterable[Mapping[str, Any]]

KIND_TH = {
    ColumnKind.TEXT: QT_TRANSLATE_NOOP("ExcelWriter", "ข้อความ"),
    ColumnKind.DECIMAL: QT_TRANSLATE_NOOP("ExcelWriter", "ตัวเลข (ทศนิยมได้)"),
    ColumnKind.INTEGER: QT_TRANSLATE_NOOP("ExcelWriter", "จำนวนเต็ม"),
    ColumnKind.DATE: QT_TRANSLATE_NOOP("ExcelWriter", "วันที่ พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567"),
    ColumnKind.CHOICE: QT_TRANSLATE_NOOP("ExcelWriter", "เลือกจากรายการ"),
    ColumnKind.BOOL: QT_TRANSLATE_NOOP("ExcelWriter", "ใช่ / ไม่ใช่"),
}


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would treat *text* as a formula if typed in."""
    stripped = text.lstrip(" \t\r\n\u3000")
    return bool(stripped) and stripped[0] in _FORMULA_START


def _clean_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub("_x005F_", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def _be_text(value: date) -> str:
    return f"{value.day}/{value.month}/{value.year + 543}"


def _put(cell: Any, column: Column, value: Any, *, template: bool) -> None:
    """Write *value* into *cell* the way *column* reads it back."""
    if value is None:
        return
    kind = column.kind
    if kind is ColumnKind.BOOL and isinstance(value, bool):
        cell.value = BOOL_LABELS[0] if value else BOOL_LABELS[1]
        return
    if kind is ColumnKind.DATE and isinstance(value, date):
        day = value.date() if isinstance(value, datetime) else value
        if template:
            cell.value = _be_text(day)
        else:
            cell.value = day
            cell.number_format = column.number_format or BE_DATE_FORMAT
        return
    if kind in (ColumnKind.DECIMAL, ColumnKind.INTEGER) and isinstance(
        value, (int, Decimal, float)
    ):
        cell.value = value
        if column.number_format:
            cell.number_format = column.number_format
        return
    text = _clean_text(value if isinstance(value, str) else str(value))
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise take "=..." for a formula
    if looks_like_formula(text):
        cell.quotePrefix = True


def _column_format(column: Column, *, template: bool) -> str | None:
    if column.number_format:
        return column.number_format
    if column.kind in (ColumnKind.TEXT, ColumnKind.CHOICE) or (
        column.kind is ColumnKind.DATE and template
    ):
        return TEXT_FORMAT  # keeps leading zeros of codes and stops date guessing
    if column.kind is ColumnKind.DATE:
        return BE_DATE_FORMAT
    return None


def _data_sheet(book: Workbook, spec: SheetSpec, *, template: bool, lists: _Lists) -> Any:
    sheet = book.create_sheet(spec.name_th)
    for index, column in enumerate(spec.columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index, value=_clean_text(header_text(column)))
        cell.data_type = "s"
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        dimension = sheet.column_dimensions[letter]
        dimension.width = column.width
        number_format = _column_format(column, template=template)
        if number_format:
            dimension.number_format = number_format
        allowed = column.allowed()
        if allowed:
            validation = DataValidation(
                type="list",
                formula1=lists.formula(allowed),
                allow_blank=not column.required,
                showErrorMessage=True,
                errorTitle=QT_TRANSLATE_NOOP("ExcelWriter", "ค่าไม่ถูกต้อง"),
                error=QT_TRANSLATE_NOOP("ExcelWriter", "กรุณาเลือกจากรายการ"),
            )
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS + 1}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    return sheet


class _Lists:
    """Drop-down lists; long ones (Excel's inline limit is 255 characters) go to a sheet."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.sheet: Any = None
        self.columns = 0
        self.known: dict[tuple[str, ...], str] = {}

    def formula(self, values: tuple[str, ...]) -> str:
        inline = ",".join(values)
        if len(inline) <= 250 and not any(("," in v or '"' in v) for v in values):
            return f'"{inline}"'
        if values not in self.known:
            if self.sheet is None:
                self.sheet = self.book.create_sheet(LISTS_SHEET)
                self.sheet.sheet_state = "hidden"
            self.columns += 1
            letter = get_column_letter(self.columns)
            for row, value in enumerate(values, start=1):
                cell = self.sheet.cell(row=row, column=self.columns, value=_clean_text(value))
                cell.data_type = "s"
            self.known[values] = f"'{LISTS_SHEET}'!${letter}$1:${letter}${len(values)}"
        return self.known[values]


def _marker(
    book: Workbook, kind: str, version: int, title_th: str, examples: list[list[Any]]
) -> None:
    sheet = book.create_sheet(MARKER_SHEET)
    sheet.sheet_state = "veryHidden"  # not even listed under Excel's "Unhide"
    sheet.append([MARKER_TAG, kind, version, title_th])
    for row in examples:
        sheet.append(row)


def _instructions(book: Workbook, specs: Sequence[SheetSpec], title_th: str) -> None:
    sheet = book.active
    sheet.title = INSTRUCTIONS_SHEET
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["C"].width = 12
    sheet.column_dimensions["D"].width = 40
    sheet.column_dimensions["E"].width = 50
    sheet.append([title_th])
    sheet["A1"].font = _TITLE_FONT
    general = (
        QT_TRANSLATE_NOOP("ExcelWriter", "วิธีใช้: กรอกข้อมูลในแผ่นงานถัดไป เริ่มแถวที่ 2 ใต้หัวตาราง"),
        QT_TRANSLATE_NOOP("ExcelWriter", "คอลัมน์ที่มีเครื่องหมาย * ต้องกรอกทุกแถว"),
        QT_TRANSLATE_NOOP(
            "ExcelWriter",
            "แถวตัวอักษรเอียงสีเทาเป็นตัวอย่าง โปรแกรมจะข้ามแถวตัวอย่างที่ไม่ได้แก้ไข (จะลบทิ้งหรือพิมพ์ทับก็ได้)",
        ),
        QT_TRANSLATE_NOOP(
            "ExcelWriter", "ห้ามเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ ห้ามผสานเซลล์ (Merge) ในตารางข้อมูล"
        ),
        QT_TRANSLATE_NOOP("ExcelWriter", "วันที่ให้พิมพ์เป็น พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567"),
    )
    for line in general:
        sheet.append([line])
    for spec in specs:
        sheet.append([])
        sheet.append(
            [QT_TRANSLATE_NOOP("ExcelWriter", "แผ่นงาน «{name}»").format(name=spec.name_th)]
        )
        sheet.cell(row=sheet.max_row, column=1).font = _TITLE_FONT
        if spec.instructions_th:
            sheet.append([_clean_text(spec.instructions_th)])
        sheet.append(
            [
                QT_TRANSLATE_NOOP("ExcelWriter", "คอลัมน์"),
                QT_TRANSLATE_NOOP("ExcelWriter", "ชนิดข้อมูล"),
                QT_TRANSLATE_NOOP("ExcelWriter", "ต้องกรอก"),
                QT_TRANSLATE_NOOP("ExcelWriter", "ค่าที่เลือกได้"),
                QT_TRANSLATE_NOOP("ExcelWriter", "คำอธิบาย"),
            ]
        )
        for cell in sheet[sheet.max_row]:
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
        for column in spec.columns:
            allowed = ", ".join(column.allowed())
            sheet.append(
                [
                    _clean_text(column.header_th),
                    KIND_TH[column.kind],
                    QT_TRANSLATE_NOOP("ExcelWriter", "ต้องกรอก") if column.required else "",
                    _clean_text(allowed),
                    _clean_text(column.help_th),
                ]
            )
            for cell in sheet[sheet.max_row]:
                cell.data_type = "s"
                cell.alignment = _WRAP


def write_template(
    path: str | Path,
    specs: Sequence[SheetSpec],
    *,
    title_th: str,
    kind_marker: str,
    example_rows: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
    version: int = 1,
) -> Path:
    """Write an import template: instructions, one sheet per spec, examples, marker.

    ``example_rows`` maps a sheet name to its example rows; by default each
    sheet gets one row from the columns' ``example`` values (if any).
    """
    book = Workbook()
    _instructions(book, specs, title_th)
    lists = _Lists(book)
    remembered: list[list[Any]] = []
    for spec in specs:
        sheet = _data_sheet(book, spec, template=True, lists=lists)
        if example_rows is not None:
            examples = list(example_rows.get(spec.name_th, ()))
        else:
            default = {c.key: c.example for c in spec.columns if c.example is not None}
            examples = [default] if default else []
        for row_number, example in enumerate(examples, start=2):
            for index, column in enumerate(spec.columns, start=1):
                cell = sheet.cell(row=row_number, column=index)
                _put(cell, column, example.get(column.key), template=True)
                cell.font = _EXAMPLE_FONT
            encoded = {c.key: encode_value(c, example.get(c.key)) for c in spec.columns}
            remembered.append(["example", spec.name_th, json.dumps(encoded, ensure_ascii=False)])
    _marker(book, kind_marker, version, title_th, remembered)
    return _save(book, Path(path))


def write_table(
    path: str | Path,
    sheets: Sequence[tuple[SheetSpec, Rows]],
    *,
    title_th: str = "",
    kind_marker: str | None = None,
    version: int = 1,
) -> Path:
    """Write an export: one sheet per ``(spec, rows)``; rows map column keys to values.

    With ``kind_marker`` the export carries the template marker too, so a clerk
    can edit it and import it back.
    """
    book = Workbook()
    book.remove(book.active)
    lists = _Lists(book)
    for spec, rows in sheets:
        sheet = _data_sheet(book, spec, template=False, lists=lists)
        columns = list(enumerate(spec.columns, start=1))
        for row_number, row in enumerate(rows, start=2):
            for index, column in columns:
                value = row.get(column.key)
                if value is not None:
                    _put(sheet.cell(row=row_number, column=index), column, value, template=False)
    if kind_marker is not None:
        _marker(book, kind_marker, version, title_th, [])
    if not book.sheetnames:
        book.create_sheet(INSTRUCTIONS_SHEET)
    return _save(book, Path(path))


def _save(book: Workbook, path: Path) -> Path:
    """Save through a temporary file in the same folder, then rename over *path*."""
    try:
        with replaced_atomically(path, suffix=".xlsx") as temporary:
            book.save(temporary)
    except OSError as error:
        raise _storage_error(path, error) from error
    return path


class ExportWriteError(StorageError):
    """A workbook that could not be saved (template in the ExcelWriter context)."""

    context = "ExcelWriter"


def _storage_error(path: Path, error: OSError) -> StorageError:
    return ExportWriteError(
        QT_TRANSLATE_NOOP(
            "ExcelWriter",
            "บันทึกไฟล์ «{file}» ไม่ได้ ({reason}) กรุณาตรวจว่าโฟลเดอร์มีอยู่และเขียนได้"
            " และไฟล์ไม่ได้เปิดค้างไว้ใน Excel",
        ),
        file=str(path),
        reason=error.strerror or str(error),
    )
