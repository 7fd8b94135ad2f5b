"""Text saved as it is typed: a crash loses at most the last seconds.

``TextAutosave`` watches one ``QPlainTextEdit``: 1.5 s after the last keystroke, and
when the field loses focus, it hands the text to a save function. A refusal (a
``Mk3Error``, shown by the caller) leaves the text in the field, still "pending", so
nothing the clerk typed is lost. Loading from the database never replaces text that
is not saved yet, and leaves the document alone when it already holds the same text,
so undo keeps working across saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from mk3desk.ui.thai_wrap import strip_hints

DELAY_MS = 1500


class TextAutosave(QObject):
    def __init__(
        self, edit: QPlainTextEdit, save: Callable[[str], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent or edit)
        self.edit = edit
        self._save = save
        self._saved = ""
        self._failed: str | None = None  # a text refused once is not retried until changed
        self._loading = False
        self._saving = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self.text() != self._saved

    def text(self) -> str:
        return strip_hints(self.edit.toPlainText())

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    def flush(self) -> None:
        """Save now if the field holds text that is not saved yet."""
        self.timer.stop()
        text = self.text()
        if self._saving or text == self._saved or text == self._failed:
            return
        self._saving = True
        try:
            if self._save(text):
                self._saved, self._failed = text, None
            else:
                self._failed = text
        finally:
            self._saving = False

    def load(self, text: str, *, force: bool = False) -> None:
        """Show *text* from the database (unless unsaved typing is in the field)."""
        if self.pending and not force:
            return
        self.timer.stop()
        self._saved, self._failed = text, None
        if self.edit.toPlainText() == text:
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
