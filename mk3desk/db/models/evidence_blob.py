"""Evidence files kept in the database itself (an office server): bytes in 1 MiB chunks."""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from mk3desk.db.models.base import Base


class EvidenceBlob(Base):
    """One chunk of a stored file, named by the file's SHA-256 and the chunk's number.

    A file is chunks 0, 1, … in order (an empty file: chunk 0, empty); all of a file's
    chunks are written in one transaction, so a file is there whole or not at all. Only
    a server database uses this table (a SQLite file keeps evidence beside it); it is
    bookkeeping of content, not a record people edit, so it is not audited: the files'
    hashes are in ``evidence_file``, which is.
    """

    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    chunk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)
