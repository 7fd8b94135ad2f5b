"""SIGKILL during writes: is every write that was reported done still there, and whole?

``bench/reliability.py`` runs :func:`measure_sigkill_writes`; alone:
``PYTHONPATH=$PWD python bench/sigkill.py [--runs N] [--kinds text,excel,...] [--max-delay S]``
(or ``MK3DESK_KILL_RUNS`` / ``MK3DESK_KILL_KINDS`` / ``MK3DESK_KILL_MAX_DELAY``). The
defaults (3 runs of each of the four kinds, kills within 1.5 s) take under a minute;
``--runs 50`` is the thorough measurement (≈13 minutes here; 12 runs took 3.2 min).

For each kind of write a copy of one prepared office is written to by a child process
that loops, doing one write per transaction through the services (as the window and
the CLI do) and printing a line *after* each commit:

* ``text``: ``pdca.save_text`` of indicator 1.1's Do log (a new numbered text each time);
* ``excel``: ``excel.import_workbook`` of every outcome value of the year (one number
  per import, written to a fresh workbook first);
* ``evidence``: ``evidence.add_evidence`` of a new file of random bytes (1 KiB–1 MiB);
* ``backup``: ``backup.backup_now`` of the database and its evidence.

The child is killed with SIGKILL at a random moment after it is ready. Then, as a clerk
would, ``mk3desk check`` (``integrity.check_file``) looks at the file, the database is
reopened, and the reported writes are looked for. Printed per kind and in all: runs,
kills, integrity failures (a check with a PROBLEM), lost commits (reported, not
there), half-applied imports (values of two imports in one database), and the
leftovers the check listed (``.incoming-*`` of a killed attach, ``.partial`` of a
killed backup: expected, and cleaned by the check's offer). The aim: 0, 0, 0.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mk3desk.db.engine import Database
    from mk3desk.domain.office_year import OfficeYear

KINDS = ("text", "excel", "evidence", "backup")
READY = "ready"


# -- the child: writes until killed -----------------------------------------------------------
def child(kind: str, db_path: Path, work: Path, run: int) -> None:
    from mk3desk.db.evidence_store import EvidenceStore
    from mk3desk.db.migrate import open_database
    from mk3desk.services import backup, evidence, excel, lookup, pdca
    from mk3desk.services.context import Actor

    database = open_database(db_path)
    actor, rng = Actor.system(), random.Random(run)
    with database.session() as session:
        office_year = lookup.resolve_year(session, 2567)
        indicator_id = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1").id
    print(READY, flush=True)
    for n in range(1, 1_000_000):
        if kind == "text":
            with database.transaction() as session:
                text = f"r{run} n{n} บันทึกการดำเนินงาน " + "ประชุมคณะทำงาน " * rng.randint(1, 200)
                pdca.save_text(session, actor, indicator_id, pdca.PdcaField.DO_LOG, text)
            print(f"ok {run} {n}", flush=True)
        elif kind == "excel":
            book = _outcome_workbook(database, office_year, work / f"values-{run}-{n}.xlsx", run, n)
            excel.import_workbook(database, "outcomes", office_year, book)
            print(f"ok {run} {n}", flush=True)
            book.unlink()
        elif kind == "evidence":
            source = work / f"หลักฐาน-{run}-{n}.bin"
            source.write_bytes(rng.randbytes(rng.randint(1024, 1024 * 1024)))
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
            with database.transaction() as session:
                store = EvidenceStore(database.evidence_dir)
                evidence.add_evidence(session, store, actor, indicator_id, source)
            print(f"ok {run} {n} {digest}", flush=True)
            source.unlink()
        else:
            target = work / "backups"
            target.mkdir(exist_ok=True)
            result = backup.backup_now(database, target)
            print(f"ok {run} {n} {result.folder}", flush=True)


def _value(run: int, n: int) -> Decimal:
    return Decimal(run * 1000 + n)


def _outcome_workbook(
    database: Database, office_year: OfficeYear, path: Path, run: int, n: int
) -> Path:
    """Every outcome value of the year (three years of each indicator) set to one number."""
    from sqlalchemy import select

    from mk3desk.db.models import YearIndicator
    from mk3desk.excel.kinds import outcomes
    from mk3desk.excel.writer import write_table
    from mk3desk.services import lookup

    with database.session() as session:
        year = lookup.year_of(session, office_year)
        codes = session.scalars(
            select(YearIndicator.code).where(
                YearIndicator.year_id == year.id, YearIndicator.kind == "outcome"
            )
        ).all()
    rows = [
        {"code": code, "be_year": be_year, "value": _value(run, n)}
        for code in codes
        for be_year in (2565, 2566, 2567)
    ]
    return write_table(path, [(outcomes.specs()[0], rows)], kind_marker=outcomes.KEY)


# -- the parent: prepares, kills, checks -------------------------------------------------------
def _prepare(folder: Path) -> Path:
    """An office with year 2567; indicator 1.1 in progress (its Do step editable)."""
    from mk3desk.domain.workflow import State
    from mk3desk.services import lookup, pdca, people, workflow
    from tests.support import DEADLINE, fresh_database, office_with_year, staff

    database = fresh_database(folder, "base.sqlite3")
    office_with_year(database)
    cast = staff(database)
    with database.transaction() as session:
        ind = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1").id
        owner, coordinator = cast["owner"], cast["coordinator"]
        people.assign(session, coordinator, ind, owner_id=owner.person_id, deadline=DEADLINE)
        workflow.move_indicator(session, owner, ind, State.PLANNING)
        pdca.save_text(session, owner, ind, pdca.PdcaField.PLAN, "วางแผนแล้ว")
        workflow.move_indicator(session, owner, ind, State.IN_PROGRESS)
    path = database.path
    database.close()
    assert path is not None
    return path


def _run_once(
    kind: str, db_path: Path, work: Path, run: int, delay: float
) -> tuple[bool, list[str]]:
    """Start the child, kill it *delay* s after it is ready; (killed, lines after commits)."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", kind, str(db_path), str(work), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline().strip()
    if first != READY:
        process.kill()
        raise RuntimeError(f"child did not start: {first} {process.stderr.read()}")
    time.sleep(delay)
    killed = process.poll() is None
    if killed:
        process.send_signal(signal.SIGKILL)
    rest = process.stdout.read()
    process.wait(timeout=60)
    if not killed:
        raise RuntimeError(f"child ended by itself: {process.stderr.read()[-2000:]}")
    return killed, [line for line in rest.splitlines() if line.startswith("ok ")]


