"""แฟ้ม → กู้คืนจากข้อมูลสำรอง: the backups of this database, newest first; restore one.

Each row says when (พ.ศ.), why (daily, before a bundle, by hand…), what it holds
(offices, years, evidence files) and its size. Restoring checks the backup first
(``services.restore``), keeps the current file aside under a dated name, and then the
program opens the restored file anew: the window lets go of its database (and its
single-writer lock) before the file is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services.backup import backups_of
from mk3desk.services.backup_list import BackupInfo
from mk3desk.services.restore import restore
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext
from mk3desk.ui.dates import shown_datetime
from mk3desk.ui.launch import REOPEN_PROPERTY  # launch reopens the file once the lock is free


def reason_text(reason: str) -> str:
    texts = {
        "manual": QCoreApplication.translate("RestoreDialog", "สำรองเอง"),
        "daily": QCoreApplication.translate("RestoreDialog", "สำรองประจำวัน"),
        "before-import": QCoreApplication.translate("RestoreDialog", "ก่อนรับงาน"),
        "before-year": QCoreApplication.translate("RestoreDialog", "ก่อนสร้างปีงบประมาณ"),
        "before-restore": QCoreApplication.translate("RestoreDialog", "ก่อนกู้คืน"),
        "before-upgrade": QCoreApplication.translate("RestoreDialog", "ก่อนปรับรุ่นฐานข้อมูล"),
    }
    return texts.get(reason, reason)


def _size_text(size: int) -> str:
    megabytes = size / 1_000_000
    return QCoreApplication.translate("RestoreDialog", "{size} เมกะไบต์").format(
        size=f"{megabytes:,.1f}"
    )


class RestoreDialog(QDialog):
    def __init__(
        self, context: AppContext, parent: QWidget | None = None, extra: tuple[Path, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("กู้คืนจากข้อมูลสำรอง"))
        self.context = context
        path = context.database.path
        self.backups: list[BackupInfo] = backups_of(path, extra) if path is not None else []
        intro = QLabel(
            self.tr(
                "เลือกข้อมูลสำรองที่จะกู้คืน ข้อมูลปัจจุบันจะถูกเก็บไว้ข้างไฟล์เดิมพร้อมวันเวลา "
                "(ไม่ถูกลบ) แล้วโปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.backups), 5, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("วันเวลา"),
                self.tr("เหตุที่สำรอง"),
                self.tr("สำนักงาน / ปีงบประมาณ"),
                self.tr("ไฟล์หลักฐาน"),
                self.tr("ขนาด"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, info in enumerate(self.backups):
            holds = "; ".join(info.offices) + (
                " · " + ", ".join(str(y) for y in info.years) if info.years else ""
            )
            cells = (
                shown_datetime(info.created),
                reason_text(info.reason),
                holds,
                str(info.evidence_files),
                _size_text(info.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.location) if column == 0 else text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        if self.backups:
            self.table.selectRow(0)
        self.empty = QLabel(self.tr("ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้"), self)
        self.empty.setVisible(not self.backups)
        self.restore_button = QPushButton(self.tr("กู้คืนข้อมูลสำรองที่เลือก…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(self.backups) and not context.read_only)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 900, 520
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self, *, confirm: bool = True) -> bool:
        """Restore the chosen backup; True when done (the program then reopens the file)."""
        chosen, path = self.selected(), self.context.database.path
        if chosen is None or path is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("ยืนยันการกู้คืน"),
                self.tr(
                    "กู้คืนข้อมูลสำรองเมื่อ {when} แทนข้อมูลปัจจุบัน?\n"
                    "งานที่บันทึกหลังจากนั้นจะไม่อยู่ในข้อมูลที่กู้คืน "
                    "(ข้อมูลปัจจุบันเก็บไว้เป็นไฟล์แยกข้างไฟล์เดิม)"
                ).format(when=shown_datetime(chosen.created)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # The window lets go of the file; a failed restore leaves it usable again.
        self.context.database.engine.dispose()
        result = run_action(
            self, lambda: restore(path, chosen.location, actor=self.context.actor), busy=True
        )
        if result is None:
            return False
        QMessageBox.information(
            self,
            self.tr("กู้คืนเรียบร้อย"),
            self.tr(
                "กู้คืนข้อมูลสำรองเมื่อ {when} แล้ว\nข้อมูลเดิมเก็บไว้ที่ {aside}\nโปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่"
            ).format(
                when=shown_datetime(chosen.created),
                aside=str(result.kept_aside) if result.kept_aside else "-",
            ),
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.setProperty(REOPEN_PROPERTY, str(path))
        self.accept()
        window = self.parentWidget()
        if window is not None:
            window.window().close()
        return True
