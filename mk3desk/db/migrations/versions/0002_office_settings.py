"""office settings: signatories, numeral style, report font

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 01:45:40.585129
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mk3desk.db.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "office_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["office.id"],
            name=op.f("fk_office_setting_office_id_office"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_setting")),
        sa.UniqueConstraint("office_id", "key", name=op.f("uq_office_setting_office_id")),
    )
    with op.batch_alter_table("office_setting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_office_setting_office_id"), ["office_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("office_setting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_setting_office_id"))

    op.drop_table("office_setting")
