"""Generated workbooks: the importer never crashes and never imports half a file.

Starting from a real export, hypothesis types arbitrary values (text, Thai and
full-width digits, numbers, dates, formula-looking text, blanks) into arbitrary
cells, including the header row. Every outcome must be either a report (then
importing the same file again changes nothing: it was applied completely) or
an ImportRefused (then the database is exactly as before).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.problems import ImportRefused
from mk3desk.services import excel
from mk3desk.services.lookup import resolve_year
from tests import prebuilt


def office_year(database: Database, be_year: int) -> OfficeYear:
    """The office-year the window or ``--year`` would resolve (the demo has one office)."""
    with database.session() as session:
        return resolve_year(session, be_year)


YEAR = 2568
SHEETS = {"outcomes": "ค่าผลลัพธ์", "people": "บุคลากร", "assignments": "ผู้รับผิดชอบ"}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("excel-props")
    path = prebuilt.demo_office_file(folder / "demo.sqlite3", date(2025, 3, 1))
    database = open_database(path)
    files = {"db": path}
    for kind in SHEETS:
        files[kind] = excel.export(
            database, kind, office_year(database, YEAR), folder / f"{kind}.xlsx"
        )
    database.close()
    return files


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as connection:
        names = [
            n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }


cell_values = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.sampled_from(
        ["7.1.1", "7.2.2", "9.9", "๒๕๖๗", "１２", "=1+1", "@x", "ใช่", "ไม่ใช่", " ", "\u200b"]
    ),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from([2566, 2567, 2568, 2569]),
)
edits = st.lists(
    st.tuples(st.integers(1, 40), st.integers(1, 8), cell_values), min_size=1, max_size=8
)


def _write(book: Any, sheet: str, changes: list[tuple[int, int, Any]]) -> None:
    for row, column, value in changes:
        cell = book[sheet].cell(row=row, column=column, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # typed text: "=1+1" stays text (formulas: see the reader tests)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(kind=st.sampled_from(sorted(SHEETS)), changes=edits)
def test_generated_workbooks_import_fully_or_not_at_all(
    base: dict[str, Path], tmp_path_factory: pytest.TempPathFactory, kind: str, changes: list[Any]
) -> None:
    folder = tmp_path_factory.mktemp("case")
    db_path = folder / "office.sqlite3"
    shutil.copy(base["db"], db_path)
    book = openpyxl.load_workbook(base[kind])
    _write(book, SHEETS[kind], changes)
    workbook = folder / "edited.xlsx"
    book.save(workbook)
    before = dump(db_path)
    database = open_database(db_path)
    try:
        try:
            excel.import_workbook(database, kind, office_year(database, YEAR), workbook)
        except ImportRefused as refused:
            assert refused.problems
            assert all(str(p) for p in refused.problems)
            assert dump(db_path) == before
            return
        again = excel.import_workbook(database, kind, office_year(database, YEAR), workbook)
        assert (again.added, again.changed) == (0, 0)
    finally:
        database.close()
