"""Storage failures as Thai messages: raw SQLAlchemy / DBAPI errors never reach a user.

``Database.transaction`` turns what the database raises into one of these; the
window and the CLI show them like any other refusal (nothing was written).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from mk3desk.db.sqlite_file import BUSY_TIMEOUT_MS, damaged_error
from mk3desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    BusyError,
    ConflictError,
    Mk3Error,
)

# PostgreSQL's SQLSTATE for deadlock_detected and serialization_failure.
_RETRY_STATES = frozenset({"40P01", "40001"})


def changed_elsewhere() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Database",
            "มีผู้อื่นแก้ไขรายการเดียวกันนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึก — โปรดดูข้อมูลล่าสุดแล้วทำรายการอีกครั้ง",
        )
    )


def storage_error(exc: DBAPIError) -> Mk3Error:
    """The Thai refusal for a database error raised inside a unit of work."""
    text = str(exc.orig or exc).lower()
    if getattr(exc.orig, "sqlstate", None) in _RETRY_STATES:
        # A server rolled the unit of work back for a clash with another client's: a
        # deadlock (two clients each waiting on a record the other holds) or a failed
        # serialisation. Nothing was written; doing it again on the latest data works.
        # (Checked first: a deadlock's detail says "blocked by process", not SQLite busy.)
        return changed_elsewhere()
    if isinstance(exc, OperationalError) and ("locked" in text or "busy" in text):
        return BusyError(
            QT_TRANSLATE_NOOP(
                "Database",
                "มีโปรแกรมอื่นกำลังบันทึกข้อมูลลงฐานข้อมูลนี้อยู่ รอแล้ว {seconds} วินาทียังไม่เสร็จ "
                "— ยังไม่ได้บันทึก โปรดลองอีกครั้ง",
            ),
            seconds=BUSY_TIMEOUT_MS // 1000,
        )
    if isinstance(exc, IntegrityError):
        return changed_elsewhere()
    if "readonly" in text or "read-only" in text:
        return BusyError(QT_TRANSLATE_NOOP("Database", "ฐานข้อมูลเปิดแบบอ่านอย่างเดียว จึงบันทึกไม่ได้"))
    if "disk" in text and "full" in text:
        return BusyError(
            QT_TRANSLATE_NOOP(
                "Database", "พื้นที่ดิสก์เต็ม บันทึกไม่ได้ — ยังไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง"
            )
        )
    return damaged_error(exc.orig or exc)


def as_damaged(error: Exception) -> Exception:
    """A database error that escaped everything else (the window's first page, a CLI
    command) as the Thai "damaged" message; any other error as it is."""
    if isinstance(error, DBAPIError | sqlite3.DatabaseError):
        return damaged_error(getattr(error, "orig", None) or error)
    return error
