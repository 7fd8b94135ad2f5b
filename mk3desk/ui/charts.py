"""The dashboard's charts (QtCharts), built from the services' read models.

Scores are Decimal everywhere else; here they become floats only to be drawn —
every number a user reads is formatted text from the Decimal, never from the chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.services.progress import CategoryBar, YearPoint

COMPUTED_COLOUR = QColor("#1565c0")
OFFICIAL_COLOUR = QColor("#ef6c00")
TARGET_COLOUR = QColor("#2e7d32")
# One colour per PDCA state: greys before work, blues while working, greens when done.
STATE_COLOURS: dict[State, QColor] = {
    State.NOT_STARTED: QColor("#bdbdbd"),
    State.PLANNING: QColor("#90caf9"),
    State.IN_PROGRESS: QColor("#1e88e5"),
    State.SUBMITTED: QColor("#ffb74d"),
    State.RETURNED: QColor("#e53935"),
    State.VERIFIED: QColor("#81c784"),
    State.LOCKED: QColor("#388e3c"),
    State.REFLECTED: QColor("#1b5e20"),
}


def chart_view(parent: QWidget | None = None, min_height: int = 260) -> QChartView:
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _score_axis() -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 5)
    axis.setTickCount(6)
    axis.setLabelFormat("%.0f")
    return axis


def category_chart(bars: Sequence[CategoryBar]) -> QChart:
    """Computed vs official score per หมวด (the official set only when entered)."""
    chart = _base_chart(QCoreApplication.translate("Charts", "คะแนนรายหมวด"))
    series = QBarSeries()
    computed = QBarSet(QCoreApplication.translate("Charts", "คำนวณจากข้อมูล"))
    computed.setColor(COMPUTED_COLOUR)
    computed.append([float(b.computed) for b in bars])
    series.append(computed)
    if any(b.official is not None for b in bars):
        official = QBarSet(QCoreApplication.translate("Charts", "ผลประกาศ สพฐ."))
        official.setColor(OFFICIAL_COLOUR)
        official.append([float(b.official) if b.official is not None else 0.0 for b in bars])
        series.append(official)
    chart.addSeries(series)
    # Numbers under the bars and "หมวด" once as the axis title: seven "หมวด n" labels do
    # not fit under bars of a half-width chart and Qt Charts would cut them to "หมว…".
    axis_x = QBarCategoryAxis()
    axis_x.append([str(b.number) for b in bars])
    axis_x.setTitleText(QCoreApplication.translate("Charts", "หมวด"))
    axis_y = _score_axis()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    return chart


def state_chart(counts: Mapping[State, int]) -> QChart:
    """One horizontal bar split by PDCA state: how far the year's work has come."""
    chart = _base_chart(QCoreApplication.translate("Charts", "ความก้าวหน้าตามขั้นตอน PDCA"))
    series = QHorizontalStackedBarSeries()
    for state, count in counts.items():
        if count == 0:
            continue  # an empty segment would still crowd the legend
        bar = QBarSet(f"{QCoreApplication.translate('State', STATE_TITLES[state])} ({count})")
        bar.setColor(STATE_COLOURS[state])
        bar.append([float(count)])
        series.append(bar)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([QCoreApplication.translate("Charts", "ตัวชี้วัด")])
    axis_y.setVisible(False)
    axis_x = QValueAxis()
    axis_x.setRange(0, max(1, sum(counts.values())))
    axis_x.setVisible(False)  # the legend carries the counts; ticks like 8.5 would confuse
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    return chart


def trend_chart(points: Sequence[YearPoint]) -> QChart:
    """Computed and official totals (and the target) over the fiscal years."""
    chart = _base_chart(QCoreApplication.translate("Charts", "แนวโน้มคะแนนรวมรายปี"))
    labels = [
        QCoreApplication.translate("Charts", "ปี {year}").format(year=p.be_year) for p in points
    ]
    lines: list[tuple[str, QColor, list[Decimal | None]]] = [
        (
            QCoreApplication.translate("Charts", "คำนวณจากข้อมูล"),
            COMPUTED_COLOUR,
            [p.computed for p in points],
        ),
        (
            QCoreApplication.translate("Charts", "ผลประกาศ สพฐ."),
            OFFICIAL_COLOUR,
            [p.official for p in points],
        ),
        (
            QCoreApplication.translate("Charts", "ค่าเป้าหมาย"),
            TARGET_COLOUR,
            [p.target for p in points],
        ),
    ]
    axis_x = QBarCategoryAxis()
    axis_x.append(labels)
    axis_y = _score_axis()
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    for name, colour, values in lines:
        if all(v is None for v in values):
            continue
        series = QLineSeries()
        series.setName(name)
        series.setColor(colour)
        series.setPointsVisible(True)
        for x, value in enumerate(values):
            if value is not None:
                series.append(float(x), float(value))
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
    return chart


def show_chart(view: QChartView, chart: QChart) -> None:
    """Put *chart* in *view*, deleting the chart it showed before."""
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()
