"""One rule for a stored value (``domain.values``): the same limits from every entry."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.thainum import format_number
from mk3desk.domain.values import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    MAX_VALUE_TEXT,
    ValueLimitError,
    check_value,
    check_whole,
    parse_value,
)
from mk3desk.excel.columns import Column, ColumnKind, convert_cell
from mk3desk.services import pdca, scoring
from mk3desk.services.context import Actor
from mk3desk.services.lookup import find_year
from tests.support import fresh_database, office_with_year

DECIMAL = Column("value", "ค่า", ColumnKind.DECIMAL)
INTEGER = Column("rank", "ลำดับ", ColumnKind.INTEGER)


def test_thai_and_arabic_digits_and_separators() -> None:
    assert parse_value(" ๘๒.๕ ") == Decimal("82.5")
    assert parse_value("1,234.50") == Decimal("1234.50")
    assert parse_value("๑,๒๓๔") == Decimal(1234)
    assert parse_value("9" * 15) == Decimal("9" * 15)
    assert parse_value("0." + "0" * 19 + "1") == Decimal("1E-20")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1" * 41, "40 ตัวอักษร"),
        ("๑" * 41, "40 ตัวอักษร"),
        ("1" * 16, "15 หลัก"),
        ("1,000,000,000,000,000", "15 หลัก"),
        ("0." + "0" * 20 + "1", "20 ตำแหน่ง"),
        ("abc", "ไม่ใช่ตัวเลข"),
        ("", "กรุณากรอกตัวเลข"),
        ("٣٤", "ไม่ใช่ตัวเลข"),
    ],
)
def test_beyond_the_limits_is_a_thai_message(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_value(text)


def test_the_length_counts_without_surrounding_spaces() -> None:
    assert parse_value("  " + "1" * 10 + "  " * 30) == Decimal("1" * 10)


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("Infinity"), Decimal("1E+15"), Decimal("1E-21")]
)
def test_check_value_refuses(value: Decimal) -> None:
    with pytest.raises(ValueLimitError):
        check_value(value)


@pytest.mark.parametrize("value", [Decimal("-0"), Decimal("0E-50"), Decimal("1E+2"), Decimal(0)])
def test_zero_and_short_exponents(value: Decimal) -> None:
    if value.as_tuple().exponent == -50:
        with pytest.raises(ValueLimitError):
            check_value(value)  # "0E-50" would print as fifty zeros
    else:
        assert check_value(value) is value


def test_whole_numbers() -> None:
    assert check_whole(10**15 - 1) == 10**15 - 1
    for value in (10**15, -(10**15), 10**4000):
        with pytest.raises(ValueLimitError):
            check_whole(value)


limited = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: d.is_zero() or d.adjusted() < MAX_INTEGER_DIGITS
)


@settings(derandomize=True, max_examples=300)
@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_what_is_accepted_fits_storage_bundles_and_paper(value: Decimal) -> None:
    try:
        check_value(value)
    except ValueLimitError:
        return
    stored = str(value)
    assert len(stored) <= MAX_VALUE_TEXT  # db.types.DecimalText and the bundle schema
    assert str(Decimal(stored)) == stored  # canonical: a bundle's is_dec accepts it
    assert len(format_number(value)) <= MAX_VALUE_TEXT  # printed in full, never an exponent
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int) and exponent >= -MAX_FRACTION_DIGITS


def test_excel_cells_keep_to_the_same_rule() -> None:
    assert convert_cell(DECIMAL, "๘๒.๕") == Decimal("82.5")
    assert convert_cell(DECIMAL, 10**14) == Decimal(10**14)
    for raw in ("1" * 41, 10**15, 1e16, 1e-25, "9" * 16, Decimal("1E-30")):
        with pytest.raises(ValidationError):
            convert_cell(DECIMAL, raw)
    assert convert_cell(INTEGER, 38) == 38
    with pytest.raises(ValidationError, match="15 หลัก"):
        convert_cell(INTEGER, 7 * 10**20)


def test_services_keep_to_the_same_rule(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        year = find_year(session, 2567)
        indicator = next(i for i in year.indicators if i.code == "7.1.1")
        with pytest.raises(ValidationError, match="15 หลัก"):
            pdca.set_outcome_value(session, Actor.system(), indicator.id, 2567, Decimal("1" * 16))
        pdca.set_outcome_value(session, Actor.system(), indicator.id, 2567, Decimal("82.5"))
        with pytest.raises(ValidationError, match="ตำแหน่ง"):
            scoring.record_official(
                session,
                Actor.system(),
                year,
                category_scores={1: Decimal("4." + "1" * 30)},
                total=None,
            )
        with pytest.raises(ValidationError):
            scoring.record_official(
                session, Actor.system(), year, category_scores={}, total=Decimal("NaN")
            )
        with pytest.raises(ValidationError, match="15 หลัก"):
            scoring.record_official(
                session,
                Actor.system(),
                year,
                category_scores={},
                total=None,
                rank=10**20,
                announced_on=date(2024, 10, 1),
            )
    database.close()
