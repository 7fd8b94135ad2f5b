"""The Indicators page: the tree of หมวด → items/indicators with search and filters, and
the PDCA work screen of one indicator in the same place (a stack: list ↔ work)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.thaisort import thai_sort_key
from mk3desk.services.indicator_view import indicator_rows, person_choices
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.models.indicator_tree import (
    ID_ROLE,
    Column,
    IndicatorFilterProxy,
    IndicatorTreeModel,
    state_choices,
)
from mk3desk.ui.pages.base import Page
from mk3desk.ui.pdca.work_screen import WorkScreen
from mk3desk.ui.widgets.column_fit import fit_columns
from mk3desk.ui.widgets.thai_cells import use_thai_cells


class IndicatorTree(QTreeView):
    """Enter opens the indicator, as a double-click does."""

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class IndicatorsPage(Page):
    report_requested = Signal(str)  # an indicator code: the main window opens Reports

    # The list reloads now if shown, else when next shown: typing in the work screen
    # saves every few seconds and must not rebuild a hidden tree each time.
    REFRESH_ON = frozenset(
        {
            Topic.YEAR,
            Topic.ACTOR,
            Topic.INDICATOR,
            Topic.PEOPLE,
            Topic.EVIDENCE,
            Topic.FRAMEWORK,
            Topic.ELSEWHERE,
        }
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("IndicatorsPage")
        self.today = date.today()

        self.model = IndicatorTreeModel(self)
        self.proxy = IndicatorFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("ค้นหา รหัส ชื่อตัวชี้วัด หรือผู้รับผิดชอบ (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.mine = QCheckBox(self.tr("ของฉัน"), self)
        self.mine.setObjectName("mineFilter")
        self.mine.setToolTip(self.tr("ตัวชี้วัดที่ผู้ใช้งานขณะนี้เป็นผู้รับผิดชอบหรือผู้รับผิดชอบสำรอง"))
        self.late = QCheckBox(self.tr("เลยกำหนด"), self)
        self.late.setObjectName("lateFilter")
        self.state = QComboBox(self)
        self.state.setObjectName("stateFilter")
        for title, value in state_choices():
            self.state.addItem(title, value)
        self.group = QComboBox(self)
        self.group.setObjectName("groupFilter")
        self.count = QLabel(self)
        self.count.setObjectName("countLabel")

        self.tree = IndicatorTree(self)
        self.tree.setObjectName("indicatorTree")
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
        use_thai_cells(self.tree)  # titles wrap between words, marks of two lines apart
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.activated.connect(self._open)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.mine)
        filters.addWidget(self.late)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.group, 1)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.tree, 1)
        list_layout.addWidget(self.count)

        self.work = WorkScreen(context, self)
        self.work.back_requested.connect(self.show_list)
        self.work.report_requested.connect(self.report_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.work)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.search.textChanged.connect(self._apply_filters)
        for box in (self.mine, self.late):
            box.toggled.connect(self._apply_filters)
        for combo in (self.state, self.group):
            combo.currentIndexChanged.connect(self._apply_filters)

    # -- loading ------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic == Topic.YEAR.value:
            self.show_list()
        super()._on_changed(topic)
        if topic == Topic.ACTOR.value:
            self._apply_filters()

    def ready_to_refresh(self) -> bool:
        return self.stack.currentIndex() == 0  # the list on show, not the work screen

    def flush(self) -> None:
        self.work.flush()  # typing of the last seconds is saved

    def load(self) -> None:
        office_year = self.context.office_year
        if office_year is None:
            self.model.set_categories([])
            return
        office_id = office_year.office_id
        self.today = date.today()
        categories = self.context.read(lambda s: indicator_rows(s, office_year, self.today))
        people = self.context.read(lambda s: person_choices(s, office_id))
        self._fill_groups({p.group_id: p.group_name for p in people if p.group_id})
        self.proxy.invalidate_rows()
        self.model.set_categories(categories)
        self.tree.expandAll()
        self._fit_columns()
        self._show_count()

    def _fit_columns(self) -> None:
        """Every column as wide as its content and header; the title takes the rest and
        wraps (a name wraps between given name and surname rather than widen its column)."""
        fit_columns(self.tree, Column.TITLE, caps={Column.OWNER: 200}, least=300)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_columns()

    def _fill_groups(self, groups: dict[int, str]) -> None:
        chosen = self.group.currentData()
        with QSignalBlocker(self.group):
            self.group.clear()
            self.group.addItem(self.tr("ทุกกลุ่มงาน"), None)
            for group_id, name in sorted(groups.items(), key=lambda g: thai_sort_key(g[1])):
                self.group.addItem(name, group_id)
            self.group.setCurrentIndex(max(0, self.group.findData(chosen)))

    # -- filtering ----------------------------------------------------------------
    def _apply_filters(self, *_args: object) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_filters(
            mine_of=self.context.actor.person_id if self.mine.isChecked() else None,
            late_only=self.late.isChecked(),
            state=self.state.currentData(),
            group_id=self.group.currentData(),
        )
        self.tree.expandAll()
        self._show_count()

    def _show_count(self) -> None:
        shown = sum(
            self.proxy.rowCount(self.proxy.index(n, 0)) for n in range(self.proxy.rowCount())
        )
        total = sum(
            self.model.rowCount(self.model.index(n, 0)) for n in range(self.model.rowCount())
        )
        self.count.setText(
            self.tr("แสดง {shown} จาก {total} ตัวชี้วัด").format(shown=shown, total=total)
        )

    # -- opening ------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        indicator_id = index.siblingAtColumn(0).data(ID_ROLE)
        if indicator_id is not None:
            self.open_indicator(int(indicator_id))

    def open_indicator(self, indicator_id: int) -> None:
        self.stack.setCurrentIndex(1)
        self.work.open_indicator(indicator_id)

    def show_list(self) -> None:
        if self.stack.currentIndex() == 1:
            self.work.flush()
        self.stack.setCurrentIndex(0)
        if self.stale and self.isVisible():
            self.refresh()

    def focus_search(self) -> bool:  # Page: Ctrl+F (from the work screen: back to the list)
        self.show_list()
        self.search.setFocus()
        self.search.selectAll()
        return True

    def print_current(self) -> bool:  # Page: Ctrl+P on an indicator prints its report
        if self.stack.currentIndex() != 1 or self.work.detail is None:
            return False
        self.work.print_report()
        return True

    def visible_codes(self) -> list[str]:
        """Indicator codes in the order the tree shows them (for tests and reports)."""
        codes: list[str] = []
        for n in range(self.proxy.rowCount()):
            parent = self.proxy.index(n, 0)
            for m in range(self.proxy.rowCount(parent)):
                codes.append(self.proxy.index(m, 0, parent).data())
        return codes
