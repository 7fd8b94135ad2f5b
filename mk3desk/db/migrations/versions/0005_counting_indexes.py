"""indexes for counting criteria: level beside the item, met beside the criterion

Scoring many office-years counts each item's criteria per level, and those met, in
SQL. With the level in the criteria's index and the met flag in the results' index,
SQLite counts from the two indexes alone instead of reading every criterion's row
(its long text included) and every result's row. The new criteria index starts with
the item, so it replaces the one on the item alone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 12:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("year_criterion", schema=None) as batch_op:
        batch_op.create_index(
            "ix_year_criterion_indicator_level", ["indicator_id", "level"], unique=False
        )
        batch_op.drop_index(batch_op.f("ix_year_criterion_indicator_id"))
    with op.batch_alter_table("criterion_result", schema=None) as batch_op:
        batch_op.create_index(
            "ix_criterion_result_criterion_met", ["criterion_id", "met"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("criterion_result", schema=None) as batch_op:
        batch_op.drop_index("ix_criterion_result_criterion_met")
    with op.batch_alter_table("year_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_year_criterion_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.drop_index("ix_year_criterion_indicator_level")
