"""The office, its fiscal years, its groups and its people."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin, thai_name
from mk3desk.db.types import utcnow

if TYPE_CHECKING:
    from mk3desk.db.models.framework import YearAdjustment, YearBand, YearCategory, YearIndicator


class Office(UidMixin, Base):
    __tablename__ = "office"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(thai_name())  # สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3
    short_name: Mapped[str] = mapped_column(String(100), default="")  # สพป.มหาสารคาม เขต 3
    area: Mapped[str] = mapped_column(String(200), default="")  # จังหวัด / เขตพื้นที่
    address: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    years: Mapped[list[FiscalYear]] = relationship(
        back_populates="office", cascade="all, delete-orphan", order_by="FiscalYear.be_year"
    )
    groups: Mapped[list[Group]] = relationship(
        back_populates="office", cascade="all, delete-orphan"
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="office", cascade="all, delete-orphan"
    )
    settings: Mapped[list[OfficeSetting]] = relationship(
        back_populates="office", cascade="all, delete-orphan"
    )


class OfficeSetting(StampMixin, Base):
    """One setting of the office (signatories, numeral style, report font...), as text.

    Typed access and defaults live in mk3desk.services.settings; the table only stores.
    """

    __tablename__ = "office_setting"
    __table_args__ = (UniqueConstraint("office_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text, default="")

    office: Mapped[Office] = relationship(back_populates="settings")


class FiscalYear(StampMixin, Base):
    """One office-year: its own copy of the framework, its work and its results."""

    __tablename__ = "fiscal_year"
    __table_args__ = (UniqueConstraint("office_id", "be_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    be_year: Mapped[int]
    title: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[Decimal | None]
    decimals: Mapped[int] = mapped_column(default=5)
    rounding: Mapped[str] = mapped_column(String(20), default="ROUND_HALF_UP")
    outcome_min_score: Mapped[Decimal] = mapped_column(default=Decimal(0))
    template_source: Mapped[str] = mapped_column(String(300), default="")

    office: Mapped[Office] = relationship(back_populates="years")
    categories: Mapped[list[YearCategory]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="YearCategory.number"
    )
    indicators: Mapped[list[YearIndicator]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="YearIndicator.sort_order"
    )
    bands: Mapped[list[YearBand]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="YearBand.min_score"
    )
    adjustments: Mapped[list[YearAdjustment]] = relationship(
        back_populates="year", cascade="all, delete-orphan", order_by="YearAdjustment.sort_order"
    )


class Group(UidMixin, Base):
    """A group of the office (กลุ่มนโยบายและแผน, กลุ่มบริหารงานบุคคล, ...)."""

    __tablename__ = "office_group"
    __table_args__ = (UniqueConstraint("office_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(thai_name())
    sort_order: Mapped[int] = mapped_column(default=0)

    office: Mapped[Office] = relationship(back_populates="groups")
    # In a fixed order: who signs for the group must not depend on how rows were loaded.
    members: Mapped[list[Person]] = relationship(back_populates="group", order_by="Person.id")


class Person(UidMixin, StampMixin, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(thai_name())  # full name with title: นางสาวสมศรี ใจดี
    position: Mapped[str] = mapped_column(
        String(200), default=""
    )  # ตำแหน่ง, printed under signatures
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("office_group.id", ondelete="SET NULL"), index=True
    )
    # Comma-separated mk3desk.domain.workflow.Role values: a person may be staff and reviewer.
    roles: Mapped[str] = mapped_column(String(100), default="staff")
    active: Mapped[bool] = mapped_column(default=True)

    office: Mapped[Office] = relationship(back_populates="people")
    group: Mapped[Group | None] = relationship(back_populates="members")
