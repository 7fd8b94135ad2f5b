"""The user guide inside the program (F1, ช่วยเหลือ → คู่มือการใช้งาน).

Thai HTML pages bundled in ``resources/help/`` with pictures of the real screens
(``tools/screenshots.py --help-images`` refreshes them), shown in a text browser: works
offline, links inside the guide jump to their section, outside links open in the
desktop's browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mk3desk import paths

GUIDE = "guide.html"


def help_dir() -> Path:
    return paths.resource("help")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, section: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("คู่มือการใช้งาน mk3desk"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(help_dir())])
        url = QUrl.fromLocalFile(str(help_dir() / GUIDE))
        if section:
            url.setFragment(section)
        self.browser.setSource(url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # Large enough to read, never larger than the screen (a 1366×768 laptop).
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        available = screen.availableGeometry() if screen is not None else None
        width, height = 900, 680
        if available is not None:
            width, height = min(width, available.width() - 40), min(height, available.height() - 60)
        self.resize(width, height)
