"""The one rule for a number entering the office's records: outcome values, official scores.

Values arrive from the window, the command line, Excel workbooks and bundles
from other machines. They are stored as the text of the Decimal
(``db.types.DecimalText``, 40 characters) and travel in bundles the same way,
printed in full on screens and in PDFs. So every entry applies the same limits,
here, and a value beyond them is a Thai message, never a value that breaks
later (a bundle refused on the other machine, a PDF line of a thousand zeros):

* typed or pasted text: at most :data:`MAX_VALUE_TEXT` characters, Thai or
  Arabic digits (:func:`mk3desk.domain.thainum.parse_decimal`);
* a finite number with at most :data:`MAX_INTEGER_DIGITS` digits before the
  decimal point (Excel keeps 15 significant digits) and at most
  :data:`MAX_FRACTION_DIGITS` after it. Written out in full such a number has at
  most 37 characters, and ``str()`` of it (what is stored) never more.

Whole numbers of a record (a rank, a category number) use :func:`check_whole`,
with the same limit before the point.
"""

from __future__ import annotations

from decimal import Decimal

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.thainum import parse_decimal

__all__ = [
    "MAX_FRACTION_DIGITS",
    "MAX_INTEGER_DIGITS",
    "MAX_VALUE_TEXT",
    "ValueLimitError",
    "check_value",
    "check_whole",
    "parse_value",
]

MAX_VALUE_TEXT = 40
MAX_INTEGER_DIGITS = 15
MAX_FRACTION_DIGITS = 20
_WHOLE_LIMIT = 10**MAX_INTEGER_DIGITS


class ValueLimitError(ValidationError):
    """A number beyond the limits of a stored value (templates in the Values context)."""

    context = "Values"


def _too_long(length: int) -> ValueLimitError:
    return ValueLimitError(
        QT_TRANSLATE_NOOP("Values", "ตัวเลขยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit} ตัวอักษร)"),
        length=length,
        limit=MAX_VALUE_TEXT,
    )


def _too_many_digits() -> ValueLimitError:
    return ValueLimitError(
        QT_TRANSLATE_NOOP(
            "Values",
            "ตัวเลขมีหลักมากเกินไป: รับได้ไม่เกิน {digits} หลักก่อนจุดทศนิยม"
            " และไม่เกิน {decimals} ตำแหน่งหลังจุดทศนิยม",
        ),
        digits=MAX_INTEGER_DIGITS,
        decimals=MAX_FRACTION_DIGITS,
    )


def check_value(value: Decimal) -> Decimal:
    """*value* itself when it is within the limits, else :class:`ValueLimitError`."""
    if not value.is_finite():
        raise ValueLimitError(QT_TRANSLATE_NOOP("Values", "ค่าต้องเป็นตัวเลข"))
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    if exponent < -MAX_FRACTION_DIGITS:
        raise _too_many_digits()
    if not value.is_zero() and value.adjusted() >= MAX_INTEGER_DIGITS:
        raise _too_many_digits()
    return value


def check_whole(value: int) -> int:
    """A whole number of a record (rank, category number) within the same limit."""
    if not -_WHOLE_LIMIT < value < _WHOLE_LIMIT:
        raise _too_many_digits()
    return value


def parse_value(text: str) -> Decimal:
    """A number typed, pasted or read as text: the limits above, Thai or Arabic digits.

    Surrounding spaces do not count towards the length. Raises ValidationError
    (Thai) for text that is not a number and :class:`ValueLimitError` for a number
    beyond the limits.
    """
    stripped = text.strip()
    if len(stripped) > MAX_VALUE_TEXT:
        raise _too_long(len(stripped))
    return check_value(parse_decimal(stripped))
