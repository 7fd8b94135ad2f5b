"""Declarative sheet layouts and the conversion of one cell to a Python value.

A domain importer/exporter is a :class:`SheetSpec`: which columns, their Thai
headers, kinds and rules. The template writer, the reader and the exporter all
work from the same declaration, so a template always reads back.

Cell conversion rules (the reader calls :func:`convert_cell`):

* text: ``normalise_text`` (trim, NFC, no U+200B); numbers Excel guessed from
  typed digits become their digits again; a date where text was expected is a
  problem (Excel turns "1-2" into 1 February).
* decimal: an Excel number is a binary float -- read via ``repr`` and kept to
  Excel's 15 significant digits, so 0.1 stays 0.1; text may use Thai digits and
  thousands separators (``parse_decimal``). Every number (and every integer)
  keeps to the limits of a stored value (``mk3desk.domain.values``).
* date: a real Excel date, or Thai text (``parse_thai_date``: 26/7/2566,
  26 ก.ค. 2566). A real date with a year from 2400 on is a BE year typed into a
  CE calendar and is taken as BE.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache
from math import isfinite
from typing import Any

from mk3desk import caches
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thaidate import parse_thai_date
from mk3desk.domain.thainum import parse_decimal
from mk3desk.domain.values import MAX_VALUE_TEXT, check_value, check_whole, parse_value
from mk3desk.excel.problems import PROBLEM_CONTEXT

# Hidden sheets the writer adds; the reader uses them and never imports them.
MARKER_SHEET = "_mk3desk"
LISTS_SHEET = "_lists"
MARKER_TAG = "mk3desk-template"
MAX_TEXT = 10_000
_MAX_RAW_TEXT = 4 * MAX_TEXT  # longer is refused before normalising (spaces trimmed...)
BE_DATE_FORMAT = "[$-107041E]d mmmm yyyy;@"  # Thai months, BE years (calendar 07, LCID 041E)
TEXT_FORMAT = "@"

_EXCEL_DIGITS = Context(prec=15, rounding=ROUND_HALF_EVEN)
_EXACT_INTEGERS = 10.0**15
_TOO_LARGE = 10.0**28
_ESCAPED_UNDERSCORE = re.compile(r"_x005[Ff]_(?=x[0-9A-Fa-f]{4}_)")
TRUE_WORDS = frozenset({"ใช่", "true", "yes", "y", "1"})
FALSE_WORDS = frozenset({"ไม่ใช่", "false", "no", "n", "0"})
BOOL_LABELS = ("ใช่", "ไม่ใช่")


class ColumnKind(StrEnum):
    TEXT = "text"
    DECIMAL = "decimal"
    INTEGER = "integer"
    DATE = "date"
    CHOICE = "choice"
    BOOL = "bool"


Choices = Sequence[str] | Callable[[], Sequence[str]]


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    ``choices`` is a list or a callable (evaluated when a template is written or
    a sheet is read, e.g. the groups in the database). ``width`` is in Excel
    character units; ``number_format`` overrides the default of the kind.
    """

    key: str
    header_th: str
    kind: ColumnKind = ColumnKind.TEXT
    required: bool = False
    choices: Choices | None = None
    width: float = 18
    number_format: str | None = None
    example: Any = None
    help_th: str = ""

    def __post_init__(self) -> None:
        if not self.key or self.key.startswith("_"):
            raise ValueError(f"column key {self.key!r} must not be empty or start with '_'")
        if self.kind is ColumnKind.CHOICE and self.choices is None:
            raise ValueError(f"choice column {self.key!r} needs choices")

    def allowed(self) -> tuple[str, ...]:
        """The allowed values of a choice or yes/no column, in display order."""
        if self.kind is ColumnKind.BOOL:
            return BOOL_LABELS
        if self.choices is None:
            return ()
        values = self.choices() if callable(self.choices) else self.choices
        return tuple(values)


@dataclass(frozen=True)
class SheetSpec:
    """One sheet of a template or an export."""

    name_th: str
    columns: tuple[Column, ...]
    key_columns: tuple[str, ...] = ()
    instructions_th: str = ""
    allow_empty: bool = False
    by_key: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = [column.key for column in self.columns]
        headers = [header_key(column.header_th) for column in self.columns]
        if len(set(keys)) != len(keys) or len(set(headers)) != len(headers):
            raise ValueError(f"sheet {self.name_th!r}: duplicate column key or header")
        if unknown := set(self.key_columns) - set(keys):
            raise ValueError(f"sheet {self.name_th!r}: unknown key columns {sorted(unknown)}")
        if len(self.name_th) > 31 or self.name_th.startswith("_"):
            raise ValueError(f"sheet name {self.name_th!r}: Excel allows 31 characters")
        object.__setattr__(self, "by_key", {column.key: column for column in self.columns})


