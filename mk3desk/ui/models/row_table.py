"""The base of the read-only table models: frozen rows from a service, texts worked out once.

A subclass says what its columns are called (``headers``) and what one row shows
(``display``); the base keeps the rows, answers Qt's counting and header questions,
and looks the texts up in ``data``. The texts are computed in ``set_rows`` and not in
``data()``: Thai word hints (wrap_hint) are not free, and data() runs on every paint.
Changes never go through the model (no setData): dialogs call services.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._display: list[tuple[str, ...]] = []
        # The column titles, translated once: Qt asks for the column count thousands of
        # times while a table sizes its rows (a fifth of the People page's refit was
        # spent translating the same titles again). The language is set at start-up.
        self._titles: tuple[str, ...] | None = None

    # -- what a subclass says ------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: R) -> tuple[str, ...]:
        """The text of every column of *row*, in column order."""
        raise NotImplementedError

    # -- what the base does --------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [self.display(r) for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def text(self, index: Index) -> str:
        return self._display[index.row()][index.column()]

    def matches(self, row: int, words: list[str]) -> bool:
        """Whether each of *words* (folded to lower case) is in one of the row's texts:
        a page's search box hides the other rows."""
        shown = " ".join(self._display[row]).replace("\u200b", "").casefold()
        return all(word in shown for word in words)

    def valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def titles(self) -> tuple[str, ...]:
        """``headers()``, worked out once."""
        if self._titles is None:
            self._titles = self.headers()
        return self._titles

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.titles())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None
