"""What every page of the main window offers, and the one way pages stay up to date.

A page is built the first time it is shown and then refreshes itself from
``AppContext.changed``: after a topic in ``REFRESH_ON`` it reads again at once when it is
on show (and ``ready_to_refresh()``), otherwise it is marked stale and reads again when
next shown. So a page hidden behind another never reads the database for nothing, and
typing on one page saving every few seconds does not rebuild the others.

What the main window asks of every page (``MainWindow`` calls these, typed):

* ``refresh()`` — read the database again and show it (clears ``stale``);
* ``flush()`` — save what was typed and is not saved yet (before the window closes);
* ``unsaved()`` — what typed work closing now would lose (the window asks first);
* ``wait()`` — let work running off the UI thread finish (before the database closes);
* ``focus_search()`` / ``print_current()`` — Ctrl+F and Ctrl+P (False: the page has none).

``build.py`` builds each page on first use and connects what it asks of the window.

Imported by the window's frame: nothing here may load the database layer, the
services or dialogs, nor name a ``Qt.`` enum (see app.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mk3desk.domain.errors import ConnectionLostError
from mk3desk.ui.topics import Topic

if TYPE_CHECKING:
    from mk3desk.ui.context import AppContext


class Page(QWidget):
    """The base of every page: ``REFRESH_ON`` topics refresh it, now or when next shown."""

    # The AppContext.changed topics after which what the page shows may be out of date.
    # ``Topic.ELSEWHERE`` (someone else wrote, ui/live.py) only for a page whose reload
    # never throws away what the clerk is filling in (or whose ready_to_refresh says so).
    REFRESH_ON: ClassVar[frozenset[Topic]] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stale = True  # nothing read yet: the first show reads
        context.changed.connect(self._on_changed)

    # -- what subclasses give -------------------------------------------------------
    def load(self) -> None:
        """Read what the page shows and show it (``refresh`` calls it)."""

    def ready_to_refresh(self) -> bool:
        """False while reading now would be wrong (typing not yet saved, another view
        of the page on show): the page stays stale until shown again."""
        return True

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's search box; False when it has none."""
        return False

    def print_current(self) -> bool:
        """Ctrl+P: print (or make, then print) the page's document; False when it has none."""
        return False

    # -- what the window calls ------------------------------------------------------
    def refresh(self) -> None:
        """Read the database again and show it."""
        self.stale = False
        try:
            self.reload()
        except ConnectionLostError:
            # The server went away since the poll that asked for this read: the status
            # bar says so, and the page reads again when it is back (ui/live.py).
            self.stale = True

    def reload(self) -> None:
        """What ``refresh`` reads: ``load()``, unless the page keeps something across
        a refresh (the knowledge page's form with typing in it)."""
        self.load()

    def flush(self) -> None:
        """Save typing not saved yet (a page without text fields has none)."""

    def unsaved(self) -> str:
        """What typed work ``flush`` cannot keep if the window closes now (Thai, shown in
        the closing question), or "" (texts kept in drafts/ count as kept)."""
        return ""

    def wait(self) -> bool:
        """Let work off the UI thread finish; True when nothing is left running (a page
        without such work has none)."""
        return True

    # -- staying up to date ---------------------------------------------------------
    def mark_stale(self) -> None:
        """What is shown may be out of date: read again now if on show, else when shown."""
        self.stale = True
        if self.isVisible() and self._may_read():
            self.refresh()

    def _may_read(self) -> bool:
        # While the office server is lost the page keeps what it shows (the status bar
        # says so) instead of failing to read; ui/live.py refreshes it when it is back.
        return self.context.online and self.ready_to_refresh()

    def _on_changed(self, topic: str) -> None:
        if topic in self.REFRESH_ON:
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self.stale and self._may_read():
            self.refresh()
