"""Reusable Thai-aware widgets."""

from mk3desk.ui.widgets.thai_date_edit import ThaiCalendar, ThaiDateEdit

__all__ = ["ThaiCalendar", "ThaiDateEdit"]
