"""Schema versions: open a database, refuse one from a newer mk3desk, back up, upgrade.

A database whose revision this program does not know was written by a newer
version: it is refused and left untouched. Before any migration of an existing
file, the file is copied (SQLite's online backup) into ``backups/`` beside it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError

from mk3desk.db.engine import Database, database_url, make_engine
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"


class NewerDatabaseError(StorageError):
    """The database was written by a newer mk3desk."""


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "mk3desk ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
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


def backup_sqlite(database: Database, label: str) -> Path:
    """Copy the SQLite file into backups/ with SQLite's online backup (WAL-safe)."""
    import sqlite3

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
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Database", "ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups"
            ),
            reason=exc.orig or exc,
        ) from exc
    except Exception:
        database.close()
        raise
    return database


def _bring_up_to_date(database: Database, *, migrate: bool) -> None:
    engine = database.engine
    current = current_revision(engine)
    scripts = script_directory()
    if current is not None and not _known(scripts, current):
        raise NewerDatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) "
                "โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้",
            ),
            revision=current,
        )
    head = head_revision()
    if current == head:
        return
    if current is None and inspect(engine).get_table_names():
        raise StorageError(
            QT_TRANSLATE_NOOP("Database", "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้")
        )
    if not migrate:
        raise StorageError(
            QT_TRANSLATE_NOOP("Database", "ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่")
        )
    if current is not None and database.is_sqlite:
        backup_sqlite(database, f"before-{head}")
    upgrade(database, head)


def _known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except (ResolutionError, CommandError):
        return False


def upgrade(database: Database, revision: str = "head") -> None:
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
