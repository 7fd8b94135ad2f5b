"""Where evidence files are kept, named by their SHA-256: the store interface, and the
file store of a SQLite database (a folder beside it).

:class:`EvidenceFiles` is what services, sync and the window use; ``Database.evidence
_store()`` gives the one that fits the database: this module's :class:`EvidenceStore`
for a SQLite file, ``evidence_blobs.DatabaseEvidenceStore`` (the bytes in the
database, a read cache on this machine) for an office server.

The file store writes each file to a temporary name in the store, flushed to disk,
then renamed into place, so a crash or a full disk never leaves a half file under a
real name. The same bytes are stored once however often they are attached.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError

CHUNK = 1024 * 1024
# Files being copied in are written under this prefix in the store's root and renamed
# when complete; one left behind is from an attach that was killed half-way.
INCOMING_PREFIX = ".incoming-"


class FileStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


def _disk_error(exc: OSError, path: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Evidence", "พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่"
            ),
            path=path.name,
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Evidence", "อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}"),
        path=path.name,
        reason=exc.strerror or exc,
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class EvidenceFiles(Protocol):
    """A content-addressed store of evidence files (by SHA-256)."""

    def put(self, source: Path) -> StoredFile:
        """Copy *source* into the store (streamed); its hash and size."""
        ...

    def has(self, sha256: str) -> bool:
        """Is the file stored (a cheap look, not a read of its bytes)?"""
        ...

    def size_of(self, sha256: str) -> int | None:
        """The stored file's length, None when it is missing."""
        ...

    def local_path(self, sha256: str) -> Path:
        """A file on this machine holding the bytes (to open, copy or send); it may be
        missing (then ``has`` says so)."""
        ...

    def status(
        self, sha256: str, *, size: int | None = None, verify_content: bool = True
    ) -> FileStatus: ...

    def delete(self, sha256: str) -> None: ...

    def stored_hashes(self) -> set[str]: ...

    def stored_sizes(self) -> dict[str, int]:
        """Every stored file's length by hash, in one look (the check at every start)."""
        ...

    def incoming_leftovers(self) -> list[Path]: ...


class EvidenceStore:
    """The file store: ``<root>/<first two hex digits>/<sha256>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def size_of(self, sha256: str) -> int | None:
        path = self.path_for(sha256)
        return path.stat().st_size if path.is_file() else None

    def local_path(self, sha256: str) -> Path:
        return self.path_for(sha256)

    def put(self, source: Path) -> StoredFile:
        """Copy *source* into the store; return its hash and size."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix=INCOMING_PREFIX, dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    handle = source.open("rb")
                except OSError as exc:
                    raise StorageError(
                        QT_TRANSLATE_NOOP("Evidence", "เปิดไฟล์ {path} ไม่ได้: {reason}"),
                        path=source.name,
                        reason=exc.strerror or exc,
                    ) from exc
                with handle:
                    while chunk := handle.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists() and target.stat().st_size == size:
                temp.unlink()
            else:
                target.parent.mkdir(exist_ok=True)
                os.replace(temp, target)
            return StoredFile(sha, size)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise _disk_error(exc, source) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def status(
        self, sha256: str, *, size: int | None = None, verify_content: bool = True
    ) -> FileStatus:
        """Is the file there and unchanged? Without *verify_content* only its presence
        and (given *size*) its length are checked: a stat, not a read of every byte."""
        path = self.path_for(sha256)
        if not path.is_file():
            return FileStatus.MISSING
        if size is not None and path.stat().st_size != size:
            return FileStatus.ALTERED
        if not verify_content:
            return FileStatus.OK
        return FileStatus.OK if sha256_of(path) == sha256 else FileStatus.ALTERED

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)

    def stored_hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {p.name for p in self.root.glob("??/*") if p.is_file() and len(p.name) == 64}

    def stored_sizes(self) -> dict[str, int]:
        if not self.root.is_dir():
            return {}
        return {
            p.name: p.stat().st_size
            for p in self.root.glob("??/*")
            if p.is_file() and len(p.name) == 64
        }

    def incoming_leftovers(self) -> list[Path]:
        """Half-copied files (``.incoming-*``) left by attaches that were killed; the
        one being written right now by a running attach is among them too."""
        if not self.root.is_dir():
            return []
        return sorted(p for p in self.root.glob(INCOMING_PREFIX + "*") if p.is_file())
