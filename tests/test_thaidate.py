"""Thai calendar: BE years, fiscal years, date text printed and typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.thaidate import (
    THAI_MONTHS,
    THAI_MONTHS_ABBR,
    days_until,
    fiscal_year_of,
    fiscal_year_range,
    format_thai_date,
    format_thai_datetime,
    parse_thai_date,
    to_be,
    to_ce,
)
from mk3desk.domain.thainum import NumeralStyle

JULY_26 = date(2023, 7, 26)


def test_be_and_ce_years() -> None:
    assert to_be(2023) == 2566
    assert to_ce(2567) == 2024
    assert to_ce(to_be(1999)) == 1999


def test_fiscal_year_boundaries() -> None:
    assert fiscal_year_of(date(2023, 9, 30)) == 2566
    assert fiscal_year_of(date(2023, 10, 1)) == 2567
    assert fiscal_year_of(date(2024, 9, 30)) == 2567
    assert fiscal_year_of(date(2024, 1, 1)) == 2567
    assert fiscal_year_of(date(2023, 12, 31)) == 2567


def test_fiscal_year_range_is_1_october_to_30_september() -> None:
    assert fiscal_year_range(2567) == (date(2023, 10, 1), date(2024, 9, 30))


@settings(derandomize=True)  # the same examples on every run
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)))
def test_every_day_lies_in_the_range_of_its_fiscal_year(d: date) -> None:
    year = fiscal_year_of(d)
    first, last = fiscal_year_range(year)
    assert first <= d <= last
    assert (last - first).days + 1 in (365, 366)
    assert fiscal_year_of(first - timedelta(days=1)) == year - 1
    assert fiscal_year_of(last + timedelta(days=1)) == year + 1


def test_month_names() -> None:
    assert len(THAI_MONTHS) == len(THAI_MONTHS_ABBR) == 12
    assert THAI_MONTHS[0] == "มกราคม"
    assert THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_ABBR[6] == "ก.ค."
    assert THAI_MONTHS_ABBR[11] == "ธ.ค."


@pytest.mark.parametrize(
    ("style", "digits", "expected"),
    [
        ("long", NumeralStyle.THAI, "๒๖ กรกฎาคม ๒๕๖๖"),
        ("short", NumeralStyle.THAI, "๒๖ ก.ค. ๖๖"),
        ("numeric", NumeralStyle.THAI, "๒๖/๐๗/๒๕๖๖"),
        ("long", NumeralStyle.ARABIC, "26 กรกฎาคม 2566"),
        ("short", NumeralStyle.ARABIC, "26 ก.ค. 66"),
        ("numeric", NumeralStyle.ARABIC, "26/07/2566"),
    ],
)
def test_date_formats(
    style: Literal["long", "short", "numeric"], digits: NumeralStyle, expected: str
) -> None:
    assert format_thai_date(JULY_26, style=style, digits=digits) == expected


def test_default_date_format_is_long_with_thai_digits() -> None:
    assert format_thai_date(date(2024, 2, 1)) == "๑ กุมภาพันธ์ ๒๕๖๗"
    assert format_thai_date(date(2024, 2, 1), style="numeric") == "๐๑/๐๒/๒๕๖๗"


def test_short_year_of_2500_keeps_two_digits() -> None:
    assert format_thai_date(date(1957, 1, 5), style="short", digits=NumeralStyle.ARABIC) == (
        "5 ม.ค. 00"
    )


def test_datetime_format() -> None:
    moment = datetime(2023, 7, 26, 14, 5)
    assert format_thai_datetime(moment) == "26 ก.ค. 2566 14:05 น."
    assert format_thai_datetime(moment, digits=NumeralStyle.THAI) == "๒๖ ก.ค. ๒๕๖๖ ๑๔:๐๕ น."
    assert format_thai_datetime(datetime(2024, 1, 2, 9, 0)) == "2 ม.ค. 2567 09:00 น."


@pytest.mark.parametrize(
    "text",
    [
        "26/7/2566",
        "26/07/2566",
        "26/07/66",
        "26-7-2566",
        "26.07.2566",
        "๒๖/๐๗/๒๕๖๖",
        "26/7/2023",
        "๒๖ กรกฎาคม ๒๕๖๖",
        "26 กรกฎาคม 2566",
        "26 ก.ค. 2566",
        "26 ก.ค. 66",
        "๒๖ ก.ค. ๖๖",
        "26 กค 2566",
        "26ก.ค.2566",
        "วันที่ 26 กรกฎาคม พ.ศ. 2566",
        "26 ก.ค. ค.ศ. 2023",
        "2023-07-26",
        "2566-07-26",
        "  26 / 7 / 2566  ",
        "26  กรกฎาคม   2566",
    ],
)
def test_parse_accepts_every_documented_form(text: str) -> None:
    assert parse_thai_date(text) == JULY_26


def test_two_digit_years_are_be() -> None:
    assert parse_thai_date("1/10/66") == date(2023, 10, 1)
    assert parse_thai_date("1/10/00") == date(1957, 10, 1)  # 2500


def test_leap_days_in_be_years() -> None:
    assert parse_thai_date("29/2/2567") == date(2024, 2, 29)  # 2024 is a leap year
    assert parse_thai_date("29 กุมภาพันธ์ 2543") == date(2000, 2, 29)  # 2000 is one too
    with pytest.raises(ValidationError, match="ไม่มีวันที่"):
        parse_thai_date("29/2/2566")  # 2023 is not
    with pytest.raises(ValidationError, match="ไม่มีวันที่"):
        parse_thai_date("29/2/2443")  # 1900: divisible by 100, not a leap year
    assert format_thai_date(date(2024, 2, 29)) == "๒๙ กุมภาพันธ์ ๒๕๖๗"


@pytest.mark.parametrize("text", ["31/2/2567", "31 เมษายน 2567", "0/1/2567", "1/13/2567"])
def test_impossible_dates_are_rejected_in_thai(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_thai_date(text)
    assert str(info.value) == f"ไม่มีวันที่ {text} ในปฏิทิน"


@pytest.mark.parametrize(
    "text",
    [
        "26 July 2023",
        "26 กรกฏ 2566",  # misspelt month
        "26/7/566",  # three-digit year
        "26/7",
        "2566",
        "พรุ่งนี้",
        "26 ก.ค. พ.ศ. 2023",  # BE marker on a CE year
        "26 ก.ค. ค.ศ. 2566",  # CE marker on a BE year
        "26 ก.ค. ค.ศ. 23",
        "26/7/2566 extra",
    ],
)
def test_unreadable_text_is_rejected_in_thai(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_thai_date(text)
    assert "ไม่ใช่วันที่ที่ถูกต้อง" in str(info.value)
    assert text in str(info.value)


def test_empty_text_asks_for_a_date() -> None:
    with pytest.raises(ValidationError, match="กรุณากรอกวันที่"):
        parse_thai_date("  ")


# Years the printed forms can carry: 4-digit BE years, and 25xx for the short form.
_printable = st.dates(min_value=date(1858, 1, 1), max_value=date(9000, 12, 31))


@settings(derandomize=True)  # the same examples on every run
@given(
    _printable,
    st.sampled_from(["long", "numeric"]),
    st.sampled_from(list(NumeralStyle)),
)
def test_printed_dates_read_back(
    d: date, style: Literal["long", "short", "numeric"], digits: NumeralStyle
) -> None:
    assert parse_thai_date(format_thai_date(d, style=style, digits=digits)) == d


@settings(derandomize=True)  # the same examples on every run
@given(
    st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31)),
    st.sampled_from(list(NumeralStyle)),
)
def test_short_dates_of_the_2500s_read_back(d: date, digits: NumeralStyle) -> None:
    assert parse_thai_date(format_thai_date(d, style="short", digits=digits)) == d


def test_days_until() -> None:
    today = date(2024, 9, 25)
    assert days_until(date(2024, 9, 30), today) == 5
    assert days_until(today, today) == 0
    assert days_until(date(2024, 9, 20), today) == -5
    assert days_until(date(2025, 3, 1), date(2024, 2, 28)) == 367  # across 29 Feb 2567


def test_the_window_shows_thai_dates_with_arabic_digits(qapp: object) -> None:
    from mk3desk.ui.dates import shown_date, shown_datetime

    assert shown_date(date(2026, 12, 7)) == "7 ธ.ค. 69"
    assert shown_date(date(2026, 12, 7), "long") == "7 ธันวาคม 2569"
    assert shown_datetime(datetime(2026, 12, 7, 14, 5)) == "7 ธ.ค. 2569 14:05 น."


def test_file_sizes_in_the_window_use_thai_units(qapp: object) -> None:
    from mk3desk.ui.evidence_panel import format_size

    assert format_size(512) == "512 ไบต์"
    assert format_size(12 * 1024) == "12 กิโลไบต์"
    assert format_size(int(1.5 * 1024 * 1024)) == "1.5 เมกะไบต์"
