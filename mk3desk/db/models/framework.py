"""The framework copied into a fiscal year, where the coordinator may edit it."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin

if TYPE_CHECKING:
    from mk3desk.db.models.office import FiscalYear
    from mk3desk.db.models.work import (
        Assignment,
        CriterionResult,
        EvidenceFile,
        OutcomeValue,
        PdcaRecord,
        Transition,
    )


class YearCategory(Base):
    __tablename__ = "year_category"
    __table_args__ = (UniqueConstraint("year_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    weight: Mapped[Decimal]

    year: Mapped[FiscalYear] = relationship(back_populates="categories")
    indicators: Mapped[list[YearIndicator]] = relationship(
        back_populates="category", order_by="YearIndicator.sort_order"
    )


class YearIndicator(UidMixin, StampMixin, Base):
    """A process item (หมวด 1-6) or an outcome indicator (หมวด 7) of one year."""

    __tablename__ = "year_indicator"
    __table_args__ = (UniqueConstraint("year_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("year_category.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))  # IndicatorKind
    weight: Mapped[Decimal]
    sort_order: Mapped[int] = mapped_column(default=0)
    guide: Mapped[str] = mapped_column(Text, default="")
    basic_title: Mapped[str] = mapped_column(Text, default="")
    advance_title: Mapped[str] = mapped_column(Text, default="")
    significance_title: Mapped[str] = mapped_column(Text, default="")
    # Outcome indicators only.
    unit: Mapped[str] = mapped_column(String(100), default="")
    target: Mapped[Decimal | None]
    direction: Mapped[str | None] = mapped_column(String(20))  # Direction
    rule_type: Mapped[str | None] = mapped_column(String(20))  # OutcomeRuleType
    t1: Mapped[Decimal | None]
    t2: Mapped[Decimal | None]
    t3: Mapped[Decimal | None]
    t4: Mapped[Decimal | None]
    t5: Mapped[Decimal | None]
    floor: Mapped[Decimal | None]
    ceiling: Mapped[Decimal | None]
    # PDCA state (mk3desk.domain.workflow.State); every change is a Transition row.
    state: Mapped[str] = mapped_column(String(20), default="not_started", index=True)

    year: Mapped[FiscalYear] = relationship(back_populates="indicators")
    category: Mapped[YearCategory] = relationship(back_populates="indicators")
    criteria: Mapped[list[YearCriterion]] = relationship(
        back_populates="indicator",
        cascade="all, delete-orphan",
        order_by="YearCriterion.sort_order",
    )
    assignment: Mapped[Assignment | None] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    pdca: Mapped[PdcaRecord | None] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    transitions: Mapped[list[Transition]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Transition.id"
    )
    outcome_values: Mapped[list[OutcomeValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="OutcomeValue.be_year"
    )
    evidence: Mapped[list[EvidenceFile]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="EvidenceFile.id"
    )

    @property
    def thresholds(self) -> tuple[Decimal | None, ...]:
        return (self.t1, self.t2, self.t3, self.t4, self.t5)


class YearCriterion(UidMixin, Base):
    __tablename__ = "year_criterion"
    __table_args__ = (
        UniqueConstraint("indicator_id", "key"),
        # Holds the level too, so that counting an item's criteria per level (scoring
        # many years) reads this index alone, not the rows with their long texts.
        Index("ix_year_criterion_indicator_level", "indicator_id", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("year_indicator.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(10))  # B1, A2, S1
    level: Mapped[str] = mapped_column(String(20))  # Level
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)

    indicator: Mapped[YearIndicator] = relationship(back_populates="criteria")
    result: Mapped[CriterionResult | None] = relationship(
        back_populates="criterion", cascade="all, delete-orphan"
    )


class YearBand(Base):
    __tablename__ = "year_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    min_score: Mapped[Decimal]

    year: Mapped[FiscalYear] = relationship(back_populates="bands")


class YearAdjustment(Base):
    """An extra component or offset of the official formula (see domain.framework.Adjustment)."""

    __tablename__ = "year_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))  # AdjustmentKind
    weight: Mapped[Decimal] = mapped_column(default=Decimal(0))
    score: Mapped[Decimal] = mapped_column(default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)

    year: Mapped[FiscalYear] = relationship(back_populates="adjustments")
