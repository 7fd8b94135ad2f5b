"""recognition: praise and awards of the year, and the register of certificates

Issue #14 (K – Kindness): ``recognition`` (a praise or an award for a person or a
group, with its reason and date) and ``certificate`` (each certificate issued, a line
of the register numbered per fiscal year, keeping what it printed). Both are new and
empty, so no audit baseline is needed.

(Written after 0009; another helper adds 0010: the lead re-chains at merge.)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mk3desk.db.types import UtcDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "recognition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_recognition_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_recognition_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["office_group.id"],
            name=op.f("fk_recognition_group_id_office_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognition")),
        sa.UniqueConstraint("uid", name=op.f("uq_recognition_uid")),
    )
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recognition_year_id"), ["year_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recognition_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recognition_group_id"), ["group_id"], unique=False)
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("recognition_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_position", sa.String(length=300), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_position", sa.String(length=300), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_certificate_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recognition_id"],
            ["recognition.id"],
            name=op.f("fk_certificate_recognition_id_recognition"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_certificate_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint("uid", name=op.f("uq_certificate_uid")),
        sa.UniqueConstraint("year_id", "number", name=op.f("uq_certificate_year_id")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_year_id"), ["year_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_certificate_recognition_id"), ["recognition_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_certificate_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_person_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_recognition_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_year_id"))
    op.drop_table("certificate")
    with op.batch_alter_table("recognition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recognition_group_id"))
        batch_op.drop_index(batch_op.f("ix_recognition_person_id"))
        batch_op.drop_index(batch_op.f("ix_recognition_year_id"))
    op.drop_table("recognition")
