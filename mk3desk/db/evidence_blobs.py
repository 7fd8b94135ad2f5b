"""Evidence files in the database of an office server, with a read cache on each client.

Each file is the rows of ``evidence_blob`` (SHA-256, chunk number, 1 MiB of bytes):
bytea chunks rather than PostgreSQL large objects because they are plain rows —
written and read through SQLAlchemy like every other table, copied by ``server
import`` / ``export`` in the same transaction as the records, the same on SQLite if
ever needed, and deleted by a plain DELETE (large objects need psycopg-specific
calls, their own permissions and ``vacuumlo``).

Nothing holds a whole file in memory: attaching copies the file into this machine's
cache while hashing it (one read of the source), then sends that copy a chunk per
statement, all chunks in one transaction (a file is on the server whole or not at
all). Opening fetches the chunks one query each into a temporary file in the cache,
checks the SHA-256 and renames it into place; a cached file is used as it is after
that (its name is its hash). The integrity check reads the server's own bytes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, cast

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from mk3desk.db.errors import storage_error
from mk3desk.db.evidence_store import (
    CHUNK,
    INCOMING_PREFIX,
    EvidenceStore,
    FileStatus,
    StoredFile,
)
from mk3desk.db.models import EvidenceBlob
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError

BLOB = cast(Table, EvidenceBlob.__table__)


def blob_present(connection: Connection, sha256: str) -> bool:
    found = connection.execute(
        select(BLOB.c.chunk).where(BLOB.c.sha256 == sha256, BLOB.c.chunk == 0)
    ).first()
    return found is not None


def blob_size(connection: Connection, sha256: str) -> int | None:
    """The stored file's length (the sum of its chunks), None when it is not there."""
    count, total = connection.execute(
        select(func.count(), func.sum(func.length(BLOB.c.data))).where(BLOB.c.sha256 == sha256)
    ).one()
    return None if not count else int(total or 0)


def write_blob(connection: Connection, sha256: str, source: BinaryIO) -> int:
    """Store what *source* holds under *sha256*, a chunk per statement; its length.

    The caller's transaction makes the chunks one file (and checked the hash)."""
    number = size = 0
    while True:
        chunk = source.read(CHUNK)
        if not chunk and number:
            return size
        connection.execute(insert(BLOB).values(sha256=sha256, chunk=number, data=chunk))
        number += 1
        size += len(chunk)


def read_blob(connection: Connection, sha256: str, out: BinaryIO) -> str:
    """Write the stored file into *out*, a chunk per query; the SHA-256 of what came."""
    digest = hashlib.sha256()
    query = select(BLOB.c.data).where(BLOB.c.sha256 == sha256)
    number = 0
    while True:
        data = connection.execute(query.where(BLOB.c.chunk == number)).scalar()
        if data is None:
            return digest.hexdigest()
        chunk = bytes(data)
        digest.update(chunk)
        out.write(chunk)
        number += 1


def blob_hashes(connection: Connection) -> set[str]:
    return set(connection.scalars(select(BLOB.c.sha256).where(BLOB.c.chunk == 0)))


def blob_sizes(connection: Connection) -> dict[str, int]:
    """Every stored file's length, by hash (one grouped query: lengths, not bytes)."""
    query = select(BLOB.c.sha256, func.sum(func.length(BLOB.c.data))).group_by(BLOB.c.sha256)
    return {sha: int(total or 0) for sha, total in connection.execute(query)}


def delete_blob(connection: Connection, sha256: str) -> None:
    connection.execute(delete(BLOB).where(BLOB.c.sha256 == sha256))


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def _altered(sha256: str) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP(
            "Evidence",
            "ไฟล์หลักฐาน {sha} บนเซิร์ฟเวอร์ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ (ถูกแก้นอกโปรแกรม) จึงไม่ได้เปิด",
        ),
        sha=sha256[:12],
    )


class DatabaseEvidenceStore:
    """The evidence of a server database; *cache* is this machine's read cache folder."""

    def __init__(self, engine: Engine, cache: Path) -> None:
        self.engine = engine
        self.cache = EvidenceStore(cache)

    def put(self, source: Path) -> StoredFile:
        stored = self.cache.put(source)  # hashed while copied: one read of the source
        try:
            with self.engine.begin() as connection:
                if blob_present(connection, stored.sha256):
                    return stored
                with self.cache.path_for(stored.sha256).open("rb") as handle:
                    write_blob(connection, stored.sha256, handle)
        except IntegrityError:
            # Another client stored the same bytes at the same moment: they are there.
            with self.engine.connect() as connection:
                if not blob_present(connection, stored.sha256):
                    raise
        except DBAPIError as exc:
            raise storage_error(exc) from exc
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("Evidence", "อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}"),
                path=source.name,
                reason=exc.strerror or exc,
            ) from exc
        return stored

    def has(self, sha256: str) -> bool:
        with self.engine.connect() as connection:
            return blob_present(connection, sha256)

    def size_of(self, sha256: str) -> int | None:
        with self.engine.connect() as connection:
            return blob_size(connection, sha256)

    def local_path(self, sha256: str) -> Path:
        """The cached copy, fetched from the server first if this machine has none."""
        target = self.cache.path_for(sha256)
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=self.cache.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out, self.engine.connect() as connection:
                if not blob_present(connection, sha256):
                    temp.unlink()
                    return target  # missing on the server too: ``has`` says so
                if read_blob(connection, sha256, out) != sha256:
                    raise _altered(sha256)
            os.replace(temp, target)
            return target
        finally:
            temp.unlink(missing_ok=True)

    def status(
        self, sha256: str, *, size: int | None = None, verify_content: bool = True
    ) -> FileStatus:
        with self.engine.connect() as connection:
            stored = blob_size(connection, sha256)
            if stored is None:
                return FileStatus.MISSING
            if size is not None and stored != size:
                return FileStatus.ALTERED
            if not verify_content:
                return FileStatus.OK
            digest = read_blob(connection, sha256, cast(BinaryIO, _Discard()))
        return FileStatus.OK if digest == sha256 else FileStatus.ALTERED

    def delete(self, sha256: str) -> None:
        with self.engine.begin() as connection:
            delete_blob(connection, sha256)
        self.cache.delete(sha256)

    def stored_hashes(self) -> set[str]:
        with self.engine.connect() as connection:
            return blob_hashes(connection)

    def stored_sizes(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return blob_sizes(connection)

    def incoming_leftovers(self) -> list[Path]:
        return self.cache.incoming_leftovers()
