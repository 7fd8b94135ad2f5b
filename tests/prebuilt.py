"""Databases built once per test run, handed to each test as a private copy.

Building the demo office takes seconds; copying its file takes milliseconds. A build
is kept under a key (the demo's *today*, the bundle pair's set-up) in a folder of the
run's temporary directory (tests/conftest.py points it there; pytest-xdist's workers
share it, the first to need a build makes it under a file lock), and every caller gets
its own copy of the SQLite file and its ``<name>-evidence/`` folder, so tests stay
independent of each other.

Plain functions rather than fixtures: the bundle helpers are called from test bodies
and from inside hypothesis examples as well as from fixtures.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.db.schema_revisions import SCHEMA_HEAD
from mk3desk.services.demo import create_demo

_folder: Path | None = None
_built: dict[str, Path] = {}


def use_folder(folder: Path) -> None:
    """Keep builds in *folder* (the test run's temporary directory) from now on."""
    global _folder
    _folder = folder
    _built.clear()


def _cache_folder() -> Path:
    global _folder
    if _folder is None:  # used outside pytest's session fixture: a folder of our own
        _folder = Path(tempfile.mkdtemp(prefix="mk3desk-test-prebuilt-"))
        atexit.register(shutil.rmtree, _folder, ignore_errors=True)
    return _folder


def evidence_folder(database_file: Path) -> Path:
    """Where the evidence store of *database_file* lives (as ``Database.evidence_dir``)."""
    return database_file.with_name(database_file.stem + "-evidence")


def copy_database(source: Path, target: Path) -> Path:
    """Copy the SQLite database *source* and its evidence folder to *target*.

    The copy goes through SQLite's backup API, so pages still in the write-ahead
    log are copied too, whether or not every engine on *source* was disposed.
    """
    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    reader = sqlite3.connect(source)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()
    evidence = evidence_folder(source)
    if evidence.is_dir():
        shutil.copytree(evidence, evidence_folder(target))
    return target


@contextmanager
def _only_this_process(lock: Path) -> Iterator[None]:
    """Hold *lock* (a file) against other processes: test workers building the same thing."""
    try:
        import fcntl
    except ImportError:  # Windows: conftest gives each worker a folder of its own there
        yield
        return
    with lock.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def built(key: str, build: Callable[[Path], None]) -> Path:
    """The folder *build* filled once in this run under *key* (it must close its databases)."""
    folder = _built.get(key)
    if folder is None:
        folder = _cache_folder() / key
        with _only_this_process(_cache_folder() / f"{key}.lock"):
            done = folder / ".built"
            if not done.exists():
                if folder.exists():  # a build that failed half-way: start again
                    shutil.rmtree(folder)
                folder.mkdir(parents=True)
                build(folder)
                done.touch()
        _built[key] = folder
    return folder


def empty_database_file(target: Path) -> Path:
    """A copy at *target* of a new database (``open_database`` of a new file: every
    migration run, nothing else written), migrated once per run."""

    def build(folder: Path) -> None:
        open_database(folder / "empty.sqlite3").close()

    return copy_database(built(f"empty-{SCHEMA_HEAD}", build) / "empty.sqlite3", target)


def demo_office_file(target: Path, today: date | None = None) -> Path:
    """A copy of ``create_demo(database, today=today)`` at *target* (a new ``.sqlite3`` path).

    Without *today*, the demo of the day the tests run, made as a clerk makes it: by the
    ``mk3desk demo`` command (what it printed is kept: :func:`demo_command_output`)."""
    if today is None:
        return copy_database(_demo_by_command() / "demo.sqlite3", target)
    day = today

    def build(folder: Path) -> None:
        database = open_database(folder / "demo.sqlite3")
        try:
            create_demo(database, today=day)
        finally:
            database.close()

    return copy_database(built(f"demo-{day.isoformat()}", build) / "demo.sqlite3", target)


def _demo_by_command() -> Path:
    def build(folder: Path) -> None:
        from mk3desk.cli import run

        printed, told = io.StringIO(), _Terminal()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(told):
            status = run(["demo", "--db", str(folder / "demo.sqlite3")])
        (folder / "printed.txt").write_text(printed.getvalue(), encoding="utf-8")
        (folder / "progress.txt").write_bytes(told.getvalue().encode())  # "\r" kept
        if status != 0:
            raise RuntimeError(f"mk3desk demo ended with {status}: {printed.getvalue()}")

    return built(f"demo-command-{date.today().isoformat()}", build)


class _Terminal(io.StringIO):
    """Standard error as a terminal gives it (the command shows its progress there);
    a carriage return is kept as written."""

    def __init__(self) -> None:
        super().__init__(newline="")

    def isatty(self) -> bool:
        return True


def demo_command_output() -> str:
    """What ``mk3desk demo`` printed when it made the demo of :func:`demo_office_file`."""
    return (_demo_by_command() / "printed.txt").read_text(encoding="utf-8")


def demo_command_progress() -> str:
    """What that command wrote to its standard error, a terminal, as it went."""
    return (_demo_by_command() / "progress.txt").read_bytes().decode()


def demo_office(target: Path, today: date | None = None) -> Database:
    """The demo office of *today*, built once per run, opened fresh from a copy at *target*."""
    return open_database(demo_office_file(target, today))
