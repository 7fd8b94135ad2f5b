"""The Indicators tree model and its proxy: Qt's model rules, Thai search, filters, Thai sort."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import State
from mk3desk.services.indicator_view import CategoryRows, IndicatorRow
from mk3desk.ui.models.indicator_tree import (
    ID_ROLE,
    Column,
    IndicatorFilterProxy,
    IndicatorTreeModel,
    search_form,
)

pytestmark = pytest.mark.gui


def row(
    indicator_id: int,
    code: str,
    title: str,
    owner: tuple[int, str] | None = None,
    *,
    backup_id: int | None = None,
    group_id: int | None = None,
    state: State = State.IN_PROGRESS,
    late: bool = False,
    score: str = "0",
) -> IndicatorRow:
    return IndicatorRow(
        indicator_id=indicator_id,
        code=code,
        title=title,
        kind=IndicatorKind.OUTCOME if code.startswith("7") else IndicatorKind.PROCESS,
        category_number=int(code.split(".")[0]),
        owner_id=owner[0] if owner else None,
        owner_name=owner[1] if owner else "",
        backup_id=backup_id,
        group_id=group_id,
        state=state,
        deadline=date(2026, 12, indicator_id) if indicator_id <= 28 else None,
        late=late,
        self_score=Decimal(score),
        score_missing=score == "0",
        evidence_count=indicator_id % 3,
        criteria_met=2,
        criteria_met_with_evidence=1,
    )


SOMSRI = (1, "นางสาวสมศรี ใจดี")
PRASERT = (2, "นายประเสริฐ วงศ์ศรีสุข")
ANAN = (3, "นายอนันต์ เกิดผล")

CATEGORIES = [
    CategoryRows(
        1,
        "การนำองค์การ",
        Decimal("3.5"),
        (
            row(1, "1.1", "ระบบการนำองค์การ", SOMSRI, group_id=10, score="4.5"),
            row(2, "1.2", "เป้าหมายการกำกับดูแล", PRASERT, backup_id=1, late=True, score="3"),
            row(3, "1.10", "การป้องกันทุจริต", None, state=State.NOT_STARTED),
            row(4, "1.9", "ไกลเกลี่ยข้อพิพาท", ANAN, group_id=11, state=State.LOCKED, score="5"),
        ),
    ),
    CategoryRows(
        7,
        "ผลลัพธ์การดำเนินการ",
        Decimal("4"),
        (
            row(5, "7.1.1", "ร้อยละนักเรียนอ่านออก", ANAN, group_id=11, score="2.5"),
            row(6, "7.2.1", "แผนงานเชิงรุก", SOMSRI, group_id=10, late=True, score="4"),
        ),
    ),
]


@pytest.fixture
def proxy(qapp: object) -> IndicatorFilterProxy:
    model = IndicatorTreeModel()
    model.set_categories(CATEGORIES)
    proxy = IndicatorFilterProxy(model)
    proxy.setSourceModel(model)
    proxy.sort(Column.CODE, Qt.SortOrder.AscendingOrder)
    return proxy


def shown(proxy: IndicatorFilterProxy) -> list[str]:
    codes = []
    for n in range(proxy.rowCount()):
        parent = proxy.index(n, 0)
        codes += [proxy.index(m, 0, parent).data() for m in range(proxy.rowCount(parent))]
    return codes


def column(proxy: IndicatorFilterProxy, col: Column, category: int = 0) -> list[str]:
    parent = proxy.index(category, 0)
    return [proxy.index(m, col, parent).data() for m in range(proxy.rowCount(parent))]


def test_tree_model_follows_qt_model_rules(qtmodeltester: object, qapp: object) -> None:
    model = IndicatorTreeModel()
    model.set_categories(CATEGORIES)
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    proxy = IndicatorFilterProxy(model)
    proxy.setSourceModel(model)
    proxy.set_search("นา")
    qtmodeltester.check(proxy, force_py=True)  # type: ignore[attr-defined]


def test_tree_shows_categories_over_their_indicators(proxy: IndicatorFilterProxy) -> None:
    assert proxy.rowCount() == 2
    first = proxy.index(0, 0)
    assert first.data() == "หมวด 1"
    assert proxy.index(0, Column.TITLE).data().replace("\u200b", "") == "การนำองค์การ"
    assert proxy.rowCount(first) == 4
    assert proxy.index(0, Column.OWNER, first).data() == "นางสาวสมศรี ใจดี"
    assert proxy.index(0, Column.STATE, first).data() == "กำลังดำเนินการ"
    assert proxy.index(0, Column.SCORE, first).data() == "4.50000"
    assert proxy.index(0, 0, first).data(ID_ROLE) == 1
    # A category row has no indicator behind it.
    assert proxy.index(0, 0).data(ID_ROLE) is None


def test_codes_sort_as_numbers(proxy: IndicatorFilterProxy) -> None:
    assert shown(proxy) == ["1.1", "1.2", "1.9", "1.10", "7.1.1", "7.2.1"]


def test_titles_sort_in_thai_dictionary_order(proxy: IndicatorFilterProxy) -> None:
    proxy.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [t.replace("\u200b", "") for t in column(proxy, Column.TITLE)]
    # เป้าหมาย files under ป, ไกล่เกลี่ย under ก: code-point order would put both last.
    assert titles == ["การป้องกันทุจริต", "ไกลเกลี่ยข้อพิพาท", "เป้าหมายการกำกับดูแล", "ระบบการนำองค์การ"]


def test_owners_sort_in_thai_order_with_unassigned_last(proxy: IndicatorFilterProxy) -> None:
    proxy.sort(Column.OWNER, Qt.SortOrder.AscendingOrder)
    # By given name, as Thai lists are (the title นาย/นางสาว does not count).
    assert column(proxy, Column.OWNER) == [
        "นายประเสริฐ วงศ์ศรีสุข",
        "นางสาวสมศรี ใจดี",
        "นายอนันต์ เกิดผล",
        "— ยังไม่กำหนด —",
    ]


def test_scores_sort_by_value(proxy: IndicatorFilterProxy) -> None:
    proxy.sort(Column.SCORE, Qt.SortOrder.DescendingOrder)
    # Within หมวด 1 highest first, unscored last; the categories keep their order.
    assert proxy.index(0, 0).data() == "หมวด 1"
    assert column(proxy, Column.CODE) == ["1.9", "1.1", "1.2", "1.10"]


def test_search_matches_thai_text_despite_hints_and_typos(proxy: IndicatorFilterProxy) -> None:
    proxy.set_search("ทุจริต")
    assert shown(proxy) == ["1.10"]
    # A zero width space (copied from a wrapped label) does not break the match.
    proxy.set_search("ทุจ\u200bริต")
    assert shown(proxy) == ["1.10"]
    # Tone mark typed before the vowel (a common Thai typo) still finds ไกล่เกลี่ย-like words.
    proxy.set_search("เกลี่ย")
    assert shown(proxy) == ["1.9"]
    proxy.set_search("เกล่ีย")
    assert shown(proxy) == ["1.9"]
    # By owner, by code; a category with nothing left disappears.
    proxy.set_search("สมศรี")
    assert shown(proxy) == ["1.1", "7.2.1"]
    proxy.set_search("7.1")
    assert shown(proxy) == ["7.1.1"]
    assert proxy.rowCount() == 1
    proxy.set_search("")
    assert len(shown(proxy)) == 6


def test_search_form_drops_hints_and_case() -> None:
    assert search_form("ITA\u200bการ") == search_form("itaการ")


def test_filters_mine_late_state_group(proxy: IndicatorFilterProxy) -> None:
    proxy.set_filters(mine_of=1)  # owner of 1.1 and 7.2.1, backup of 1.2
    assert shown(proxy) == ["1.1", "1.2", "7.2.1"]
    proxy.set_filters(late_only=True)
    assert shown(proxy) == ["1.2", "7.2.1"]
    proxy.set_filters(state=State.LOCKED)
    assert shown(proxy) == ["1.9"]
    proxy.set_filters(group_id=11)
    assert shown(proxy) == ["1.9", "7.1.1"]
    proxy.set_filters(mine_of=1, late_only=True)
    assert shown(proxy) == ["1.2", "7.2.1"]
    proxy.set_filters()
    assert len(shown(proxy)) == 6


def test_late_deadline_is_marked(proxy: IndicatorFilterProxy) -> None:
    parent = proxy.index(0, 0)
    late = proxy.index(1, Column.DEADLINE, parent)
    assert late.data() == "2 ธ.ค. 69 (เลยกำหนด)"
    assert late.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert proxy.index(0, Column.DEADLINE, parent).data() == "1 ธ.ค. 69"


def test_indicator_index_finds_rows(qapp: object) -> None:
    model = IndicatorTreeModel()
    model.set_categories(CATEGORIES)
    index = model.indicator_index(6)
    assert index.isValid() and index.data() == "7.2.1"
    assert not model.indicator_index(99).isValid()
    assert model.parent(QModelIndex()) == QModelIndex()
