"""Damaged databases made by code, for the check, score and restore tests."""

from __future__ import annotations

import hashlib
import random
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.models import FiscalYear
from mk3desk.services import evidence
from mk3desk.services.context import Actor
from mk3desk.services.lookup import find_indicator
from tests.support import fresh_database, office_with_year


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under *folder* with its hash: "nothing created, nothing changed"."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def sound_database(folder: Path, name: str = "office.sqlite3") -> Path:
    """A small office database (one year, one evidence file), closed cleanly."""
    folder.mkdir(parents=True, exist_ok=True)
    database = fresh_database(folder, name)
    year_id = office_with_year(database)
    attachment = folder / "หลักฐาน.pdf"
    attachment.write_bytes("หลักฐานการประชุม".encode())
    with database.transaction() as s:
        year = s.get(FiscalYear, year_id)
        assert year is not None
        indicator = find_indicator(s, year, "1.1")
        evidence.add_evidence(
            s,
            EvidenceStore(database.evidence_dir),
            Actor.system(),
            indicator.id,
            attachment,
            criterion_key="B1",
        )
    attachment.unlink()
    assert database.path is not None
    path = database.path
    database.close()
    return path


def _page_of(path: Path, table: str) -> tuple[int, int]:
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    connection.close()
    return page_size, root


def flip_page(path: Path) -> None:
    page_size, root = _page_of(path, "year_criterion")
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        flipped = bytes(b ^ 0xA5 for b in handle.read(64))
        handle.seek((root - 1) * page_size)
        handle.write(flipped)


def truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(size // 2)


def drop_table(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DROP TABLE official_result")
    connection.commit()
    connection.close()


def garbage_text(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE office SET name = CAST(X'FFFE41C3' AS TEXT)")
    connection.commit()
    connection.close()


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def text_file(path: Path) -> None:
    path.write_text("นี่ไม่ใช่ฐานข้อมูล แค่ข้อความ\n" * 20, "utf-8")


_CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from mk3desk.db.migrate import open_database
    from mk3desk.db.models import Group, Office
    database = open_database(sys.argv[1], create=False)
    for n in range(50):
        with database.transaction() as s:
            office = s.query(Office).first()
            s.add(Group(name=f"กลุ่มที่ {n}", office_id=office.id))
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def crash_then_lose_wal(path: Path) -> None:
    """50 committed transactions, the process killed before any checkpoint, the -wal deleted."""
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], cwd=root, env=_env(root), check=False)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0, "the committed work is in the -wal"
    wal.unlink()


def _env(root: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    return env


def random_damage(path: Path, seed: int) -> None:
    """Overwrite a few random runs of bytes past the header (as a failing disk might)."""
    rng = random.Random(seed)
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for _ in range(4):
            offset = rng.randrange(100, size - 64)
            handle.seek(offset)
            handle.write(rng.randbytes(rng.randrange(8, 64)))


DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    # name: (how, words the check names the problem with)
    "flipped page": (flip_page, "เสียหาย"),
    "truncated": (truncate, "เสียหาย"),
    "dropped table": (drop_table, "ตาราง official_result หายไป"),
    "unreadable text": (garbage_text, "ตาราง office: อ่านข้อมูลไม่ได้"),
    "lost wal": (crash_then_lose_wal, "-wal"),
    "0-byte file": (empty_file, "0 ไบต์"),
    "text file": (text_file, "ไม่ใช่ไฟล์ฐานข้อมูล SQLite"),
}
