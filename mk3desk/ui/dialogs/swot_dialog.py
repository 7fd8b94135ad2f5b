"""The year's SWOT analysis: four lists, who took part and when.

Opened from the Plan step of every indicator ("การวิเคราะห์ SWOT ของปี…"): everyone
reads it there as the starting point of their plan; the coordinator (Action.SWOT)
edits and saves it. The lists are typed one item a line; bullets are allowed.
"ส่งออก Excel…" writes the saved analysis as a workbook; "นำเข้า Excel…" (the
coordinator) replaces it with an edited workbook, all or nothing, then reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.rights import Action, Relation, allowed
from mk3desk.domain.swot import QUADRANT_TITLES, Quadrant, Swot, from_texts
from mk3desk.services.swot import SwotView, load_swot, save_swot
from mk3desk.ui.actions import OnConflict, run_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.record_excel import RecordExcel
from mk3desk.ui.screen_fit import fit_size
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit


def _quadrant_title(quadrant: Quadrant) -> str:
    return QCoreApplication.translate("Swot", QUADRANT_TITLES[quadrant])


class SwotDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swotDialog")
        self.context = context
        assert context.office_year is not None
        self.office_year = context.office_year
        self.version: int | None = None
        self.setWindowTitle(
            self.tr("การวิเคราะห์ SWOT ปีงบประมาณ {year}").format(year=self.office_year.be_year)
        )
        actor = context.actor
        self.editable = not context.read_only and (
            actor.full_rights or allowed(Action.SWOT, actor.roles, Relation.NONE)
        )
        self.banner = QLabel(self)
        self.banner.setObjectName("swotBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setText(
            self.tr("ดูได้อย่างเดียว — ผู้ประสานเป็นผู้บันทึกการวิเคราะห์ SWOT ของปี")
            if not context.read_only
            else self.tr("เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขไม่ได้")
        )
        self.banner.setVisible(not self.editable)

        self.lists: dict[Quadrant, QPlainTextEdit] = {}
        grid = QGridLayout()
        for n, quadrant in enumerate(Quadrant):
            box = QGroupBox(_quadrant_title(quadrant), self)
            edit = QPlainTextEdit(box)
            edit.setObjectName(f"swot_{quadrant.value}")
            edit.setPlaceholderText(self.tr("หนึ่งข้อต่อหนึ่งบรรทัด"))
            edit.setTabChangesFocus(True)
            edit.setReadOnly(not self.editable)
            inner = QVBoxLayout(box)
            inner.addWidget(edit)
            grid.addWidget(box, n // 2, n % 2)
            self.lists[quadrant] = edit

        self.participants = QPlainTextEdit(self)
        self.participants.setObjectName("swotParticipants")
        self.participants.setPlaceholderText(
            self.tr("หนึ่งรายต่อหนึ่งบรรทัด เช่น กลุ่มนโยบายและแผน, โรงเรียนบ้านหนองบัว")
        )
        self.participants.setTabChangesFocus(True)
        self.participants.setMaximumHeight(80)
        self.participants.setReadOnly(not self.editable)
        self.held_on = ThaiDateEdit(self)
        self.held_on.setObjectName("swotHeldOn")
        self.held_on.setEnabled(self.editable)
        self.held_on.setMaximumWidth(280)
        form = QFormLayout()
        form.addRow(self.tr("วันที่วิเคราะห์"), self.held_on)
        form.addRow(self.tr("ผู้ร่วมวิเคราะห์"), self.participants)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("บันทึก"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveSwot")
        self.save_button.setVisible(self.editable)
        # The Excel buttons stand apart on the left, away from บันทึก and ปิด.
        self.excel = RecordExcel(
            context,
            self,
            "swot",
            lambda: (None, self.version),
            self.load,
            export_tip=self.tr("บันทึกการวิเคราะห์ SWOT ที่บันทึกไว้แล้วเป็นไฟล์ Excel"),
            import_tip=self.tr("แทนที่การวิเคราะห์ SWOT ของปีด้วยไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)"),
        )
        self.export_button = self.excel.export_button
        self.export_button.setObjectName("exportSwot")
        self.import_button = self.excel.import_button
        self.import_button.setObjectName("importSwot")
        self.import_button.setVisible(self.editable)
        buttons.addButton(self.tr("ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(grid, 1)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        fit_size(self, 1000, 640)
        self.load()

    def load(self) -> None:
        self.show_view(self.context.read(lambda s: load_swot(s, self.office_year)))

    def show_view(self, view: SwotView) -> None:
        """The analysis as read (or as someone else saved it since: "ใช้ของเขา")."""
        self.version = view.version
        for quadrant, edit in self.lists.items():
            edit.setPlainText("\n".join(view.swot.items(quadrant)))
        self.participants.setPlainText("\n".join(view.swot.participants))
        self.held_on.setDate(view.swot.held_on)

    def typed(self) -> Swot:
        self.held_on.commit_text()
        texts = {q: self.lists[q].toPlainText() for q in Quadrant}
        return from_texts(
            texts[Quadrant.STRENGTHS],
            texts[Quadrant.WEAKNESSES],
            texts[Quadrant.OPPORTUNITIES],
            texts[Quadrant.THREATS],
            self.participants.toPlainText(),
            self.held_on.date(),
        )

    def save(self) -> bool:
        swot, version, office_year = self.typed(), self.version, self.office_year

        def save_over(version: int | None) -> int:
            return self.context.run(
                lambda s, a: save_swot(s, a, office_year, swot, version=version), Topic.SWOT
            )

        saved = run_action(
            self,
            lambda: save_over(version),
            on_conflict=OnConflict(
                lambda e: save_over(e.current.version if isinstance(e.current, SwotView) else None),
                lambda e: self.show_view(e.current) if isinstance(e.current, SwotView) else None,
            ),
        )
        if saved is None:
            return False
        self.version = saved
        self.accept()
        return True
