"""The history of changes (แฟ้ม → ประวัติการแก้ไข): who changed what, when, old → new.

Filters: the person, an indicator code, a range of days (typed or picked in พ.ศ.).
The lines shown can be exported to Excel; the dialog then says where the file went.
Reading only: the history itself is written by the services (db/audit_chain.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services.audit_history import (
    HistoryFilter,
    HistoryLine,
    export_history,
    history,
    history_people,
)
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext
from mk3desk.ui.models.row_table import Index, RowTableModel
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit

_FILTER = "Excel (*.xlsx)"


class HistoryModel(RowTableModel[HistoryLine]):
    WHEN, WHO, WHAT, TARGET, CHANGES = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("เมื่อ"),
            self.tr("ผู้ทำ"),
            self.tr("การกระทำ"),
            self.tr("เป้าหมาย"),
            self.tr("ค่าเดิม → ค่าใหม่"),
        )

    def display(self, row: HistoryLine) -> tuple[str, ...]:
        what = QCoreApplication.translate("History", row.what)
        return (row.when_th, row.who, what, row.target, row.changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.valid(index):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class HistoryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("ประวัติการแก้ไข"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1280, 680)  # fits 1366×768 with the task bar
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("ประวัติการแก้ไขข้อมูล: ใคร ทำอะไร เมื่อไร ค่าเดิมและค่าใหม่"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)

        filters = QGridLayout()
        self.person = QComboBox(self)
        self.person.setObjectName("personFilter")
        self.person.setMinimumWidth(260)
        self.indicator = QLineEdit(self)
        self.indicator.setObjectName("indicatorFilter")
        self.indicator.setPlaceholderText(self.tr("รหัส เช่น 2.1"))
        self.indicator.setMaximumWidth(140)
        self.since = ThaiDateEdit(self)
        self.until = ThaiDateEdit(self)
        for day in (self.since, self.until):
            day.setMinimumWidth(200)
        self.show_button = QPushButton(self.tr("แสดงตามเงื่อนไข"), self)
        self.show_button.setObjectName("showButton")
        self.clear_button = QPushButton(self.tr("ล้างเงื่อนไข"), self)
        for column, (label, widget) in enumerate(
            (
                (self.tr("ผู้ทำ"), self.person),
                (self.tr("ตัวชี้วัด"), self.indicator),
                (self.tr("ตั้งแต่วันที่"), self.since),
                (self.tr("ถึงวันที่"), self.until),
            )
        ):
            filters.addWidget(QLabel(label, self), 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.show_button, 1, 4)
        filters.addWidget(self.clear_button, 1, 5)
        filters.setColumnStretch(6, 1)
        layout.addLayout(filters)

        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.CHANGES, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 210), (2, 230), (3, 120)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("ส่งออกเป็น Excel…"), self)
        self.export_button.setObjectName("exportButton")
        close_button = QPushButton(self.tr("ปิด"), self)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.result_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close_button)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.indicator.returnPressed.connect(self.refresh)
        self.clear_button.clicked.connect(self.clear_filter)
        self.export_button.clicked.connect(lambda: self.export())
        close_button.clicked.connect(self.close)
        self._fill_people()
        self.refresh()

    def _fill_people(self) -> None:
        names = self.context.read(history_people)
        self.person.addItem(self.tr("ทุกคน"), "")
        for name in names:
            self.person.addItem(name, name)

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            person=str(self.person.currentData() or ""),
            indicator=self.indicator.text().strip(),
            since=self.since.date(),
            until=self.until.date(),
        )

    def clear_filter(self) -> None:
        self.person.setCurrentIndex(0)
        self.indicator.clear()
        self.since.setDate(None)
        self.until.setDate(None)
        self.refresh()

    def refresh(self) -> None:
        wanted = self.current_filter()
        lines = run_action(
            self, lambda: self.context.read(lambda s: history(s, self.context.actor, wanted))
        )
        self.model.set_rows(lines or [])
        self.table.resizeRowsToContents()
        self.count_label.setText(self.tr("{n} รายการ").format(n=self.model.rowCount()))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def export(self, path: str | None = None) -> Path | None:
        """Export the lines the filter lets through; say where the file went."""
        path = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("ส่งออกประวัติการแก้ไขเป็น Excel"), "ประวัติการแก้ไข.xlsx", _FILTER
            )[0]
        )
        if not path:
            return None
        wanted, target = self.current_filter(), Path(path)
        written = run_action(
            self,
            lambda: self.context.read(
                lambda s: export_history(s, self.context.actor, wanted, target)
            ),
            busy=True,
        )
        if written is not None:
            self.result_label.setText(self.tr("บันทึกไฟล์ Excel ไว้ที่ {path}").format(path=written))
        return written
