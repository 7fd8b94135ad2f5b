""" "ส่งออก Excel…" and "นำเข้า Excel…" for the record a window shows.

The SWOT dialog, the committees dialog and the knowledge page each exchange their
record (the year's SWOT, a committee's members, a session's attendance) as a
workbook. This holds the two buttons and runs them through :class:`ExcelActions`
(made on first use, so openpyxl loads only then): the export says where the file
went; the import runs all or nothing with the version the window read, shows its
result, and asks the window to reload after a successful one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from mk3desk.ui.context import AppContext

if TYPE_CHECKING:
    from mk3desk.services.excel.kind import ReadVersion
    from mk3desk.ui.excel_actions import ExcelActions

# The record in view: (its id, or None for a year kind; the version the window read),
# or None when the window shows nothing saved yet.
Shown = Callable[[], "tuple[int | None, ReadVersion] | None"]


class RecordExcel(QObject):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        kind: str,
        shown: Shown,
        reload: Callable[[], None],
        *,
        export_tip: str = "",
        import_tip: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.kind = kind
        self.shown = shown
        self.reload = reload
        self._actions: ExcelActions | None = None
        self.export_button = QPushButton(self.tr("ส่งออก Excel…"), parent)
        self.export_button.setToolTip(export_tip)
        self.import_button = QPushButton(self.tr("นำเข้า Excel…"), parent)
        self.import_button.setToolTip(import_tip)
        self.export_button.clicked.connect(lambda: self.export())
        self.import_button.clicked.connect(lambda: self.start_import())

    def actions(self) -> ExcelActions:
        if self._actions is None:
            from mk3desk.ui.excel_actions import ExcelActions

            self._actions = ExcelActions(self.context, self.window)
            self._actions.import_finished.connect(self._finished)
        return self._actions

    def set_enabled(self, saved: bool, may_write: bool) -> None:
        """A workbook is of a saved record; importing needs the right to write it."""
        self.export_button.setEnabled(saved)
        self.import_button.setEnabled(saved and may_write and not self.context.read_only)

    def export(self, path: str | None = None) -> Path | None:
        record = self.shown()
        if record is None:
            return None
        return self.actions().export(self.kind, path, record_id=record[0])

    def start_import(self) -> bool:
        record = self.shown()
        if record is None:
            return False
        record_id, version = record
        return self.actions().choose_import(self.kind, record_id=record_id, version=version)

    def _finished(self, result: object) -> None:
        from mk3desk.services.excel import ImportReport

        if isinstance(result, ImportReport):
            self.reload()
