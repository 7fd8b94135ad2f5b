"""A throwaway PostgreSQL server for the benchmarks of the office server.

The tests' server (``tests/pg_support.PgServer``), durable as PostgreSQL's defaults make
it (the tests' server skips fsync: a benchmark of the server must not), with room for a
benchmark's clients. Needs the server binaries (``/usr/lib/postgresql/*/bin``, installed
by tools/install_test_deps.sh) and psycopg; run from the repository's root with
``PYTHONPATH=$PWD`` as the benchmarks say.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from tests.pg_support import PgServer, binaries, new_database


class ThrowawayServer(PgServer):
    """One durable PostgreSQL server in its own folder; ``url`` has no database name."""

    def __init__(self, *, max_connections: int | None = None) -> None:
        if binaries() is None:
            raise SystemExit("PostgreSQL server binaries are not installed (/usr/lib/postgresql)")
        if importlib.util.find_spec("psycopg") is None:
            raise SystemExit("psycopg is not installed (pip install 'psycopg[binary]')")
        super().__init__(durable=True, max_connections=max_connections)

    def stop(self, mode: str = "fast") -> None:
        super().stop(mode)

    def new_database(self, name: str) -> str:
        """An empty database *name* on this server; its URL."""
        return new_database(self.url, name)


def _times(pid: int | str) -> tuple[int, int, float]:
    """(parent pid, own CPU ticks, reaped children's CPU ticks) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    return ppid, utime + stime, cutime + cstime


def server_cpu_seconds(server: ThrowawayServer) -> float:
    """CPU seconds the server's processes have used so far (the postmaster, its live
    backends, and the backends already ended)."""
    postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    _ppid, own, reaped = _times(postmaster)
    ticks = own + reaped
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid, child_own, child_reaped = _times(entry.name)
        except (OSError, IndexError, ValueError):
            continue
        if ppid == postmaster:
            ticks += child_own + child_reaped
    return ticks / os.sysconf("SC_CLK_TCK")
