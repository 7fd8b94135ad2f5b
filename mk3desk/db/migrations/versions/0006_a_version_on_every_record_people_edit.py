"""a version on every record people edit

Each record that people change (texts, criteria, values, assignments, people,
settings, evidence, states) gets a version number that SQLAlchemy checks on every
UPDATE (``version_id_col``): a save based on an older read fails instead of
overwriting someone else's newer change (db/models/base.py, StampMixin). Existing
rows start at version 1.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 02:37:22.873640
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = (
    "assignment",
    "criterion_result",
    "evidence_file",
    "fiscal_year",
    "office_setting",
    "official_result",
    "outcome_value",
    "pdca_record",
    "person",
    "sync_state",
    "year_indicator",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )


def downgrade() -> None:
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch copy would
    # drop and recreate year_indicator, and with foreign keys on that cascades to its
    # criteria and results.
    for table in reversed(TABLES):
        op.drop_column(table, "version")
