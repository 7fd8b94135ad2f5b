"""Copying a whole database into another one: ``server import`` / ``export`` and a
server's backup.

Every table of the models is copied row for row, ids included, in the order of its
foreign keys, through the typed tables (decimals, UTC times and booleans come out of
one backend and go into the other as the same values). Nothing is re-hashed: record
hashes are portable (audit_rows.portable), so the audit chain checks the same on the
copy. Rows are read in batches of :data:`BATCH` and written as they come. Evidence
goes between a SQLite file's folder and a server's ``evidence_blob`` chunks, a chunk
at a time, each file checked against its SHA-256 on the way.

The caller holds both transactions: the copy is one transaction on the target, read
from one snapshot of the source.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

from sqlalchemy import Connection, Engine, Table, delete, insert, select, text

from mk3desk.db.audit_chain import append
from mk3desk.db.evidence_blobs import BLOB, blob_present, delete_blob, read_blob, write_blob
from mk3desk.db.evidence_store import INCOMING_PREFIX, EvidenceStore
from mk3desk.db.models import AuditEntry, Base, EvidenceFile, Office
from mk3desk.db.types import utcnow

BATCH = 500


@dataclass
class Copied:
    """What a copy moved: rows per table, evidence files, and the files it could not."""

    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    missing: list[str] = field(default_factory=list)  # SHA-256 of files not in the source
    altered: list[str] = field(default_factory=list)  # SHA-256 of files that did not match

    @property
    def records(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t is not BLOB]


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One transaction that reads one consistent state of the whole database while
    others write (PostgreSQL: REPEATABLE READ; SQLite: a read transaction of WAL)."""
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.connect() as connection, connection.begin():
        yield connection


def offices(connection: Connection) -> list[tuple[str, str]]:
    """(uid, name) of every office in the database."""
    table = cast(Table, Office.__table__)
    return [(r.uid, r.name) for r in connection.execute(select(table.c.uid, table.c.name))]


def evidence_hashes(connection: Connection) -> list[str]:
    """Every evidence file the records refer to (the recycle list's too)."""
    table = cast(Table, EvidenceFile.__table__)
    return sorted(set(connection.scalars(select(table.c.sha256))))


def wipe(connection: Connection) -> None:
    """Delete every record (not the evidence chunks): a new database's own start of
    the audit chain, before a whole database is copied in."""
    for table in reversed(_tables()):
        connection.execute(delete(table))


def copy_rows(source: Connection, target: Connection, copied: Copied) -> None:
    for table in _tables():
        count = 0
        ordered = select(table).order_by(*table.primary_key.columns)
        result = source.execution_options(yield_per=BATCH).execute(ordered)
        for batch in result.partitions():
            target.execute(insert(table), [dict(row._mapping) for row in batch])
            count += len(batch)
        copied.rows[table.name] = count


def reset_sequences(connection: Connection) -> None:
    """PostgreSQL: each table's id sequence after the largest id copied in."""
    if connection.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f'COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "{table.name}"'
            )
        )


class _Hashing:
    """A file read a chunk at a time, hashing what was read."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int) -> bytes:
        chunk = self.handle.read(size)
        self.digest.update(chunk)
        return chunk


def files_into_database(
    store: EvidenceStore, target: Connection, hashes: Iterable[str], copied: Copied
) -> None:
    """The files *hashes* from a SQLite file's folder into the server's chunks."""
    for sha in hashes:
        path = store.path_for(sha)
        if not path.is_file():
            copied.missing.append(sha)
            continue
        if blob_present(target, sha):
            copied.files += 1
            continue
        with path.open("rb") as handle:
            reader = _Hashing(handle)
            write_blob(target, sha, cast(BinaryIO, reader))
        if reader.digest.hexdigest() != sha:
            delete_blob(target, sha)
            copied.altered.append(sha)
            continue
        copied.files += 1


def files_into_folder(
    source: Connection, store: EvidenceStore, hashes: Iterable[str], copied: Copied
) -> None:
    """The files *hashes* from the server's chunks into a SQLite file's folder."""
    store.root.mkdir(parents=True, exist_ok=True)
    for sha in hashes:
        if not blob_present(source, sha):
            copied.missing.append(sha)
            continue
        target = store.path_for(sha)
        target.parent.mkdir(exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=store.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                digest = read_blob(source, sha, out)
                out.flush()
                os.fsync(out.fileno())
            if digest != sha:
                copied.altered.append(sha)
                continue
            os.replace(temp, target)
            copied.files += 1
        finally:
            temp.unlink(missing_ok=True)


def chain_note(connection: Connection, action: str, target: str, detail: str) -> None:
    """An audit entry of the program's own (the move itself), chained after the rest."""
    table = cast(Table, AuditEntry.__table__)
    entry_id = connection.execute(
        insert(table)
        .values(at=utcnow(), actor_name="", action=action, target=target, detail=detail)
        .returning(table.c.id)
    ).scalar_one()
    append(connection, [entry_id], {entry_id: []})
