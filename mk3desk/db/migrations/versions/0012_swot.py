"""a fiscal year's SWOT analysis

Issue #14: the Plan phase uses a SWOT analysis made with the schools and groups.
``swot_analysis`` holds one per fiscal year: the four lists (one item a line), who took
part and when. A new table, empty: nothing to carry over. Audited (db/audit_rows.py).

(Written beside 0010 and 0011 with the same parent 0009; the lead re-chains at merge.)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 06:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mk3desk.db.types import UtcDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "swot_analysis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("weaknesses", sa.Text(), nullable=False),
        sa.Column("opportunities", sa.Text(), nullable=False),
        sa.Column("threats", sa.Text(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_swot_analysis_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_swot_analysis")),
        sa.UniqueConstraint("uid", name=op.f("uq_swot_analysis_uid")),
        sa.UniqueConstraint("year_id", name=op.f("uq_swot_analysis_year_id")),
    )


def downgrade() -> None:
    op.drop_table("swot_analysis")