def _verify(kind: str, db_path: Path, lines: list[str]) -> tuple[int, int]:
    """(lost commits, half-applied imports) after a run whose reported lines are *lines*."""
    from sqlalchemy import select

    from mk3desk.db.evidence_store import EvidenceStore
    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import EvidenceFile, OutcomeValue
    from mk3desk.services import lookup
    from mk3desk.services.restore import backup_database_file, verify_backup

    database = open_database(db_path)
    try:
        with database.session() as session:
            if kind == "text":
                ind = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
                stored = ind.pdca.do_log if ind.pdca is not None else ""
                head = stored.split(" ")[:2] if stored.startswith("r") else ["r-1", "n0"]
                have = (int(head[0][1:]), int(head[1][1:]))
                last = max(((int(w[1]), int(w[2])) for w in map(str.split, lines)), default=None)
                return (1 if last is not None and have < last else 0), 0
            if kind == "excel":
                values = set(session.scalars(select(OutcomeValue.value)).all())
                half = 1 if len(values) > 1 else 0
                reported = [_value(int(w[1]), int(w[2])) for w in map(str.split, lines)]
                newest = max(reported, default=None)
                lost = 1 if newest is not None and (not values or max(values) < newest) else 0
                return lost, half
            if kind == "evidence":
                rows = set(session.scalars(select(EvidenceFile.sha256)).all())
                store = EvidenceStore(database.evidence_dir)
                lost = sum(
                    1
                    for w in map(str.split, lines)
                    if w[3] not in rows or not store.path_for(w[3]).is_file()
                )
                return lost, 0
        lost = 0
        for w in map(str.split, lines):
            try:
                verify_backup(backup_database_file(Path(w[3])))
            except Exception:
                lost += 1
        return lost, 0
    finally:
        database.close()


def measure_sigkill_writes(runs: int, kinds: tuple[str, ...], max_delay: float) -> dict[str, int]:
    from mk3desk.services.integrity import check_file, leftover_folders
    from mk3desk.services.leftovers import STILL_RUNNING, clean_leftovers, find_leftovers

    print(f"SIGKILL during writes ({runs} runs of each kind, killed 0.05-{max_delay} s in):")
    total: Counter[str] = Counter()
    rng = random.Random(10)
    with tempfile.TemporaryDirectory(prefix="mk3desk-sigkill-") as name:
        folder = Path(name)
        base = _prepare(folder)
        for kind in kinds:
            counts: Counter[str] = Counter()
            work = folder / kind
            work.mkdir()
            db_path = work / "office.sqlite3"
            shutil.copyfile(base, db_path)
            started = time.perf_counter()
            for run in range(1, runs + 1):
                killed, lines = _run_once(kind, db_path, work, run, rng.uniform(0.05, max_delay))
                counts["runs"] += 1
                counts["kills"] += killed
                counts["commits"] += len(lines)
                report = check_file(db_path, backup_folders=[work / "backups"])
                counts["integrity failures"] += 0 if report.ok else 1
                for problem in report.problems():
                    print(f"    run {run}: {problem.text()}")
                leftovers = find_leftovers(
                    _evidence_dir(db_path), leftover_folders(db_path, [work / "backups"])
                )
                counts["leftovers"] += len(leftovers)
                # What the check offers to clean (at once: the child is dead, not still running).
                clean_leftovers(leftovers, now=datetime.now() + STILL_RUNNING)
                lost, half = _verify(kind, db_path, lines)
                counts["lost commits"] += lost
                counts["half-applied imports"] += half
            total.update(counts)
            print(f"  {kind:<9} {_line(counts)}  ({time.perf_counter() - started:.1f} s)")
    print(f"  {'all':<9} {_line(total)}")
    return dict(total)


def _evidence_dir(db_path: Path) -> Path:
    """Where ``Database.evidence_dir`` puts the store of the file *db_path*."""
    return db_path.with_name(db_path.stem + "-evidence")


def _line(counts: Counter[str]) -> str:
    keys = (
        "runs",
        "kills",
        "commits",
        "integrity failures",
        "lost commits",
        "half-applied imports",
        "leftovers",
    )
    return ", ".join(f"{k} {counts[k]}" for k in keys)


def options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    env = os.environ.get
    parser.add_argument("--runs", type=int, default=int(env("MK3DESK_KILL_RUNS", "3")))
    parser.add_argument("--kinds", default=env("MK3DESK_KILL_KINDS", ",".join(KINDS)))
    parser.add_argument(
        "--max-delay", type=float, default=float(env("MK3DESK_KILL_MAX_DELAY", "1.5"))
    )
    args = parser.parse_args(argv)
    args.kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = set(args.kinds) - set(KINDS)
    if unknown:
        parser.error(f"unknown kinds {sorted(unknown)}; choose from {', '.join(KINDS)}")
    return args


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
    else:
        args = options(sys.argv[1:])
        measure_sigkill_writes(args.runs, args.kinds, args.max_delay)
