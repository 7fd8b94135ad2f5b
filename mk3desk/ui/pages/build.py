"""The pages of the main window, built on first use and connected to the window.

Each page is imported only when it is first shown: the dashboard's charts or the
reports engine cost start-up time only when their page is opened. Imported by the
window's frame, so nothing is imported here at module level but this package's light
base (see base.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mk3desk.ui.main_window import MainWindow

# The order of the navigation list.
PAGES = ("dashboard", "indicators", "people", "knowledge", "calendar", "reports", "settings")


def build_page(key: str, window: MainWindow) -> QWidget:
    """Page *key* of *window*, what it asks for connected to the window (a deadline on
    the dashboard or the calendar opens that indicator's work screen; the work screen's
    print button opens the Reports page)."""
    context, stack = window.context, window.stack
    if key == "dashboard":
        from mk3desk.ui.pages.dashboard_page import DashboardPage

        dashboard = DashboardPage(context, stack)
        dashboard.open_indicator.connect(window.open_indicator)
        return dashboard
    if key == "indicators":
        from mk3desk.ui.pages.indicators_page import IndicatorsPage

        indicators = IndicatorsPage(context, stack)
        indicators.report_requested.connect(window.print_indicator)
        return indicators
    if key == "people":
        from mk3desk.ui.pages.people_page import PeoplePage

        return PeoplePage(context, stack)
    if key == "knowledge":
        from mk3desk.ui.pages.knowledge_page import KnowledgePage

        return KnowledgePage(context, stack)
    if key == "calendar":
        from mk3desk.ui.pages.calendar_page import CalendarPage

        calendar = CalendarPage(context, stack)
        calendar.open_indicator.connect(window.open_indicator)
        return calendar
    if key == "reports":
        from mk3desk.ui.pages.reports_page import ReportsPage

        return ReportsPage(context, stack)
    if key == "settings":
        from mk3desk.ui.pages.settings_page import SettingsPage

        return SettingsPage(context, stack, preferences=window.settings)
    raise KeyError(key)
