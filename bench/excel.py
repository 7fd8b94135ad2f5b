"""Benchmark: the safe Excel reader against a bare openpyxl read-only scan.

Run ``python bench/excel.py [rows]``. Writes a workbook of *rows* (default
10,000) people-like rows with ``write_table``, then times, in the same run and
on the same file, (a) openpyxl ``read_only``/``data_only`` iterating every value,
and (b) ``open_workbook_safely`` + ``read_sheet`` (size/zip checks, full inflate
pass, header mapping, conversion and validation of every cell, duplicates).
Runs alternate, several times; the best CPU time of each is kept. The aim is (b) <= 1.5 x (a).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl

from mk3desk.exchange.columns import Column, ColumnKind, SheetSpec
from mk3desk.exchange.reader import read_sheet
from mk3desk.exchange.safety import open_workbook_safely
from mk3desk.exchange.writer import write_table

GROUPS = ["กลุ่มอำนวยการ", "กลุ่มนโยบายและแผน", "กลุ่มส่งเสริมการจัดการศึกษา", "หน่วยตรวจสอบภายใน"]
SPEC = SheetSpec(
    "บุคลากร",
    (
        Column("code", "รหัสบุคลากร", required=True),
        Column("name", "ชื่อ-สกุล", required=True),
        Column("position", "ตำแหน่ง"),
        Column("group", "กลุ่มงาน", ColumnKind.CHOICE, choices=GROUPS),
        Column("score", "คะแนน", ColumnKind.DECIMAL, number_format="0.00000"),
        Column("tasks", "จำนวนงาน", ColumnKind.INTEGER),
        Column("start", "วันที่เริ่ม", ColumnKind.DATE),
        Column("active", "ปฏิบัติงานอยู่", ColumnKind.BOOL),
    ),
    key_columns=("code",),
)


def _rows(count: int) -> list[dict[str, Any]]:
    first = date(2020, 1, 1)
    return [
        {
            "code": f"P{n:05d}",
            "name": f"นางสาวสมศรี ใจดีมาก {n}",
            "position": "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ",
            "group": GROUPS[n % len(GROUPS)],
            "score": Decimal(n % 500) / Decimal(100) + Decimal("0.00123"),
            "tasks": n % 17,
            "start": first + timedelta(days=n % 1500),
            "active": n % 3 != 0,
        }
        for n in range(count)
    ]


def _bare_scan(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in book["บุคลากร"].iter_rows(values_only=True):
        cells += len(row)
    book.close()
    return cells


def _safe_read(path: Path) -> int:
    with open_workbook_safely(path) as book:
        rows, problems = read_sheet(book, SPEC)
    assert not problems, list(problems)[:3]
    return len(rows)


def _best_pair(path: Path, repeat: int) -> tuple[float, float]:
    """Best CPU time of each reader, runs interleaved.

    CPU time of this process (not wall time) and interleaving keep the
    comparison fair on a busy 2-core machine shared with other work.
    """
    best = {_bare_scan: float("inf"), _safe_read: float("inf")}
    for _ in range(repeat):
        for run in best:
            start = time.process_time()
            run(path)
            best[run] = min(best[run], time.process_time() - start)
    return best[_bare_scan], best[_safe_read]


def main(argv: list[str]) -> None:
    count = int(argv[1]) if len(argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.xlsx"
        start = time.perf_counter()
        write_table(path, [(SPEC, _rows(count))])
        written = time.perf_counter() - start
        assert _safe_read(path) == count
        bare, safe = _best_pair(path, 5)
    print(f"rows: {count}  file written in {written:.2f} s")
    print(f"bare openpyxl read-only scan: {bare:.3f} s CPU")
    print(f"open_workbook_safely + read_sheet: {safe:.3f} s CPU")
    print(f"ratio: {safe / bare:.2f} x (aim <= 1.5)")


if __name__ == "__main__":
    main(sys.argv)
