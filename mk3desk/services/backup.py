"""Backups: a complete copy of the database and its evidence, or nothing that looks like one.

A backup is a folder ``mk3desk-สำรอง-2569-12-07-0830`` (the พ.ศ. date and time the
clerk reads; ``-2``, ``-3`` … when one of that minute exists) holding a consistent
copy of the SQLite file (SQLite's online backup: safe while the program runs, WAL
included), the evidence files and ``mk3desk-backup.json`` (when, why, what it
holds). It is written into a hidden ``.mk3desk-*.partial`` folder and renamed when
complete, so a full disk or a pulled drive never leaves something that looks like a
good backup; the leftovers of killed runs are removed by the next backup.

Automatic backups (``daily_backup_if_due``, ``backup_before``) go to ``backups/``
beside the database (and a second folder if given) and are thinned by
``rotation.keep``: today's all, then the newest of each of the last 7 days, 4 weeks
and 12 months. Evidence files never change (they are named by their SHA-256), so a
file already in the previous backup is hard-linked rather than copied when the
drive allows it. Listing and restoring: ``backup_list`` and ``restore``.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import INCOMING_PREFIX
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.domain.rights import Action
from mk3desk.domain.thaidate import to_be
from mk3desk.services.backup_list import MANIFEST, BackupInfo, list_backups, read_contents
from mk3desk.services.leftovers import PARTIAL_SUFFIX, clean_leftovers, partial_leftovers
from mk3desk.services.rights import require
from mk3desk.services.rotation import keep

NAME_PREFIX = "mk3desk-สำรอง-"


class BackupReason(StrEnum):
    MANUAL = "manual"
    DAILY = "daily"
    BEFORE_IMPORT = "before-import"
    BEFORE_YEAR = "before-year"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    database: Path
    evidence_files: int
    size: int  # bytes
    removed: tuple[Path, ...] = ()  # older backups the rotation removed


def backup_name(now: datetime) -> str:
    """``mk3desk-สำรอง-2569-12-07-0830``: the name a clerk reads (พ.ศ.)."""
    return f"{NAME_PREFIX}{to_be(now.year)}-{now:%m-%d-%H%M}"


def copy_name(database: Database) -> str:
    """The database file's name in a backup: the SQLite file's own, or for a server
    ``<database name>.sqlite3`` (its backup is a SQLite file like any other)."""
    if database.path is not None:
        return database.path.name
    return f"{database.engine.url.database or 'server'}.sqlite3"


def backup_now(
    database: Database,
    target: Path,
    *,
    now: datetime | None = None,
    reason: BackupReason = BackupReason.MANUAL,
    actor: Actor | None = None,
) -> BackupResult:
    """Copy the database and its evidence into a new folder in *target* (which must exist).

    A backup someone asks for (*actor* given: the window's button, ``mk3desk backup``)
    needs the backup right; the automatic ones (daily, before an import or a new year)
    are the program's own safety net and ask nobody."""
    if actor is not None:
        require(None, actor, Action.BACKUP)
    name = copy_name(database)
    if not target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Backup", "ไม่พบโฟลเดอร์สำรองข้อมูล {folder}"), folder=str(target)
        )
    moment = now or datetime.now()
    clean_leftovers(partial_leftovers(target), now=moment)  # killed runs; not a running one
    previous = next(iter(list_backups([target], name)), None)
    partial: Path | None = None
    try:
        partial = Path(tempfile.mkdtemp(prefix=".mk3desk-", suffix=PARTIAL_SUFFIX, dir=target))
        db_copy = partial / name
        if database.path is None:
            # A server: one snapshot of it (records and evidence) as a SQLite file.
            from mk3desk.services.server import export_database

            files = export_database(database, db_copy).files
        else:
            _copy_database(database.path, db_copy)
            files = _copy_evidence(
                database.evidence_dir,
                partial / database.evidence_dir.name,
                previous.folder / database.evidence_dir.name if previous else None,
            )
        size = sum(p.stat().st_size for p in partial.rglob("*") if p.is_file())
        _write_manifest(partial, db_copy, moment, reason, files, size)
        final = _rename_unique(partial, target, backup_name(moment))
    except OSError as exc:
        if partial is not None:
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
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Backup", "สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}"),
            folder=str(target),
            reason=exc,
        ) from exc
    except BaseException:
        if partial is not None:
            shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupResult(final, final / name, files, size)


def _copy_database(source_path: Path, copy_path: Path) -> None:
    source = sqlite3.connect(source_path)
    try:
        copy = sqlite3.connect(copy_path)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


