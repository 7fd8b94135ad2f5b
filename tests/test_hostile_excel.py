"""Hostile workbooks: every one is a Thai refusal or a clean import, never a traceback.

A few hundred files are generated from a real template (``tests/hostile_workbooks``):
damaged archives, damaged XML and hostile content. Each is imported at the
service level, in process, into one office database: a refusal must carry Thai
messages and leave every table exactly as it was; nothing may be written beside
the workbook or in the working folder. A handful go through the command line
(exit 2, Thai on stderr, no traceback).
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear
from mk3desk.domain.errors import ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.safety import open_workbook_safely
from mk3desk.services import excel
from mk3desk.services.excel import ImportRefused
from mk3desk.services.lookup import office_year_of
from tests.cli_support import run_cli
from tests.hostile_workbooks import CLASSES, DAMAGED, good_workbook, hostile_files
from tests.support import fresh_database, office_with_year

THAI = re.compile("[\u0e00-\u0e7f]")


@dataclass
class Office:
    folder: Path  # the data folder: the database and nothing else
    incoming: Path  # where the hostile workbooks are put
    database: Database
    office_year: OfficeYear
    base: bytes
    generated: dict[str, list[tuple[str, bytes]]] = field(default_factory=dict)
    outcomes: dict[str, dict[str, str]] = field(default_factory=dict)

    def files(self, kind: str) -> list[tuple[str, bytes]]:
        if kind not in self.generated:
            self.generated[kind] = list(hostile_files(self.base, kind))
        return self.generated[kind]

    def file(self, kind: str, name: str) -> bytes:
        return dict(self.files(kind))[name]

    @property
    def db_path(self) -> Path:
        return self.folder / "office.sqlite3"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("hostile")
    folder, incoming = root / "data", root / "incoming"
    folder.mkdir()
    incoming.mkdir()
    database = fresh_database(folder)
    year_id = office_with_year(database)
    with database.session() as session:
        year = session.get(FiscalYear, year_id)
        assert year is not None
        chosen = office_year_of(year)
        template = excel.save_template("outcomes", root / "template.xlsx", session, chosen)
    base = good_workbook(template)
    template.unlink()
    try:
        yield Office(folder, incoming, database, chosen, base)
    finally:
        database.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as connection:
        names = [
            n for (n,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            n: connection.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names
        }


def _listing(*folders: Path) -> set[Path]:
    return {path for folder in folders for path in folder.rglob("*")}


def _import(office: Office, name: str, data: bytes) -> str:
    """'refused' or 'imported'; asserts the rules of a refusal."""
    path = office.incoming / f"{name.replace('/', '_')[:80]}.xlsx"
    path.write_bytes(data)
    data_files = {p.name for p in office.folder.iterdir()}
    cwd_files = set(os.listdir())
    before = dump(office.db_path)
    try:
        excel.import_workbook(office.database, "outcomes", office.office_year, path)
        outcome = "imported"
    except ImportRefused as refused:
        assert refused.problems, name
        for problem in refused.problems:
            assert THAI.search(problem.message), (name, str(problem))
        assert dump(office.db_path) == before, name
        outcome = "refused"
    # Nothing written beside the workbook, in the working folder, or new in the data folder
    # (SQLite's own -wal/-shm files excepted).
    assert [p.name for p in office.incoming.iterdir()] == [path.name], name
    assert set(os.listdir()) == cwd_files, name
    new = {p.name for p in office.folder.iterdir()} - data_files
    assert new <= {"office.sqlite3-wal", "office.sqlite3-shm"}, (name, new)
    path.unlink()
    return outcome


def test_the_good_workbook_imports(office: Office) -> None:
    assert _import(office, "good", office.base) == "imported"


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_every_hostile_workbook_is_a_thai_refusal_or_a_clean_import(
    office: Office, kind: str
) -> None:
    files = office.files(kind)
    assert files
    outcomes = {name: _import(office, f"{kind}-{name}", data) for name, data in files}
    office.outcomes[kind] = outcomes
    if kind in DAMAGED:
        assert set(outcomes.values()) == {"refused"}, outcomes


def test_there_are_at_least_200_hostile_workbooks(office: Office) -> None:
    if set(office.outcomes) != set(CLASSES):
        pytest.skip("counted only when every class ran (not with -k)")
    counts = {kind: len(outcomes) for kind, outcomes in office.outcomes.items()}
    assert sum(counts.values()) >= 200, counts
    refused = sum(list(o.values()).count("refused") for o in office.outcomes.values())
    assert refused >= 150, counts  # most are damaged beyond reading


def _problems(office: Office, kind: str, name: str) -> list[str]:
    data = office.file(kind, name)
    path = office.incoming / "one.xlsx"
    path.write_bytes(data)
    try:
        excel.import_workbook(office.database, "outcomes", office.office_year, path, dry_run=True)
    except ImportRefused as refused:
        return [p.message for p in refused.problems]
    finally:
        path.unlink()
    return []


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("flipped", "badblock-xl/worksheets/sheet2.xml", "เสียหาย"),  # zlib.error
        ("compression", "lzma-damaged", "เสียหาย"),  # lzma.LZMAError
        ("shared_strings", "sst-index-99999", "เสียหาย"),  # IndexError in openpyxl
        ("entities", "laughs-xl/sharedStrings.xml", "เสียหาย"),  # defusedxml
        ("bombs", "bomb-ratio", "ขยายตัว"),
        ("bombs", "bomb-huge-sheet", "ขยายตัว"),
        ("bombs", "bomb-many-members", "ขยายตัว"),
        ("nested", "deep-sheet-beyond-tags", "ไฟล์ «one.xlsx»"),
        ("values", "value-4", "40 ตัวอักษร"),  # 41 digits
        ("values", "value-7", "15 หลัก"),  # 16 digits before the point
        ("values", "value-raw-int-30", "15 หลัก"),  # a number cell of 30 digits
        ("digits", "year-4", "15 หลัก"),  # a year of 23 digits
        ("digits", "digits-6", "ต้องเป็นตัวเลข"),  # Arabic-Indic digits are not ours
        ("formulas", "error-value", "ค่าผิดพลาด #N/A"),
        ("formulas", "date-beyond-9999", "ค่าผิดพลาด #VALUE!"),  # not imported as a source
    ],
)
def test_known_attacks_get_their_own_message(
    office: Office, kind: str, name: str, expected: str
) -> None:
    problems = _problems(office, kind, name)
    assert any(expected in message for message in problems), problems


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("digits", "digits-0"),  # ๘๒.๕
        ("digits", "digits-2"),  # ๑,๒๓๔.๕
        ("values", "value-3"),  # 40 characters is the limit, but 40 digits are too many
        ("nested", "deep-marker-json"),  # the marker's examples are ignored, not a crash
    ],
)
def test_edge_values_read_without_a_traceback(office: Office, kind: str, name: str) -> None:
    problems = _problems(office, kind, name)
    assert all(THAI.search(message) for message in problems)


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``mk3desk *args`` in this process (tests/cli_support.py): an exception that escaped
    the command's Thai refusal would fail the test here, as a traceback would there."""
    return run_cli(*args)


