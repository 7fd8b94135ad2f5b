"""Schema versions: open a database, refuse one from a newer mk3desk, back up, upgrade.

A database whose revision this program does not know was written by a newer
version: it is refused and left untouched. Before any migration of an existing
file, the file is copied (SQLite's online backup) into ``backups/`` beside it.

Start-up is the common case: an existing SQLite file already at the newest
revision. That case is decided with the plain ``sqlite3`` module and the revision
ids read from the migration files, so Alembic (≈0.1 s to import) is loaded only
when a new database is created, an upgrade is due, or the database is a server.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError

from mk3desk.db.engine import BUSY_TIMEOUT_MS, Database, database_url, make_engine
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
# `revision: str = "0002"` / `down_revision: str | None = "0001"` in each migration file.
_REVISION_LINE = re.compile(
    r"^(?P<key>revision|down_revision)\s*(?::[^=]*)?=\s*(?:[\"'](?P<value>[^\"']+)[\"']|None)\s*$",
    re.MULTILINE,
)


class NewerDatabaseError(StorageError):
    """The database was written by a newer mk3desk."""


def _newer_error(revision: str) -> NewerDatabaseError:
    return NewerDatabaseError(
        QT_TRANSLATE_NOOP(
            "Database",
            "ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) "
            "โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้",
        ),
        revision=revision,
    )


def _foreign_error() -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("Database", "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้")
    )


def _damaged_error(reason: object) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Database", "ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups"
        ),
        reason=reason,
    )


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@dataclass(frozen=True)
class KnownRevisions:
    """The revision ids this program ships and the newest of them (its head)."""

    revisions: frozenset[str]
    head: str


@functools.cache
def known_revisions() -> KnownRevisions:
    """Revision ids read from the migration files themselves (no Alembic import).

    Falls back to Alembic should the files ever hold a branch or a form the pattern
    does not read, so the answer is always Alembic's.
    """
    parents: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = {m["key"]: m["value"] for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        if "revision" in found and found["revision"] is not None:
            parents[found["revision"]] = found.get("down_revision")
    heads = set(parents) - {parent for parent in parents.values() if parent is not None}
    if len(heads) == 1:
        return KnownRevisions(frozenset(parents), heads.pop())
    scripts = script_directory()
    head = scripts.get_current_head()
    assert head is not None, "mk3desk ships at least one migration"
    return KnownRevisions(frozenset(s.revision for s in scripts.walk_revisions()), head)


def head_revision() -> str:
    return known_revisions().head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Database", "เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}"),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    if header and header != SQLITE_MAGIC:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Database", "ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้"
            ),
            path=path,
        )


def _peek_sqlite(path: Path, *, read_only: bool) -> tuple[str | None, bool]:
    """(schema revision, whether the file holds any table), read with plain sqlite3.

    Only SELECTs: the file is not changed (no pragma is set here).
    """
    uri = path.as_uri() + ("?mode=ro" if read_only else "")
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (str(row[0]) if row else None), True
    except sqlite3.DatabaseError as exc:
        raise _damaged_error(exc) from exc
    finally:
        connection.close()


def backup_sqlite(database: Database, label: str) -> Path:
    """Copy the SQLite file into backups/ with SQLite's online backup (WAL-safe)."""
    assert database.path is not None
    folder = database.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.path.stem}-{label}-{stamp}.sqlite3"
    source = sqlite3.connect(database.path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def open_database(
    target: str | Path, *, create: bool = True, read_only: bool = False, migrate: bool = True
) -> Database:
    """Open (and create or upgrade) the database at *target* (a path or a URL)."""
    url = database_url(target)
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if path.exists():
            _check_sqlite_file(path)
            if _sqlite_up_to_date(path, read_only=read_only):
                return Database(
                    engine=make_engine(target, read_only=read_only), path=path, read_only=read_only
                )
        elif not create or read_only:
            raise NotFoundError(QT_TRANSLATE_NOOP("Database", "ไม่พบไฟล์ฐานข้อมูล {path}"), path=path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(target, read_only=read_only)
    database = Database(engine=engine, path=path, read_only=read_only)
    try:
        _bring_up_to_date(database, migrate=migrate and not read_only)
    except DatabaseError as exc:
        database.close()
        raise _damaged_error(exc.orig or exc) from exc
    except Exception:
        database.close()
        raise
    return database


def _sqlite_up_to_date(path: Path, *, read_only: bool) -> bool:
    """True when *path* is at the newest revision; raise for a newer or foreign file.

    False (an upgrade or a first schema is due) sends the caller down the Alembic path.
    """
    revision, has_tables = _peek_sqlite(path, read_only=read_only)
    known = known_revisions()
    if revision is not None and revision not in known.revisions:
        raise _newer_error(revision)
    if revision is None and has_tables:
        raise _foreign_error()
    return revision == known.head


def _bring_up_to_date(database: Database, *, migrate: bool) -> None:
    engine = database.engine
    current = current_revision(engine)
    if current is not None and current not in known_revisions().revisions:
        raise _newer_error(current)
    head = head_revision()
    if current == head:
        return
    if current is None and inspect(engine).get_table_names():
        raise _foreign_error()
    if not migrate:
        raise StorageError(
            QT_TRANSLATE_NOOP("Database", "ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่")
        )
    if current is not None and database.is_sqlite:
        backup_sqlite(database, f"before-{head}")
    upgrade(database, head)


def upgrade(database: Database, revision: str = "head") -> None:
    from alembic import command

    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
