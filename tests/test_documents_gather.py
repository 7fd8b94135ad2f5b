"""Reading a document's data in few queries: the same data as reading it indicator by indicator."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from mk3desk.db.engine import Database
from mk3desk.services import lookup
from mk3desk.services.documents import gather
from mk3desk.services.documents.indicators import (
    indicator_data,
    session_evidence,
    sessions_by_indicator,
)
from tests import prebuilt

TODAY = date(2024, 7, 26)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "office.sqlite3", TODAY)


def test_knowledge_sessions_read_at_once_are_those_read_one_indicator_at_a_time(
    demo: Database,
) -> None:
    with demo.session() as session:
        year = lookup.year_of(session, lookup.resolve_year(session, 2567))
        linked = sessions_by_indicator(session, year)
        with_sessions = 0
        for ind in year.indicators:
            one_by_one = session_evidence(ind)
            assert session_evidence(ind, linked) == one_by_one, ind.code
            assert indicator_data(ind, linked) == indicator_data(ind), ind.code
            with_sessions += bool(one_by_one)
    assert with_sessions >= 2  # the demo's sessions serve several indicators


def test_the_book_reads_its_data_in_few_queries(demo: Database) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with demo.session() as session:
        office_year = lookup.resolve_year(session, 2567)
    event.listen(demo.engine, "before_cursor_execute", count)
    try:
        with demo.session() as session:
            data = gather(session, "book", office_year, today=TODAY)
    finally:
        event.remove(demo.engine, "before_cursor_execute", count)
    assert len(data.content.indicators.indicators) == 34  # type: ignore[union-attr]
    # 139 when each indicator's knowledge sessions and category were read on their own.
    assert len(statements) < 80, len(statements)
