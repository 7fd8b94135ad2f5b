"""Schema versions: open a database, refuse one from a newer mk3desk, back up, upgrade.

A database whose revision this program does not know was written by a newer
version: it is refused and left untouched. Before any migration of an existing
file, the file is copied (SQLite's online backup) into ``backups/`` beside it.

Start-up is the common case: an existing SQLite file already at the newest
revision. That case is decided by ``sqlite_file`` with the plain ``sqlite3`` module
and the revision ids listed in ``schema_revisions``, so Alembic (≈0.1 s to import)
is loaded only when a new database is created, an upgrade is due, or the database
is a server.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError

from mk3desk.db.engine import Database, database_url, make_engine
from mk3desk.db.errors import connection_lost, lost_connection_error
from mk3desk.db.schema_revisions import SCHEMA_HEAD, SCHEMA_REVISIONS
from mk3desk.db.sqlite_file import (
    NewerDatabaseError,
    check_sqlite_file,
    damaged_error,
    foreign_error,
    newer_error,
    sqlite_up_to_date,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

__all__ = [
    "NewerDatabaseError",
    "alembic_config",
    "backup_sqlite",
    "current_revision",
    "head_revision",
    "open_database",
    "script_directory",
    "upgrade",
]


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


def head_revision() -> str:
    return SCHEMA_HEAD


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
    target: str | Path,
    *,
    create: bool = True,
    read_only: bool = False,
    migrate: bool = True,
    upgrade_server: bool = False,
) -> Database:
    """Open (and create or upgrade) the database at *target* (a path or a URL).

    A server's schema is created when the database is empty, but an older one is
    upgraded only when asked (*upgrade_server*: ``mk3desk server upgrade``): the PC
    that happens to start a newer mk3desk first must not change the schema under the
    clients still running the older one."""
    url = database_url(target)
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database:
        path = Path(url.database)
        if path.exists():
            check_sqlite_file(path)
            if sqlite_up_to_date(path, read_only=read_only):
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
        _bring_up_to_date(
            database, migrate=migrate and not read_only, upgrade_server=upgrade_server
        )
    except DatabaseError as exc:
        database.close()
        if connection_lost(exc):  # the office server down or out of reach: not damage
            raise lost_connection_error() from exc
        raise damaged_error(exc.orig or exc) from exc
    except Exception:
        database.close()
        raise
    return database


def _bring_up_to_date(database: Database, *, migrate: bool, upgrade_server: bool = False) -> None:
    engine = database.engine
    current = current_revision(engine)
    if current is not None and current not in SCHEMA_REVISIONS:
        raise newer_error(current)
    head = head_revision()
    if current == head:
        return
    if current is None and inspect(engine).get_table_names():
        raise foreign_error()
    if current is not None and not database.is_sqlite and not upgrade_server:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Database",
                "ฐานข้อมูลบนเซิร์ฟเวอร์ยังเป็นโครงสร้างรุ่น {current} แต่โปรแกรมนี้ใช้รุ่น {head} "
                "— ให้ผู้ดูแลระบบสั่ง mk3desk server upgrade ก่อน แล้วปรับรุ่นโปรแกรมทุกเครื่องให้ตรงกัน",
            ),
            current=current,
            head=head,
        )
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
