"""The work on an indicator: assignment, PDCA texts, state history, results, evidence."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin
from mk3desk.db.types import utcnow

if TYPE_CHECKING:
    from mk3desk.db.models.framework import YearCriterion, YearIndicator
    from mk3desk.db.models.office import Person


class Assignment(StampMixin, Base):
    """Who owns an indicator (the Key Man), the backup, and the deadline."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), unique=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    backup_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    deadline: Mapped[date | None]

    indicator: Mapped[YearIndicator] = relationship(back_populates="assignment")
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id])
    backup: Mapped[Person | None] = relationship(foreign_keys=[backup_id])


class PdcaRecord(UidMixin, StampMixin, Base):
    """The texts of the four PDCA steps of one indicator."""

    __tablename__ = "pdca_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), unique=True
    )
    plan_text: Mapped[str] = mapped_column(Text, default="")  # planned activities
    do_log: Mapped[str] = mapped_column(Text, default="")  # what was done, when
    check_notes: Mapped[str] = mapped_column(Text, default="")  # the committee's notes
    act_reflection: Mapped[str] = mapped_column(Text, default="")
    act_improvements: Mapped[str] = mapped_column(Text, default="")  # for next year's plan
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))

    indicator: Mapped[YearIndicator] = relationship(back_populates="pdca")


class Transition(Base):
    """One change of PDCA state: who, when, from what to what, and why."""

    __tablename__ = "transition"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")  # kept if the person goes
    at: Mapped[datetime] = mapped_column(default=utcnow)
    comment: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[YearIndicator] = relationship(back_populates="transitions")


class CriterionResult(UidMixin, StampMixin, Base):
    """Whether one checklist criterion is met, with the narrative that shows it."""

    __tablename__ = "criterion_result"
    # Counting the met criteria (scoring many years) reads this index alone.
    __table_args__ = (Index("ix_criterion_result_criterion_met", "criterion_id", "met"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("year_criterion.id", ondelete="CASCADE"), unique=True
    )
    met: Mapped[bool] = mapped_column(default=False)
    narrative: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))

    criterion: Mapped[YearCriterion] = relationship(back_populates="result")


class OutcomeValue(UidMixin, StampMixin, Base):
    """An outcome indicator's actual value for one fiscal year (this one or the two before)."""

    __tablename__ = "outcome_value"
    __table_args__ = (UniqueConstraint("indicator_id", "be_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), index=True
    )
    be_year: Mapped[int]
    value: Mapped[Decimal]
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[YearIndicator] = relationship(back_populates="outcome_values")


class EvidenceFile(UidMixin, StampMixin, Base):
    """A file attached as evidence. The bytes live in the evidence store, named by SHA-256."""

    __tablename__ = "evidence_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[int | None] = mapped_column(
        ForeignKey("year_criterion.id", ondelete="SET NULL"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))  # the name the user knows it by
    size: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None]  # in the recycle list until emptied

    indicator: Mapped[YearIndicator] = relationship(back_populates="evidence")
    criterion: Mapped[YearCriterion | None] = relationship()


class OfficialResult(StampMixin, Base):
    """The figures OBEC published for the year (entered or imported, never computed)."""

    __tablename__ = "official_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), unique=True
    )
    total: Mapped[Decimal | None]
    band: Mapped[str] = mapped_column(String(200), default="")
    rank: Mapped[int | None]
    announced_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class OfficialCategoryScore(Base):
    __tablename__ = "official_category_score"
    __table_args__ = (UniqueConstraint("year_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    score: Mapped[Decimal]


class OfficialIndicatorScore(Base):
    """The verified (official) score of one item, kept apart from the self-assessed one."""

    __tablename__ = "official_indicator_score"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), unique=True
    )
    score: Mapped[Decimal]


class AuditEntry(Base):
    """Who did what, when: written by every service that changes data.

    Entries written since migration 0007 are chained (db/audit_chain.py): ``entry_hash``
    is the SHA-256 of ``prev_hash`` and the entry's own content, which includes
    ``rows_hash``, the digest of the rows it wrote (:class:`AuditRow`). Older entries
    have ``chained`` false and no hashes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    chained: Mapped[bool] = mapped_column(default=False, server_default=false())
    rows_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))
