"""committees appointed by an order, with their members

Committees become records (issue #14): ``committee`` (a fiscal year's committee and
the order that appoints it: number, date, subject, signer, duties) and
``committee_member`` (a person of the office and their role in it).

Nothing the settings held is lost: each existing fiscal year gets its working
committee drawn from the office's settings as the printed order used to draw it
(chair: committee-chair setting or the director; vice chair: the deputy; secretary:
the coordinator; members: the reviewers — domain.committees.working_members), with a
person of the office for every name. A name that is no person of the office yet
(a director entered only in Settings) becomes a person in no group. The records
written here are chained into the audit trail under one entry,
``committee.from_settings``.


name it; the lead re-chains it after the accounts revision 0008.)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:30:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from mk3desk.db.types import UtcDateTime, new_uid, utcnow

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "committee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("order_number", sa.String(length=40), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("preamble", sa.Text(), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_position", sa.String(length=300), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["year_id"],
            ["fiscal_year.id"],
            name=op.f("fk_committee_year_id_fiscal_year"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
        sa.UniqueConstraint("uid", name=op.f("uq_committee_uid")),
    )
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_year_id"), ["year_id"], unique=False)
    op.create_table(
        "committee_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_committee_member_committee_id_committee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_committee_member_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
        sa.UniqueConstraint("uid", name=op.f("uq_committee_member_uid")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_member_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_committee_member_person_id"), ["person_id"], unique=False
        )
    _from_settings(op.get_bind())


# Plain table clauses: the models may change after this revision.
_office = sa.table("office", sa.column("id", sa.Integer()), sa.column("name", sa.String()))
_year = sa.table(
    "fiscal_year",
    sa.column("id", sa.Integer()),
    sa.column("office_id", sa.Integer()),
    sa.column("be_year", sa.Integer()),
)
_setting = sa.table(
    "office_setting",
    sa.column("office_id", sa.Integer()),
    sa.column("key", sa.String()),
    sa.column("value", sa.String()),
)
_person = sa.table(
    "person",
    sa.column("id", sa.Integer()),
    sa.column("office_id", sa.Integer()),
    sa.column("name", sa.String()),
    sa.column("position", sa.String()),
    sa.column("group_id", sa.Integer()),
    sa.column("roles", sa.String()),
    sa.column("active", sa.Boolean()),
    sa.column("uid", sa.String()),
    sa.column("updated_at", UtcDateTime()),
)
_committee = sa.table(
    "committee",
    *(
        sa.column(name)
        for name in (
            "id",
            "year_id",
            "name",
            "sort_order",
            "order_number",
            "order_date",
            "subject",
            "preamble",
            "duties",
            "effective_from",
            "signer_name",
            "signer_position",
            "uid",
        )
    ),
    sa.column("updated_at", UtcDateTime()),
)
_member = sa.table(
    "committee_member",
    *(sa.column(name) for name in ("id", "committee_id", "person_id", "role", "sort_order", "uid")),
    sa.column("updated_at", UtcDateTime()),
)


def _from_settings(connection: sa.Connection) -> None:
    from mk3desk.domain import committees as rules
    from mk3desk.domain.office_settings import Signatory

    written: dict[str, list[int]] = {"person": [], "committee": [], "committee_member": []}
    now = utcnow()
    for office_id, office_name in connection.execute(sa.select(_office.c.id, _office.c.name)):
        stored = dict(
            connection.execute(
                sa.select(_setting.c.key, _setting.c.value).where(_setting.c.office_id == office_id)
            ).all()
        )

        def signatory(key: str, stored: dict[Any, Any] = stored) -> Signatory:
            return Signatory(stored.get(f"{key}.name", ""), stored.get(f"{key}.position", ""))

        director = signatory("director")
        years = connection.execute(
            sa.select(_year.c.id, _year.c.be_year)
            .where(_year.c.office_id == office_id)
            .order_by(_year.c.be_year)
        ).all()
        for year_id, be_year in years:
            people = connection.execute(
                sa.select(_person.c.id, _person.c.name, _person.c.position, _person.c.roles)
                .where(_person.c.office_id == office_id, _person.c.active.is_(True))
                .order_by(_person.c.id)
            ).all()
            by_name = {" ".join(str(p.name).split()): p.id for p in people}
            members = rules.working_members(
                chair=signatory("committee_chair"),
                deputy=signatory("deputy"),
                coordinator=signatory("coordinator"),
                director=director,
                people=[
                    rules.Staff(p.name, p.position or "", frozenset((p.roles or "").split(",")))
                    for p in people
                ],
            )
            committee_id = connection.execute(
                sa.insert(_committee)
                .values(
                    year_id=year_id,
                    name=str(rules.WORKING_COMMITTEE_NAME),
                    sort_order=0,
                    order_number="",
                    order_date=None,
                    subject=rules.working_subject(be_year),
                    preamble=rules.working_preamble(office_name, be_year),
                    duties=rules.WORKING_DUTIES,
                    effective_from=None,
                    signer_name=director.name.strip(),
                    signer_position=director.position.strip() or f"ผู้อำนวยการ{office_name}",
                    uid=new_uid(),
                    updated_at=now,
                )
                .returning(_committee.c.id)
            ).scalar_one()
            written["committee"].append(committee_id)
            for order, (name, position, role) in enumerate(members):
                person_id = by_name.get(name)
                if person_id is None:
                    person_id = connection.execute(
                        sa.insert(_person)
                        .values(
                            office_id=office_id,
                            name=name,
                            position=position,
                            group_id=None,
                            roles="executive",
                            active=True,
                            uid=new_uid(),
                            updated_at=now,
                        )
                        .returning(_person.c.id)
                    ).scalar_one()
                    by_name[name] = person_id
                    written["person"].append(person_id)
                member_id = connection.execute(
                    sa.insert(_member)
                    .values(
                        committee_id=committee_id,
                        person_id=person_id,
                        role=role.value,
                        sort_order=order,
                        uid=new_uid(),
                        updated_at=now,
                    )
                    .returning(_member.c.id)
                ).scalar_one()
                written["committee_member"].append(member_id)
    if written["committee"]:
        _chain(connection, written)


def _chain(connection: sa.Connection, written: dict[str, list[int]]) -> None:
    """One audit entry whose lines are the records written above."""
    from mk3desk.db.audit_chain import append
    from mk3desk.db.audit_rows import all_row_hashes

    inspector = sa.inspect(connection)
    lines: list[tuple[str, int, str, str, str]] = []
    for name, ids in written.items():
        wanted = set(ids)
        columns = sorted(c["name"] for c in inspector.get_columns(name))
        lines += [
            (name, row_id, "insert", digest, "")
            for row_id, digest in sorted(all_row_hashes(connection, name, columns))
            if row_id in wanted
        ]
    entry = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer()),
        sa.column("at", UtcDateTime()),
        sa.column("actor_name", sa.String()),
        sa.column("action", sa.String()),
        sa.column("target", sa.String()),
        sa.column("detail", sa.String()),
    )
    entry_id = connection.execute(
        sa.insert(entry)
        .values(
            at=utcnow(),
            actor_name="",
            action="committee.from_settings",
            target="",
            detail=f"committees={len(written['committee'])} people={len(written['person'])}",
        )
        .returning(entry.c.id)
    ).scalar_one()
    append(connection, [entry_id], {entry_id: lines})


def downgrade() -> None:
    # People created above stay (they may have been given work since).
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_person_id"))
        batch_op.drop_index(batch_op.f("ix_committee_member_committee_id"))
    op.drop_table("committee_member")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_year_id"))
    op.drop_table("committee")
