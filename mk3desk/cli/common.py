"""What every command shares: the --db option, opening the database, printing.

Imported by every command's parser, so it stays light (docs/STARTUP.md, "The
command line"): SQLAlchemy, the database layer and the services are imported by the
functions that open or read the database, never when the parser is built.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mk3desk.db.engine import Database
    from mk3desk.domain.office_year import OfficeYear
    from mk3desk.services.context import Actor

PASSWORD_VARIABLE = "MK3DESK_PASSWORD"


def version_text() -> str:
    from mk3desk import __version__

    return f"mk3desk {__version__}"


def use_utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help="ไฟล์ฐานข้อมูล หรือ URL ของเซิร์ฟเวอร์ PostgreSQL (ค่าเริ่มต้น: MK3DESK_DB หรือโฟลเดอร์ข้อมูลของผู้ใช้)",
    )
    parser.add_argument(
        "--user",
        default=None,
        help=f"ชื่อผู้ใช้ที่ทำรายการ (รหัสผ่านจาก {PASSWORD_VARIABLE} หรือพิมพ์เมื่อถาม) — "
        "จำเป็นสำหรับคำสั่งที่บันทึกข้อมูลเมื่อฐานข้อมูลมีบัญชีผู้ใช้",
    )


def add_year_option(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--year", type=int, required=required, help="ปีงบประมาณ พ.ศ. เช่น 2567")
    add_office_option(parser)


def add_office_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--office",
        default=None,
        help="สำนักงาน (ชื่อย่อ ชื่อเต็ม หรือรหัส) เมื่อฐานข้อมูลมีหลายสำนักงาน",
    )


def office_year(session: Session, args: argparse.Namespace) -> OfficeYear:
    """``--year`` (and ``--office``) resolved once into the office-year every service takes.

    A database with several offices and no ``--office`` is refused with a Thai message
    naming them; there is no "first office" fallback.
    """
    from mk3desk.services.lookup import resolve_year

    return resolve_year(session, args.year, getattr(args, "office", None))


def is_url(target: str) -> bool:
    return "://" in target


def db_target(args: argparse.Namespace) -> str:
    """A database URL as given (a URL must not go through Path), or a file path made
    absolute against the current folder (``--db rel.sqlite3``)."""
    from mk3desk.paths import default_db_path

    server = os.environ.get("MK3DESK_DB", "")
    target = str(args.db) if args.db else server if is_url(server) else str(default_db_path())
    if is_url(target):
        return target
    return str(Path(target).expanduser().absolute())


@contextmanager
def opened(
    args: argparse.Namespace, *, create: bool = False, writing: bool = False
) -> Iterator[Database]:
    """The database of ``--db``. A command that *writes* first takes the single-writer
    lock the window uses (waiting a few seconds for it, then a Thai refusal), so a
    window and a command never write the same file at once. A 0-byte file or a lost
    ``-wal`` is refused in Thai before anything opens it."""
    from mk3desk.db.migrate import open_database
    from mk3desk.db.writer_lock import writer_lock

    target = db_target(args)
    path = None if is_url(target) else Path(target)
    if path is not None:
        from mk3desk.db.wal_index import refuse_unsafe_open

        refuse_unsafe_open(path)
    with writer_lock(path) if writing and path is not None else nullcontext():
        database = open_database(target, create=create)
        try:
            yield database
        finally:
            database.close()


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    """A read-only look (no lock taken: it works while the window has the file open)."""
    with opened(args) as database, database.session() as session:
        yield session


def password_for(user: str) -> str:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError

    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "ไม่มีรหัสผ่านของ “{user}”: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์รหัสผ่านได้",
            ),
            user=user,
            variable=PASSWORD_VARIABLE,
        )
    import getpass

    return getpass.getpass(f"รหัสผ่านของ {user}: ")


def acting(args: argparse.Namespace, database: Database) -> Actor:
    """Who a writing command acts as: ``--user`` on a database with accounts (the
    password from MK3DESK_PASSWORD or a prompt); the system on one without (set-up)."""
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError
    from mk3desk.services import accounts
    from mk3desk.services.context import Actor

    user = getattr(args, "user", None)
    with database.session() as session:
        if not accounts.has_accounts(session):
            return Actor.system()
    if not user:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ระบุ --user ชื่อผู้ใช้ (รหัสผ่านจาก {variable} "
                "หรือพิมพ์เมื่อถาม) จึงจะบันทึกข้อมูลได้",
            ),
            variable=PASSWORD_VARIABLE,
        )
    password = password_for(user)
    with database.transaction() as session:  # a failure is recorded (the growing delay)
        result = accounts.verify_login(session, user, password)
    if result.actor is None:
        assert result.error is not None
        raise PermissionDeniedError(result.error.template, **result.error.params)
    if result.must_change:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Cli", "ต้องตั้งรหัสผ่านใหม่ก่อน (ผู้ประสานรีเซ็ตไว้) — เข้าสู่ระบบในโปรแกรมเพื่อเปลี่ยนรหัสผ่าน"
            )
        )
    return result.actor


@contextmanager
def unit_of_work(
    args: argparse.Namespace, *, create: bool = False
) -> Iterator[tuple[Session, Actor]]:
    """One transaction: all of the command is written, or none of it, as ``acting``.
    The single-writer lock is taken first, so the login's own write waits its turn too."""
    with opened(args, create=create, writing=True) as database:
        actor = acting(args, database)
        with database.transaction() as session:
            yield session, actor


def print_json(data: Any) -> None:
    import json
    from decimal import Decimal

    def default(value: Any) -> Any:
        if isinstance(value, Decimal):
            return str(value)
        if hasattr(value, "isoformat"):
            return value.isoformat()
        raise TypeError(type(value))

    print(json.dumps(data, ensure_ascii=False, indent=2, default=default))
