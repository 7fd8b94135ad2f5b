"""Many clerks on one office server: saves per second, save latency, and no lost update.

    PYTHONPATH=$PWD python3 bench/server.py [--clients 20] [--seconds 60] [--pause 2]
                                            [--shared 4]
    PYTHONPATH=$PWD python3 bench/server.py --pause 0.25      # the saturation run

Starts a throwaway PostgreSQL server (bench/pg_throwaway.py), runs ``mk3desk server init``
and ``server import`` of a freshly built demo office, gives the people who own or back
up the open indicators of the newest year an account (as the coordinator would, through
``accounts.create_account``), then forks *clients* processes. Each is a PC of its own: its
own ``Database`` (engine and connection pool), logged in by ``accounts.verify_login`` as
a real account, and for *seconds* it saves through the real services, one unit of work
(``Database.transaction``) per save, pausing 0–2×*pause* seconds between saves:

* texts (about 60 %): ``pdca.save_text`` of the Plan or Do text with ``base=`` the text
  the client last loaded or saved, the text growing by one line as a clerk types. A
  refusal (ConflictError: someone else saved since) is counted, and the client reloads
  the stored text and goes on from it, as the clerk choosing in the conflict view does;
* check marks (about 40 %): ``pdca.set_criterion`` toggling one criterion, with a
  narrative naming the save. ``set_criterion`` has no base argument (on main): the tick
  is read and written in the same unit of work, where the record's ``version``
  (SQLAlchemy's optimistic lock) refuses a write over a change committed after the read.

*shared* indicators are worked on by two clients each (the owner and the backup), so
conflicts happen; every other client has an indicator of its own. ``--blind`` saves the
texts without ``base=`` (as the CLI does, last write wins): the check must then find
lost updates on the shared indicators — it is not a check that cannot fail.

Every client writes a log line per save (what it read, what it wrote, committed /
refused / failed). At the end the log is checked against the database, per text field
and per criterion: the committed saves must form one chain from the value at the start
to the value stored at the end, each save's *read* being the previous save's *write*.
A committed save missing from the chain, or two committed saves made from the same
read (the second overwrote the first without having seen it), or a final value that
is not the chain's end, is a **lost update**. A save that failed with another error is
"uncertain" (it may or may not have committed) and is accepted in the chain only when
its write is seen. The audit chain is checked too (``check_audit_trail``).

Prints saves per second, p50/p95/max latency of committed saves (aim: p95 ≤ 100 ms at
20 clients), conflicts refused, failures, lost updates (aim: 0), and the machine's
cores and load: the server, the clients and whatever else runs share the same cores.
Asserts nothing.

The default is an office's load: a clerk's autosave fires after a pause in the typing,
so each client pauses 0–4 s (2 s on average, *pause*) between saves — 20 clients offer
≈10 saves/s. ``--pause 0.25`` (≈80 saves/s offered) is the saturation run: on this
machine the 20 client processes and the server then share two cores and queue.

Measured here (2 cores shared with other agents; the load average is the machine's,
other agents' work included), 20 clients, 60 s, after the save was cut from 15 to 9
statements (text) and 14 to 11 (tick, as saved here), bench/save_cost.py:
  default (pause 2):  8.7 saves/s, p50 14 ms, p95 39 ms, max 686 ms, 51 conflicts refused,
                      0 lost updates, client CPU per save's unit of work 7.0 ms (median),
                      server 3.2 ms (load 6.1 before, 3.4 after); again at load 2.4:
                      8.8 saves/s, p50 13 ms, p95 36 ms; under more load (9.3 before):
                      8.5 saves/s, p50 31 ms, p95 123 ms, 0 lost;
  --pause 0.25:       62 saves/s, p50 21 ms, p95 179 ms, max 578 ms, 342 conflicts
                      refused, 0 lost updates, client CPU 7.1 ms, server 2.5 ms (load 3.1).
  (before the cut, the same hour: pause 2: 8.7 saves/s, p95 60–90 ms, client CPU 9.6 ms;
  pause 0.25: 57 saves/s, p50 38 ms, p95 252 ms, client CPU 8.8 ms.)
Here the 20 "PCs" share the server's two cores; in an office each has its own. ``--blind``
finds ≈45 lost updates in 8 s with 6 clients.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import shutil
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# bench/ is on the path when a bench script runs
from pg_throwaway import ThrowawayServer, server_cpu_seconds

PASSWORD = "bench-รหัส-1234"
DEMO_PASSWORD = "demo1234"
TEXT_SHARE = 0.6


@dataclass(frozen=True)
class Seat:
    """One simulated PC: who logs in and which indicator they work on."""

    client: int
    user_name: str
    password: str
    indicator_id: int
    criteria: tuple[str, ...]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- set-up ---------------------------------------------------------------------------------


def build_office(folder: Path, url: str) -> None:
    """The demo office in a SQLite file, moved onto the server as an office would."""
    from mk3desk.cli import run
    from mk3desk.db.migrate import open_database
    from mk3desk.services.demo import create_demo

    demo = folder / "demo.sqlite3"
    database = open_database(demo)
    try:
        create_demo(database)
    finally:
        database.close()
    for command in (["server", "init", "--db", url], ["server", "import", "--from", str(demo)]):
        if command[1] == "import":
            command += ["--db", url]
        if run(command) != 0:
            raise SystemExit(f"mk3desk {' '.join(command[:2])} failed")


def open_indicators(url: str) -> list[tuple[int, int, int, tuple[str, ...]]]:
    """(indicator id, owner id, backup id, criterion keys) of the newest year's indicators
    whose Plan and Do may be written now, those with criteria first."""
    from sqlalchemy import select

    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import FiscalYear, YearIndicator
    from mk3desk.domain.errors import Mk3Error
    from mk3desk.domain.workflow import Section
    from mk3desk.services.workflow import ensure_editable

    database = open_database(url)
    found = []
    try:
        with database.session() as session:
            newest = session.scalars(select(FiscalYear).order_by(FiscalYear.be_year.desc())).first()
            assert newest is not None
            query = select(YearIndicator).where(YearIndicator.year_id == newest.id)
            for indicator in session.scalars(query.order_by(YearIndicator.id)):
                work = indicator.assignment
                if work is None or work.owner_id is None or work.backup_id is None:
                    continue
                try:
                    ensure_editable(indicator, Section.PLAN)
                    ensure_editable(indicator, Section.DO)
                except Mk3Error:
                    continue
                keys = tuple(c.key for c in indicator.criteria)
                found.append((indicator.id, work.owner_id, work.backup_id, keys))
    finally:
        database.close()
    found.sort(key=lambda row: not row[3])
    return found


def give_accounts(url: str, people: set[int]) -> dict[int, tuple[str, str]]:
    """Each person's login: the demo's own accounts, and new ones the coordinator creates."""
    from sqlalchemy import select

    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import Account
    from mk3desk.services import accounts

    database = open_database(url)
    logins: dict[int, tuple[str, str]] = {}
    try:
        with database.transaction() as session:
            for account in session.scalars(select(Account)):
                logins[account.person_id] = (account.user_name, DEMO_PASSWORD)
            coordinator = accounts.verify_login(session, "coordinator", DEMO_PASSWORD).actor
            assert coordinator is not None
            for person_id in sorted(people - set(logins)):
                name = f"clerk{person_id}"
                accounts.create_account(
                    session, coordinator, person_id, name, PASSWORD, must_change=False
                )
                logins[person_id] = (name, PASSWORD)
    finally:
        database.close()
    return logins


def seats(url: str, clients: int, shared: int) -> list[Seat]:
    """*shared* indicators get two clients (owner, backup); every other client one of its
    own; with more clients than that, indicators are reused in turn."""
    rows = open_indicators(url)
    if not rows:
        raise SystemExit("the demo has no open indicator")
    plan: list[tuple[int, int, tuple[str, ...]]] = []  # person, indicator, criteria
    for indicator_id, owner, backup, keys in rows[:shared]:
        plan += [(owner, indicator_id, keys), (backup, indicator_id, keys)]
    rest = rows[shared:] or rows
    turn = 0
    while len(plan) < clients:
        indicator_id, owner, backup, keys = rest[turn % len(rest)]
        plan.append((owner if turn < len(rest) else backup, indicator_id, keys))
        turn += 1
    plan = plan[:clients]
    logins = give_accounts(url, {person for person, _i, _k in plan})
    return [
        Seat(n, *logins[person], indicator_id, keys)
        for n, (person, indicator_id, keys) in enumerate(plan)
    ]


# -- one client: a PC of its own ---------------------------------------------------------------


def client(
    seat: Seat, url: str, seconds: float, pause: float, log: Path, start: Any, blind: bool
) -> None:
    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import PdcaRecord, YearIndicator
    from mk3desk.domain.errors import ConflictError, Mk3Error
    from mk3desk.services import accounts, pdca
    from mk3desk.services.lookup import get_indicator

    random.seed(seat.client)
    database = open_database(url)  # this PC's own engine and connection pool
    with database.transaction() as session:
        actor = accounts.verify_login(session, seat.user_name, seat.password).actor
    assert actor is not None, seat.user_name
    fields = (pdca.PdcaField.PLAN, pdca.PdcaField.DO_LOG)

    def stored(field: pdca.PdcaField) -> str:
        with database.session() as session:
            record = session.get(YearIndicator, seat.indicator_id)
            assert record is not None
            pdca_row: PdcaRecord | None = record.pdca
            return (getattr(pdca_row, field.value) if pdca_row else None) or ""

    known = {field: stored(field) for field in fields}
    lines = []
    start.wait()
    cpu = time.process_time()
    deadline = time.monotonic() + seconds
    seq = 0
    while time.monotonic() < deadline:
        seq += 1
        entry: dict[str, Any] = {"client": seat.client, "seq": seq, "ind": seat.indicator_id}
        began, began_cpu = time.perf_counter(), time.process_time()
        try:
            if not seat.criteria or random.random() < TEXT_SHARE:
                field = random.choice(fields)
                base = known[field]
                text = f"{base}\nเครื่อง {seat.client} บันทึกครั้งที่ {seq}: ดำเนินกิจกรรมตามแผน".lstrip()
                entry.update(kind="text", key=field.value, read=digest(base), wrote=digest(text))
                with database.transaction() as session:
                    pdca.save_text(
                        session, actor, seat.indicator_id, field, text, base=None if blind else base
                    )
                known[field] = text
            else:
                key = random.choice(seat.criteria)
                mark = f"เครื่อง {seat.client} ครั้งที่ {seq}"
                entry.update(kind="tick", key=key, wrote=digest(mark))
                with database.transaction() as session:
                    indicator = get_indicator(session, seat.indicator_id)
                    result = next(c for c in indicator.criteria if c.key == key).result
                    met = bool(result and result.met)
                    entry["read"] = digest(result.narrative if result else "")
                    entry["met"] = not met
                    pdca.set_criterion(
                        session, actor, seat.indicator_id, key, met=not met, narrative=mark
                    )
            entry["outcome"] = "committed"
        except ConflictError:
            entry["outcome"] = "refused"
        except Mk3Error as error:
            entry.update(outcome="failed", error=str(error)[:200])
        entry["ms"] = (time.perf_counter() - began) * 1000
        entry["cpu_ms"] = (time.process_time() - began_cpu) * 1000
        lines.append(entry)
        if entry["outcome"] != "committed" and entry["kind"] == "text":
            field = pdca.PdcaField(entry["key"])
            known[field] = stored(field)  # the clerk looks at what is stored now
        if pause:
            time.sleep(random.uniform(0, 2 * pause))
    lines.append({"client": seat.client, "cpu": time.process_time() - cpu})
    database.close()
    log.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n")


# -- checking the logs against the database ------------------------------------------------


def final_values(url: str) -> tuple[dict[tuple[Any, ...], str], dict[tuple[int, str], bool]]:
    """The stored value of every text field and criterion narrative (digests), and met."""
    from sqlalchemy import select

    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import YearIndicator

    database = open_database(url)
    values: dict[tuple[Any, ...], str] = {}
    met: dict[tuple[int, str], bool] = {}
    try:
        with database.session() as session:
            for indicator in session.scalars(select(YearIndicator)):
                for field in ("plan_text", "do_log"):
                    text = (getattr(indicator.pdca, field) if indicator.pdca else None) or ""
                    values[("text", indicator.id, field)] = digest(text)
                for criterion in indicator.criteria:
                    result = criterion.result
                    values[("tick", indicator.id, criterion.key)] = digest(
                        result.narrative if result else ""
                    )
                    met[(indicator.id, criterion.key)] = bool(result and result.met)
    finally:
        database.close()
    return values, met


def lost_updates(
    entries: list[dict[str, Any]],
    before: dict[tuple[Any, ...], str],
    after: dict[tuple[Any, ...], str],
    met_after: dict[tuple[int, str], bool],
) -> tuple[int, list[str]]:
    """Walk each record's committed saves as a chain from its value before the run."""
    by_record: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        if entry["outcome"] in ("committed", "failed") and "read" in entry:
            by_record[(entry["kind"], entry["ind"], entry["key"])].append(entry)
    lost = 0
    notes: list[str] = []
    for record, saves in by_record.items():
        committed = [s for s in saves if s["outcome"] == "committed"]
        seen = {s["read"] for s in committed} | {after[record]}
        # an uncertain save took part only if what it wrote was read or is stored now
        chain = committed + [s for s in saves if s["outcome"] == "failed" and s["wrote"] in seen]
        successors: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for save in chain:
            successors[save["read"]].append(save)
        current, walked, last = before[record], 0, None
        while successors.get(current):
            following = successors.pop(current)
            if len(following) > 1:
                lost += len(following) - 1
                notes.append(f"{record}: {len(following)} committed saves from one read")
            last = following[0]
            current, walked = last["wrote"], walked + 1
        if walked != len(chain):
            lost += len(chain) - walked
            notes.append(f"{record}: {len(chain) - walked} committed saves off the chain")
        if current != after[record]:
            lost += 1
            notes.append(f"{record}: the stored value is not the last committed save")
        if record[0] == "tick" and last is not None and met_after[record[1:]] != last["met"]:
            lost += 1
            notes.append(f"{record}: the stored tick is not the last committed one")
    return lost, notes


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument(
        "--pause",
        type=float,
        default=2.0,
        help="mean seconds between one client's saves (a clerk's typing pause: the default; "
        "0.25 saturates this machine)",
    )
    parser.add_argument("--shared", type=int, default=4, help="indicators two clients work on")
    parser.add_argument(
        "--blind",
        action="store_true",
        help="save texts without base= (as the CLI does): shows the lost-update check finds them",
    )
    args = parser.parse_args()

    server = ThrowawayServer(max_connections=args.clients * 2 + 20)
    folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-server-"))
    try:
        server.start()
        url = server.new_database("office")
        ready = time.perf_counter()
        build_office(folder, url)
        plan = seats(url, args.clients, args.shared)
        before, _met = final_values(url)
        print(f"set-up (demo office built, server init + import, accounts): "
              f"{time.perf_counter() - ready:.1f} s")  # fmt: skip
        sharing = Counter(seat.indicator_id for seat in plan)
        print(
            f"{len(plan)} clients (processes, each its own engine and login) on "
            f"{len(sharing)} indicators, {sum(1 for n in sharing.values() if n > 1)} of them "
            f"shared; pause 0–{2 * args.pause:.2f} s between saves; {args.seconds:g} s"
        )
        fork = multiprocessing.get_context("fork")
        start = fork.Barrier(len(plan) + 1)
        logs = [folder / f"client-{seat.client}.jsonl" for seat in plan]
        workers = [
            fork.Process(
                target=client,
                args=(seat, url, args.seconds, args.pause, log, start, args.blind),
            )
            for seat, log in zip(plan, logs, strict=True)
        ]
        for worker in workers:
            worker.start()
        start.wait()  # every client has logged in
        load_before = os.getloadavg()[0]
        server_before = server_cpu_seconds(server)
        began = time.perf_counter()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - began
        load_after = os.getloadavg()[0]
        server_used = server_cpu_seconds(server) - server_before
        if any(worker.exitcode for worker in workers):
            raise SystemExit("a client failed (see above)")
        entries = [json.loads(line) for log in logs for line in log.read_text().splitlines()]
        client_used = sum(entry.pop("cpu") for entry in entries if "cpu" in entry)
        entries = [entry for entry in entries if "outcome" in entry]
        after, met_after = final_values(url)
        lost, notes = lost_updates(entries, before, after, met_after)
        report(entries, elapsed, lost, notes, url)
        print(
            f"CPU per save attempt: clients {1000 * client_used / len(entries):.1f} ms "
            f"(the save's unit of work alone: median "
            f"{statistics.median(e['cpu_ms'] for e in entries):.1f} ms), "
            f"server {1000 * server_used / len(entries):.1f} ms "
            f"(the {len(plan)} clients would be PCs of their own in an office)"
        )
        print(
            f"machine: {os.cpu_count()} cores shared by the server, the {len(plan)} clients "
            f"and other programs (load average {load_before:.1f} before, {load_after:.1f} after)"
        )
    finally:
        try:
            server.stop()
        finally:
            server.remove()
            shutil.rmtree(folder, ignore_errors=True)


