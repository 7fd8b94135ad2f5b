"""The dashboard: where the office stands this year, at a glance.

Big numbers (computed score vs target and band, the official score and the
reconciliation's unexplained remainder), a chart per หมวด, progress by PDCA
state, late and due-soon indicators, the trend over the years and the five steps
that would raise the score most.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.thainum import format_score
from mk3desk.domain.whatif import WhatIfStep
from mk3desk.services.progress import DashboardData, dashboard
from mk3desk.ui import charts
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.models.assignment_model import ID_ROLE, DueModel
from mk3desk.ui.pages.base import Page
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.thai_cells import use_thai_cells

Index = QModelIndex | QPersistentModelIndex


class WhatIfModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[str] = []

    def set_steps(self, steps: Sequence[WhatIfStep]) -> None:
        self.beginResetModel()
        self._texts = [
            wrap_hint(
                self.tr("{code} {title}: {what} → คะแนนรวม {total} (+{gain})").format(
                    code=s.code,
                    title=s.title,
                    what=QCoreApplication.translate("WhatIf", s.template).format(**s.params),
                    total=format_score(s.new_total),
                    gain=format_score(s.gain),
                )
            )
            for s in steps
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()]
        return None


def _big_label(parent: QWidget, point_size: float = 26) -> QLabel:
    label = QLabel(parent)
    font = QFont(label.font())
    font.setPointSizeF(point_size)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _wrapped(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class DashboardPage(Page):
    open_indicator = Signal(int)  # YearIndicator id the user wants to work on

    # Scoring every year is not free: only the page on show recomputes at once.
    REFRESH_ON = frozenset(
        {
            Topic.YEAR,
            Topic.INDICATOR,
            Topic.OFFICIAL,
            Topic.FRAMEWORK,
            Topic.PEOPLE,
            Topic.ELSEWHERE,
        }
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("DashboardPage")
        self.today: date | None = None  # None: the real today (tests fix it)
        self.data: DashboardData | None = None
        self._build()

    # -- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)

        self.heading = _big_label(body, 16)
        self.heading.setWordWrap(True)
        self.poster_button = QPushButton(self.tr("ภาพสรุปสำหรับเผยแพร่…"), body)
        self.poster_button.clicked.connect(self._ask_poster)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.poster_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        figures = QHBoxLayout()
        computed_box = QGroupBox(self.tr("คะแนนที่คำนวณจากข้อมูล"), body)
        grid = QVBoxLayout(computed_box)
        self.computed_label = _big_label(computed_box)
        self.target_label = _wrapped(computed_box)
        self.band_label = _wrapped(computed_box)
        for w in (self.computed_label, self.target_label, self.band_label):
            grid.addWidget(w)
        official_box = QGroupBox(self.tr("ผลประกาศของ สพฐ."), body)
        grid = QVBoxLayout(official_box)
        self.official_label = _big_label(official_box)
        self.official_detail = _wrapped(official_box)
        self.unexplained_label = _wrapped(official_box)
        for w in (self.official_label, self.official_detail, self.unexplained_label):
            grid.addWidget(w)
        figures.addWidget(computed_box, 1)
        figures.addWidget(official_box, 1)
        layout.addLayout(figures)

        charts_grid = QGridLayout()
        self.category_view = charts.chart_view(body)
        self.trend_view = charts.chart_view(body)
        self.state_view = charts.chart_view(body, min_height=190)
        charts_grid.addWidget(self.category_view, 0, 0)
        charts_grid.addWidget(self.trend_view, 0, 1)
        charts_grid.addWidget(self.state_view, 1, 0, 1, 2)
        layout.addLayout(charts_grid)

        lists = QHBoxLayout()
        self.late_model = DueModel(self)
        self.due_model = DueModel(self)
        self.late_box, self.late_view = self._list_box(body, self.late_model)
        self.due_box, self.due_view = self._list_box(body, self.due_model)
        lists.addWidget(self.late_box, 1)
        lists.addWidget(self.due_box, 1)
        layout.addLayout(lists)

        self.what_if_model = WhatIfModel(self)
        self.what_if_box = QGroupBox(self.tr("ทำอะไรแล้วคะแนนรวมเพิ่มมากที่สุด (5 อันดับ)"), body)
        box_layout = QVBoxLayout(self.what_if_box)
        self.what_if_view = QListView(self.what_if_box)
        use_thai_cells(self.what_if_view)
        self.what_if_view.setModel(self.what_if_model)
        self.what_if_view.setMinimumHeight(150)
        box_layout.addWidget(self.what_if_view)
        layout.addWidget(self.what_if_box)

    def _ask_poster(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกภาพสรุปสำหรับเผยแพร่"), self.tr("ภาพสรุป.png"), self.tr("PNG (*.png)")
        )
        if target:
            self.save_poster(Path(target))

    def save_poster(self, png: Path) -> Path | None:
        """The year's summary picture (PNG 1080×1350) and its A4 PDF poster beside it."""
        from mk3desk.services.documents.recognition import poster_data
        from mk3desk.ui.poster_image import write_poster_files

        office_year = self.context.office_year
        if office_year is None:
            return None
        pdf = run_action(
            self,
            lambda: write_poster_files(
                self.context.read(lambda s: poster_data(s, office_year)), png
            ),
            busy=True,
        )
        if pdf is not None:
            QMessageBox.information(
                self,
                self.tr("ภาพสรุปสำหรับเผยแพร่"),
                self.tr("บันทึกภาพ {png} และโปสเตอร์ PDF {pdf} แล้ว").format(png=png, pdf=pdf),
            )
        return pdf

    def _list_box(self, parent: QWidget, model: DueModel) -> tuple[QGroupBox, QListView]:
        box = QGroupBox(parent)
        view = QListView(box)
        view.setModel(model)
        use_thai_cells(view)  # names break only between given name and surname
        view.setMinimumHeight(160)
        view.setToolTip(self.tr("ดับเบิลคลิกเพื่อเปิดตัวชี้วัด"))
        view.activated.connect(self._activated)
        QVBoxLayout(box).addWidget(view)
        return box, view

    # -- refresh --------------------------------------------------------------------
    def load(self) -> None:
        office_year = self.context.office_year
        if office_year is None:
            self.data = None
            self.heading.setText(self.tr("ยังไม่ได้เลือกปีงบประมาณ"))
            return
        today = self.today or date.today()
        data = run_action(
            self, lambda: self.context.read(lambda s: dashboard(s, office_year, today))
        )
        if data is not None:
            self.data = data
            self._show(data)

    def _show(self, d: DashboardData) -> None:
        self.heading.setText(self.tr("ภาพรวมปีงบประมาณ {year}").format(year=d.be_year))
        self.computed_label.setText(format_score(d.computed_total, decimals=d.decimals))
        if d.target is None:
            self.target_label.setText(self.tr("ยังไม่ได้กำหนดค่าเป้าหมาย"))
        elif d.gap_to_target is not None and d.gap_to_target <= 0:
            self.target_label.setText(
                self.tr("ค่าเป้าหมาย {target} — ถึงเป้าหมายแล้ว").format(
                    target=format_score(d.target, decimals=d.decimals)
                )
            )
        else:
            self.target_label.setText(
                self.tr("ค่าเป้าหมาย {target} — ยังขาดอีก {gap}").format(
                    target=format_score(d.target, decimals=d.decimals),
                    gap=format_score(d.gap_to_target or Decimal(0), decimals=d.decimals),
                )
            )
        band = d.band or self.tr("ยังไม่ถึงระดับใด")
        text = self.tr("ระดับ: {band}").format(band=band)
        if d.next_band and d.gap_to_next_band is not None:
            text += self.tr(" · อีก {gap} ถึงระดับ “{next}”").format(
                gap=format_score(d.gap_to_next_band, decimals=d.decimals), next=d.next_band
            )
        self.band_label.setText(wrap_hint(text))

        if d.official_total is None:
            self.official_label.setText("—")
            self.official_detail.setText(self.tr("ยังไม่ได้บันทึกผลประกาศของปีนี้"))
            self.unexplained_label.setText("")
        else:
            self.official_label.setText(format_score(d.official_total, decimals=d.decimals))
            detail = self.tr("ระดับ: {band}").format(band=d.official_band or "—")
            if d.official_rank is not None:
                detail += self.tr(" · ลำดับที่ {rank} ของประเทศ").format(rank=d.official_rank)
            self.official_detail.setText(wrap_hint(detail))
            if d.unexplained is None:
                self.unexplained_label.setText("")
            else:
                self.unexplained_label.setText(
                    wrap_hint(
                        self.tr("ส่วนต่างที่คะแนนรายหมวดอธิบายไม่ได้: {value}").format(
                            value=format_score(d.unexplained, decimals=d.decimals)
                        )
                    )
                )

        charts.show_chart(self.category_view, charts.category_chart(d.categories))
        charts.show_chart(self.trend_view, charts.trend_chart(d.trend))
        charts.show_chart(self.state_view, charts.state_chart(d.states))
        self.late_model.set_items(d.late)
        self.due_model.set_items(d.due_soon)
        self.late_box.setTitle(self.tr("เลยกำหนดส่ง ({count})").format(count=len(d.late)))
        self.due_box.setTitle(
            self.tr("ครบกำหนดภายใน 14 วัน ({count})").format(count=len(d.due_soon))
        )
        self.what_if_model.set_steps(d.what_if)

    def _activated(self, index: QModelIndex) -> None:
        indicator_id = index.data(ID_ROLE)
        if isinstance(indicator_id, int):
            self.open_indicator.emit(indicator_id)
