"""The checks on the SQLite file itself, before and without changing it.

*Looking never changes anything.* The file is opened read-only through a URI
(``mode=ro``); when there is no ``-wal`` beside it, with ``immutable=1`` as well,
because even a read-only connection on a WAL database otherwise creates an empty
``-wal`` and a ``-shm`` beside it, and — worse — "recovers" a ``-shm`` whose
``-wal`` was deleted, erasing the only trace that committed work was lost. A 0-byte
file or one without the SQLite header is reported and not opened at all (opening
it the usual way would write a fresh, empty schema into it).

A lost ``-wal`` is recognised from the ``-shm`` index (``mk3desk.db.wal_index``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool

from mk3desk.db.models import THAI_COLLATION
from mk3desk.db.sqlite_file import BUSY_TIMEOUT_MS, SQLITE_MAGIC
from mk3desk.db.wal_index import lost_wal_frames, wal_path
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.thaisort import thai_compare
from mk3desk.services.check_findings import Finding, Severity


def file_findings(path: Path) -> list[Finding]:
    """A 0-byte file, or one that is not SQLite: a problem, and the file is not opened."""
    size = path.stat().st_size
    if size == 0:
        return [
            Finding(
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "ฐานข้อมูลเสียหาย: ไฟล์ {name} ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลใดเหลืออยู่ "
                    "— กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list",
                ),
                {"name": path.name},
            )
        ]
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        return [
            Finding(
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "ฐานข้อมูลเสียหาย: ไฟล์ {name} ไม่ใช่ไฟล์ฐานข้อมูล SQLite "
                    "— กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list",
                ),
                {"name": path.name},
            )
        ]
    return []


def wal_findings(path: Path) -> list[Finding]:
    frames = lost_wal_frames(path)
    if not frames:
        return []
    return [
        Finding(
            Severity.PROBLEM,
            QT_TRANSLATE_NOOP(
                "Integrity",
                "ไฟล์ {wal} ซึ่งเก็บงานที่บันทึกล่าสุดหายไปหลังโปรแกรมปิดไม่ปกติ "
                "— งานที่บันทึกแล้ว {frames} หน้าข้อมูลยังไม่ได้รวมเข้าไฟล์หลักและหายไปด้วย "
                "ถ้ามีไฟล์นี้อยู่ที่อื่นให้นำกลับมาวางคืนก่อนเปิดโปรแกรม มิฉะนั้นกู้คืนจากข้อมูลสำรอง",
            ),
            {"wal": wal_path(path).name, "frames": frames},
        )
    ]


def read_only_engine(path: Path) -> Engine:
    """An engine that can only read *path* and creates nothing beside it.

    With no ``-wal`` beside the file (closed cleanly, or the ``-wal`` lost) it is
    opened immutable: SQLite then reads the main file alone and touches no ``-shm``.
    With a ``-wal`` (open elsewhere, or after a crash) it is opened ``mode=ro`` so the
    committed work in the ``-wal`` is read too; neither file is written.
    """
    immutable = not wal_path(path).exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        connection.create_collation(THAI_COLLATION, thai_compare)
        return connection

    return create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
