"""The field checkers of bundle records: types, lengths, canonical forms.

Every field a bundle carries is checked by one of these before anything is merged
(sync.schema names which checks which). Strings have a ceiling of their own: the
length of the column they are stored in (PostgreSQL refuses a longer one), or
``MAX_TEXT`` for free texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from mk3desk.domain.values import MAX_VALUE_TEXT, ValueLimitError, check_value

MAX_TEXT = 100_000  # the same ceiling as a PDCA text typed in the program
# The limits of a number entering the office's records, the same as every other entry
# (window, command line, Excel) applies: at most this many characters as stored
# (``str(Decimal)``), this many digits before the decimal point and after it. They
# mirror the domain's rule for stored values; a bundle never carries a number the
# receiving side could not store, show or send on.
# The one value rule (domain/values.py), the same as Excel, the CLI and the services.
SHA_PATTERN = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")


Check = Callable[[Any], bool]


def is_str(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 1000


def is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53


def is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def within_value_limits(number: Decimal) -> bool:
    """A number the value rule accepts (domain/values.check_value), as a yes/no."""
    try:
        check_value(number)
    except ValueLimitError:
        return False
    return True


def is_dec(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > MAX_VALUE_TEXT:
        return False
    try:
        number = Decimal(value)
    except InvalidOperation:
        return False
    return within_value_limits(number) and str(number) == value


def is_dt(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.tzinfo is not None and moment.astimezone(UTC).isoformat() == value


def is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def is_uid(value: Any) -> bool:
    return isinstance(value, str) and bool(_UID.match(value))


def is_sha(value: Any) -> bool:
    return isinstance(value, str) and bool(SHA_PATTERN.match(value))


def optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def list_of(fields: Mapping[str, Check]) -> Check:
    return lambda value: (
        isinstance(value, list) and len(value) <= 1000 and all(matches(v, fields) for v in value)
    )


def matches(value: Any, fields: Mapping[str, Check]) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == set(fields)
        and all(check(value[name]) for name, check in fields.items())
    )


def str_max(limit: int) -> Check:
    """A string of at most *limit* characters (its column's length)."""
    return lambda value: isinstance(value, str) and len(value) <= limit


def name_max(limit: int) -> Check:
    """A string of at most *limit* characters with something in it besides spaces."""
    return lambda value: isinstance(value, str) and len(value) <= limit and bool(value.strip())


def int_between(low: int, high: int) -> Check:
    return lambda value: is_int(value) and low <= value <= high
