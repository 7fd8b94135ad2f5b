"""Every finished save says what it did and where the file went, with "เปิดโฟลเดอร์".

Exports (Excel, bundles, PDFs, templates) used to write their file and show nothing:
the clerk could not tell it was done nor find it. ``show_saved`` opens a small message
(window-modal, not blocking the caller) naming the file and its folder, with a button
that opens the folder; if the desktop cannot open it, the path is shown to copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_folder(parent: QWidget | None, path: Path) -> bool:
    """Open the folder holding *path* in the desktop's file manager; say so if it cannot."""
    folder = path if path.is_dir() else path.parent
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Saved", "เปิดโฟลเดอร์ไม่ได้"),
        QCoreApplication.translate("Saved", "เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ — ไฟล์อยู่ที่ {path}").format(
            path=str(path)
        ),
    )
    return False


def show_saved(parent: QWidget | None, what: str, path: Path) -> QMessageBox | None:
    """Say that *what* (Thai, e.g. "ไฟล์ส่งงาน") was saved at *path*; returns the box.

    Shown over the window it belongs to; with no window (actions driven without one)
    there is nobody to tell, and no box is left floating (None).
    """
    if parent is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("SavedMessage")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Saved", "บันทึกเรียบร้อย"))
    box.setText(
        QCoreApplication.translate("Saved", "บันทึก{what} เรียบร้อยแล้ว: {name}").format(
            what=what, name=path.name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("Saved", "อยู่ในโฟลเดอร์ {folder}").format(folder=str(path.parent))
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder_button = box.addButton(
        QCoreApplication.translate("Saved", "เปิดโฟลเดอร์"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(
        lambda button: open_folder(parent, path) if button is folder_button else None
    )
    box.open()
    return box
