"""A throwaway PostgreSQL server for the benchmarks (bench/server.py).

The same steps as the tests' ``tests/pg_support.py`` (a bench does not import the
tests): ``initdb`` in a temporary folder, ``pg_ctl start`` on a free loopback port,
``stop`` and ``remove`` at the end. Needs the server binaries
(``/usr/lib/postgresql/*/bin``, installed by tools/install_test_deps.sh) and psycopg.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayServer:
    """One PostgreSQL server in its own folder; ``url`` has no database name."""

    def __init__(self, *, max_connections: int = 100) -> None:
        bindir = binaries()
        if bindir is None:
            raise SystemExit("PostgreSQL server binaries are not installed (/usr/lib/postgresql)")
        self._bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-pg-"))
        self._data = self.folder / "data"
        self.port = _free_port()
        self.max_connections = max_connections
        # initdb refuses to run as root: run the server as the postgres user then.
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self._prefix = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self._data), "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._prefix, str(self._bindir / program), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c max_connections={self.max_connections}"
        )
        self._run(
            "pg_ctl", "-D", str(self._data), "-o", options, "-l", str(self.folder / "log"), "-w",
            "start",
        )  # fmt: skip
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self._data), "-m", "fast", "stop")

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self, name: str) -> str:
        """An empty database *name* on this server; its URL."""
        engine = create_engine(f"{self.url}/postgres", isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        finally:
            engine.dispose()
        return f"{self.url}/{name}"


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
