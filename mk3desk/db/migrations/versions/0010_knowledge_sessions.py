"""knowledge sessions: attendance, linked indicators, materials

Knowledge sessions become records (issue #14, K – Knowledge): ``knowledge_session``
(a fiscal year's meeting, training, lessons-learned or coaching session: day, topic,
kind, speaker, place, lessons learned), ``knowledge_attendee`` (a person of the
office and whether they came), ``knowledge_indicator`` (an indicator of the year the
session serves) and ``knowledge_material`` (a file in the evidence store). New tables
only: nothing existing changes, and there is nothing to fill in.

(Numbered 0010 after the committees revision 0009; the lead re-chains it at merge.)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mk3desk.db.types import UtcDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None


def _stamps(table: str) -> list[sa.Column[object]]:
    return [
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
    ]


def _session_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["session_id"],
        ["knowledge_session.id"],
        name=op.f(f"fk_{table}_session_id_knowledge_session"),
        ondelete="CASCADE",
    )


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{name}"), [name], unique=False)


def upgrade() -> None:
    op.create_table(
        "knowledge_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("speaker", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        *_stamps("knowledge_session"),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_knowledge_session_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_session")),
        sa.UniqueConstraint("uid", name=op.f("uq_knowledge_session_uid")),
    )
    _index("knowledge_session", "year_id")
    op.create_table(
        "knowledge_attendee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_stamps("knowledge_attendee"),
        _session_fk("knowledge_attendee"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_knowledge_attendee_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_attendee")),
        sa.UniqueConstraint("uid", name=op.f("uq_knowledge_attendee_uid")),
    )
    _index("knowledge_attendee", "person_id", "session_id")
    op.create_table(
        "knowledge_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        *_stamps("knowledge_indicator"),
        _session_fk("knowledge_indicator"),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_knowledge_indicator_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_indicator")),
        sa.UniqueConstraint("uid", name=op.f("uq_knowledge_indicator_uid")),
    )
    _index("knowledge_indicator", "indicator_id", "session_id")
    op.create_table(
        "knowledge_material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        *_stamps("knowledge_material"),
        _session_fk("knowledge_material"),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["person.id"],
            name=op.f("fk_knowledge_material_added_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_material")),
        sa.UniqueConstraint("uid", name=op.f("uq_knowledge_material_uid")),
    )
    _index("knowledge_material", "session_id", "sha256")


def downgrade() -> None:
    for table, columns in (
        ("knowledge_material", ("sha256", "session_id")),
        ("knowledge_indicator", ("session_id", "indicator_id")),
        ("knowledge_attendee", ("session_id", "person_id")),
        ("knowledge_session", ("year_id",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in columns:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{name}"))
        op.drop_table(table)
