"""sync state for deletions: what was sent, the indicator a record belongs to

A record deleted since the last exchange travels as a tombstone if the peer may have
it: received from it (hash, now empty until something is received) or sent to it
(sent). The scope names the indicator whose bundle carries the deletion.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

# Kinds whose key is the indicator's uid, or the indicator's uid, "/" and a natural key.
_BY_INDICATOR_KEY = ("assignment", "state", "pdca", "result", "outcome", "transition")


def upgrade() -> None:
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=True)
        batch_op.add_column(sa.Column("sent", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("scope", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_sync_state_scope"), ["scope"], unique=False)
    # Rows exchanged before: their indicator from the key, or (evidence, criteria) from the
    # row they name. Rows of records deleted before this version stay without a scope.
    connection = op.get_bind()
    sync = sa.table(
        "sync_state", sa.column("id"), sa.column("kind"), sa.column("key"), sa.column("scope")
    )
    rows = connection.execute(
        sa.select(sync.c.id, sync.c.key).where(sync.c.kind.in_(_BY_INDICATOR_KEY))
    ).all()
    for row_id, key in rows:
        connection.execute(
            sa.update(sync).where(sync.c.id == row_id).values(scope=key.partition("/")[0][:32])
        )
    indicator = sa.table("year_indicator", sa.column("id"), sa.column("uid"))
    for kind, table_name in (("evidence", "evidence_file"), ("criterion", "year_criterion")):
        child = sa.table(table_name, sa.column("uid"), sa.column("indicator_id"))
        owner = (
            sa.select(indicator.c.uid)
            .select_from(child.join(indicator, indicator.c.id == child.c.indicator_id))
            .where(child.c.uid == sync.c.key)
            .scalar_subquery()
        )
        connection.execute(sa.update(sync).where(sync.c.kind == kind).values(scope=owner))


def downgrade() -> None:
    op.execute("DELETE FROM sync_state WHERE hash IS NULL")  # rows of records only sent
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_state_scope"))
        batch_op.drop_column("scope")
        batch_op.drop_column("sent")
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
