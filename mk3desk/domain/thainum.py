"""Thai numerals and exact decimal formatting.

Scores and thresholds are ``Decimal`` everywhere, so formatting never goes
through ``float``: OBEC publishes scores with 5 decimals rounded half up
("4.74511"), and a float round trip can turn ...5 into ...4999 and round the
wrong way. Thai digits (๐-๙) are a display choice only; parsing accepts both.

pythainlp has ``arabic_digit_to_thai_digit``, but importing ``pythainlp.util``
costs ~30 ms and this module is used at start-up, while the job is one
``str.translate``.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

__all__ = [
    "NumeralStyle",
    "format_number",
    "format_score",
    "parse_decimal",
    "to_arabic_digits",
    "to_thai_digits",
    "to_thai_digits_in_text",
]


class NumeralStyle(StrEnum):
    """Which digits to print: Thai (๐-๙) for official body text, Arabic for tables."""

    THAI = "thai"
    ARABIC = "arabic"


_ARABIC = "0123456789"
_THAI = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans(_ARABIC, _THAI)
_TO_ARABIC = str.maketrans(_THAI, _ARABIC)

# After Thai digits became Arabic ones: optional sign, then either plain digits or
# digits grouped by thousands, then an optional fraction. "12,34" is refused on purpose:
# a misplaced comma usually means a typo, and guessing would change the value.
_NUMBER_RE = re.compile(r"([+-]?)((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)")

# Signs a pasted number may carry: Unicode minus, en dash (spreadsheets), full-width signs.
_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-", "\uff0d": "-", "\uff0b": "+"})


def to_thai_digits(text: str) -> str:
    """Replace every Arabic digit with the Thai digit of the same value."""
    return text.translate(_TO_THAI)


# Latin units a number keeps its Arabic digits before ("48.7 MB", "300 dpi").
LATIN_UNITS = frozenset(
    [
        "B",
        "KB",
        "MB",
        "GB",
        "TB",
        "kB",
        "KiB",
        "MiB",
        "GiB",
        "byte",
        "bytes",
        "bit",
        "bps",
        "Kbps",
        "Mbps",
        "px",
        "pt",
        "dpi",
        "ppi",
        "mm",
        "cm",
        "m",
        "km",
        "in",
        "kg",
        "g",
        "mg",
        "ms",
        "s",
        "min",
        "h",
        "Hz",
        "kHz",
        "MHz",
        "GHz",
        "V",
        "W",
        "kW",
        "mAh",
        "x",
    ]
)
_ARABIC_DIGIT = re.compile("[0-9]")
_WORD_WITH_DIGIT = re.compile(r"[^\s0-9]*[0-9]\S*")  # a whitespace-free word holding a digit
_WRITTEN_IN_LATIN = re.compile(r"[A-Za-z@\\_]|://|^www\.")
_LATIN_UNIT_AFTER = re.compile(r"[ \u00a0]?([A-Za-z]+)\b")


def to_thai_digits_in_text(text: str) -> str:
    """*text* with Thai digits for the numbers of Thai running text only.

    A number keeps its Arabic digits inside anything written in Latin script — a
    word or code (``MK3``, ``B1``, ``v12``), a URL, an e-mail address, a file name
    or path (``report_2567.pdf``) — and before a Latin unit (``48.7 MB``). Every
    other number is a number of the Thai text: ``ปี 2567`` → ``ปี ๒๕๖๗``,
    ``ร้อยละ 30%`` → ``ร้อยละ ๓๐%``, ``(PMQA 4.0)`` → ``(PMQA ๔.๐)``.
    """
    if _ARABIC_DIGIT.search(text) is None:
        return text
    pieces: list[str] = []
    position = 0
    for match in _WORD_WITH_DIGIT.finditer(text):
        word = match.group()
        pieces.append(text[position : match.start()])
        position = match.end()
        if _WRITTEN_IN_LATIN.search(word):
            pieces.append(word)
            continue
        unit = _LATIN_UNIT_AFTER.match(text, position)
        if unit is not None and unit.group(1) in LATIN_UNITS and word[-1] in _ARABIC:
            pieces.append(word)
            continue
        pieces.append(word.translate(_TO_THAI))
    pieces.append(text[position:])
    return "".join(pieces)


def to_arabic_digits(text: str) -> str:
    """Replace every Thai digit with the Arabic digit of the same value."""
    return text.translate(_TO_ARABIC)


def _apply_style(text: str, style: NumeralStyle) -> str:
    return to_thai_digits(text) if style is NumeralStyle.THAI else text


def format_number(
    value: Decimal | int,
    *,
    decimals: int | None = None,
    style: NumeralStyle = NumeralStyle.ARABIC,
    grouping: bool = False,
) -> str:
    """Format *value* exactly.

    ``decimals=None`` keeps the digits the Decimal has (``Decimal("2.50")`` → "2.50",
    never an exponent); otherwise the value is rounded half up to *decimals* places.
    ``grouping`` adds thousands separators ("1,234,567.5"). A value that rounds to zero
    prints without a minus sign.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        # A float here means a score went through binary floating point somewhere.
        raise TypeError(f"format_number needs Decimal or int, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValidationError(
            QT_TRANSLATE_NOOP("ThaiNumber", "ค่า “{value}” ไม่ใช่ตัวเลขที่แสดงผลได้"), value=str(value)
        )
    if decimals is not None:
        if decimals < 0:
            raise ValueError("decimals must be >= 0")
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if number.is_zero():
        number = abs(number)  # "-0.00" would alarm a reader for no reason
    text = format(number, ",f" if grouping else "f")
    return _apply_style(text, style)


def format_score(
    value: Decimal, style: NumeralStyle = NumeralStyle.ARABIC, decimals: int = 5
) -> str:
    """Format a score as OBEC publishes it: 5 decimals, half up ("4.74511" / "๔.๗๔๕๑๑")."""
    return format_number(value, decimals=decimals, style=style)


def parse_decimal(text: str) -> Decimal:
    """Read a number typed or pasted by a clerk.

    Accepts Thai or Arabic digits, thousands separators in groups of three, a leading
    sign and surrounding spaces: " ๑,๒๓๔.๕ " → Decimal("1234.5"). Anything else raises
    ValidationError with a Thai message.
    """
    cleaned = to_arabic_digits(text).translate(_SIGNS).strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("ThaiNumber", "กรุณากรอกตัวเลข"))
    match = _NUMBER_RE.fullmatch(cleaned)
    if match is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ThaiNumber", "“{text}” ไม่ใช่ตัวเลขที่ถูกต้อง"), text=text.strip()
        )
    sign, digits = match.groups()
    try:
        return Decimal(sign + digits.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid numbers
        raise ValidationError(
            QT_TRANSLATE_NOOP("ThaiNumber", "“{text}” ไม่ใช่ตัวเลขที่ถูกต้อง"), text=text.strip()
        ) from exc
