"""The criteria of a process item, per level: a tick, the criterion, a narrative, evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.framework import LEVEL_ORDER, LEVEL_TITLES_TH
from mk3desk.services import pdca
from mk3desk.services.indicator_view import CriterionView, IndicatorDetail
from mk3desk.ui.pdca.text_save import criterion_draft_key, save_text_over
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.autosave import TextAutosave

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


class CriterionRow(QWidget):
    def __init__(self, work: WorkScreen, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.key = key
        self.setObjectName(f"criterion_{key}")
        self.tick = QCheckBox(key, self)
        self.tick.setObjectName("tick")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setObjectName("narrative")
        self.narrative.setPlaceholderText(self.tr("อธิบายว่าทำเกณฑ์นี้อย่างไร (บันทึกอัตโนมัติ)"))
        self.narrative.setFixedHeight(80)
        self.evidence = QLabel(self)
        self.evidence.setWordWrap(True)
        # Named for its criterion: a row of identical buttons invites a file into the wrong one.
        self.attach = QPushButton(self.tr("แนบหลักฐาน {key}…").format(key=key), self)
        self.attach.setObjectName("attachForCriterion")
        self.attach.setToolTip(self.tr("แนบไฟล์หลักฐานของเกณฑ์ {key}").format(key=key))
        self.autosave = work.register(
            TextAutosave(self.narrative, self._save_narrative, self),
            draft_key=criterion_draft_key(key),
        )
        self.tick.toggled.connect(self._save_tick)
        self.attach.clicked.connect(lambda: work.do.evidence.choose_and_attach(self.key))

        top = QHBoxLayout()
        top.addWidget(self.tick)
        top.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.evidence, 1)
        bottom.addWidget(self.attach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.narrative)
        layout.addLayout(bottom)

    def show_criterion(self, c: CriterionView, *, fresh: bool, editable: bool) -> None:
        self.text.setText(wrap_hint(c.text))
        with QSignalBlocker(self.tick):
            self.tick.setChecked(c.met)
        self.autosave.load(c.narrative, force=fresh)
        if c.evidence_count:
            self.evidence.setText(self.tr("หลักฐาน {n} ไฟล์").format(n=c.evidence_count))
            self.evidence.setStyleSheet("color: #1b5e20")
        elif c.met:
            self.evidence.setText(self.tr("ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน"))
            self.evidence.setStyleSheet("color: #8d6e00")
        else:
            self.evidence.setText(self.tr("ยังไม่มีหลักฐาน"))
            self.evidence.setStyleSheet("color: #616161")
        self.tick.setEnabled(editable)
        self.attach.setEnabled(editable)
        self.narrative.setReadOnly(not editable)

    def _indicator_id(self) -> int | None:
        return self.work.detail.indicator_id if self.work.detail else None

    def _save_tick(self, met: bool) -> None:
        indicator_id = self._indicator_id()
        if indicator_id is None:
            return
        key = self.key
        if not self.work.save(lambda s, a: pdca.set_criterion(s, a, indicator_id, key, met=met)):
            with QSignalBlocker(self.tick):
                self.tick.setChecked(not met)

    def _save_narrative(self, text: str) -> bool:
        indicator_id = self._indicator_id()
        if indicator_id is None:
            return False
        key = self.key
        # Over the narrative the editor started from: someone saved another since, the
        # clerk chooses between the two texts (as for the PDCA texts).
        return save_text_over(
            self,
            self.work.context,
            self.autosave,
            text,
            lambda typed, base: (
                lambda s, a: pdca.set_criterion(
                    s, a, indicator_id, key, narrative=typed, narrative_base=base
                )
            ),
            draft=(indicator_id, criterion_draft_key(key)),
        )


class CriteriaEditor(QWidget):
    """One group per level (Basic / Advance / Significance); rows built once per indicator."""

    def __init__(self, work: WorkScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.work = work
        self.rows: dict[str, CriterionRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._indicator_id: int | None = None

    def _rebuild(self, detail: IndicatorDetail) -> None:
        for row in self.rows.values():
            self.work.unregister(row.autosave)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = {}
        for level in LEVEL_ORDER:
            criteria = [c for c in detail.criteria if c.level is level]
            if not criteria:
                continue
            title = QCoreApplication.translate("Level", LEVEL_TITLES_TH[level])
            extra = detail.level_titles.get(level, "")
            # A group box title never wraps, and a level's own title can be a long
            # sentence: the box names the level, a wrapped label under it says the rest.
            box = QGroupBox(title, self)
            box.setObjectName(f"level_{level.name.lower()}")
            box_layout = QVBoxLayout(box)
            if extra:
                label = QLabel(wrap_hint(extra), box)
                label.setObjectName("levelTitle")
                label.setWordWrap(True)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                box_layout.addWidget(label)
            for c in criteria:
                row = CriterionRow(self.work, c.key, box)
                box_layout.addWidget(row)
                self.rows[c.key] = row
            self._layout.addWidget(box)
        self._indicator_id = detail.indicator_id

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool, editable: bool) -> None:
        if (
            fresh
            or detail.indicator_id != self._indicator_id
            or set(self.rows) != {c.key for c in detail.criteria}
        ):
            self._rebuild(detail)
            fresh = True
        for c in detail.criteria:
            self.rows[c.key].show_criterion(c, fresh=fresh, editable=editable)
