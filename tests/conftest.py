"""Shared test setup: Qt runs offscreen, and the ``qapp`` is configured like the real app.

``QT_QPA_PLATFORM`` must be set before anything imports Qt, hence at the top of this
module (pytest imports conftest before the test modules).
"""

from __future__ import annotations

import atexit
import faulthandler
import gc
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from multiprocessing.pool import Pool
from pathlib import Path
from typing import TYPE_CHECKING

import pytest  # (imports no Qt: the environment below is set before anything does)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never write logs or databases into the developer's real data folder, nor the
# program's remembered choices (QSettings() without a path) into their real settings.
# The folders this process makes are removed when it ends (pytest-xdist's workers make
# theirs inside the controller's data folder, and end before it).
_MADE: list[str] = []


def _remove_made() -> None:
    for folder in _MADE:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_remove_made)
if "MK3DESK_DATA" not in os.environ:
    _MADE.append(tempfile.mkdtemp(prefix="mk3desk-test-data-"))
    os.environ["MK3DESK_DATA"] = _MADE[-1]
if "PYTEST_XDIST_WORKER" in os.environ:
    # pytest-xdist workers inherit the controller's environment: one data folder each.
    _worker_data = os.path.join(os.environ["MK3DESK_DATA"], os.environ["PYTEST_XDIST_WORKER"])
    os.makedirs(_worker_data, exist_ok=True)
    os.environ["MK3DESK_DATA"] = _worker_data
_MADE.append(tempfile.mkdtemp(prefix="mk3desk-test-config-"))
os.environ["XDG_CONFIG_HOME"] = _MADE[-1]

if TYPE_CHECKING:
    from mk3desk.domain.actor import Actor
    from tests.pg_support import PgServer

# Some machines set PYTHONDONTWRITEBYTECODE (the ones this suite was timed on did): every run,
# and every real CLI process a test starts, would then compile mk3desk and the tests
# again (≈0.25 s a process, ≈5 s a worker). Python's default, compiled files cached in
# __pycache__ (git-ignored), is what an installed program has; child processes read
# them even with the variable set.
sys.dont_write_bytecode = False

# The cyclic garbage collector's youngest generation is examined after 8,000 new objects
# rather than Python's 700: SQLAlchemy and Qt make objects by the hundred thousand, and the
# collector's passes took ~4 % of a test worker's time (2.3 s of 53 in four GUI modules,
# 1.1 s at 10,000; collecting the tests 0.6-1 s quicker). Garbage is still collected,
# only in fewer, larger passes; reference counting frees everything else as before.
# Not the report command's own 10,000 (cli/report_cmds._BATCH_THRESHOLD): a test checks
# that the command puts the process's setting back, which it could not see were they equal.
gc.set_threshold(8_000, 10, 10)

# The longest modules (CPU seconds within a whole run, December 2026: 11-25 s each, most
# others under 8 s) are handed out first: pytest-xdist's --dist loadfile gives modules to the
# workers in collection order, so one of these collected last would leave one worker
# running it alone at the end. Order within a module is unchanged; a stale list only
# costs balance, never a test.
LONGEST_FIRST = (
    "test_gui_integration.py",
    "test_gui_pages.py",
    "test_reports_documents.py",
    "test_postgres.py",
    "test_startup.py",
    "test_layout_1366.py",
)


# No test (with its fixtures' set-up and tear-down) takes minutes: one that does is stuck —
# typically a modal dialog opened while a window closes after a failed assertion, which
# nobody answers. The worker then prints every thread's stack and ends, so the run fails
# in minutes naming the test instead of hanging until CI's limit.
STUCK_AFTER_S = 600


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    faulthandler.dump_traceback_later(STUCK_AFTER_S, exit=True)
    try:
        return (yield)
    finally:
        faulthandler.cancel_dump_traceback_later()
        _close_left_dialogs()


def _close_left_dialogs() -> None:
    """A dialog a test left open stays modal for the tests after it in the same worker (the
    window's live refresh, say, waits while one is open): each test starts without one."""
    if _APP is None:
        return
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A window closed by a fixture with typing still unsaved (a test that failed halfway)
    asks "ยังมีข้อมูลที่ไม่ได้บันทึก" — modal, it would wait for ever: answered "close
    without saving" here, so the failure is reported and the next test runs."""
    if _APP is None:
        yield
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            close = next(
                (
                    b
                    for b in box.buttons()
                    if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole
                ),
                None,
            )
            if close is not None:
                close.click()
            else:
                box.reject()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(answer)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the rest keep their order


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collecting imported (every test module, SQLAlchemy, Qt: ~200,000 objects)
    lives for the whole run: moved out of the garbage collector's view, its oldest
    generation's passes no longer walk them (GC time ~3.7 s → ~2.9 s per 270 tests)."""
    gc.freeze()


@pytest.fixture(autouse=True, scope="module")
def _survivors_frozen() -> Iterator[None]:
    """After each module (its fixtures torn down first: this one is set up first), the
    garbage is collected and what is still alive is frozen out of the collector's view.

    What outlives a module lives for the rest of the run (imported modules, memoised
    tables, the QApplication, word dictionaries): a worker ended with 1.2-1.7 million
    objects the collector tracked, its oldest generation's passes took ~1 s each (~12 s
    of collections a worker, and pytest's five collections at the end ~6 s more). Frozen,
    each pass walks only the objects made since the module began. An object frozen
    here is still freed when its last reference goes; only a cycle that becomes garbage
    later is kept until the worker ends."""
    yield
    gc.collect()
    gc.freeze()


