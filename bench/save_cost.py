"""What one save costs: SQL statements and client CPU of a PDCA text save and a tick.

    PYTHONPATH=$PWD python3 bench/save_cost.py [--saves 200] [--profile OUT.prof]
                                               [--sqlite-only] [--show-sql]

The saves ``bench/server.py`` makes, one client alone: ``pdca.save_text`` with ``base=``
(the editor's last text) and ``pdca.set_criterion`` toggling a criterion after reading it
in the same unit of work (as the bench does), and the window's tick (``set_criterion``
alone), each one unit of work (``Database.transaction``), on a copy of the demo
office in a SQLite file and on a throwaway PostgreSQL server (``server init`` +
``server import``, bench/pg_throwaway.py). Counts the statements each save sends
(SQLAlchemy's ``before_cursor_execute``: an executemany is one; BEGIN/COMMIT on the
server are the driver's and not counted, nor pool_pre_ping's ping) and the client's
CPU (``time.process_time``) per save. ``--profile`` writes a cProfile (CPU time) of
the server saves (``python3 -m pstats OUT.prof``). Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

# bench/ is on the path when a bench script runs
from pg_throwaway import ThrowawayServer
from server import build_office, seats
from sqlalchemy import event


def _statements(database: Any, sink: list[str]) -> Callable[..., None]:
    def noted(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        flat = " ".join(statement.split())
        sink.append(flat if len(flat) <= 160 else f"{flat[:100]} … {flat[-55:]}")

    event.listen(database.engine, "before_cursor_execute", noted)
    return noted


def measure(url: str, saves: int, profile: Path | None, show_sql: bool) -> None:
    from mk3desk.db.migrate import open_database
    from mk3desk.services import accounts, pdca
    from mk3desk.services.lookup import get_indicator

    seat = seats(url, 1, 0)[0]
    database = open_database(url)
    with database.transaction() as session:
        actor = accounts.verify_login(session, seat.user_name, seat.password).actor
    assert actor is not None
    with database.session() as session:
        record = get_indicator(session, seat.indicator_id).pdca
        text = (record.plan_text if record else None) or ""
    sql: list[str] = []
    listener = _statements(database, sql)
    key = seat.criteria[0] if seat.criteria else None

    def save_text(n: int) -> None:
        nonlocal text
        new = f"{text}\nบันทึกครั้งที่ {n}: ดำเนินกิจกรรมตามแผน".lstrip()
        with database.transaction() as session:
            pdca.save_text(session, actor, seat.indicator_id, pdca.PdcaField.PLAN, new, base=text)
        text = new

    def tick(n: int) -> None:
        assert key is not None
        with database.transaction() as session:  # as bench/server.py: read, then toggle
            indicator = get_indicator(session, seat.indicator_id)
            result = next(c for c in indicator.criteria if c.key == key).result
            met = bool(result and result.met)
            pdca.set_criterion(
                session, actor, seat.indicator_id, key, met=not met, narrative=f"ครั้งที่ {n}"
            )

    def window_tick(n: int) -> None:
        assert key is not None
        with database.transaction() as session:  # as the window's check box: the click alone
            pdca.set_criterion(session, actor, seat.indicator_id, key, met=n % 2 == 0)

    profiler = cProfile.Profile(time.process_time) if profile is not None else None
    kinds = (
        ("save_text", save_text),
        ("set_criterion after reading (bench/server.py)", tick),
        ("set_criterion alone (the window)", window_tick),
    )
    for name, save in kinds:
        if save is not save_text and key is None:
            continue
        save(0)  # warm: caches, compiled statements, the pool's connection
        counts: list[int] = []
        cpu: list[float] = []
        for n in range(1, saves + 1):
            sql.clear()
            began = time.process_time()
            if profiler is not None:
                profiler.enable()
            save(n)
            if profiler is not None:
                profiler.disable()
            cpu.append((time.process_time() - began) * 1000)
            counts.append(len(sql))
        print(
            f"  {name}: {statistics.median(counts):.0f} statements "
            f"(min {min(counts)}, max {max(counts)}), client CPU "
            f"median {statistics.median(cpu):.2f} ms, mean {statistics.mean(cpu):.2f} ms"
        )
        if show_sql:
            for statement, times in Counter(sql).items():
                print(f"      {times} × {statement}")
    event.remove(database.engine, "before_cursor_execute", listener)
    database.close()
    if profiler is not None and profile is not None:
        profiler.dump_stats(profile)
        print(f"  profile written to {profile}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--profile", type=Path, help="cProfile of the server saves")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--show-sql", action="store_true", help="the statements of the last save")
    args = parser.parse_args()

    from mk3desk.db.migrate import open_database
    from mk3desk.services.demo import create_demo

    folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-save-"))
    server = None if args.sqlite_only else ThrowawayServer()
    try:
        demo = folder / "demo.sqlite3"
        database = open_database(demo)
        try:
            create_demo(database)
        finally:
            database.close()
        print(f"SQLite file ({args.saves} saves each):")
        measure(str(demo), args.saves, None, args.show_sql)
        if server is not None:
            server.start()
            url = server.new_database("office")
            (folder / "server").mkdir()
            build_office(folder / "server", url)
            print(f"PostgreSQL server ({args.saves} saves each):")
            measure(url, args.saves, args.profile, args.show_sql)
    finally:
        if server is not None:
            try:
                server.stop()
            finally:
                server.remove()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
