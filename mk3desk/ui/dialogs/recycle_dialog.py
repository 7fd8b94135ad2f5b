"""The recycle list of evidence files: restore one, or empty the list (after asking).

A removed file keeps its bytes in the evidence store until the list is emptied, so a
slip of the mouse costs nothing. Restoring goes back to the indicator it came from;
when that indicator is locked the service refuses and the Thai reason is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from mk3desk.services import evidence
from mk3desk.services.evidence import RecycledView
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.dates import shown_datetime
from mk3desk.ui.evidence_panel import format_size
from mk3desk.ui.generated.ui_recycle_dialog import Ui_RecycleDialog
from mk3desk.ui.models.row_table import Index, RowTableModel
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.thai_wrap import wrap_hint


class RecycleModel(RowTableModel[RecycledView]):
    NAME, INDICATOR, DESCRIPTION, SIZE, REMOVED = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("ไฟล์"),
            self.tr("ตัวชี้วัด"),
            self.tr("คำอธิบาย"),
            self.tr("ขนาด"),
            self.tr("ย้ายไปถังขยะเมื่อ"),
        )

    def display(self, row: RecycledView) -> tuple[str, ...]:
        return (
            row.file_name,
            self.tr("{code} (ปี {year})").format(code=row.code, year=row.be_year),
            wrap_hint(row.description),
            format_size(row.size),
            shown_datetime(row.removed_at),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].evidence_id
        return None


class RecycleDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = Ui_RecycleDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = RecycleModel(self)
        table = self.form.recycleTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(
            RecycleModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.form.reasonLabel.setStyleSheet(BANNER_STYLE)
        self.form.reasonLabel.setVisible(context.read_only)
        self.form.reasonLabel.setText(self.tr("เปิดฐานข้อมูลแบบดูอย่างเดียว จึงนำไฟล์กลับคืนหรือล้างถังขยะไม่ได้"))
        self.form.restoreButton.clicked.connect(self.restore_selected)
        self.form.emptyButton.clicked.connect(self.empty)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        context.changed.connect(self._changed)
        self.refresh()

    def _changed(self, topic: str) -> None:
        if topic == Topic.EVIDENCE.value:
            self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.context.read(evidence.recycled_views))
        table = self.form.recycleTable
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long names wrap instead
            table.setColumnWidth(column, min(table.columnWidth(column), 300))
        table.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.context.read_only
        self.form.restoreButton.setEnabled(writable and self.selected() is not None)
        self.form.emptyButton.setEnabled(writable and self.model.rowCount() > 0)

    def selected(self) -> RecycledView | None:
        rows = self.form.recycleTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        evidence_id = chosen.evidence_id
        return try_change(
            self,
            self.context,
            lambda s, a: evidence.restore_evidence(s, a, evidence_id),
            Topic.EVIDENCE,
        )

    def empty(self) -> int:
        """Delete every file in the list for good, after the clerk confirms."""
        count = self.model.rowCount()
        if not count:
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("ล้างถังขยะ"),
            self.tr("ลบไฟล์หลักฐาน {n} ไฟล์ในถังขยะอย่างถาวร? เมื่อลบแล้วจะนำกลับคืนไม่ได้").format(n=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        store = self.context.store
        removed = run_action(
            self,
            lambda: self.context.run(
                lambda s, a: evidence.empty_recycle(s, store, a), Topic.EVIDENCE
            ),
        )
        return removed or 0
