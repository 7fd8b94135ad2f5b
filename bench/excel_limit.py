"""How many rows the Excel tag limit lets in, and what reading that many costs.

Run ``PYTHONPATH=$PWD python bench/excel_limit.py``. ``mk3desk.excel.safety`` refuses
a workbook whose XML parts hold more than ``DEFAULT_MAX_TAGS`` tags. A clerk thinks in
rows, so this finds the rows that limit means for the two big real kinds, as
``write_table`` (the program's own templates and exports, shared strings as Excel
writes them) lays them out:

* the people sheet (8 columns: name, position, group, four roles, still working);
* the outcome values sheet (5 columns: code, title, year, value, note).

Tags grow linearly with rows, so two sizes give the rows at the limit. Then a people
file just under the limit (and a real-sized one, 3,000 rows) is read and imported in a
child process each (a clean peak RSS): wall and CPU seconds and the peak memory of
``read_rows`` (safe open + every cell checked) and of the whole ``import_workbook`` into
a fresh office. The file just over the limit is checked to be refused.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from mk3desk.domain.errors import ValidationError
from mk3desk.excel.kinds import outcomes, people
from mk3desk.excel.safety import DEFAULT_MAX_TAGS, open_workbook_safely
from mk3desk.excel.writer import write_table

GROUPS = ["กลุ่มอำนวยการ", "กลุ่มนโยบายและแผน", "กลุ่มส่งเสริมการจัดการศึกษา", "หน่วยตรวจสอบภายใน"]
REAL_ROWS = 3_000  # "a few thousand rows": an office's biggest real sheet


def people_rows(count: int) -> list[dict[str, Any]]:
    return [
        {
            "name": f"นางสาวสมศรี ใจดีมาก {n}",
            "position": "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ",
            "group": GROUPS[n % len(GROUPS)],
            "staff": True,
            "reviewer": n % 5 == 0,
            "coordinator": n % 50 == 0,
            "executive": False,
            "active": n % 20 != 0,
        }
        for n in range(count)
    ]


def outcome_rows(count: int) -> list[dict[str, Any]]:
    return [
        {
            "code": f"7.{n // 300}.{n // 3 % 100}",
            "title": f"ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ผ่านเกณฑ์ ตัวชี้วัดที่ {n // 3}",
            "be_year": 2565 + n % 3,
            "value": Decimal(n % 1000) / Decimal(8),
            "note": "ระบบ DMC" if n % 2 else None,
        }
        for n in range(count)
    ]


def write(kind: str, path: Path, count: int) -> Path:
    if kind == people.KEY:
        group_spec, people_spec = people.specs(GROUPS)
        sheets = [(group_spec, [{"name": g} for g in GROUPS]), (people_spec, people_rows(count))]
    else:
        sheets = [(outcomes.specs()[0], outcome_rows(count))]
    return write_table(path, sheets, kind_marker=kind)


def tags(path: Path) -> int:
    """The tags ``excel.safety`` counts: every "<" in the XML parts."""
    with zipfile.ZipFile(path) as archive:
        return sum(
            archive.read(info).count(b"<")
            for info in archive.infolist()
            if info.filename.endswith((".xml", ".rels"))
        )


def rows_at_limit(kind: str, folder: Path) -> tuple[int, float]:
    """(rows that fit under the limit, tags per row) for *kind* as ``write_table`` writes it."""
    small, large = 1_000, 3_000
    t_small = tags(write(kind, folder / f"{kind}-a.xlsx", small))
    t_large = tags(write(kind, folder / f"{kind}-b.xlsx", large))
    per_row = (t_large - t_small) / (large - small)
    fixed = t_small - per_row * small
    return int((DEFAULT_MAX_TAGS - fixed) / per_row), per_row


def refused(path: Path) -> bool:
    try:
        open_workbook_safely(path).close()
    except ValidationError:
        return True
    return False


def child(what: str, kind: str, path: str) -> None:
    """One measurement in this (fresh) process; prints JSON."""
    from mk3desk.services import excel

    with tempfile.TemporaryDirectory(prefix="mk3desk-limit-") as folder:
        database = None
        if what == "import":
            from tests.support import fresh_database

            database = fresh_database(Path(folder))
            from mk3desk.services import years
            from mk3desk.services.context import Actor

            with database.transaction() as session:
                office = years.create_office(session, Actor.system(), name="สำนักงานทดสอบ")
                office_id = office.id
        loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        wall, cpu = time.perf_counter(), time.process_time()
        if database is None:
            rows, problems = excel.read_rows(kind, path)
            done = sum(len(r) for r in rows.values())
            assert not list(problems), list(problems)[:3]
        else:
            report = excel.import_workbook(database, kind, None, path, office_id=office_id)
            done = report.added
            database.close()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"rows": done, "wall": wall, "cpu": cpu, "base_mib": loaded / 1024}
    print(json.dumps({**result, "peak_mib": peak / 1024}))


def measure(what: str, kind: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", what, kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    print(f"Excel tag limit: {DEFAULT_MAX_TAGS:,} tags")
    with tempfile.TemporaryDirectory(prefix="mk3desk-limit-") as name:
        folder = Path(name)
        for kind in (people.KEY, outcomes.KEY):
            rows, per_row = rows_at_limit(kind, folder)
            under = write(kind, folder / f"{kind}-under.xlsx", rows - 100)
            over = write(kind, folder / f"{kind}-over.xlsx", rows + 100)
            print(
                f"  {kind:<9} {per_row:5.1f} tags a row: {rows:,} rows fit "
                f"({rows - 100:,} rows refused: {refused(under)}, "
                f"{rows + 100:,} rows refused: {refused(over)}; "
                f"file at the limit {under.stat().st_size // 1024:,} KiB)"
            )
        group_rows = rows_at_limit(people.KEY, folder)[0] - 100
        for count in (REAL_ROWS, group_rows):
            path = write(people.KEY, folder / f"people-{count}.xlsx", count)
            for what in ("read", "import"):
                r = measure(what, people.KEY, path)
                print(
                    f"  people {count:>6,} rows, {what:<6}: {r['wall']:5.2f} s wall "
                    f"{r['cpu']:5.2f} s CPU, peak {r['peak_mib']:4.0f} MiB "
                    f"(+{r['peak_mib'] - r['base_mib']:.0f} MiB over the loaded program)"
                )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        main()
