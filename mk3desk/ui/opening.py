"""Opening the database on a worker thread while the window frame is on screen.

Importing SQLAlchemy, declaring the models and the services take about 0.4 s — most
of a start. ``launch`` shows the main window first (built without them, see
main_window.py) and lets this thread import them and open the file; ``opened``
then hands the open Database to the UI thread, which builds the context and the
pages. Only plain Python modules are imported here, never a Qt widget module: those
are imported on the UI thread, where their widgets are made.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from mk3desk.db.engine import Database

log = logging.getLogger(__name__)

# What the window needs as soon as it is attached: the open database, the office-years
# and people, the first page's data and the evidence check that follows.
_WARM_MODULES = (
    "mk3desk.db.migrate",
    "mk3desk.services.indicator_view",
    "mk3desk.services.progress",
    "mk3desk.services.integrity",
)


class DatabaseOpening(QObject):
    opened = Signal(object)  # the open Database, delivered on the UI thread
    failed = Signal(object)  # the exception (an Mk3Error says why in Thai)

    def __init__(self, path: Path, *, read_only: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        # Set by the thread once open; whoever started the opening closes it at the end.
        self.database: Database | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._open, name="mk3desk-open", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until the thread is done (the window may have closed before it was)."""
        if self._thread is not None:
            self._thread.join()

    def _open(self) -> None:
        try:
            for name in _WARM_MODULES:
                importlib.import_module(name)
            from sqlalchemy.orm import configure_mappers

            from mk3desk.db.migrate import open_database

            # Done here rather than by the first query on the UI thread (≈50 ms).
            configure_mappers()
            database = open_database(self.path, read_only=self.read_only)
        except Exception as error:  # shown by the UI thread; the thread must not die silently
            log.info("could not open %s: %s", self.path, error)
            self.failed.emit(error)
            return
        self.database = database
        self.opened.emit(database)
