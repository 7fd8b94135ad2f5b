"""Reliability figures: hostile input refused in time; nothing lost to a SIGKILL (prints,
asserts nothing).

Run ``PYTHONPATH=$PWD python bench/reliability.py [hostile] [limits] [sigkill]
[--runs N] [--kinds text,excel,evidence,backup] [--max-delay S]`` (no names: all three;
the options, or ``MK3DESK_KILL_*``, are the SIGKILL measurement's). One function per
measurement:

* :func:`measure_hostile_workbooks`: every workbook of ``tests/hostile_workbooks``
  (a few hundred, 18 classes) imported into a fresh office: counts per class
  (refused / imported) and the slowest files, wall and CPU time.
* :func:`measure_files_at_the_limits`: the costliest files the limits of
  ``mk3desk.excel.safety`` still let openpyxl parse (tags and XML bytes just
  under the limits, deep nesting, a row at Excel's last row) and the same just
  over them. The aim: the worst is refused (or read) in <= 5 s.
* :func:`measure_sigkill` (``bench/sigkill.py``): service-layer text saves, Excel
  imports, evidence attaches and backups in a child process killed with SIGKILL at
  random moments; then ``mk3desk check`` and the reported commits looked for: runs,
  kills, integrity failures, lost commits, half-applied imports (aim: 0). The quick
  default (3 runs of each kind) takes under a minute.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sigkill  # bench/sigkill.py (bench/ is on the path when a bench script runs)

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.safety import DEFAULT_MAX_TAGS, DEFAULT_MAX_XML_BYTES, MIB
from mk3desk.services import excel
from mk3desk.services.lookup import office_year_of
from tests.hostile_workbooks import (
    CLASSES,
    DATA_PART,
    _members,
    _replace,
    good_workbook,
    hostile_files,
)
from tests.support import fresh_database, office_with_year

Office = tuple[Database, OfficeYear, bytes]


@contextmanager
def _office() -> Iterator[tuple[Path, Office]]:
    with tempfile.TemporaryDirectory(prefix="mk3desk-reliability-") as name:
        folder = Path(name)
        database = fresh_database(folder)
        year_id = office_with_year(database)
        with database.session() as session:
            year = session.get(FiscalYear, year_id)
            assert year is not None
            chosen = office_year_of(year)
            template = excel.save_template("outcomes", folder / "template.xlsx", session, chosen)
        try:
            yield folder, (database, chosen, good_workbook(template))
        finally:
            database.close()


def _time_import(folder: Path, office: Office, name: str, data: bytes) -> tuple[str, float, float]:
    """(outcome, wall seconds, CPU seconds) of one import; a traceback is an outcome too."""
    database, chosen, _base = office
    path = folder / "hostile.xlsx"
    path.write_bytes(data)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        excel.import_workbook(database, "outcomes", chosen, path)
        outcome = "imported"
    except excel.ImportRefused:
        outcome = "refused"
    except Exception as error:  # a figure to print, not to hide
        outcome = f"TRACEBACK {type(error).__name__}"
    finally:
        path.unlink()
    return outcome, time.perf_counter() - wall, time.process_time() - cpu


def _row(label: str, outcome: str, wall: float, cpu: float) -> None:
    print(f"  {label:<58} {outcome:<10} {wall:6.2f} s wall {cpu:6.2f} s CPU")


def measure_hostile_workbooks() -> None:
    print("Hostile workbooks (tests/hostile_workbooks.py), imported one by one:")
    with _office() as (folder, office):
        timings: list[tuple[float, float, str, str]] = []
        total: Counter[str] = Counter()
        for kind in CLASSES:
            counts: Counter[str] = Counter()
            for name, data in hostile_files(office[2], kind):
                outcome, wall, cpu = _time_import(folder, office, name, data)
                counts[outcome] += 1
                timings.append((wall, cpu, f"{kind}/{name}", outcome))
            total.update(counts)
            shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            print(f"  {kind:<16} {sum(counts.values()):4d} files: {shown}")
        print(f"  all              {sum(total.values()):4d} files: {dict(sorted(total.items()))}")
        print("  slowest:")
        for wall, cpu, label, outcome in sorted(timings, reverse=True)[:6]:
            _row(label, outcome, wall, cpu)


def _sheet_with(base: bytes, rows: bytes, before: bytes = b"</sheetData>") -> bytes:
    sheet = dict(_members(base))[DATA_PART]
    return _replace(base, {DATA_PART: sheet.replace(before, rows + before, 1)})


_WORD = "ข้อความ".encode()


def _text_cells(count_tags: int) -> bytes:
    """Rows of inline-text cells (the costliest cells for openpyxl): about *count_tags* tags."""
    rows, tags, number = [], 0, 10
    while tags < count_tags:
        cells = b"".join(
            b'<c r="%s%d" t="inlineStr"><is><t>' % (column, number) + _WORD + b"</t></is></c>"
            for column in (b"A", b"B", b"C", b"D", b"E")
        )
        rows.append(b'<row r="%d">%s</row>' % (number, cells))
        tags += 5 * 6 + 2
        number += 1
    return b"".join(rows)


_TWO_LETTERS = bytes(b"ab"[i & 1] for i in range(256))


def _big_text(size: int) -> bytes:
    """One cell of *size* bytes of random a/b: compressible (about 7:1), far from a bomb."""
    text = random.Random(5).randbytes(size).translate(_TWO_LETTERS)
    return b'<row r="9"><c r="E9" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"


LIMIT_FILES: dict[str, Callable[[bytes], bytes]] = {
    "tags just under the limit (inline text cells)": lambda base: _sheet_with(
        base, _text_cells(DEFAULT_MAX_TAGS - 20_000)
    ),
    "tags just over the limit": lambda base: _sheet_with(
        base, _text_cells(DEFAULT_MAX_TAGS + 20_000)
    ),
    "one text cell just under the XML limit": lambda base: _sheet_with(
        base, _big_text(DEFAULT_MAX_XML_BYTES - 2 * MIB)
    ),
    "one text cell over the XML limit": lambda base: _sheet_with(
        base, _big_text(DEFAULT_MAX_XML_BYTES + MIB)
    ),
    "nesting 240,000 deep (480,000 tags)": lambda base: _sheet_with(
        base, b"<x>" * 240_000 + b"</x>" * 240_000, b"<sheetData>"
    ),
    "a cell at Excel's last row": lambda base: _sheet_with(
        base, b'<row r="1048576"><c r="D1048576"><v>1</v></c></row>'
    ),
}


def measure_files_at_the_limits() -> None:
    print("Files at the limits of excel.safety (the worst a hostile file can cost):")
    with _office() as (folder, office):
        worst = 0.0
        for label, build in LIMIT_FILES.items():
            data = build(office[2])
            outcome, wall, cpu = _time_import(folder, office, label, data)
            _row(f"{label} ({len(data) // 1024} KiB)", outcome, wall, cpu)
            worst = max(worst, cpu)
        print(f"  worst: {worst:.2f} s CPU (aim <= 5 s)")


def main(argv: list[str]) -> None:
    names = [a for a in argv if not a.startswith("-") and a in MEASURES]
    options = sigkill.options([a for a in argv if a not in names])

    def measure_sigkill() -> None:
        sigkill.measure_sigkill_writes(options.runs, options.kinds, options.max_delay)

    chosen: dict[str, Callable[[], None]] = {
        "hostile": measure_hostile_workbooks,
        "limits": measure_files_at_the_limits,
        "sigkill": measure_sigkill,
    }
    for name in names or MEASURES:
        started = time.perf_counter()
        chosen[name]()
        print(f"  ({time.perf_counter() - started:.1f} s)\n")


MEASURES = ("hostile", "limits", "sigkill")

if __name__ == "__main__":
    main(sys.argv[1:])
