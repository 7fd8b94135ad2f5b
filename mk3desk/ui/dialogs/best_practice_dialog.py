"""The narrative texts of the Best Practice write-up, one big field per section.

Each field saves as it is typed (TextAutosave: 1.5 s after the last key, and on
leaving the field), like the PDCA texts. A field left empty prints the default
wording; "ใช้ข้อความเริ่มต้น" puts the default back into the field at once.

While the office server is lost a text waits in its field and is saved when the
connection is back; it is kept on this machine too (ui/drafts.py, under
``Drafts.best_practice(office, year)``), so that closing the dialog or the program
meanwhile loses nothing: the next time the dialog opens, the kept text is back in its
field and saved from there — over the text it was typed over, so a text someone else
saved since is the same keep-mine/use-theirs choice as any save (ui/pdca/text_save.py).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services.best_practice import SECTIONS, load_best_practice, save_best_practice
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.drafts import Drafts
from mk3desk.ui.pdca.autosave import TextAutosave
from mk3desk.ui.pdca.common import banner, show_banner
from mk3desk.ui.pdca.text_save import drafts_of, save_text_over
from mk3desk.ui.screen_fit import fit_size


class BestPracticeDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BestPracticeDialog")
        self.setWindowTitle(self.tr("ข้อความในเอกสารผลงาน Best Practice"))
        # Resizable, and never taller than the screen (a 1366×768 laptop has ≈728 px).
        self.setSizeGripEnabled(True)
        fit_size(self, 900, 720)
        self.context = context
        self.office_id = context.office_id
        office_year = context.office_year
        self.be_year = office_year.be_year if office_year is not None else 0
        self.draft_owner = Drafts.best_practice(self.office_id, self.be_year)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.autosaves: dict[str, TextAutosave] = {}
        self.reset_buttons: dict[str, QPushButton] = {}
        context.connection.connect(self._connection_changed)

        intro = QLabel(
            self.tr(
                "ข้อความเหล่านี้พิมพ์ในเอกสาร Best Practice ของปีงบประมาณ {year} "
                "บันทึกอัตโนมัติขณะพิมพ์ ช่องที่เว้นว่างจะใช้ข้อความเริ่มต้น"
            ).format(year=self.be_year),
            self,
        )
        intro.setWordWrap(True)
        self.banner = banner(self)
        show_banner(
            self.banner,
            self.tr("เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อความไม่ได้") if context.read_only else None,
        )
        body = QWidget(self)
        sections = QVBoxLayout(body)
        texts = self._load()
        for key, heading in SECTIONS:
            sections.addWidget(self._section(body, key, heading, texts.get(key, "")))
        sections.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._restore_drafts()

    def _section(self, parent: QWidget, key: str, heading: str, text: str) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("BestPractice", heading), parent)
        edit = QPlainTextEdit(box)
        edit.setObjectName(f"bp_{key}")
        edit.setPlaceholderText(self.tr("เว้นว่างไว้เพื่อใช้ข้อความเริ่มต้น"))
        edit.setMinimumHeight(70 if key == "title" else 130)
        edit.setReadOnly(self.context.read_only)
        autosave = TextAutosave(edit, partial(self.save_section, key), self)
        autosave.load(text, force=True)
        reset = QPushButton(self.tr("ใช้ข้อความเริ่มต้น"), box)
        reset.setObjectName(f"bp_reset_{key}")
        reset.setEnabled(not self.context.read_only)
        reset.clicked.connect(lambda _c=False, k=key: self.restore_default(k))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reset)
        layout = QVBoxLayout(box)
        layout.addWidget(edit)
        layout.addLayout(row)
        self.edits[key], self.autosaves[key], self.reset_buttons[key] = edit, autosave, reset
        return box

    def _load(self) -> dict[str, str]:
        be_year, office_id = self.be_year, self.office_id
        return self.context.read(lambda s: load_best_practice(s, be_year, office_id))

    def _restore_drafts(self) -> None:
        """Texts typed while the server was lost and never saved (the dialog or the
        program closed meanwhile): back in their fields, saved as typing is."""
        drafts = drafts_of(self.context)
        for key, autosave in self.autosaves.items():
            draft = drafts.get(self.draft_owner, key)
            if draft is None:
                continue
            if draft.text == autosave.text():
                drafts.drop(self.draft_owner, key)  # saved after all
            elif not self.context.read_only:
                autosave.restore(draft.text, draft.base)

    def save_section(self, key: str, text: str) -> bool:
        """Save one section over the text its editor started from; a refusal is shown and
        the text stays in the field (saved by someone else since: the clerk chooses)."""
        office_id, be_year = self.office_id, self.be_year
        return save_text_over(
            self,
            self.context,
            self.autosaves[key],
            text,
            lambda typed, base: (
                lambda s, a: save_best_practice(
                    s, a, {key: typed}, office_id, base={key: base}, be_year=be_year
                )
            ),
            Topic.SETTINGS,
            draft=(self.draft_owner, key),
        )

    def _connection_changed(self, online: bool) -> None:
        if online:
            for autosave in self.autosaves.values():
                autosave.retry()

    def restore_default(self, key: str) -> None:
        if self.save_section(key, ""):
            self.autosaves[key].load(self._load()[key], force=True)

    def flush(self) -> None:
        for autosave in self.autosaves.values():
            autosave.flush()

    def done(self, result: int) -> None:
        self.flush()  # closing never loses the last seconds of typing
        super().done(result)
