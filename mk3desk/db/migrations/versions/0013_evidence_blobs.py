"""evidence files in the database (an office server): SHA-256 + chunk number -> bytes

An office server keeps every evidence file in ``evidence_blob`` (1 MiB chunks), so a
file one clerk attaches opens on every other client. Chunks of bytea (BLOB on
SQLite) rather than PostgreSQL large objects: they travel through SQLAlchemy like
any other row (one transaction with the records, copied by ``server import``/
``export`` with the rest), work the same on SQLite, and need no psycopg-specific
calls nor ``vacuumlo`` to reclaim deleted files. A SQLite file keeps its evidence in
the folder beside it and leaves this table empty.

(The lead re-chains this revision after 0010–0012 at merge: only ``revision``/
``down_revision`` and db/schema_revisions.py name it.)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "evidence_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("chunk", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "chunk", name=op.f("pk_evidence_blob")),
    )


def downgrade() -> None:
    op.drop_table("evidence_blob")
