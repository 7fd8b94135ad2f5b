"""Backing up the office's data to a folder the clerk chose (a USB drive, a shared folder).

A backup is a folder ``mk3desk-backup-YYYYmmdd-HHMMSS`` holding a consistent copy of
the SQLite file (SQLite's online backup: safe while the program runs, WAL included)
and the evidence files. It is written under a temporary name and renamed when
complete, so a full disk or a pulled drive never leaves something that looks like
a good backup. Restoring is opening the copied file with ``--db``.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.domain.rights import Action
from mk3desk.services.rights import require


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    database: Path
    evidence_files: int
    size: int  # bytes


def backup_now(
    database: Database, target: Path, *, actor: Actor, now: datetime | None = None
) -> BackupResult:
    require(None, actor, Action.BACKUP)
    if database.path is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "ฐานข้อมูลอยู่บนเซิร์ฟเวอร์ PostgreSQL — ให้ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump",
            )
        )
    if not target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Backup", "ไม่พบโฟลเดอร์สำรองข้อมูล {folder}"), folder=str(target)
        )
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = target / f"mk3desk-backup-{stamp}"
    partial = target / f".{final.name}.partial"
    try:
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir()
        db_copy = partial / database.path.name
        source = sqlite3.connect(database.path)
        try:
            copy = sqlite3.connect(db_copy)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        files = 0
        if database.evidence_dir.is_dir():
            shutil.copytree(database.evidence_dir, partial / database.evidence_dir.name)
            files = sum(1 for p in (partial / database.evidence_dir.name).rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in partial.rglob("*") if p.is_file())
        partial.rename(final)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        if exc.errno == errno.ENOSPC:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Backup", "พื้นที่ในโฟลเดอร์ {folder} ไม่พอ สำรองข้อมูลไม่สำเร็จ — ข้อมูลในโปรแกรมยังอยู่ครบ"
                ),
                folder=str(target),
            ) from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("Backup", "สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}"),
            folder=str(target),
            reason=exc.strerror or exc,
        ) from exc
    except sqlite3.Error as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Backup", "สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}"),
            folder=str(target),
            reason=exc,
        ) from exc
    return BackupResult(final, final / database.path.name, files, size)
