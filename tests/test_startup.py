"""Starting the program: the smoke-test switch CI runs on the bundle, the machine's
preferences, what start-up does not load, and the Thai word-break hint cache."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mk3desk.domain.thaidate import fiscal_year_of
from mk3desk.ui import launch, thai_wrap
from mk3desk.ui.preferences import PREF_LANGUAGE, PREF_UI_FONT, Preferences, read_preferences
from mk3desk.ui.thai_wrap import ZWSP, HintCache, segmentation_signature, wrap_hint
from tests import prebuilt
from tests.process_support import ROOT, environment, mk3desk

SENTENCE = "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"


@pytest.fixture(scope="module")
def first_smoke_test(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, str], subprocess.CompletedProcess[str]]:
    """A machine and the first ``mk3desk --demo --smoke-test`` run on it (which fills its
    hint cache, as any first start does).

    The demo database is where ``--demo`` makes it, a copy of today's prebuilt demo
    (the same ``create_demo`` call; tests/prebuilt.py): making it when missing is
    test_demo_is_made_once_where_the_program_keeps_it below."""
    env = environment(tmp_path_factory.mktemp("machine"))
    prebuilt.demo_office_file(Path(env["MK3DESK_DATA"]) / launch.DEMO_DB_NAME)
    return env, mk3desk(env, "--demo", "--smoke-test")


@pytest.fixture(scope="module")
def demo_machine(
    first_smoke_test: tuple[dict[str, str], subprocess.CompletedProcess[str]],
) -> Iterator[dict[str, str]]:
    """A machine where ``mk3desk --demo --smoke-test`` ran once (its hint cache filled)."""
    env, first = first_smoke_test
    assert first.returncode == 0, first.stderr
    yield env


# -- smoke test ----------------------------------------------------------------------
def test_smoke_test_opens_the_demo_office_and_exits_0(
    first_smoke_test: tuple[dict[str, str], subprocess.CompletedProcess[str]],
) -> None:
    # The machine's first start (the module's run); the later starts, with the hint
    # cache filled, are the tests below.
    demo_machine, done = first_smoke_test
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout
    assert "สพป.มหาสารคาม เขต 3 · ปีงบประมาณ 25" in done.stdout  # the office-year on show
    log = Path(demo_machine["MK3DESK_DATA"]) / "logs" / "mk3desk.log"
    assert "ERROR" not in log.read_text(encoding="utf-8")


def test_demo_is_made_once_where_the_program_keeps_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--demo`` on a machine without the demo makes it in the data folder (behind a
    progress bar, tests/test_demo_building.py), and only then."""
    from mk3desk.db.engine import Database
    from mk3desk.services import demo

    made: list[Path] = []

    def create_demo(database: Database, *, progress: demo.Progress) -> str:
        # The real one: tests/prebuilt.py builds it.
        assert database.evidence_dir.parent == tmp_path
        made.append(database.evidence_dir)
        progress(100)
        return "made"

    monkeypatch.setenv("MK3DESK_DATA", str(tmp_path))
    monkeypatch.setattr(demo, "create_demo", create_demo)
    path = launch.demo_db_path()
    assert path == tmp_path / "mk3desk-demo.sqlite3"
    launch.ensure_demo(path)
    assert path.exists() and len(made) == 1
    launch.ensure_demo(path)  # there already: opened as it is
    assert len(made) == 1


def test_a_demo_that_could_not_be_made_is_not_left_half_made(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build fails (here: the disk is full) -> the error is raised, and no demo file
    or demo evidence folder is left, so the next ``--demo`` makes it again."""
    from mk3desk.db.engine import Database
    from mk3desk.services import demo, years
    from mk3desk.services.context import Actor

    def create_demo(database: Database, *, progress: demo.Progress) -> str:
        with database.transaction() as session:
            years.create_office(session, Actor.system(), name="ครึ่งทาง")
            raise OSError(28, "No space left on device")

    monkeypatch.setenv("MK3DESK_DATA", str(tmp_path))
    monkeypatch.setattr(demo, "create_demo", create_demo)
    path = launch.demo_db_path()
    with pytest.raises(OSError, match="No space left"):
        launch.ensure_demo(path)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("mk3desk-demo")) == []


def test_smoke_test_uses_the_language_chosen_in_the_settings(demo_machine: dict[str, str]) -> None:
    config = Path(demo_machine["XDG_CONFIG_HOME"])
    store = QSettings(str(config / "mk3desk" / "mk3desk.conf"), QSettings.Format.IniFormat)
    store.setValue(PREF_LANGUAGE, "en")
    store.sync()
    try:
        done = mk3desk(demo_machine, "--demo", "--smoke-test")
    finally:
        store.setValue(PREF_LANGUAGE, "th")
        store.sync()
    assert done.returncode == 0, done.stderr
    assert "Fiscal year 25" in done.stdout


def test_smoke_test_fails_with_the_reason_on_a_foreign_database(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    connection.close()
    done = mk3desk(environment(tmp_path), "--db", str(other), "--smoke-test")
    assert done.returncode == 1
    assert "FAILED" in done.stderr
    assert "ไม่ใช่ของ mk3desk" in done.stderr
    assert "Traceback" not in done.stderr


def test_smoke_test_fails_on_a_database_without_an_office(tmp_path: Path) -> None:
    done = mk3desk(environment(tmp_path), "--db", str(tmp_path / "empty.sqlite3"), "--smoke-test")
    assert done.returncode == 1
    assert "holds no office" in done.stderr


# -- what start-up loads -------------------------------------------------------------
PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from mk3desk.ui.launch import run_gui

    seen = {}

    def shown(window):
        # The frame: on screen before the database layer is loaded, naming the office-year.
        seen["frame"] = sorted(m for m in ("sqlalchemy", "mk3desk.services") if m in sys.modules)
        seen["year"] = window.year_combo.currentText()
        seen["opening"] = window.stack.currentWidget().objectName()

        def attached():
            seen["page"] = window.stack.currentWidget().objectName()

            def asked():
                # The demo has accounts: the window asks who logs in, as nobody until then.
                seen["actor"] = window.session.who.text()
                QApplication.quit()

            QTimer.singleShot(0, asked)

        window.attached.connect(attached)

    assert run_gui(["mk3desk"], Path(sys.argv[1]), on_window=shown) == 0
    heavy = ("alembic", "pythainlp", "reportlab", "openpyxl")
    seen["heavy"] = sorted(name for name in heavy if name in sys.modules)
    print(seen)
    """
)


