"""Dates as the window shows them: Arabic digits and the พ.ศ. year in either language.

In Thai: "26 ก.ค. 66" in tables, "26 กรกฎาคม 2566" in sentences, "26 ก.ค. 2566 14:05 น."
for moments. In the English UI the month is English and the year stays Buddhist Era,
the year the whole program is organised by (fiscal year 2570, the deadlines, the
documents): "26 Jul 2566", "26 July 2566", "26 Jul 2566 14:05". Printed documents are
always Thai (``mk3desk.reports``); the date fields take Thai or numeric dates typed in
either language (``widgets/thai_date_edit.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from PySide6.QtCore import QLocale

from mk3desk.domain.thaidate import format_thai_date, format_thai_datetime, to_be
from mk3desk.domain.thainum import NumeralStyle

__all__ = ["english_ui", "month_name", "shown_date", "shown_datetime"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def english_ui() -> bool:
    """Whether the window speaks English (i18n.install_translators sets the locale)."""
    return QLocale().language() == QLocale.Language.English


def month_name(month: int) -> str:
    """The month's full name in the UI language (1 = January / มกราคม)."""
    from mk3desk.domain.thaidate import THAI_MONTHS

    return _MONTHS[month - 1] if english_ui() else THAI_MONTHS[month - 1]


def shown_date(value: date, style: Literal["long", "short"] = "short") -> str:
    """*value* for a table ("short") or a sentence ("long")."""
    if english_ui():
        month = _MONTHS[value.month - 1]
        return f"{value.day} {month if style == 'long' else month[:3]} {to_be(value.year)}"
    return format_thai_date(value, style=style, digits=NumeralStyle.ARABIC)


def shown_datetime(value: datetime) -> str:
    """A moment for history lists: date and time."""
    if english_ui():
        return f"{shown_date(value.date())} {value.hour:02d}:{value.minute:02d}"
    return format_thai_datetime(value)
