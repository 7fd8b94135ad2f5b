"""A ``-wal`` lost after a crash, read from the ``-shm`` index with the plain file API.

**A lost ``-wal``.** mk3desk keeps SQLite in WAL mode: a commit is appended to
``<db>-wal`` and copied into the main file later (a checkpoint). The ``-shm`` file
is the WAL's index; its header records how many frames the WAL holds (``mxFrame``)
and how many were already copied into the main file (``nBackfill``). A clean close
checkpoints and deletes ``-shm`` and then ``-wal``; so a ``-shm`` saying frames are
still waiting (``mxFrame > nBackfill``) while the ``-wal`` is gone or shorter than
those frames means committed transactions existed only in the lost ``-wal`` (a crash
or power cut, then the ``-wal`` deleted or not copied along). That is reported as a
problem. If both ``-wal`` and ``-shm`` were removed nothing on disk records the
loss; no check can see it.

Start-up asks ``refuse_unsafe_open`` before opening a file (no SQLAlchemy, no
services: the window's first look stays light), as does every CLI command.
"""

from __future__ import annotations

import struct
from pathlib import Path

from mk3desk.db.sqlite_file import damaged_error
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError

_WAL_INDEX_VERSION = 3007000
_WAL_HEADER = 32
_FRAME_HEADER = 24


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def lost_wal_frames(path: Path) -> int:
    """How many committed WAL frames the ``-shm`` index names that no ``-wal`` holds (0: none)."""
    shm = shm_path(path)
    try:
        with shm.open("rb") as handle:
            index = handle.read(136)
    except OSError:
        return 0
    if len(index) < 100:
        return 0
    version, _unused, _change, is_init, _big_end, page_code, mx_frame = struct.unpack_from(
        "=IIIBBHI", index, 0
    )
    if version != _WAL_INDEX_VERSION or not is_init:
        return 0
    (backfilled,) = struct.unpack_from("=I", index, 96)
    waiting = mx_frame - backfilled
    if waiting <= 0:
        return 0
    page_size = 65536 if page_code == 1 else page_code
    needed = _WAL_HEADER + mx_frame * (_FRAME_HEADER + page_size)
    wal = wal_path(path)
    present = wal.stat().st_size if wal.is_file() else 0
    return waiting if present < needed else 0


def refuse_unsafe_open(path: Path) -> None:
    """Raise StorageError rather than open *path* the usual way when that would hide
    damage for good: a 0-byte file (a fresh schema would be written into it) or a file
    whose committed work was lost with its ``-wal`` (SQLite would rebuild the index
    and the loss would leave no trace). The file is left as it is."""
    if not path.is_file():
        return
    if path.stat().st_size == 0:
        raise damaged_error(QT_TRANSLATE_NOOP("Database", "ไฟล์ว่างเปล่า 0 ไบต์"))
    if lost_wal_frames(path):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Database",
                "งานที่บันทึกล่าสุดของฐานข้อมูลนี้หายไปพร้อมไฟล์ {wal} (โปรแกรมปิดไม่ปกติแล้วไฟล์นั้นถูกลบ) "
                "จึงยังไม่ได้เปิด — ตรวจด้วย mk3desk check แล้วกู้คืนด้วย mk3desk restore --list "
                "หรือถ้ายอมรับข้อมูลที่หายไป ให้ลบไฟล์ {shm} แล้วเปิดใหม่",
            ),
            wal=wal_path(path).name,
            shm=shm_path(path).name,
        )
