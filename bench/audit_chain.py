"""Benchmark: what the chained audit trail costs a 10,000-row Excel import.

Run ``python bench/audit_chain.py [rows]``. The same import as ``bench/excel.py``
(10,000 outcome values into a year of 3,334 outcome indicators, through
``services.excel.import_workbook``: safe open, reading, checking every row, one bulk
write, the commit), each run into a fresh copy of the same database, alternately
with the audit chain (one ``audit_row`` line per value, read back and hashed as
stored, the entry chained) and without it (the session events removed). The best
CPU time of each is kept. The aim: with the chain at most 10 % slower.

Then the time ``mk3desk check`` spends on the audit trail of the imported file.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _bench_excel() -> Any:
    spec = importlib.util.spec_from_file_location("bench_excel", HERE / "excel.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> None:
    from mk3desk.db.audit_chain import unwatch
    from mk3desk.db.migrate import open_database
    from mk3desk.excel.kinds import outcomes
    from mk3desk.excel.writer import write_table
    from mk3desk.services import excel
    from mk3desk.services.audit_check import check_audit_trail
    from mk3desk.services.lookup import resolve_year

    count = int(argv[1]) if len(argv) > 1 else 10_000
    repeat = 5
    helpers = _bench_excel()
    indicators = -(-count // 3)
    best = {"chained": float("inf"), "plain": float("inf")}
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        original = helpers._outcome_office(base, indicators)
        book = base / "values.xlsx"
        spec = outcomes.specs()[0]
        write_table(
            book, [(spec, helpers._outcome_rows(indicators, count))], kind_marker=outcomes.KEY
        )
        last = base / "last.sqlite3"
        for run in range(repeat):
            for mode in ("chained", "plain"):
                copy = base / f"{mode}{run}.sqlite3"
                shutil.copy(original, copy)
                database = open_database(copy)
                if mode == "plain":
                    unwatch(database._sessions)
                    unwatch(database._writers)
                with database.session() as session:
                    office_year = resolve_year(session, 2567)
                start = time.process_time()
                report = excel.import_workbook(database, outcomes.KEY, office_year, book)
                best[mode] = min(best[mode], time.process_time() - start)
                assert report.added == count, report.summary_th
                database.close()
                if mode == "chained":
                    shutil.copy(copy, last)
                copy.unlink()
        database = open_database(last)
        start = time.perf_counter()
        findings = check_audit_trail(database)
        checked = time.perf_counter() - start
        database.close()
    assert all(f.severity.value == "ok" for f in findings), [f.text() for f in findings]
    chained, plain = best["chained"], best["plain"]
    print(f"outcome values imported: {count} rows (best of {repeat}, CPU time)")
    print(f"import without the audit chain: {plain:.3f} s")
    print(f"import with the audit chain:    {chained:.3f} s")
    print(f"cost of the chain: {100 * (chained / plain - 1):+.1f} % (aim <= +10 %)")
    print(f"check of the audit trail after the import: {checked:.3f} s wall")


if __name__ == "__main__":
    main(sys.argv)
