"""Recognition of the year (praise, awards) and the register of certificates issued.

Rules live in mk3desk.domain.recognition. A certificate keeps its own copy of what it
printed (name, reason, signer), so the register reads the same after the person, the
group or the recognition changes or goes. Certificates are never deleted: their
numbers (unique per fiscal year) are never given again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin

if TYPE_CHECKING:
    from mk3desk.db.models.office import FiscalYear, Group, Person


class Recognition(UidMixin, StampMixin, Base):
    __tablename__ = "recognition"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="praise")  # RecognitionKind value
    title: Mapped[str] = mapped_column(String(300), default="")  # the award's name
    reason: Mapped[str] = mapped_column(Text, default="")
    awarded_on: Mapped[date]
    # Exactly one of the two (domain.recognition.check_recognition).
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("office_group.id", ondelete="CASCADE"), index=True
    )

    year: Mapped[FiscalYear] = relationship()
    person: Mapped[Person | None] = relationship()
    group: Mapped[Group | None] = relationship()


class Certificate(UidMixin, StampMixin, Base):
    """One certificate issued: a line of the register, "เลขที่ <number>/<พ.ศ.>"."""

    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("year_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    recognition_id: Mapped[int | None] = mapped_column(
        ForeignKey("recognition.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    # What the certificate printed, kept as printed.
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_position: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[date]
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_position: Mapped[str] = mapped_column(String(300), default="")

    year: Mapped[FiscalYear] = relationship()
    recognition: Mapped[Recognition | None] = relationship()
