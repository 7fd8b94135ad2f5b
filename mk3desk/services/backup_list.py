"""The backups there are, with what they hold: for the restore list and the rotation.

A backup folder written by this version carries ``mk3desk-backup.json``; older
folders (``mk3desk-backup-YYYYmmdd-HHMMSS``) and the copies taken before a schema
upgrade (``<name>-before-0005-….sqlite3`` in ``backups/``) are listed too, their
contents read from the copied database itself (read-only, nothing created).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

MANIFEST = "mk3desk-backup.json"
_LEGACY_FOLDER = re.compile(r"^mk3desk-backup-(\d{8}-\d{6})$")
_UPGRADE_COPY = re.compile(r"^(?P<stem>.+)-before-[^-]+-(?P<stamp>\d{8}-\d{6})-\d+\.sqlite3$")


@dataclass(frozen=True)
class Contents:
    revision: str
    offices: tuple[str, ...]
    years: tuple[int, ...]  # พ.ศ., newest first


@dataclass(frozen=True)
class BackupInfo:
    location: Path  # the backup folder (or the single copied file)
    database: Path  # the copied SQLite file in it
    created: datetime  # local time; show it as a พ.ศ. date
    reason: str  # manual, daily, before-import, before-year, before-restore, before-upgrade
    offices: tuple[str, ...]
    years: tuple[int, ...]
    evidence_files: int
    size: int  # bytes

    @property
    def folder(self) -> Path:
        return self.location


def read_contents(db_file: Path) -> Contents:
    """Revision, offices and years of *db_file*, read without changing or creating anything."""
    wal = db_file.with_name(db_file.name + "-wal")
    uri = db_file.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return Contents("", (), ())
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        offices = [str(r[0]) for r in connection.execute("SELECT name FROM office ORDER BY id")]
        years = [
            int(r[0])
            for r in connection.execute(
                "SELECT DISTINCT be_year FROM fiscal_year ORDER BY be_year DESC"
            )
        ]
        return Contents(str(revision[0]) if revision else "", tuple(offices), tuple(years))
    except sqlite3.Error:
        return Contents("", (), ())
    finally:
        connection.close()


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _from_manifest(folder: Path) -> BackupInfo | None:
    try:
        data = json.loads((folder / MANIFEST).read_text("utf-8"))
        return BackupInfo(
            folder,
            folder / str(data["database"]),
            datetime.fromisoformat(str(data["created"])),
            str(data.get("reason", "")),
            tuple(str(o) for o in data.get("offices", [])),
            tuple(int(y) for y in data.get("years", [])),
            int(data.get("evidence_files", 0)),
            int(data.get("size", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _legacy(location: Path, database_name: str | None) -> BackupInfo | None:
    folder = _LEGACY_FOLDER.match(location.name)
    if folder and location.is_dir():
        files = sorted(location.glob("*.sqlite3"))
        if database_name is not None:
            files = [f for f in files if f.name == database_name]
        if not files:
            return None
        stamp, db_file, reason = folder.group(1), files[0], "manual"
        evidence = db_file.with_name(db_file.stem + "-evidence")
        count = sum(1 for p in evidence.rglob("*") if p.is_file()) if evidence.is_dir() else 0
        size = _size(location)
    else:
        copy = _UPGRADE_COPY.match(location.name)
        if not copy or not location.is_file():
            return None
        if database_name is not None and copy["stem"] != Path(database_name).stem:
            return None
        stamp, db_file, reason = copy["stamp"], location, "before-upgrade"
        count, size = 0, location.stat().st_size
    contents = read_contents(db_file)
    created = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    return BackupInfo(
        location, db_file, created, reason, contents.offices, contents.years, count, size
    )


def list_backups(folders: Iterable[Path], database_name: str | None = None) -> list[BackupInfo]:
    """The backups in *folders* (of the database file named *database_name*), newest first."""
    found: list[BackupInfo] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for location in folder.iterdir():
            if location.name.startswith("."):
                continue  # a .partial from a killed run
            info = _from_manifest(location) if location.is_dir() else None
            if info is None:
                info = _legacy(location, database_name)
            elif database_name is not None and info.database.name != database_name:
                info = None
            if info is not None:
                found.append(info)
    # Newest first. Backups of one second get "-2", "-3"… after their name: the longer name
    # is the later one (times are kept to the second).
    return sorted(
        found, key=lambda b: (b.created, len(b.location.name), b.location.name), reverse=True
    )