def test_the_window_shows_before_the_database_layer_loads_and_then_fills(
    demo_machine: dict[str, str],
) -> None:
    # The smoke-test runs before this one filled the hint cache, as any start does.
    db = Path(demo_machine["MK3DESK_DATA"]) / "mk3desk-demo.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        capture_output=True,
        text=True,
        env=demo_machine,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert seen["frame"] == []  # no SQLAlchemy, no services before the window is up
    # The demo's newest year (the current fiscal year) is shown first, already in the frame.
    current = fiscal_year_of(date.today())
    assert seen["year"] == f"สพป.มหาสารคาม เขต 3 · ปีงบประมาณ {current}"
    assert seen["opening"] == "opening"  # "กำลังเปิดฐานข้อมูล…" until attached
    assert seen["page"] == "DashboardPage" and seen["actor"]
    assert seen["heavy"] == []  # nor Alembic, the dictionary, reportlab or openpyxl at all


# -- preferences ---------------------------------------------------------------------
def test_preferences_are_read_from_what_the_settings_page_saves(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert read_preferences(store) == Preferences("th", None)
    store.setValue(PREF_LANGUAGE, "en")
    store.setValue(PREF_UI_FONT, "TH Sarabun New")
    assert read_preferences(store) == Preferences("en", "TH Sarabun New")
    store.setValue(PREF_LANGUAGE, "fr")  # not a language the program has: Thai
    store.setValue(PREF_UI_FONT, "")
    assert read_preferences(store) == Preferences("th", None)


# -- Thai word-break hint cache ------------------------------------------------------
@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process's hint cache, pointed at an empty file of this test."""
    path = tmp_path / "cache" / "thai-wrap.json"
    monkeypatch.setattr(thai_wrap, "_cache", HintCache(path))
    return path


def test_hints_from_the_cache_are_the_exact_ones(cache_file: Path) -> None:
    exact = wrap_hint(SENTENCE)
    assert exact.count(ZWSP) >= 5
    thai_wrap.hint_cache().save()
    saved = json.loads(cache_file.read_text(encoding="utf-8"))
    assert saved["signature"] == segmentation_signature()
    assert SENTENCE in saved["hints"]

    thai_wrap._cache = HintCache(cache_file)  # the next start of the program
    assert thai_wrap.hint_cache().get(SENTENCE) is not None
    assert wrap_hint(SENTENCE) == exact


def test_a_cache_from_another_dictionary_or_a_damaged_one_is_ignored(cache_file: Path) -> None:
    cache_file.parent.mkdir(parents=True)
    wrong = {"signature": "another dictionary", "hints": {SENTENCE: [1, 2, 3]}}
    cache_file.write_text(json.dumps(wrong), encoding="utf-8")
    assert HintCache(cache_file).get(SENTENCE) is None

    bad_offsets = {"signature": segmentation_signature(), "hints": {SENTENCE: [0, 999]}}
    cache_file.write_text(json.dumps(bad_offsets), encoding="utf-8")
    assert HintCache(cache_file).get(SENTENCE) is None

    cache_file.write_text("{not json", encoding="utf-8")
    thai_wrap._cache = HintCache(cache_file)
    assert ZWSP in wrap_hint(SENTENCE)  # still wraps, from the dictionary


def test_the_cache_keeps_only_the_newest_entries(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(thai_wrap, "CACHE_LIMIT", 2)
    cache = HintCache(cache_file)
    for text in ("หนึ่ง", "สอง", "สาม"):
        cache.put(text, [])
    cache.save()
    kept = json.loads(cache_file.read_text(encoding="utf-8"))["hints"]
    assert list(kept) == ["สอง", "สาม"]