def header_key(text: str) -> str:
    """Header text as compared: trimmed, case-folded, single spaces, no required star."""
    cleaned = " ".join(normalise_text(text).split()).rstrip("* ").casefold()
    return cleaned


def header_text(column: Column) -> str:
    """The header as written in a template: a star marks required columns."""
    return f"{column.header_th} *" if column.required else column.header_th


class CellError(ValidationError):
    """A cell that does not fit its column (templates in the ExcelProblem context)."""

    context = PROBLEM_CONTEXT


def _cell_error(template: str, **params: Any) -> ValidationError:
    return CellError(template, **params)


def excel_float_to_decimal(value: float) -> Decimal:
    """An Excel number as the Decimal Excel shows: shortest repr, 15 significant digits."""
    if not isfinite(value) or not -_TOO_LARGE < value < _TOO_LARGE:
        # Beyond 10**28 the integer would not fit the Decimal context (quantize fails).
        raise _cell_error(QT_TRANSLATE_NOOP("ExcelProblem", "ตัวเลขไม่ถูกต้อง"))
    text = repr(value)
    # The common cases skip Excel's rounding, which would change nothing in them:
    if value.is_integer():
        if -_EXACT_INTEGERS < value < _EXACT_INTEGERS:
            return Decimal(int(value))  # at most 15 digits (and -0.0 gives 0)
    elif len(text) <= 16:
        return Decimal(text)  # at most 15 digits, not an integer, no trailing zero
    return tidy_decimal(_EXCEL_DIGITS.plus(Decimal(text)))


def tidy_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation for integers."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


@lru_cache(maxsize=8192)
def _normalise_cached(text: str) -> str:
    # Columns repeat their values (positions, groups, yes/no), and Thai
    # normalisation is the costliest step of reading a cell.
    return normalise_text(text)


caches.register("columns.normalised_cells", _normalise_cached.cache_clear)


def _normalise(text: str) -> str:
    if text.isascii():
        # normalise_text only trims and unifies line breaks in ASCII text.
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text.strip()
    if len(text) <= 200:
        return _normalise_cached(text)
    return normalise_text(text)


def _too_long(length: int) -> ValidationError:
    return _cell_error(
        QT_TRANSLATE_NOOP("ExcelProblem", "ข้อความยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit})"),
        length=length,
        limit=MAX_TEXT,
    )


def _to_text(raw: Any) -> str | None:
    if isinstance(raw, str):
        if len(raw) > _MAX_RAW_TEXT:
            raise _too_long(len(raw))  # not worth normalising megabytes to say so
        if "_x005" in raw:
            raw = _ESCAPED_UNDERSCORE.sub("_", raw)
        text = _normalise(raw)
    elif isinstance(raw, bool):
        text = "TRUE" if raw else "FALSE"
    elif isinstance(raw, int):
        text = str(raw)
    elif isinstance(raw, float):
        text = str(excel_float_to_decimal(raw))
    elif isinstance(raw, date):
        raise _cell_error(
            QT_TRANSLATE_NOOP(
                "ExcelProblem",
                "Excel เปลี่ยนข้อความนี้เป็นวันที่ กรุณาจัดรูปแบบเซลล์เป็น «ข้อความ» แล้วพิมพ์ใหม่",
            )
        )
    else:
        text = _normalise(str(raw))
    if len(text) > MAX_TEXT:
        raise _too_long(len(text))
    return text or None


