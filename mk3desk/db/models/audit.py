"""What each audit entry wrote, row by row, and the head of the audit chain."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mk3desk.db.models.base import Base


class AuditRow(Base):
    """One record written by the unit of work of an audit entry.

    ``row_hash`` is the SHA-256 of the record as stored after the write (every column,
    as the database gives it back: db/audit_rows.py), empty when the record was
    deleted. ``changes`` is JSON ``{column: [old, new]}`` for the columns an update
    changed through the ORM (empty for inserts, deletes and bulk writes).
    """

    __tablename__ = "audit_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("audit_entry.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(20))  # insert, update, delete, baseline, many:<op>
    row_hash: Mapped[str] = mapped_column(String(64), default="")
    changes: Mapped[str] = mapped_column(Text, default="")


class AuditChainHead(Base):
    """The one row naming the newest chained entry: cutting entries off the end shows."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int | None] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))
