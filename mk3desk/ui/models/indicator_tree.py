"""The Indicators tree: หมวด → item/indicator, and the proxy that searches, filters and sorts it.

The model holds plain ``CategoryRows`` from ``services.indicator_view`` (no database
access here). Two levels: a top-level row per category, its indicators below. The
internal pointer of an index is the category number for indicator rows and 0 for
category rows, so ``parent()`` needs no Python objects kept alive by Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thainum import format_score
from mk3desk.domain.thaisort import person_sort_key, thai_sort_key
from mk3desk.domain.workflow import STATE_ORDER, STATE_TITLES, State
from mk3desk.services.indicator_view import CategoryRows, IndicatorRow
from mk3desk.ui.dates import shown_date
from mk3desk.ui.thai_wrap import ZWSP, wrap_hint

AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a Python value the proxy compares
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the IndicatorRow (None on a category row)
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # indicator id (None on a category row)


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    OWNER = 2
    STATE = 3
    DEADLINE = 4
    SCORE = 5
    EVIDENCE = 6


def code_key(code: str) -> tuple[int, ...]:
    """ "7.2.10" after "7.2.9": codes compare as numbers, part by part."""
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


class IndicatorTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._categories: list[CategoryRows] = []
        self._number_to_row: dict[int, int] = {}
        self._wrapped: dict[str, str] = {}  # wrap_hint is slow-ish: once per title

    # -- data in --------------------------------------------------------------------
    def set_categories(self, categories: Sequence[CategoryRows]) -> None:
        self.beginResetModel()
        self._categories = list(categories)
        self._number_to_row = {c.number: n for n, c in enumerate(self._categories)}
        self.endResetModel()

    def indicator_index(self, indicator_id: int, column: int = 0) -> QModelIndex:
        for n, cat in enumerate(self._categories):
            for m, row in enumerate(cat.rows):
                if row.indicator_id == indicator_id:
                    return self.index(m, column, self.index(n, 0))
        return QModelIndex()

    # -- structure ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        category = self._categories[parent.row()]
        return self.createIndex(row, column, category.number)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        number = child.internalId()
        if number == 0:
            return QModelIndex()
        return self.createIndex(self._number_to_row[number], 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._categories)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._categories[parent.row()].rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.CODE: QCoreApplication.translate("IndicatorTreeModel", "รหัส"),
            Column.TITLE: QCoreApplication.translate("IndicatorTreeModel", "ประเด็น / ตัวชี้วัด"),
            Column.OWNER: QCoreApplication.translate("IndicatorTreeModel", "ผู้รับผิดชอบ"),
            Column.STATE: QCoreApplication.translate("IndicatorTreeModel", "สถานะ PDCA"),
            Column.DEADLINE: QCoreApplication.translate("IndicatorTreeModel", "กำหนดส่ง"),
            Column.SCORE: QCoreApplication.translate("IndicatorTreeModel", "คะแนนตนเอง"),
            Column.EVIDENCE: QCoreApplication.translate(
                "IndicatorTreeModel", "หลักฐาน (ไฟล์ · เกณฑ์)"
            ),
        }
        return titles.get(Column(section)) if 0 <= section < len(Column) else None

    # -- data out -------------------------------------------------------------------
    def row_at(self, index: AnyIndex) -> IndicatorRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._categories[self._number_to_row[index.internalId()]].rows[index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = Column(index.column())
        row = self.row_at(index)
        if row is None:
            return self._category_data(self._categories[index.row()], column, role)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.indicator_id
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.EVIDENCE and row.kind is not IndicatorKind.OUTCOME:
                return QCoreApplication.translate(
                    "IndicatorTreeModel",
                    "ไฟล์หลักฐาน {files} ไฟล์ · เกณฑ์ที่ทำเครื่องหมายแล้วมีหลักฐาน {with_ev} จาก {met} ข้อ",
                ).format(
                    files=row.evidence_count,
                    with_ev=row.criteria_met_with_evidence,
                    met=row.criteria_met,
                )
            return self._wrap(row.title)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.DEADLINE and row.late:
                return QBrush(QColor("#b71c1c"))
            if column is Column.EVIDENCE and not row.evidence_complete:
                return QBrush(QColor("#8d6e00"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _category_data(self, cat: CategoryRows, column: Column, role: int) -> Any:
        if role == SORT_ROLE:
            return (cat.number,)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.CODE:
                return QCoreApplication.translate("IndicatorTreeModel", "หมวด {number}").format(
                    number=cat.number
                )
            if column is Column.TITLE:
                return self._wrap(cat.title)
            if column is Column.SCORE:
                return format_score(cat.score)
        if role == Qt.ItemDataRole.FontRole:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _wrap(self, text: str) -> str:
        if text not in self._wrapped:
            self._wrapped[text] = wrap_hint(text)
        return self._wrapped[text]

    def _display(self, row: IndicatorRow, column: Column) -> str:
        if column is Column.CODE:
            return row.code
        if column is Column.TITLE:
            return self._wrap(row.title)
        if column is Column.OWNER:
            return row.owner_name or QCoreApplication.translate(
                "IndicatorTreeModel", "— ยังไม่กำหนด —"
            )
        if column is Column.STATE:
            return QCoreApplication.translate("State", STATE_TITLES[row.state])
        if column is Column.DEADLINE:
            if row.deadline is None:
                return ""
            text = shown_date(row.deadline)
            return (
                QCoreApplication.translate("IndicatorTreeModel", "{date} (เลยกำหนด)").format(
                    date=text
                )
                if row.late
                else text
            )
        if column is Column.SCORE:
            return "" if row.score_missing else format_score(row.self_score)
        if column is Column.EVIDENCE:
            if row.kind is IndicatorKind.OUTCOME:
                return QCoreApplication.translate("IndicatorTreeModel", "{files} ไฟล์").format(
                    files=row.evidence_count
                )
            return QCoreApplication.translate(
                "IndicatorTreeModel", "{files} · {with_ev}/{met}"
            ).format(
                files=row.evidence_count,
                with_ev=row.criteria_met_with_evidence,
                met=row.criteria_met,
            )
        return ""

    @staticmethod
    def _sort_value(row: IndicatorRow, column: Column) -> Any:
        if column is Column.CODE:
            return code_key(row.code)
        if column is Column.TITLE:
            return thai_sort_key(row.title)
        if column is Column.OWNER:
            # Unassigned last, whatever the direction of the names.
            return (row.owner_name == "", person_sort_key(row.owner_name))
        if column is Column.STATE:
            return STATE_ORDER.index(row.state)
        if column is Column.DEADLINE:
            return (row.deadline is None, row.deadline or date.max)
        if column is Column.SCORE:
            return row.self_score if not row.score_missing else Decimal(-1)
        return (row.evidence_count, row.criteria_met_with_evidence)


def search_form(text: str) -> str:
    """Text as the search compares it: hints and invisible marks gone, Thai typos fixed."""
    return normalise_text(text.replace(ZWSP, "")).casefold()


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Search (code, title, owner) and filters: mine, late, state, group; Thai sorting.

    A category row stays visible while one of its indicators does.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.mine_of: int | None = None  # person id: owner or backup
        self.late_only = False
        self.state: State | None = None
        self.group_id: int | None = None
        self.setSortRole(SORT_ROLE)
        self._search_cache: dict[int, str] = {}

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = search_form(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(
        self,
        *,
        mine_of: int | None = None,
        late_only: bool = False,
        state: State | None = None,
        group_id: int | None = None,
    ) -> None:
        self.beginFilterChange()
        self.mine_of, self.late_only, self.state, self.group_id = (
            mine_of,
            late_only,
            state,
            group_id,
        )
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def invalidate_rows(self) -> None:
        """The source was reloaded: forget the cached search texts."""
        self._search_cache.clear()

    def _accepts(self, row: IndicatorRow) -> bool:
        if self.mine_of is not None and self.mine_of not in (row.owner_id, row.backup_id):
            return False
        if self.late_only and not row.late:
            return False
        if self.state is not None and row.state is not self.state:
            return False
        if self.group_id is not None and row.group_id != self.group_id:
            return False
        if self._needle:
            hay = self._search_cache.get(row.indicator_id)
            if hay is None:
                hay = search_form(f"{row.code} {row.title} {row.owner_name}")
                self._search_cache[row.indicator_id] = hay
            return self._needle in hay
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        row = model.data(index, ROW_ROLE)
        if row is not None:
            return self._accepts(row)
        return any(
            self._accepts(model.data(model.index(n, 0, index), ROW_ROLE))
            for n in range(model.rowCount(index))
        )

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:  # noqa: N802
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            return super().lessThan(left, right)
        if not left.parent().isValid():
            # Categories stay in their own order (หมวด 1 → 7) whichever way the column sorts.
            ascending = self.sortOrder() is Qt.SortOrder.AscendingOrder
            return bool(a < b) if ascending else bool(a > b)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def state_choices() -> list[tuple[str, State | None]]:
    """(Thai title, state) for the state filter, "all" first."""
    return [(QCoreApplication.translate("IndicatorTreeModel", "ทุกสถานะ"), None)] + [
        (QCoreApplication.translate("State", STATE_TITLES[s]), s) for s in STATE_ORDER
    ]
