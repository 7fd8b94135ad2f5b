"""Opening a database: SQLite by default (one file), PostgreSQL for an office server.

SQLite gets WAL (readers do not block the writer), foreign keys, a busy timeout
and the "thai" collation on every connection. Nothing here issues SQLite-only
SQL outside those connection settings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mk3desk.db.audit_chain import HEAD_MOVED, watch
from mk3desk.db.changes import ChangeCounter
from mk3desk.db.errors import changed_elsewhere, storage_error
from mk3desk.db.models import THAI_COLLATION
from mk3desk.db.sqlite_file import BUSY_TIMEOUT_MS
from mk3desk.domain.thaisort import thai_compare

if TYPE_CHECKING:
    from mk3desk.db.evidence_store import EvidenceFiles


def database_url(target: str | Path) -> URL:
    """A URL for *target*: a file path (SQLite) or a full SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


# An execution option naming a unit of work that writes: its transaction starts with
# ``BEGIN IMMEDIATE`` (the write lock first, then the reads), see Database.transaction.
WRITE_OPTION = "mk3desk_writes"
# Seconds to wait for the office server to answer a new connection; milliseconds of
# data left unanswered on an open one before it is given up as lost.
CONNECT_TIMEOUT_S = 5
SILENT_MS = 10_000


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.create_collation(THAI_COLLATION, thai_compare)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()
    # pysqlite begins a transaction only at the first write, so the reads of a unit of
    # work would see a snapshot another writer can invalidate (lost updates). Take the
    # BEGIN away from pysqlite and emit it ourselves (SQLAlchemy's documented recipe).
    dbapi_connection.isolation_level = None


def _on_sqlite_begin(connection: Connection) -> None:
    writes = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def make_engine(target: str | Path, *, read_only: bool = False) -> Engine:
    url = database_url(target)
    if url.get_backend_name() == "sqlite":
        if read_only and url.database:
            # A second copy of the program may look but not write (uri mode=ro).
            url = url.set(
                database=f"file:{url.database}?mode=ro",
                query={"uri": "true"},
            )
        engine = create_engine(url)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    # A restarted server: pre-ping finds the broken pooled connections and replaces them
    # (SQLAlchemy also drops the whole pool at the first disconnect error). A server
    # that cannot be reached fails within CONNECT_TIMEOUT_S instead of hanging the window,
    # and a connection whose server went silent (a cable out: no "refused", no reset) is
    # given up after SILENT_MS of unanswered data (libpq's tcp_user_timeout; keepalives
    # where the system has no such option) instead of the system's TCP timeout (minutes).
    connect_args: dict[str, Any] = {
        name: value
        for name, value in (
            ("connect_timeout", CONNECT_TIMEOUT_S),
            ("tcp_user_timeout", SILENT_MS),
            ("keepalives", 1),
            ("keepalives_idle", 30),
            ("keepalives_interval", 5),
            ("keepalives_count", 3),
        )
        if name not in url.query
    }
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


@dataclass
class Database:
    """An open database and where its files live."""

    engine: Engine
    path: Path | None  # the SQLite file, None on a server
    read_only: bool = False
    # A server's evidence read cache on this machine (None: the user's cache folder).
    evidence_cache: Path | None = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Units of work that write take the write lock when they begin (SQLite: BEGIN
        # IMMEDIATE; a read-only copy cannot take it and needs none).
        writer = (
            self.engine if self.read_only else self.engine.execution_options(**{WRITE_OPTION: True})
        )
        self._writers = sessionmaker(writer, expire_on_commit=False)
        # Every unit of work is audited and chained as it commits (audit_chain.py).
        watch(self._sessions)
        watch(self._writers)
        # The last change this program has seen, and its own commits (db/changes.py).
        self.changes = ChangeCounter()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def evidence_dir(self) -> Path:
        """A SQLite file's evidence store sits beside it (``<name>-evidence/``); a
        server's evidence is in the database, this is its read cache on this machine."""
        if self.path is None:
            if self.evidence_cache is not None:
                return self.evidence_cache
            from mk3desk.paths import cache_dir

            return cache_dir() / "evidence"
        return self.path.with_name(self.path.stem + "-evidence")

    def evidence_store(self) -> EvidenceFiles:
        """Where this database's evidence files are: the folder beside a SQLite file,
        the database itself on a server (evidence_blobs.py)."""
        if self.path is None and not self.is_sqlite:
            from mk3desk.db.evidence_blobs import DatabaseEvidenceStore

            return DatabaseEvidenceStore(self.engine, self.evidence_dir)
        from mk3desk.db.evidence_store import EvidenceStore

        return EvidenceStore(self.evidence_dir)

    @property
    def backup_dir(self) -> Path:
        """``backups/`` beside a SQLite file; a server's backups go to this machine's
        data folder unless the command names another (``mk3desk backup --to``)."""
        if self.path is not None:
            return self.path.parent / "backups"
        from mk3desk.paths import data_dir

        return data_dir() / "backups"

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on any error.

        Its reads and writes are one serialisable transaction: on SQLite it waits for
        the write lock before its first read (up to the busy timeout), so a second
        writer — another window, the CLI, a bundle import — cannot slip a change in
        between. Storage errors come out as Thai ``Mk3Error``s (database busy, a record
        changed by someone else, a constraint), never as raw SQLAlchemy errors.
        """
        try:
            with self._writers() as session:
                with session.begin():
                    yield session
                moved = session.info.pop(HEAD_MOVED, None)
                if moved is not None:
                    self.changes.own(*moved)
        except DBAPIError as exc:
            raise storage_error(exc) from exc
        except StaleDataError as exc:
            raise changed_elsewhere() from exc

    def poll_changes(self) -> bool:
        """True when someone else wrote since the last poll (one primary-key read)."""
        return self.changes.poll(self.engine)

    @property
    def server_name(self) -> str:
        """How the status bar names the office server: ``host/database`` ("" for a file)."""
        if self.is_sqlite:
            return ""
        url = self.engine.url
        host = url.host or "localhost"
        return f"{host}/{url.database or ''}"

    def close(self) -> None:
        self.engine.dispose()
