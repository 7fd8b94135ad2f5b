"""ช่วยเหลือ → เกี่ยวกับโปรแกรม: the program's name, version and licences (forms/about_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

import mk3desk
from mk3desk.ui.generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_AboutDialog()
        self.form.setupUi(self)  # type: ignore[no-untyped-call]
        self.form.versionLabel.setText(self.tr("รุ่น {version}").format(version=mk3desk.__version__))