def test_the_command_line_refuses_hostile_workbooks_in_thai(office: Office) -> None:
    chosen = [
        ("compression", "lzma-damaged"),
        ("shared_strings", "sst-index-99999"),
        ("values", "value-4"),
    ]
    before = dump(office.db_path)
    for kind, name in chosen:
        data = office.file(kind, name)
        path = office.incoming / f"{name}.xlsx"
        path.write_bytes(data)
        result = _cli(
            "import", "outcomes", "--db", office.db_path, "--year", "2567", "--file", path
        )
        path.unlink()
        assert result.returncode == 2, (name, result.stderr)
        assert THAI.search(result.stderr), (name, result.stderr)
        assert "Traceback" not in result.stderr, (name, result.stderr)
    assert dump(office.db_path) == before


def test_the_outcome_command_refuses_a_value_beyond_the_limits(office: Office) -> None:
    before = dump(office.db_path)
    for value in ("1" * 41, "๙" * 16):  # the other limits: tests/test_values.py
        result = _cli(
            "outcome", "--db", office.db_path, "--year", "2567", "--indicator", "7.6.1",
            "--value", value,
        )  # fmt: skip
        assert result.returncode == 2, (value, result.stdout, result.stderr)
        assert THAI.search(result.stderr) and "Traceback" not in result.stderr, result.stderr
    assert dump(office.db_path) == before


def test_read_rows_never_raises_for_damage(office: Office) -> None:
    # The window reads first (excel.read_rows) and shows the problems: no exception at all.
    for kind in ("shared_strings", "missing_parts"):
        for name, data in office.files(kind):
            path = office.incoming / "read.xlsx"
            path.write_bytes(data)
            try:
                _rows, problems = excel.read_rows("outcomes", path)
            except ValidationError as error:  # pragma: no cover - the failure shown
                pytest.fail(f"{kind}/{name}: {error}")
            assert all(THAI.search(p.message) for p in problems), name
            path.unlink()


def test_too_many_tags_are_refused_before_parsing(office: Office) -> None:
    path = office.incoming / "tags.xlsx"
    path.write_bytes(office.base)
    with pytest.raises(ValidationError, match="มากเกินกว่าที่อ่านได้"):
        open_workbook_safely(path, max_tags=100)
    with pytest.raises(ValidationError, match="มากเกินกว่าที่อ่านได้"):
        open_workbook_safely(path, max_xml_bytes=1000)
    path.unlink()
