"""What the live-refresh tests share (tests/test_live*.py): quick polls, a window on a
database, and a throwaway PostgreSQL server each module can stop and start.

The fixtures built on these are in conftest.py: ``quick_polls``, ``live_server`` (a
module's own server, stopped and started by its tests) and ``live_prepared``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.models import YearIndicator
from mk3desk.domain.actor import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import MainWindow
from tests.pg_support import PgServer, new_database
from tests.support import office_with_year, own, staff


def a_window(qtbot: QtBot, database: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(database), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.live is not None
    qtbot.waitUntil(lambda: window.live is not None and window.live.polls >= 1)
    return window


def person_id(actor: Actor) -> int:
    assert actor.person_id is not None
    return actor.person_id


PREPARED = "prepared"  # the module's template database (new_database copies it)


def prepare(server: PgServer) -> tuple[dict[str, Actor], int]:
    """A database on the module's server with an office, its year and staff, the owner and
    backup given indicator 1.1, made once: each test works on a copy (``copy_of``).
    The cast and 1.1's id, the same in every copy."""
    database = open_database(new_database(server.url, PREPARED))
    try:
        office_with_year(database)
        cast = staff(database)
        with database.session() as s:
            query = select(YearIndicator.id).where(YearIndicator.code == "1.1")
            indicator_id = s.scalars(query).one()
        own(database, cast, indicator_id)
    finally:
        database.close()
    return cast, indicator_id


def copy_of(server: PgServer, name: str) -> str:
    """The URL of database *name*, a copy of the module's prepared one."""
    return new_database(server.url, name, template=PREPARED)
