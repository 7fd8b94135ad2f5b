"""The same models, migrations and services on PostgreSQL (an office server).

Starts a throwaway PostgreSQL server of its own in a temporary folder, on the
loopback address, when the server binaries are installed
(tools/install_test_deps.sh installs them); skipped otherwise.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from mk3desk.db.migrate import current_revision, head_revision, open_database
from mk3desk.domain.thaisort import thai_sort_key
from mk3desk.services import lookup, people, scoring
from mk3desk.services.audit_check import check_audit_trail
from mk3desk.services.demo import create_demo
from mk3desk.services.demo_data import PUBLISHED_2567


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    pytest.importorskip("psycopg")
    bindir = _binaries()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    # Directly under the system temp folder: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="mk3desk-pg-"))
    data, port = folder / "data", _free_port()
    # initdb refuses to run as root: run the server as the postgres user then.
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run(  # noqa: E731
        [*prefix, *args], check=True, capture_output=True, timeout=120
    )
    run(str(bindir / "initdb"), "-D", str(data), "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust")
    options = f"-k {folder} -p {port} -c listen_addresses=127.0.0.1"
    run(
        str(bindir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(folder / "log"),
        "-w",
        "start",
    )
    try:
        for _ in range(50):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        run(str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "mk3")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/mk3"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def test_demo_office_scores_the_same_on_postgresql(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert current_revision(database.engine) == head_revision()
        create_demo(database)
        with database.session() as session:
            result = scoring.year_result(session, lookup.find_year(session, 2567))
            names = [p.name for p in people.people(session)]
        assert {c.number: c.score for c in result.score.categories} == PUBLISHED_2567
        assert result.reconciliation is not None
        assert result.reconciliation.unexplained == Decimal("-0.19154")
        # The ICU "thai" collation orders names as Thai dictionaries do, like SQLite's.
        assert names.index("นางสาวกนกวรรณ พลศรีเมือง") < names.index("นายไพโรจน์ ภูมิสถาน")
        assert names == sorted(names, key=thai_sort_key)
        # The bulk path (trend chart, benchmark: counts in SQL) scores like the per-year one.
        with database.session() as session:
            years = [lookup.find_year(session, be) for be in (2566, 2567)]
            bulk = scoring.score_years(session, [y.id for y in years])
            for year in years:
                assert bulk[year.id] == scoring.year_result(session, year).score
        # The audit chain works the same (raw values as psycopg gives them, FOR UPDATE).
        findings = check_audit_trail(database)
        assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE criterion_result SET met = NOT met WHERE id = 1")
        assert any("ผลการประเมินเกณฑ์" in f.text() for f in check_audit_trail(database))
    finally:
        database.close()
