"""The demo office's work is dated inside its fiscal years, never on the day the demo was made.

Evidence files are attached during each indicator's Do stage (after "in
progress", before "submitted"), so a report of FY2566 shows FY2566 dates; the
year under way has nothing dated after today.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.thaidate import fiscal_year_of, fiscal_year_range
from mk3desk.domain.workflow import State
from mk3desk.services import lookup
from mk3desk.services.demo import create_demo
from tests import prebuilt
from tests.support import fresh_database

TODAY = date(2025, 3, 1)  # five months into FY2568, the demo's year under way (the day
# the GUI and Excel tests use too: one prebuilt demo for all, tests/prebuilt.py)
CURRENT = max(fiscal_year_of(TODAY), 2568)

# (year, indicator code, file name, attached, moved to "in progress", moved to "submitted")
Attached = tuple[int, str, str, datetime, datetime | None, datetime | None]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    """The demo of TODAY as built once for the run (tests/prebuilt.py)."""
    return prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "office.sqlite3", TODAY)


def attached_files(database: Database) -> list[Attached]:
    rows: list[Attached] = []
    with database.session() as session:
        for be_year in (2566, 2567, CURRENT):
            for indicator in lookup.find_year(session, be_year).indicators:
                moved = {t.to_state: t.at for t in reversed(indicator.transitions)}
                for evidence in indicator.evidence:
                    rows.append(
                        (
                            be_year,
                            indicator.code,
                            evidence.file_name,
                            evidence.added_at,
                            moved.get(State.IN_PROGRESS.value),
                            moved.get(State.SUBMITTED.value),
                        )
                    )
    return rows


def test_every_file_is_attached_during_its_indicators_do_stage(demo: Database) -> None:
    rows = attached_files(demo)
    assert {row[0] for row in rows} == {2566, 2567, CURRENT}
    for be_year, code, name, at, started, submitted in rows:
        first, last = fiscal_year_range(be_year)
        where = (be_year, code, name, at)
        assert first <= at.date() <= last, where
        assert at.date() <= TODAY, where
        assert started is not None and started < at, where
        assert submitted is None or at < submitted, where


def test_the_year_under_way_has_no_step_dated_after_today(demo: Database) -> None:
    first, _ = fiscal_year_range(CURRENT)
    with demo.session() as session:
        moves = [
            t.at.date()
            for i in lookup.find_year(session, CURRENT).indicators
            for t in i.transitions
        ]
    assert moves and all(first <= day <= TODAY for day in moves)


def test_the_dates_do_not_depend_on_when_the_demo_is_made(demo: Database, tmp_path: Path) -> None:
    # A second build of the same day, made now (the fixture's was made earlier in the run).
    again = fresh_database(tmp_path)
    create_demo(again, today=TODAY)
    assert attached_files(again) == attached_files(demo)
