"""Setting up an office server: create or upgrade its schema, move an office from its
SQLite file onto it, and copy it back out to a SQLite file (to take home, archive or
back up).

``import_office`` moves everything the file holds — every table, accounts, the audit
chain as it is, and every evidence file — in one transaction on the server: it is
all there afterwards or nothing is. A server takes the offices of one file, into a
server that holds no office yet: the audit chain is one chain per database, and the
record ids of the file are kept (the chain's lines name them), so two files' offices
cannot share a server (their coordinator machine's file can, with all its offices).
``export_office`` reads one snapshot of the server (REPEATABLE READ), so a copy made
while clerks work is consistent.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mk3desk.db.engine import Database, database_url
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.migrate import current_revision, head_revision, open_database
from mk3desk.db.transfer import (
    Copied,
    chain_note,
    copy_rows,
    evidence_hashes,
    files_into_database,
    files_into_folder,
    offices,
    reset_sequences,
    snapshot,
    wipe,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError


@dataclass(frozen=True)
class Transferred:
    """What ``server import`` / ``export`` moved."""

    offices: tuple[str, ...]  # names
    records: int
    files: int
    missing: tuple[str, ...]  # SHA-256 of evidence files the source did not have
    altered: tuple[str, ...]  # SHA-256 of evidence files whose bytes did not match


def _result(names: list[tuple[str, str]], copied: Copied) -> Transferred:
    return Transferred(
        offices=tuple(name for _uid, name in names),
        records=copied.records,
        files=copied.files,
        missing=tuple(copied.missing),
        altered=tuple(copied.altered),
    )


def server_url(target: str) -> str:
    """*target* if it names a server; a file path or a SQLite URL is refused."""
    if database_url(target).get_backend_name() == "sqlite":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Server",
                "{target} ไม่ใช่ที่อยู่เซิร์ฟเวอร์ — ใช้รูปแบบ postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล",
            ),
            target=target,
        )
    return target


def init_server(target: str) -> str:
    """Create the schema on an empty server database (the same migrations, the ICU
    "thai" collation); an up-to-date one is left as it is. The revision it is at."""
    database = open_database(server_url(target))
    try:
        return current_revision(database.engine) or ""
    finally:
        database.close()


def upgrade_server(target: str) -> tuple[str, str]:
    """Bring the server's schema to this program's revision: (before, after)."""
    from mk3desk.db.engine import make_engine

    url = server_url(target)
    engine = make_engine(url)
    try:
        before = current_revision(engine) or ""
    finally:
        engine.dispose()
    database = open_database(url, upgrade_server=True)
    try:
        return before, current_revision(database.engine) or head_revision()
    finally:
        database.close()


def import_office(source: Path, target: str) -> Transferred:
    """Move everything the SQLite file *source* holds onto the server *target*."""
    url = server_url(target)
    if not source.is_file():
        raise NotFoundError(QT_TRANSLATE_NOOP("Server", "ไม่พบไฟล์ฐานข้อมูล {path}"), path=str(source))
    file_db = open_database(source, create=False)
    try:
        server = open_database(url)
        try:
            return _import(file_db, server, source.name)
        finally:
            server.close()
    finally:
        file_db.close()


def _import(file_db: Database, server: Database, label: str) -> Transferred:
    copied = Copied()
    store = EvidenceStore(file_db.evidence_dir)
    with snapshot(file_db.engine) as src, server.engine.begin() as dst:
        moving = offices(src)
        _refuse_occupied(offices(dst), moving)
        wipe(dst)
        copy_rows(src, dst, copied)
        files_into_database(store, dst, evidence_hashes(src), copied)
        reset_sequences(dst)
        chain_note(dst, "server.import", label, f"records={copied.records} files={copied.files}")
    return _result(moving, copied)


def _refuse_occupied(there: list[tuple[str, str]], moving: list[tuple[str, str]]) -> None:
    held = dict(there)
    for uid, name in moving:
        if uid in held:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "เซิร์ฟเวอร์มีข้อมูลของ {name} (รหัส {uid}) อยู่แล้ว จึงไม่ได้นำเข้าซ้ำ "
                    "— ถ้าต้องการแทนที่ ให้สร้างฐานข้อมูลใหม่บนเซิร์ฟเวอร์แล้วนำเข้าอีกครั้ง",
                ),
                name=name,
                uid=uid,
            )
    if held:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Server",
                "เซิร์ฟเวอร์มีข้อมูลของ {names} อยู่แล้ว จึงไม่ได้นำเข้า — นำเข้าได้เฉพาะฐานข้อมูลที่ยังว่าง "
                "(ประวัติการแก้ไขเป็นห่วงโซ่เดียวทั้งฐานข้อมูล) โปรดสร้างฐานข้อมูลใหม่สำหรับไฟล์นี้",
            ),
            names=", ".join(sorted(held.values())),
        )


def export_office(source: str, target: Path) -> Transferred:
    """Copy everything on the server *source* into a new SQLite file *target* and its
    evidence folder (``<name>-evidence`` beside it), from one snapshot."""
    url = server_url(source)
    server = open_database(url)
    try:
        return export_database(server, target)
    finally:
        server.close()


def export_database(server: Database, target: Path) -> Transferred:
    """The copy of an open server database into a new SQLite file *target*."""
    evidence = target.with_name(target.stem + "-evidence")
    for existing in (target, evidence):
        if existing.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Server", "มี {path} อยู่แล้ว — โปรดเลือกชื่อไฟล์ใหม่ (ไม่เขียนทับ)"),
                path=str(existing),
            )
    copied = Copied()
    try:
        file_db = open_database(target)
        try:
            with snapshot(server.engine) as src, file_db.engine.begin() as dst:
                names = offices(src)
                wipe(dst)
                copy_rows(src, dst, copied)
                files_into_folder(src, EvidenceStore(evidence), evidence_hashes(src), copied)
        finally:
            file_db.close()
    except BaseException:
        for leftover in (target, *(target.with_name(target.name + s) for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(evidence, ignore_errors=True)
        raise
    return _result(names, copied)
