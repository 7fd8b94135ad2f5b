"""What can be known about a SQLite file with the plain ``sqlite3`` module alone.

Start-up is the common case: an existing file already at the newest schema
revision. Everything needed to decide that — the file's header, its revision, the
revisions this program ships (``schema_revisions``) — and the office-years
the main window names in its title bar is read here, without importing SQLAlchemy
or Alembic (≈0.4 s together). The window is then on screen while the database layer
loads (``mk3desk.ui.launch``). Records are NamedTuples rather than dataclasses: this
module is on that path, and importing dataclasses would be one more cost there.
Only SELECTs are run: nothing here changes a file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mk3desk.db.schema_revisions import SCHEMA_HEAD, SCHEMA_REVISIONS
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.domain.office_year import OfficeYear

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


class NewerDatabaseError(StorageError):
    """The database was written by a newer mk3desk."""


def newer_error(revision: str) -> NewerDatabaseError:
    return NewerDatabaseError(
        QT_TRANSLATE_NOOP(
            "Database",
            "ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) "
            "โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้",
        ),
        revision=revision,
    )


def foreign_error() -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("Database", "ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้")
    )


def damaged_error(reason: object) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Database", "ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups"
        ),
        reason=reason,
    )


def check_sqlite_file(path: Path) -> None:
    """Raise StorageError when *path* cannot be read or is not a SQLite file."""
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


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = path.as_uri() + ("?mode=ro" if read_only else "")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _revision(connection: sqlite3.Connection) -> tuple[str | None, bool]:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if "alembic_version" not in tables:
        return None, bool(tables)
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return (str(row[0]) if row else None), True


def _at_head(revision: str | None, has_tables: bool) -> bool:
    """True at the newest revision; raise for a newer or a foreign file."""
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise newer_error(revision)
    if revision is None and has_tables:
        raise foreign_error()
    return revision == SCHEMA_HEAD


def sqlite_up_to_date(path: Path, *, read_only: bool) -> bool:
    """True when the existing file *path* is at the newest revision.

    Raises for a newer, foreign or damaged file; False (an upgrade or a first schema
    is due) sends the caller down the Alembic path.
    """
    connection = _connect(path, read_only=read_only)
    try:
        return _at_head(*_revision(connection))
    except sqlite3.DatabaseError as exc:
        raise damaged_error(exc) from exc
    finally:
        connection.close()


# The same rows, in the same order, as services.indicator_view.year_choices (a test
# holds the two together).
_OFFICE_YEARS = (
    "SELECT office.id, office.uid, office.name, office.short_name, "
    "fiscal_year.id, fiscal_year.be_year "
    "FROM office JOIN fiscal_year ON fiscal_year.office_id = office.id "
    "ORDER BY office.id, fiscal_year.be_year DESC"
)


def quick_look(path: Path, *, read_only: bool) -> list[OfficeYear] | None:
    """The office-years of *path* when it can be opened as it is, else None.

    None means the usual start does not apply — the file does not exist yet, needs
    its first schema or an upgrade (Alembic, with a backup first) — and the caller
    opens it the full way. A newer, foreign or damaged file raises StorageError, as
    opening it would. An empty list: the file is fine but holds no office yet.
    """
    if not path.is_file():
        return None
    check_sqlite_file(path)
    connection = _connect(path, read_only=read_only)
    try:
        if not _at_head(*_revision(connection)):
            return None
        return [OfficeYear(*row) for row in connection.execute(_OFFICE_YEARS)]
    except sqlite3.DatabaseError as exc:
        raise damaged_error(exc) from exc
    finally:
        connection.close()
