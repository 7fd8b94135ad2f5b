"""Committees of a fiscal year, appointed by an order, and their members.

Rules live in mk3desk.domain.committees; the services (services/committees/) keep
them. A member is a person of the office; a person who is in a committee cannot be
deleted (people_edit.delete_person counts it as a trace), only marked as having left.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin

if TYPE_CHECKING:
    from mk3desk.db.models.office import FiscalYear, Person


class Committee(UidMixin, StampMixin, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300), default="")  # คณะกรรมการ…
    sort_order: Mapped[int] = mapped_column(default=0)
    # The order (คำสั่ง) that appoints it.
    order_number: Mapped[str] = mapped_column(String(40), default="")  # "๑๒๓": ที่ ๑๒๓/๒๕๖๖
    order_date: Mapped[date | None]  # สั่ง ณ วันที่ (the day it is signed)
    subject: Mapped[str] = mapped_column(Text, default="")  # เรื่อง
    preamble: Mapped[str] = mapped_column(Text, default="")  # the reasons, before the list
    duties: Mapped[str] = mapped_column(Text, default="")  # one duty per line
    effective_from: Mapped[date | None]  # None: ตั้งแต่บัดนี้เป็นต้นไป
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(300), default="")

    year: Mapped[FiscalYear] = relationship()
    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee",
        cascade="all, delete-orphan",
        order_by="(CommitteeMember.sort_order, CommitteeMember.id)",
    )


class CommitteeMember(UidMixin, StampMixin, Base):
    __tablename__ = "committee_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(30), default="member")  # CommitteeRole value
    sort_order: Mapped[int] = mapped_column(default=0)

    committee: Mapped[Committee] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
