"""first schema: office, framework per year, PDCA work, evidence, official results

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 01:39:11.077524
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mk3desk.db.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # SQLite gets its "thai" collation from Python on connect (mk3desk.db.engine).
        op.execute("CREATE COLLATION IF NOT EXISTS thai (provider = icu, locale = 'th-TH')")
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="thai"), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("created_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("uid", name=op.f("uq_office_uid")),
    )
    op.create_table(
        "fiscal_year",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("be_year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("target", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("decimals", sa.Integer(), nullable=False),
        sa.Column("rounding", sa.String(length=20), nullable=False),
        sa.Column("outcome_min_score", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.Column("template_source", sa.String(length=300), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["office.id"],
            name=op.f("fk_fiscal_year_office_id_office"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fiscal_year")),
        sa.UniqueConstraint("office_id", "be_year", name=op.f("uq_fiscal_year_office_id")),
    )
    with op.batch_alter_table("fiscal_year", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fiscal_year_office_id"), ["office_id"], unique=False)

    op.create_table(
        "office_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="thai"), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["office.id"],
            name=op.f("fk_office_group_office_id_office"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_group")),
        sa.UniqueConstraint("office_id", "name", name=op.f("uq_office_group_office_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_office_group_uid")),
    )
    with op.batch_alter_table("office_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_group_office_id"), ["office_id"], unique=False)

    op.create_table(
        "official_category_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("score", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_official_category_score_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_category_score")),
        sa.UniqueConstraint("year_id", "number", name=op.f("uq_official_category_score_year_id")),
    )
    with op.batch_alter_table("official_category_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_official_category_score_year_id"), ["year_id"], unique=False
        )

    op.create_table(
        "official_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("total", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("band", sa.String(length=200), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("announced_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_official_result_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_result")),
        sa.UniqueConstraint("year_id", name=op.f("uq_official_result_year_id")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200, collation="thai"), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("roles", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["office_group.id"],
            name=op.f("fk_person_group_id_office_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["office.id"],
            name=op.f("fk_person_office_id_office"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_uid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_office_id"), ["office_id"], unique=False)

    op.create_table(
        "year_adjustment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("weight", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.Column("score", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_year_adjustment_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_adjustment")),
    )
    with op.batch_alter_table("year_adjustment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_adjustment_year_id"), ["year_id"], unique=False)

    op.create_table(
        "year_band",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("min_score", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_year_band_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_band")),
    )
    with op.batch_alter_table("year_band", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_band_year_id"), ["year_id"], unique=False)

    op.create_table(
        "year_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("weight", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_year_category_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_category")),
        sa.UniqueConstraint("year_id", "number", name=op.f("uq_year_category_year_id")),
    )
    with op.batch_alter_table("year_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_year_category_year_id"), ["year_id"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["person.id"],
            name=op.f("fk_audit_entry_actor_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)

    op.create_table(
        "year_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("weight", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("guide", sa.Text(), nullable=False),
        sa.Column("basic_title", sa.Text(), nullable=False),
        sa.Column("advance_title", sa.Text(), nullable=False),
        sa.Column("significance_title", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=False),
        sa.Column("target", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("direction", sa.String(length=20), nullable=True),
        sa.Column("rule_type", sa.String(length=20), nullable=True),
        sa.Column("t1", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("t2", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("t3", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("t4", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("t5", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("floor", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("ceiling", mk3desk.db.types.DecimalText(length=40), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["year_category.id"],
            name=op.f("fk_year_indicator_category_id_year_category"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_year_indicator_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_indicator")),
        sa.UniqueConstraint("uid", name=op.f("uq_year_indicator_uid")),
        sa.UniqueConstraint("year_id", "code", name=op.f("uq_year_indicator_year_id")),
    )
    with op.batch_alter_table("year_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_year_indicator_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_year_indicator_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_year_indicator_year_id"), ["year_id"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("backup_id", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["backup_id"],
            ["person.id"],
            name=op.f("fk_assignment_backup_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_assignment_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["person.id"],
            name=op.f("fk_assignment_owner_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint("indicator_id", name=op.f("uq_assignment_indicator_id")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_backup_id"), ["backup_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assignment_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "official_indicator_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("score", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_official_indicator_score_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_official_indicator_score")),
        sa.UniqueConstraint("indicator_id", name=op.f("uq_official_indicator_score_indicator_id")),
    )
    op.create_table(
        "outcome_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("be_year", sa.Integer(), nullable=False),
        sa.Column("value", mk3desk.db.types.DecimalText(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_outcome_value_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_value")),
        sa.UniqueConstraint("indicator_id", "be_year", name=op.f("uq_outcome_value_indicator_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_outcome_value_uid")),
    )
    with op.batch_alter_table("outcome_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_value_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "pdca_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("plan_text", sa.Text(), nullable=False),
        sa.Column("do_log", sa.Text(), nullable=False),
        sa.Column("check_notes", sa.Text(), nullable=False),
        sa.Column("act_reflection", sa.Text(), nullable=False),
        sa.Column("act_improvements", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_pdca_record_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["person.id"],
            name=op.f("fk_pdca_record_updated_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pdca_record")),
        sa.UniqueConstraint("indicator_id", name=op.f("uq_pdca_record_indicator_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_pdca_record_uid")),
    )
    op.create_table(
        "transition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("from_state", sa.String(length=20), nullable=False),
        sa.Column("to_state", sa.String(length=20), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["person.id"],
            name=op.f("fk_transition_actor_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_transition_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transition")),
    )
    with op.batch_alter_table("transition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transition_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "year_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_year_criterion_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_year_criterion")),
        sa.UniqueConstraint("indicator_id", "key", name=op.f("uq_year_criterion_indicator_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_year_criterion_uid")),
    )
    with op.batch_alter_table("year_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_year_criterion_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "criterion_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("met", sa.Boolean(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["year_criterion.id"],
            name=op.f("fk_criterion_result_criterion_id_year_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["updated_by_id"],
            ["person.id"],
            name=op.f("fk_criterion_result_updated_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion_result")),
        sa.UniqueConstraint("criterion_id", name=op.f("uq_criterion_result_criterion_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_criterion_result_uid")),
    )
    op.create_table(
        "evidence_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("added_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("removed_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", mk3desk.db.types.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["person.id"],
            name=op.f("fk_evidence_file_added_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["year_criterion.id"],
            name=op.f("fk_evidence_file_criterion_id_year_criterion"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["year_indicator.id"],
            name=op.f("fk_evidence_file_indicator_id_year_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_file")),
        sa.UniqueConstraint("uid", name=op.f("uq_evidence_file_uid")),
    )
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_file_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_evidence_file_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_evidence_file_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_file_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_file_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_file_criterion_id"))

    op.drop_table("evidence_file")
    op.drop_table("criterion_result")
    with op.batch_alter_table("year_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_criterion_indicator_id"))

    op.drop_table("year_criterion")
    with op.batch_alter_table("transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transition_indicator_id"))

    op.drop_table("transition")
    op.drop_table("pdca_record")
    with op.batch_alter_table("outcome_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_value_indicator_id"))

    op.drop_table("outcome_value")
    op.drop_table("official_indicator_score")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_owner_id"))
        batch_op.drop_index(batch_op.f("ix_assignment_backup_id"))

    op.drop_table("assignment")
    with op.batch_alter_table("year_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_indicator_year_id"))
        batch_op.drop_index(batch_op.f("ix_year_indicator_state"))
        batch_op.drop_index(batch_op.f("ix_year_indicator_category_id"))

    op.drop_table("year_indicator")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("year_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_category_year_id"))

    op.drop_table("year_category")
    with op.batch_alter_table("year_band", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_band_year_id"))

    op.drop_table("year_band")
    with op.batch_alter_table("year_adjustment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_year_adjustment_year_id"))

    op.drop_table("year_adjustment")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_office_id"))
        batch_op.drop_index(batch_op.f("ix_person_group_id"))

    op.drop_table("person")
    op.drop_table("official_result")
    with op.batch_alter_table("official_category_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_official_category_score_year_id"))

    op.drop_table("official_category_score")
    with op.batch_alter_table("office_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_group_office_id"))

    op.drop_table("office_group")
    with op.batch_alter_table("fiscal_year", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fiscal_year_office_id"))

    op.drop_table("fiscal_year")
    op.drop_table("office")
