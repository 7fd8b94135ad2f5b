"""The window on an office laptop (issue #13): at 1366×768 with the demo office no page and
no PDCA step scrolls sideways, and the window's central widget is not wider than the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.framework import IndicatorKind
from mk3desk.services.demo import create_demo
from mk3desk.services.lookup import resolve_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import PAGES, MainWindow
from mk3desk.ui.models.indicator_tree import ROW_ROLE
from mk3desk.ui.pages.indicators_page import IndicatorsPage

pytestmark = pytest.mark.gui
TODAY = date(2025, 3, 1)  # the demo's current fiscal year is then 2568
WIDTH, HEIGHT = 1366, 768


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("layout") / "demo.sqlite3")
    create_demo(db, today=TODAY)
    yield db
    db.close()


@pytest.fixture
def window(qapp: Any, database: Database, tmp_path: Path) -> Iterator[MainWindow]:
    context = AppContext(database)
    context.set_year(context.read(lambda s: resolve_year(s, 2568)))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(context, settings)
    shown.resize(WIDTH, HEIGHT)
    shown.show()
    _settle()
    yield shown
    shown.close()
    shown.deleteLater()
    _settle()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.processEvents()


def _sideways(window: MainWindow) -> list[str]:
    """Every visible scroll area that scrolls sideways, and a central widget too wide."""
    _settle()
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        if not area.isVisible():
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            owner: QWidget | None = area
            names = []
            while owner is not None and owner is not window:
                if owner.objectName():
                    names.append(owner.objectName())
                owner = owner.parentWidget()
            found.append(f"{type(area).__name__} in {'/'.join(names)}: max {bar.maximum()}")
    central = window.centralWidget()
    if central.width() > window.width() or central.minimumSizeHint().width() > window.width():
        found.append(f"central widget {central.minimumSizeHint().width()} > {window.width()}")
    return found


def test_no_page_scrolls_sideways(window: MainWindow) -> None:
    problems = {}
    for key in PAGES:
        window.show_page(key)
        if found := _sideways(window):
            problems[key] = found
    assert window.width() == WIDTH
    assert not problems


def _first(page: IndicatorsPage, kind: IndicatorKind) -> int:
    model = page.model
    for n in range(model.rowCount()):
        parent = model.index(n, 0)
        for m in range(model.rowCount(parent)):
            row = model.data(model.index(m, 0, parent), ROW_ROLE)
            if row.kind is kind:
                return int(row.indicator_id)
    raise LookupError(kind)


@pytest.mark.parametrize("kind", [IndicatorKind.PROCESS, IndicatorKind.OUTCOME])
def test_no_pdca_step_scrolls_sideways(window: MainWindow, kind: IndicatorKind) -> None:
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    page.open_indicator(_first(page, kind))
    problems = {}
    for step in range(5):
        page.work.show_step(step)
        if found := _sideways(window):
            problems[step] = found
    assert not problems