def _to_decimal(raw: Any) -> Decimal | None:
    """A number cell within the limits of a stored value (``domain.values``)."""
    if raw.__class__ is float:  # what openpyxl gives for any number with a fraction
        return check_value(excel_float_to_decimal(raw))
    if isinstance(raw, bool):
        raise _cell_error(QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็นตัวเลข"))
    if isinstance(raw, int):
        # openpyxl turns any run of digits into an int, however long.
        return Decimal(check_whole(raw))
    if isinstance(raw, float):
        return check_value(excel_float_to_decimal(raw))
    if isinstance(raw, Decimal):
        return check_value(raw)
    text = _to_text(raw)
    if text is None:
        return None
    if len(text) > MAX_VALUE_TEXT:
        return parse_value(text)  # refused with the limit's own message
    try:
        value = parse_decimal(text)
    except ValidationError:
        raise _cell_error(
            QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็นตัวเลข แต่พบ “{text}”"), text=text[:50]
        ) from None
    if not value.is_finite():
        raise _cell_error(
            QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็นตัวเลข แต่พบ “{text}”"), text=text[:50]
        )
    return check_value(value)


def _to_integer(raw: Any) -> int | None:
    if raw.__class__ is int:  # not bool: a yes/no cell is not a number
        return check_whole(raw)
    value = _to_decimal(raw)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise _cell_error(
            QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็นจำนวนเต็ม แต่พบ {value}"), value=value
        )
    return int(value)


def _to_date(raw: Any) -> date | None:
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        if raw.year >= 2400:
            try:
                return raw.replace(year=raw.year - 543)
            except ValueError:  # 29 Feb of a BE leap year that is not a CE one
                raise _cell_error(QT_TRANSLATE_NOOP("ExcelProblem", "วันที่ไม่ถูกต้อง")) from None
        return raw
    if isinstance(raw, (int, float, bool)):
        raise _cell_error(
            QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็นวันที่ เช่น 26/7/2567 หรือ 26 ก.ค. 2567")
        )
    text = _to_text(raw)
    if text is None:
        return None
    return parse_thai_date(text)


_BOOL_WORDS = {**dict.fromkeys(TRUE_WORDS, True), **dict.fromkeys(FALSE_WORDS, False)}


def _to_bool(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw in _BOOL_WORDS:
        return _BOOL_WORDS[raw]
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    text = _to_text(raw)
    if text is None:
        return None
    word = text.casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise _cell_error(
        QT_TRANSLATE_NOOP("ExcelProblem", "ต้องเป็น «ใช่» หรือ «ไม่ใช่» แต่พบ “{text}”"), text=text[:50]
    )


def _to_choice(raw: Any, allowed: Collection[str]) -> str | None:
    if raw in allowed:  # the usual case: picked from the drop-down list
        return str(raw)
    text = _to_text(raw)
    if text is None or text in allowed:
        return text
    listed = list(allowed)
    shown = "، ".join(listed[:10]) + (" …" if len(listed) > 10 else "")
    raise _cell_error(
        QT_TRANSLATE_NOOP("ExcelProblem", "“{text}” ไม่ใช่ค่าที่เลือกได้ (เลือกได้: {allowed})"),
        text=text[:50],
        allowed=shown,
    )


def cell_converter(column: Column, allowed: Collection[str] = ()) -> Callable[[Any], Any]:
    """The function converting raw openpyxl values of *column*; ``None`` means empty.

    It raises ValidationError (Thai) when a value does not fit the column.
    ``allowed`` is ``column.allowed()``, evaluated once per sheet, not once per
    cell; an ordered ``dict.fromkeys(...)`` makes the membership test fast and
    keeps the order for the message.
    """
    kind = column.kind
    if kind is ColumnKind.CHOICE:
        return lambda raw: _to_choice(raw, allowed)
    return _CONVERTERS[kind]


_CONVERTERS: dict[ColumnKind, Callable[[Any], Any]] = {
    ColumnKind.TEXT: _to_text,
    ColumnKind.DECIMAL: _to_decimal,
    ColumnKind.INTEGER: _to_integer,
    ColumnKind.DATE: _to_date,
    ColumnKind.BOOL: _to_bool,
}


def convert_cell(column: Column, raw: Any, allowed: Collection[str] = ()) -> Any:
    """Convert one raw value for *column* (see :func:`cell_converter`)."""
    if raw is None:
        return None
    return cell_converter(column, allowed)(raw)


def encode_value(column: Column, value: Any) -> str | None:
    """A typed value as text, to remember example rows in the hidden marker sheet."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def decode_value(column: Column, text: str | None) -> Any:
    """Inverse of :func:`encode_value` (the reader compares rows with examples)."""
    if text is None:
        return None
    try:
        if column.kind in (ColumnKind.DECIMAL,):
            return Decimal(text)
        if column.kind is ColumnKind.INTEGER:
            return int(text)
        if column.kind is ColumnKind.DATE:
            return date.fromisoformat(text)
        if column.kind is ColumnKind.BOOL:
            return text == "1"
    except (InvalidOperation, ValueError):
        return text
    return normalise_text(text) or None
