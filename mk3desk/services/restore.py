"""Putting a backup back: checked first, the current file kept aside, never deleted.

``restore(database_path, backup)``:

1. the backup is checked as ``mk3desk check`` would (every row, schema, evidence
   re-hashed); a damaged backup, or one from a newer mk3desk, is refused. One at an
   older schema revision is accepted (it is upgraded when next opened);
2. the backup's database is copied beside the current one under a hidden
   ``.mk3desk-*.partial`` name (a failure here changes nothing);
3. the current file — with its ``-wal``/``-shm`` if any — is renamed
   ``<name>-ก่อนกู้คืน-2569-12-07-083015.sqlite3`` beside it (kept, never deleted);
4. the copy is renamed into place, and the backup's evidence files missing from the
   evidence store are added (no evidence file is ever removed).

The database must be closed by the caller (the window closes it first). If another
program still has it open, the restore is refused before anything moves.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, BusyError, Listing, NotFoundError, StorageError
from mk3desk.domain.rights import Action
from mk3desk.domain.thaidate import to_be
from mk3desk.services.backup_list import list_backups
from mk3desk.services.integrity import check_file
from mk3desk.services.integrity_db import OLDER_REVISION
from mk3desk.services.leftovers import PARTIAL_SUFFIX
from mk3desk.services.rights import require

ASIDE_WORD = "ก่อนกู้คืน"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None  # the previous file, renamed beside it
    evidence_added: int


def backup_database_file(backup: Path) -> Path:
    """The copied SQLite file in the backup *backup* (a backup folder or the file itself)."""
    if backup.is_file():
        return backup
    if not backup.is_dir():
        raise NotFoundError(QT_TRANSLATE_NOOP("Restore", "ไม่พบข้อมูลสำรอง {path}"), path=backup)
    for info in list_backups([backup.parent]):
        if info.location == backup:
            return info.database
    files = sorted(backup.glob("*.sqlite3"))
    if len(files) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Restore", "ไม่พบไฟล์ฐานข้อมูลในข้อมูลสำรอง {path}"), path=backup
        )
    return files[0]


def verify_backup(db_file: Path) -> None:
    """Refuse a backup that is damaged, from a newer mk3desk, or whose evidence is wrong."""
    report = check_file(db_file)
    problems = [f for f in report.problems() if f.message != OLDER_REVISION]
    if problems:
        raise StorageError(
            QT_TRANSLATE_NOOP("Restore", "ข้อมูลสำรองนี้ใช้กู้คืนไม่ได้ ({problems}) — ไม่ได้เปลี่ยนแปลงข้อมูลใด"),
            problems=Listing(f.text() for f in problems[:3]),
        )


def restore(
    database_path: Path, backup: Path, *, actor: Actor | None = None, now: datetime | None = None
) -> RestoreResult:
    """Put the backup *backup* in place of the database at *database_path* (see the module).

    *actor* is who asks (the window, ``mk3desk restore``): only a coordinator may; None
    is the program itself (a database without accounts, tools)."""
    if actor is not None:
        require(None, actor, Action.RESTORE)
    target = database_path.expanduser().resolve()
    source = backup_database_file(backup.expanduser().resolve())
    verify_backup(source)
    moment = now or datetime.now()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(
        prefix=".mk3desk-restore-", suffix=PARTIAL_SUFFIX, dir=target.parent
    )
    os.close(handle)
    copy = Path(name)
    try:
        try:
            shutil.copyfile(source, copy)
            with copy.open("rb+") as written:
                os.fsync(written.fileno())
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Restore", "คัดลอกข้อมูลสำรองไม่สำเร็จ: {reason} — ไม่ได้เปลี่ยนแปลงข้อมูลใด"
                ),
                reason=exc.strerror or exc,
            ) from exc
        aside = _keep_aside(target, moment)
        os.replace(copy, target)
    finally:
        copy.unlink(missing_ok=True)
    added = _add_evidence(source.with_name(source.stem + "-evidence"), target)
    return RestoreResult(source, target, aside, added)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _fold_wal(path: Path) -> None:
    """Copy the ``-wal`` into the file (so the file is whole on its own); refuse if the
    database is still open elsewhere (its ``-wal`` outlives our closing)."""
    if not path.with_name(path.name + "-wal").exists():
        return
    try:
        connection = sqlite3.connect(path, timeout=1)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use() from exc
        return  # damaged: it is kept aside as it is, with its -wal
    except sqlite3.DatabaseError:
        return
    if path.with_name(path.name + "-wal").exists():
        raise _in_use()


def _in_use() -> BusyError:
    return BusyError(
        QT_TRANSLATE_NOOP(
            "Restore", "ฐานข้อมูลนี้ยังเปิดใช้อยู่ในโปรแกรมอื่น ปิดโปรแกรม mk3desk ทุกหน้าต่างก่อนกู้คืน — ยังไม่ได้กู้คืน"
        )
    )


def _keep_aside(path: Path, now: datetime) -> Path | None:
    """Rename the current file (and its -wal/-shm) to a dated name beside it."""
    if not path.exists() and not any(p.exists() for p in _companions(path)):
        return None
    _fold_wal(path)
    stamp = f"{to_be(now.year)}-{now:%m-%d-%H%M%S}"
    for number in range(1, 1000):
        suffix = "" if number == 1 else f"-{number}"
        aside = path.with_name(f"{path.stem}-{ASIDE_WORD}-{stamp}{suffix}{path.suffix}")
        if not aside.exists():
            break
    try:
        if path.exists():
            os.rename(path, aside)
        for companion, moved in zip(_companions(path), _companions(aside), strict=True):
            if companion.exists():
                os.rename(companion, moved)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Restore", "ย้ายไฟล์ฐานข้อมูลเดิมไปเก็บไว้ไม่สำเร็จ: {reason} — ยังไม่ได้กู้คืน"),
            reason=exc.strerror or exc,
        ) from exc
    return aside


def _add_evidence(source: Path, target_db: Path) -> int:
    """Add the backup's evidence files the store lacks (checked by hash on the way in)."""
    if not source.is_dir():
        return 0
    store = EvidenceStore(target_db.with_name(target_db.stem + "-evidence"))
    added = 0
    for file in sorted(source.glob("??/*")):
        if file.is_file() and not store.path_for(file.name).is_file():
            store.put(file)
            added += 1
    return added
