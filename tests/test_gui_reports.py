"""The Reports page as a clerk uses it: pick a document, make it, see it, save it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.errors import StorageError
from mk3desk.services.demo import create_demo
from mk3desk.services.lookup import find_year
from mk3desk.ui.context import AppContext
from mk3desk.ui.pages.reports_page import ReportsPage

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("reports") / "demo.sqlite3")
    create_demo(db, today=date(2024, 7, 26))
    yield db
    db.close()


@pytest.fixture
def page(qapp: Any, qtbot: Any, database: Database) -> ReportsPage:
    context = AppContext(database)
    year = context.read(lambda s: (find_year(s, 2567).office_id, find_year(s, 2567).id))
    context.set_year(*year)
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    return widget


def test_making_a_document_off_the_ui_thread_then_saving_it(
    page: ReportsPage, qtbot: Any, tmp_path: Path
) -> None:
    assert not page.save_button.isEnabled()
    page.select_kind("indicator", "1.1")
    assert page.indicator_box.isEnabled() and page.indicator_box.currentData() == "1.1"
    with qtbot.waitSignal(page.generated, timeout=60_000) as signal:
        page.make_button.click()
        assert page.busy and not page.make_button.isEnabled()
    result = signal.args[0]
    assert result.pages >= 2 and result.outline[0].title.startswith("ตัวชี้วัด ๑.๑")
    assert "หน้า" in page.status.text() and result.code in page.status.text()
    assert page.save_button.isEnabled() and page.make_button.isEnabled()
    assert page.progress.value() == page.progress.maximum() > 0
    target = tmp_path / "รายงาน.pdf"
    page.save_to(target)
    assert target.read_bytes() == Path(result.path).read_bytes()
    with pytest.raises(StorageError, match="บันทึกไฟล์ PDF"):
        page.save_to(tmp_path / "missing" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["รายงาน.pdf"]


def test_only_the_indicator_report_takes_an_indicator(page: ReportsPage) -> None:
    page.select_kind("summary")
    assert not page.indicator_box.isEnabled()
    page.select_kind("indicator")
    assert page.indicator_box.isEnabled()
    assert page.indicator_box.count() == 1 + 34  # "every indicator" and the year's 34
