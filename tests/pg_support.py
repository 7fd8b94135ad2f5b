"""A throwaway PostgreSQL server for the tests of the office server.

Started in a temporary folder on the loopback address when the server binaries are
installed (tools/install_test_deps.sh installs them); tests that need one are skipped
otherwise. ``pg_server`` (tests/conftest.py) gives a module its own server; a test that
must stop and restart the server (a dropped connection) starts a ``PgServer`` itself.
The benchmarks of the office server (bench/server.py, bench/save_cost.py) start theirs
here too, durable and with room for their clients (they check ``binaries()`` first).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine


def binaries() -> Path | None:
    """The folder of the installed PostgreSQL server programs (the newest), if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One PostgreSQL server in its own folder; ``url`` has no database name.

    A test's server need not survive a power cut: ``initdb --no-sync`` and ``fsync=off``
    (initdb 2.6 s → 0.9 s; a stop "immediate" still keeps every commit). *durable* keeps
    PostgreSQL's defaults, as a benchmark measuring the server must; *max_connections*
    raises its limit (100) for a benchmark's many clients."""

    def __init__(self, *, durable: bool = False, max_connections: int | None = None) -> None:
        pytest.importorskip("psycopg")
        bindir = binaries()
        if bindir is None:
            pytest.skip("PostgreSQL server binaries are not installed")
        self._bindir = bindir
        self.durable = durable
        self.max_connections = max_connections
        # Directly under the system temp folder: the postgres user must be able to reach it.
        self.folder = Path(tempfile.mkdtemp(prefix="mk3desk-pg-"))
        self._data = self.folder / "data"
        self.port = _free_port()
        # initdb refuses to run as root: run the server as the postgres user then.
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self._prefix = ["runuser", "-u", "postgres", "--"]
        init = ["-D", str(self._data), "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust"]
        self._run("initdb", *init, *([] if durable else ["--no-sync"]))
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._prefix, str(self._bindir / program), *args],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        # deadlock_timeout: how long a client waits on a lock before the server looks for a
        # deadlock (1 s by default); the tests that make one wait a tenth of that.
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1"
            " -c deadlock_timeout=100ms"
        )
        if not self.durable:
            options += " -c fsync=off"
        if self.max_connections is not None:
            options += f" -c max_connections={self.max_connections}"
        self._run(
            "pg_ctl",
            "-D",
            str(self._data),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.1)

    def stop(self, mode: str = "immediate") -> None:
        """Stop at once, as a crashed or restarted server does: clients lose their
        connections (*mode* "fast": the clients are told, the server writes a checkpoint)."""
        self._run("pg_ctl", "-D", str(self._data), "-m", mode, "stop")

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def new_database(server: str, name: str, template: str | None = None) -> str:
    """An empty database *name* on *server* (a URL without a database); its URL.

    With *template* (a database of the server nobody is connected to), a copy of it: the
    server copies its files, far quicker than migrating and filling a new one again.
    Copied as files between two checkpoints: copied page by page through the write-ahead
    log (the default), a sequence's numbers taken after the copy were not logged, and a
    server stopped "immediate" then handed them out again (a duplicate audit entry id)."""
    engine = create_engine(f"{server}/postgres", isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    finally:
        engine.dispose()
    return f"{server}/{name}"


def wait_for_a_lock_wait(url: str, finished: Callable[[], bool], timeout: float = 30) -> bool:
    """Wait until a client of database *url* waits on a lock the server holds for another
    (what a test otherwise sleeps for: the second client has got as far as it can), or
    *finished* is true (it did not have to wait); whether a client was seen waiting."""
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    query = (
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    try:
        with engine.connect() as connection:
            end = time.monotonic() + timeout
            while time.monotonic() < end and not finished():
                if connection.exec_driver_sql(query).scalar():
                    return True
                time.sleep(0.01)
    finally:
        engine.dispose()
    return False
