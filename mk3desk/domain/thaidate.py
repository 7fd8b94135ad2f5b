"""Thai calendar: Buddhist Era years, the government fiscal year, Thai date text.

BE year = CE year + 543 (the Thai calendar year has begun on 1 January since 2484,
so the offset is the same all year). The fiscal year is named by the BE year in which
it *ends*: ปีงบประมาณ ๒๕๖๗ runs 1 Oct 2566 – 30 Sep 2567.

Written by hand rather than with ``pythainlp.util.thai_strftime``: the three formats
needed here are a few lines each, and parsing has no counterpart there.

Parsing rules (``parse_thai_date``), decided for clerks who type dates in a hurry:

* day/month/year with ``/``, ``-`` or ``.`` between: "26/7/2566", "26-07-2566";
* day, Thai month name (full or abbreviated, dots optional), year: "๒๖ กรกฎาคม ๒๕๖๖",
  "26 ก.ค. 2566", "26 กค 66"; an optional "พ.ศ." or "ค.ศ." may precede the year and
  "วันที่" may precede the day;
* ISO "2023-07-26" (year first; "2566-07-26" from Thai systems is read as BE by the rule below);
* a 4-digit year of 2400 or more is BE, below 2400 it is CE;
* a 2-digit year is always BE in the 2500s ("66" → 2566): clerks abbreviate BE
  years, never CE ones, and the short printed form "ก.ค. ๖๖" must read back;
* Thai and Arabic digits are both accepted, also mixed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Literal

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.thainum import NumeralStyle, to_arabic_digits, to_thai_digits

__all__ = [
    "THAI_MONTHS",
    "THAI_MONTHS_ABBR",
    "days_until",
    "fiscal_year_of",
    "fiscal_year_range",
    "format_thai_date",
    "format_thai_datetime",
    "parse_thai_date",
    "to_be",
    "to_ce",
]

BE_OFFSET = 543
# Four-digit years from here up are BE: CE 2400 is far in the future, BE 2400 is 1857.
_BE_THRESHOLD = 2400
# A two-digit year is read as 25xx BE.
_TWO_DIGIT_CENTURY = 2500

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_ABBR: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)

# Month words without dots or spaces → month number; abbreviations are unique without dots.
_MONTH_LOOKUP: dict[str, int] = {
    **{name: i for i, name in enumerate(THAI_MONTHS, start=1)},
    **{abbr.replace(".", ""): i for i, abbr in enumerate(THAI_MONTHS_ABBR, start=1)},
}

_NUMERIC_RE = re.compile(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4}|[0-9]{2})")
_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_WORDS_RE = re.compile(
    r"(?:วันที่\s*)?([0-9]{1,2})\s*([\u0e01-\u0e4e.\s]+?)\s*"
    r"(?:(พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)\s*)?([0-9]{4}|[0-9]{2})"
)


def to_be(year_ce: int) -> int:
    """Buddhist Era year of a CE year: 2023 → 2566."""
    return year_ce + BE_OFFSET


def to_ce(year_be: int) -> int:
    """CE year of a Buddhist Era year: 2566 → 2023."""
    return year_be - BE_OFFSET


def fiscal_year_of(d: date) -> int:
    """BE fiscal year that contains *d*: 1 Oct 2023 → 2567, 30 Sep 2023 → 2566."""
    return to_be(d.year + 1 if d.month >= 10 else d.year)


def fiscal_year_range(be_year: int) -> tuple[date, date]:
    """First and last day of fiscal year *be_year*: 2567 → (2023-10-01, 2024-09-30)."""
    ce = to_ce(be_year)
    return date(ce - 1, 10, 1), date(ce, 9, 30)


def format_thai_date(
    d: date,
    *,
    style: Literal["long", "short", "numeric"] = "long",
    digits: NumeralStyle = NumeralStyle.THAI,
) -> str:
    """Thai date text as printed in official documents.

    long "๒๖ กรกฎาคม ๒๕๖๖", short (tables) "๒๖ ก.ค. ๖๖", numeric "๒๖/๐๗/๒๕๖๖".
    """
    be = to_be(d.year)
    if style == "long":
        text = f"{d.day} {THAI_MONTHS[d.month - 1]} {be}"
    elif style == "short":
        text = f"{d.day} {THAI_MONTHS_ABBR[d.month - 1]} {be % 100:02d}"
    elif style == "numeric":
        text = f"{d.day:02d}/{d.month:02d}/{be}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return to_thai_digits(text) if digits is NumeralStyle.THAI else text


def format_thai_datetime(dt: datetime, *, digits: NumeralStyle = NumeralStyle.ARABIC) -> str:
    """Date and time for logs and history lists: "26 ก.ค. 2566 14:05 น."."""
    month = THAI_MONTHS_ABBR[dt.month - 1]
    text = f"{dt.day} {month} {to_be(dt.year)} {dt.hour:02d}:{dt.minute:02d} น."
    return to_thai_digits(text) if digits is NumeralStyle.THAI else text


def _invalid(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ThaiDate",
            "“{text}” ไม่ใช่วันที่ที่ถูกต้อง (ตัวอย่างที่ใช้ได้: 26/7/2566 หรือ 26 ก.ค. 2566)",
        ),
        text=text,
    )


def _year_ce(year_text: str, era: str | None, original: str) -> int:
    """CE year from the typed year and its optional era marker (พ.ศ. / ค.ศ.)."""
    year = int(year_text)
    is_ce_marker = era is not None and era.startswith("ค")
    if len(year_text) == 2:
        if is_ce_marker:
            raise _invalid(original)  # "ค.ศ. 23" is too ambiguous to guess
        return to_ce(_TWO_DIGIT_CENTURY + year)
    if year >= _BE_THRESHOLD:
        if is_ce_marker:
            raise _invalid(original)
        return to_ce(year)
    if era is not None and not is_ce_marker:
        raise _invalid(original)  # "พ.ศ. 2023": the clerk mixed up the eras
    return year


def _make_date(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ThaiDate", "ไม่มีวันที่ {text} ในปฏิทิน"), text=original
        ) from None


def parse_thai_date(text: str) -> date:
    """Read a date typed by a clerk (see the module docstring for the accepted forms).

    Raises ValidationError with a Thai message for anything else, and for dates
    that do not exist, such as 31/2/2567 or 29/2/2566.
    """
    original = text.strip()
    cleaned = " ".join(to_arabic_digits(original).split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("ThaiDate", "กรุณากรอกวันที่"))

    if match := _ISO_RE.fullmatch(cleaned):
        year_text, month_text, day_text = match.groups()
        year = _year_ce(year_text, None, original)
        return _make_date(year, int(month_text), int(day_text), original)

    if match := _NUMERIC_RE.fullmatch(cleaned):
        day_text, month_text, year_text = match.groups()
        year = _year_ce(year_text, None, original)
        return _make_date(year, int(month_text), int(day_text), original)

    if match := _WORDS_RE.fullmatch(cleaned):
        day_text, month_word, era, year_text = match.groups()
        month = _MONTH_LOOKUP.get(re.sub(r"[.\s]", "", month_word))
        if month is None:
            raise _invalid(original)
        year = _year_ce(year_text, era, original)
        return _make_date(year, month, int(day_text), original)

    raise _invalid(original)


def days_until(d: date, today: date) -> int:
    """Days from *today* to *d*: 0 on the day, negative once *d* has passed."""
    return (d - today).days