def _copy_evidence(source: Path, target: Path, previous: Path | None) -> int:
    """Copy the evidence store; a file the previous backup holds is hard-linked to it."""
    if not source.is_dir():
        return 0

    def copy(src: str, dst: str) -> object:
        if previous is not None:
            earlier = previous / Path(src).relative_to(source)
            try:
                if earlier.stat().st_size == os.stat(src).st_size:
                    os.link(earlier, dst)
                    return dst
            except OSError:
                pass  # not there, or the drive cannot link (FAT): copy
        return shutil.copy2(src, dst)

    shutil.copytree(
        source, target, copy_function=copy, ignore=shutil.ignore_patterns(INCOMING_PREFIX + "*")
    )
    return sum(1 for p in target.rglob("*") if p.is_file())


def _write_manifest(
    folder: Path, db_copy: Path, now: datetime, reason: BackupReason, files: int, size: int
) -> None:
    contents = read_contents(db_copy)
    manifest = {
        "created": now.isoformat(timespec="seconds"),
        "reason": reason.value,
        "database": db_copy.name,
        "revision": contents.revision,
        "offices": list(contents.offices),
        "years": list(contents.years),
        "evidence_files": files,
        "size": size,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), "utf-8")


def _rename_unique(partial: Path, target: Path, name: str) -> Path:
    """Rename *partial* to *name* in *target*, or ``name-2``, ``name-3`` … if taken
    (two backups in one minute, or two programs at once)."""
    for number in range(1, 1000):
        final = target / (name if number == 1 else f"{name}-{number}")
        if final.exists():
            continue
        try:
            partial.rename(final)
        except OSError as exc:
            if exc.errno in (errno.EEXIST, errno.ENOTEMPTY) or final.exists():
                continue
            raise
        return final
    raise OSError(errno.EEXIST, "too many backups with one name", str(target / name))


# -- automatic backups ---------------------------------------------------------------
def _folders(database: Database, second_folder: Path | None) -> list[Path]:
    folders = [database.backup_dir]
    if second_folder is not None and second_folder.resolve() != database.backup_dir.resolve():
        folders.append(second_folder)
    return folders


def backup_rotating(
    database: Database,
    folder: Path,
    now: datetime | None = None,
    reason: BackupReason = BackupReason.MANUAL,
    actor: Actor | None = None,
) -> BackupResult:
    """A backup into *folder*, then the rotation there. ``backups/`` beside the database
    is created if need be; another folder (a drive that may be unplugged) must exist."""
    if actor is not None:
        require(None, actor, Action.BACKUP)
    moment = now or datetime.now()
    if folder == database.backup_dir:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("Backup", "สร้างโฟลเดอร์สำรองข้อมูล {folder} ไม่ได้: {reason}"),
                folder=str(folder),
                reason=exc.strerror or exc,
            ) from exc
    result = backup_now(database, folder, now=moment, reason=reason)
    removed = rotate(folder, copy_name(database), moment)
    return BackupResult(result.folder, result.database, result.evidence_files, result.size, removed)


def rotate(folder: Path, database_name: str, now: datetime) -> tuple[Path, ...]:
    """Remove the backups of *database_name* in *folder* that the rotation does not keep."""
    # Folders only: the single-file copies taken before a schema upgrade are not rotated.
    backups = [b for b in list_backups([folder], database_name) if b.location.is_dir()]
    kept = keep([b.created for b in backups], now)
    removed = []
    for backup in backups:
        if backup.created not in kept and backup.location.is_dir():
            shutil.rmtree(backup.location, ignore_errors=True)
            removed.append(backup.location)
    return tuple(removed)


def daily_backup_if_due(
    database: Database, now: datetime | None = None, *, second_folder: Path | None = None
) -> BackupResult | None:
    """The day's first backup, if none was taken today (call at the first start of a day).

    None when one exists already, the database holds no office yet, or it is on a server.
    """
    if database.path is None:
        return None
    moment = now or datetime.now()
    result = None
    for folder in _folders(database, second_folder):
        today = [
            b
            for b in list_backups([folder], database.path.name)
            if b.created.date() == moment.date() and b.location.is_dir()
        ]
        if today or not read_contents(database.path).offices:
            continue
        done = backup_rotating(database, folder, moment, BackupReason.DAILY)
        result = result or done
    return result


def backup_before(
    database: Database,
    reason: BackupReason,
    *,
    now: datetime | None = None,
    second_folder: Path | None = None,
) -> BackupResult | None:
    """A backup before a change that is hard to undo (a bundle import, a new year).

    None when the database holds no office yet (nothing to lose) or is on a server.
    Raises StorageError if the backup cannot be written: the caller then does not go on.
    """
    if database.path is None or not read_contents(database.path).offices:
        return None
    moment = now or datetime.now()
    results = [
        backup_rotating(database, folder, moment, reason)
        for folder in _folders(database, second_folder)
    ]
    return results[0]


def backups_of(database_path: Path, extra: Iterable[Path] = ()) -> list[BackupInfo]:
    """The backups of the database at *database_path*, newest first (for the restore list)."""
    path = database_path.expanduser().resolve()
    folders = [path.parent / "backups", *extra]
    return list_backups(folders, path.name)