# Held for the whole run: a QApplication collected before its widgets crashes Python.
_APP: object | None = None


@pytest.fixture(scope="session")
def qapp() -> Iterator[object]:
    """The application as users get it: Thai translators, Sarabun, Fusion.

    Overrides pytest-qt's fixture of the same name. The exception hook stays
    pytest-qt's, so an error in a slot still fails the test that caused it.
    """
    global _APP
    from PySide6.QtWidgets import QApplication

    from mk3desk.ui.app import create_application

    if _APP is None:
        existing = QApplication.instance()
        assert existing is None, "a QApplication was created before the qapp fixture"
        _APP = create_application(["mk3desk-tests"], "th", install_excepthook=False)
    yield _APP


@pytest.fixture(scope="session", autouse=True)
def _prebuilt_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Databases built once per run (tests/prebuilt.py) live in the run's temporary folder.

    pytest-xdist's workers each have a temporary folder inside the run's: they share
    one beside theirs (builds are locked with fcntl, so not on Windows).
    """
    from tests import prebuilt

    if "PYTEST_XDIST_WORKER" in os.environ and os.name == "posix":
        shared = tmp_path_factory.getbasetemp().parent / "prebuilt"
        shared.mkdir(exist_ok=True)
        prebuilt.use_folder(shared)
    else:
        prebuilt.use_folder(tmp_path_factory.mktemp("prebuilt"))


_OFFICE_HASHER: object | None = None


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashes() -> Iterator[None]:
    """Argon2id at the office's cost takes ~0.3 s a hash; tests hash with the cheapest
    parameters through the same code (a hash carries its parameters: verifying follows).
    The office's own hasher is the ``office_hasher`` fixture (tests/test_accounts.py)."""
    global _OFFICE_HASHER
    from argon2 import PasswordHasher

    from mk3desk.services import accounts

    saved = accounts.HASHER
    _OFFICE_HASHER = saved
    accounts.HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    accounts.HASHER = saved


@pytest.fixture(autouse=True, scope="session")
def _each_template_parsed_once() -> Iterator[None]:
    """Every new fiscal year reads its template (``years.create_year``, ``next_year``:
    ``template.load_framework``); parsing the built-in one's YAML takes ~0.1 s and some
    hundred tests create a year. Here a file's bytes are parsed once per run and the
    (frozen) framework is handed out again for the same bytes; a changed or broken file
    is read as the program reads it. Tests of the reader itself import ``load_framework``
    at module level, so they call the program's own."""
    from mk3desk.domain import template
    from mk3desk.domain.framework import Framework

    original = template.load_framework
    parsed: dict[tuple[str, bytes], Framework] = {}

    def load_framework(path: Path) -> Framework:
        try:
            key = (path.name, path.read_bytes())
        except OSError:
            return original(path)  # its Thai message
        framework = parsed.get(key)
        if framework is None:
            framework = parsed[key] = original(path)
        return framework

    template.load_framework = load_framework
    yield
    template.load_framework = original


@pytest.fixture()
def office_hasher(monkeypatch: pytest.MonkeyPatch) -> object:
    """The program's own ``accounts.HASHER`` (full cost), put back for one test."""
    from mk3desk.services import accounts

    assert _OFFICE_HASHER is not None
    monkeypatch.setattr(accounts, "HASHER", _OFFICE_HASHER)
    return _OFFICE_HASHER


@pytest.fixture(scope="session")
def two_processes() -> Iterator[Pool]:
    """Two Python processes for the tests of writers in separate programs (a window and
    a CLI command): spawned, not forked, so each starts as a new program would; started
    once per test worker (~1 s of imports each) and given one job each by the tests
    that use them (``pool.apply_async``), each job opening the database itself."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        yield pool


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server for the module (tests/pg_support.py): its URL
    without a database name. Skips the test where PostgreSQL is not installed."""
    from tests.pg_support import PgServer

    server = PgServer()
    try:
        server.start()
        yield server.url
    finally:
        server.stop()
        server.remove()


@pytest.fixture
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pause after the last key before an autosave (1.5 s) cut to 200 ms, for tests
    that wait for an autosave to come (that it comes, not how long the pause is). Keys
    are typed without the event loop running (type_text), so no save comes between two
    of them. Ask for it before the window: its editors read the pause when made."""
    from mk3desk.ui.widgets import autosave as autosave_widgets

    monkeypatch.setattr(autosave_widgets, "DELAY_MS", 200)


@pytest.fixture
def quick_polls(monkeypatch: pytest.MonkeyPatch, quick_autosave: None) -> None:
    """The live-refresh tests' pace: a poll every 150 ms, retries within 400 ms, and
    the autosave's pause cut (``quick_autosave``)."""
    from mk3desk.ui import live

    monkeypatch.setattr(live, "INTERVAL_MS", 150)
    monkeypatch.setattr(live, "RETRY_MAX_MS", 400)


@pytest.fixture(scope="module")
def live_server() -> Iterator[PgServer]:
    """A PostgreSQL server of the module's own (its tests stop and start it); each test
    leaves it running."""
    from tests.pg_support import PgServer

    pg = PgServer()
    pg.start()
    try:
        yield pg
    finally:
        with suppress(subprocess.CalledProcessError):  # a failed test may leave it stopped
            pg.stop()
        pg.remove()


@pytest.fixture(scope="module")
def live_prepared(live_server: PgServer) -> tuple[dict[str, Actor], int]:
    """An office prepared once on the module's server (``live_support.prepare``)."""
    from tests.live_support import prepare

    return prepare(live_server)
