"""What this machine last exchanged with a peer, per travelling record.

A bundle merge is three-way: for each record the receiving side needs the
version the other machine is known to have. ``hash`` is the SHA-256 of that
version's content (mk3desk.exchange.bundle.format.record_hash). ``kind`` and
``key`` name the record the way bundles do: a uid, or a parent's uid plus a
natural key for records both machines may create independently (the PDCA texts
of an indicator, the result of a criterion).
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
    hash: Mapped[str] = mapped_column(String(64))
