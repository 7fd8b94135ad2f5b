"""What this machine last exchanged with a peer, per travelling record.

A bundle merge is three-way: for each record the receiving side needs the
version the other machine is known to have. ``hash`` is the SHA-256 of that
version's content (mk3desk.sync.schema.record_hash) as last received,
or the DELETED marker once the other machine is known to have deleted it; None
if nothing was ever received. ``kind`` and ``key`` name the record the way
bundles do: a uid, or a parent's uid plus a natural key for records both
machines may create independently (the PDCA texts of an indicator, the result of
a criterion).

For records whose deletion travels (schema.TOMBSTONE_KINDS) the row also says
what this machine sent: ``sent`` is the version in its last bundle since the last
receipt (cleared when a bundle settles the record), and ``scope`` the uid of the
indicator whose bundles carry the record. A record deleted here is known only by
this row: if the peer may have it (received from it, or sent to it) the next
bundle of that indicator carries its deletion — an evidence file's key is its own
uid, hence the scope.
"""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mk3desk.db.models.base import Base, StampMixin


class SyncState(StampMixin, Base):
    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(120))
    hash: Mapped[str | None] = mapped_column(String(64))
    sent: Mapped[str | None] = mapped_column(String(64))
    scope: Mapped[str | None] = mapped_column(String(32), index=True)
