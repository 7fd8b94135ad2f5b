"""Thai numerals and exact decimal formatting, as a clerk reads them on screen and paper."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.thainum import (
    NumeralStyle,
    format_number,
    format_score,
    parse_decimal,
    to_arabic_digits,
    to_thai_digits,
)


def test_digits_both_ways() -> None:
    assert to_thai_digits("ปีงบประมาณ 2567 ข้อ 1.2") == "ปีงบประมาณ ๒๕๖๗ ข้อ ๑.๒"
    assert to_arabic_digits("๐๑๒๓๔๕๖๗๘๙") == "0123456789"
    assert to_arabic_digits("ตัวชี้วัดที่ ๔") == "ตัวชี้วัดที่ 4"


@settings(derandomize=True)  # the same examples on every run
@given(st.text())
def test_thai_then_arabic_digits_gives_back_text_without_thai_digits(text: str) -> None:
    arabic_only = to_arabic_digits(text)
    assert to_arabic_digits(to_thai_digits(arabic_only)) == arabic_only
    assert to_thai_digits(to_arabic_digits(to_thai_digits(text))) == to_thai_digits(text)


def test_score_as_published() -> None:
    assert format_score(Decimal("4.74511")) == "4.74511"
    assert format_score(Decimal("4.74511"), NumeralStyle.THAI) == "๔.๗๔๕๑๑"
    assert format_score(Decimal("5")) == "5.00000"
    assert format_score(Decimal("3.2"), decimals=2) == "3.20"


def test_rounding_is_half_up_and_exact() -> None:
    # 2.675 is 2.67499999... as a float: a float-based formatter prints 2.67.
    assert format_number(Decimal("2.675"), decimals=2) == "2.68"
    assert format_number(Decimal("0.125"), decimals=2) == "0.13"  # not banker's 0.12
    assert format_score(Decimal("4.745115")) == "4.74512"
    assert format_score(Decimal("4.7451149999")) == "4.74511"


def test_negative_numbers_round_away_from_zero_and_never_show_minus_zero() -> None:
    assert format_number(Decimal("-2.675"), decimals=2) == "-2.68"
    assert format_number(Decimal("-1234567.5"), decimals=0, grouping=True) == "-1,234,568"
    assert format_number(Decimal("-0.001"), decimals=2) == "0.00"
    assert format_number(Decimal("-3"), style=NumeralStyle.THAI) == "-๓"


def test_without_decimals_the_value_keeps_its_own_digits() -> None:
    assert format_number(Decimal("2.50")) == "2.50"
    assert format_number(Decimal("1E+3")) == "1000"  # never scientific notation
    assert format_number(Decimal("0.00001")) == "0.00001"
    assert format_number(12) == "12"


def test_grouping_in_both_numeral_styles() -> None:
    assert format_number(1234567, grouping=True) == "1,234,567"
    assert format_number(Decimal("1234.5"), decimals=2, grouping=True) == "1,234.50"
    assert (
        format_number(Decimal("1234567.891"), decimals=2, style=NumeralStyle.THAI, grouping=True)
        == "๑,๒๓๔,๕๖๗.๘๙"
    )
    assert format_number(999, grouping=True) == "999"


def test_float_is_refused() -> None:
    with pytest.raises(TypeError):
        format_number(4.5, decimals=2)  # type: ignore[arg-type]


def test_not_a_number_is_refused_in_thai() -> None:
    with pytest.raises(ValidationError, match="ไม่ใช่ตัวเลข"):
        format_number(Decimal("NaN"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.74511", Decimal("4.74511")),
        ("๔.๗๔๕๑๑", Decimal("4.74511")),
        ("  1,234.50 ", Decimal("1234.50")),
        ("๑,๒๓๔,๕๖๗", Decimal("1234567")),
        ("-12.5", Decimal("-12.5")),
        ("\u22123", Decimal("-3")),  # Unicode minus pasted from Word
        ("+7", Decimal("7")),
        (".5", Decimal("0.5")),
        ("80", Decimal("80")),
        ("1๒3", Decimal("123")),  # mixed digits from a half-switched keyboard
    ],
)
def test_parse_accepts_what_clerks_type(text: str, expected: Decimal) -> None:
    value = parse_decimal(text)
    assert value == expected
    assert isinstance(value, Decimal)


def test_parse_keeps_trailing_zeros() -> None:
    assert str(parse_decimal("2.50")) == "2.50"


@pytest.mark.parametrize(
    "text", ["abc", "1.2.3", "12,34", "1,2345", "1 234", "--1", "1e5", "NaN", "๔.๗x", ",123"]
)
def test_parse_rejects_non_numbers_with_a_thai_message(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_decimal(text)
    assert "ไม่ใช่ตัวเลขที่ถูกต้อง" in str(info.value)
    assert text.strip() in str(info.value)


def test_parse_of_empty_text_asks_for_a_number() -> None:
    with pytest.raises(ValidationError, match="กรุณากรอกตัวเลข"):
        parse_decimal("   ")


@settings(derandomize=True)  # the same examples on every run
@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=5, min_value=-(10**9), max_value=10**9
    ),
    st.sampled_from(list(NumeralStyle)),
    st.booleans(),
)
def test_formatted_numbers_read_back_to_the_same_value(
    value: Decimal, style: NumeralStyle, grouping: bool
) -> None:
    text = format_number(value, decimals=5, style=style, grouping=grouping)
    assert parse_decimal(text) == value


def test_thai_digits_go_to_the_numbers_of_thai_running_text_only() -> None:
    """Issue #12: "MK3 Model" printed "MK๓ Model", criterion codes B๑, URLs and sizes broke."""
    from mk3desk.domain.thainum import to_thai_digits_in_text

    text = (
        "รูปแบบ MK3 Model ปีงบประมาณ พ.ศ. 2567 เขต 3 เกณฑ์ B1 ถึง S3 รุ่น v12 "
        "ดู https://www.obec.go.th/krs1 หรือเขียนถึง krs2@obec.go.th "
        "แนบไฟล์ report_2567.pdf และ 12.png (48.7 MB) ที่ 300 dpi "
        "ร้อยละ 30% (PMQA 4.0) ช่วงปี 2566-2567 ข้อ 7.1.1"
    )
    assert to_thai_digits_in_text(text) == (
        "รูปแบบ MK3 Model ปีงบประมาณ พ.ศ. ๒๕๖๗ เขต ๓ เกณฑ์ B1 ถึง S3 รุ่น v12 "
        "ดู https://www.obec.go.th/krs1 หรือเขียนถึง krs2@obec.go.th "
        "แนบไฟล์ report_2567.pdf และ 12.png (48.7 MB) ที่ 300 dpi "
        "ร้อยละ ๓๐% (PMQA ๔.๐) ช่วงปี ๒๕๖๖-๒๕๖๗ ข้อ ๗.๑.๑"
    )
    assert to_thai_digits_in_text("ไม่มีตัวเลข") == "ไม่มีตัวเลข"
