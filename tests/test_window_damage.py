"""The window on a damaged file: a Thai refusal and exit 1, never a hang; a relative --db."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.damage import crash_then_lose_wal, digest, drop_table, folder_state, sound_database

ROOT = Path(__file__).resolve().parent.parent


def _smoke(folder: Path, db: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MK3DESK_DATA=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("MK3DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "mk3desk", "--db", db, "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_the_window_refuses_a_file_whose_rows_it_cannot_read(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    drop_table(db)  # opens fine; the first page then fails (this used to hang the smoke test)
    done = _smoke(tmp_path, str(db), ROOT)
    assert done.returncode == 1
    assert "ฐานข้อมูลเสียหาย" in done.stderr and "Traceback" not in done.stderr


def test_the_window_does_not_write_a_schema_into_a_0_byte_file(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    db.write_bytes(b"")
    done = _smoke(tmp_path, str(db), ROOT)
    assert done.returncode == 1 and "0 ไบต์" in done.stderr
    assert db.stat().st_size == 0


def test_the_window_does_not_hide_a_lost_wal(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    crash_then_lose_wal(db)
    before = folder_state(db.parent)
    done = _smoke(tmp_path, str(db), ROOT)
    assert done.returncode == 1 and "-wal" in done.stderr
    after = folder_state(db.parent)
    assert {k: v for k, v in after.items() if not k.endswith(".lock")} == before
    assert digest(db) == before[db.name]


def test_a_relative_db_opens_the_window(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    shutil.rmtree(tmp_path / "data", ignore_errors=True)
    done = _smoke(tmp_path, os.path.join("office", db.name), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout
