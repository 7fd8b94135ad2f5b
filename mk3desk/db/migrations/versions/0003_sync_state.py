"""sync state: what was last exchanged with a peer, per travelling record (bundles)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 01:58:21.605330
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mk3desk.db.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
        sa.UniqueConstraint("kind", "key", name=op.f("uq_sync_state_kind")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
