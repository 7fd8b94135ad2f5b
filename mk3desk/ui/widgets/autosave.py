"""Saving as the clerk types: a crash loses at most the last seconds.

``Autosave`` is the rhythm every such field shares: typing (``edited()``) starts a
pause of ``DELAY_MS``; when it ends, or a watched field loses focus, or ``flush()`` is
called (leaving the screen, closing the window), what was typed is saved. Filling the
fields from the database inside ``with autosave.loading():`` does not count as typing.
The Settings page uses one per section (several line edits saved together).

``TextAutosave`` is one ``QPlainTextEdit`` saved by a ``save(text) -> bool`` function
(the PDCA texts, the Best Practice write-up). A refusal (False, shown by the save
function) leaves the text in the field, still "pending", so nothing the clerk typed is
lost, and the same text is not offered again until it changes. Loading from the
database never replaces text that is not saved yet, and leaves the document alone when
it already holds the same text, so undo keeps working across saves. ``base`` is the text
the field was last loaded with or saved as (what a save checks the stored text against);
the save function may ``replace`` the field with the stored text (the clerk chose it
over theirs after a conflict), as one step Ctrl+Z takes back.

A save that could not reach the database (the office server lost) is not a refusal:
the save function calls ``wait_for_connection()``, the text stays pending, and
``retry()`` (the connection is back) saves it. ``restore`` puts back a text kept on
this machine from before (ui/drafts.py) as typing not yet saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from mk3desk.ui.thai_wrap import strip_hints

DELAY_MS = 1500  # the pause after the last key before saving


class Autosave(QObject):
    """Call *save* after a pause in typing, when a watched field loses focus, or on ``flush``."""

    def __init__(self, save: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False  # typed since the last save
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)

    def watch(self, *fields: QWidget) -> None:
        """Leaving any of *fields* saves at once (connect their typing to ``edited``)."""
        for field in fields:
            field.installEventFilter(self)

    def edited(self, *_args: object) -> None:
        """Something was typed: save when the typing pauses."""
        if not self._loading:
            self._dirty = True
            self.timer.start()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the fields from the database: no typing, nothing to save."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    @property
    def is_loading(self) -> bool:
        return self._loading

    @property
    def pending(self) -> bool:
        """Typed and not saved yet (a reload now would throw it away)."""
        return self._dirty

    def flush(self) -> None:
        """Save now what waits; nothing when nothing was typed."""
        self.timer.stop()
        if self._due():
            self._save_now()

    def cancel(self) -> None:
        """Forget the waiting save: the caller saves (or reloads) itself."""
        self.timer.stop()
        self._dirty = False

    def _due(self) -> bool:
        return self._dirty

    def _save_now(self) -> None:
        self._dirty = False
        self._save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class TextAutosave(Autosave):
    """One plain-text field saved as typed by *save* (False: refused, the text kept)."""

    def __init__(
        self, edit: QPlainTextEdit, save: Callable[[str], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(self._save_text, parent or edit)
        self.edit = edit
        self._save_fn = save
        self._saved = ""
        self._failed: str | None = None  # a text refused once is not retried until changed
        self._saving = False
        self._replaced = False  # the save function put the stored text in the field
        self._waiting = False  # the last save failed for the connection: retry() saves it
        edit.textChanged.connect(self.edited)
        self.watch(edit)

    @property
    def pending(self) -> bool:
        return self.text() != self._saved

    @property
    def base(self) -> str:
        """The text last loaded from or saved to the database (what typing started from)."""
        return self._saved

    def text(self) -> str:
        return strip_hints(self.edit.toPlainText())

    def _due(self) -> bool:
        text = self.text()
        return not self._saving and text != self._saved and text != self._failed

    @property
    def waiting(self) -> bool:
        """Typed text whose save waits for the connection to come back."""
        return self._waiting and self.pending

    def wait_for_connection(self) -> None:
        """(The save function) this save could not reach the database: keep the text for
        ``retry``, without the clerk typing again."""
        self._waiting = True

    def retry(self) -> None:
        """The connection is back: save the text that waits for it, if any."""
        if self._waiting:
            self._waiting, self._failed = False, None
            self.flush()

    def restore(self, text: str, base: str) -> None:
        """Put back *text*, typed over *base* and not saved (a kept draft): pending, and
        saved as typing is (over *base*: someone's save since is a conflict to choose)."""
        self._saved, self._failed = base, None
        if self.text() != text:
            cursor = self.edit.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)  # counts as typing: the pause, then the save
        self.edited()

    def _save_text(self) -> None:
        text = self.text()
        self._saving, self._replaced, self._waiting = True, False, False
        try:
            saved = self._save_fn(text)
        finally:
            self._saving = False
        if self._replaced:
            return  # the field holds the stored text now: nothing of *text* to remember
        if saved:
            self._saved, self._failed = text, None
        else:
            self._failed = text

    def replace(self, text: str) -> None:
        """Show *text*, just read from the database, in place of what is typed.

        One edit the clerk can undo (Ctrl+Z brings back what was there); the field is then
        saved (*text* is the new base) until the clerk types again.
        """
        self.timer.stop()
        self._saved, self._failed, self._replaced, self._waiting = text, None, True, False
        if self.text() == text:
            return
        with self.loading():
            cursor = self.edit.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(text)
            self.edit.setTextCursor(cursor)

    def load(self, text: str, *, force: bool = False) -> None:
        """Show *text* from the database (unless unsaved typing is in the field)."""
        if self.pending and not force:
            return
        self.timer.stop()
        self._saved, self._failed, self._waiting = text, None, False
        if self.edit.toPlainText() == text:
            return
        with self.loading():
            self.edit.setPlainText(text)