def report(
    entries: list[dict[str, Any]], elapsed: float, lost: int, notes: list[str], url: str
) -> None:
    from mk3desk.db.migrate import open_database
    from mk3desk.services.audit_check import check_audit_trail

    outcomes = Counter(entry["outcome"] for entry in entries)
    done = [entry["ms"] for entry in entries if entry["outcome"] == "committed"]
    kinds = Counter(entry["kind"] for entry in entries if entry["outcome"] == "committed")
    print(
        f"saves committed: {len(done)} ({kinds['text']} texts, {kinds['tick']} check marks) in "
        f"{elapsed:.1f} s = {len(done) / elapsed:.1f} saves/s"
    )
    if done:
        print(
            f"save latency (committed): p50 {statistics.median(done):.0f} ms, "
            f"p95 {percentile(done, 0.95):.0f} ms, max {max(done):.0f} ms (aim: p95 <= 100 ms)"
        )
    refused = [entry for entry in entries if entry["outcome"] == "refused"]
    print(
        f"conflicts refused: {len(refused)} "
        f"({sum(1 for e in refused if e['kind'] == 'text')} texts, "
        f"{sum(1 for e in refused if e['kind'] == 'tick')} check marks)"
    )
    failed = Counter(entry.get("error", "") for entry in entries if entry["outcome"] == "failed")
    print(f"failed otherwise: {outcomes['failed']}")
    for text, count in failed.most_common(3):
        print(f"  {count} × {text}")
    print(f"lost updates: {lost} (aim: 0)")
    for note in notes[:10]:
        print(f"  {note}")
    database = open_database(url)
    try:
        findings = check_audit_trail(database)
    finally:
        database.close()
    print("audit chain: " + "; ".join(f"{f.severity.value}: {f.text()}" for f in findings))


if __name__ == "__main__":
    main()
