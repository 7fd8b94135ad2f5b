"""Knowledge sessions of a fiscal year: attendance, linked indicators, materials.

Rules live in mk3desk.domain.knowledge; services/knowledge/ keeps them. An attendee
is a person of the office (a person with attendance is not deleted, only marked as
having left); a material's bytes live in the evidence store, named by SHA-256, like
an indicator's evidence files.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin
from mk3desk.db.types import utcnow

if TYPE_CHECKING:
    from mk3desk.db.models.framework import YearIndicator
    from mk3desk.db.models.office import FiscalYear, Person


class KnowledgeSession(UidMixin, StampMixin, Base):
    __tablename__ = "knowledge_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date]
    topic: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(20), default="briefing")  # SessionKind value
    speaker: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    lessons: Mapped[str] = mapped_column(Text, default="")  # lessons learned / the record

    year: Mapped[FiscalYear] = relationship()
    attendees: Mapped[list[KnowledgeAttendee]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="(KnowledgeAttendee.sort_order, KnowledgeAttendee.id)",
    )
    links: Mapped[list[KnowledgeIndicator]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="KnowledgeIndicator.id"
    )
    materials: Mapped[list[KnowledgeMaterial]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="KnowledgeMaterial.id"
    )


class KnowledgeAttendee(UidMixin, StampMixin, Base):
    __tablename__ = "knowledge_attendee"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="attended")  # Attendance value
    sort_order: Mapped[int] = mapped_column(default=0)

    session: Mapped[KnowledgeSession] = relationship(back_populates="attendees")
    person: Mapped[Person] = relationship()


class KnowledgeIndicator(UidMixin, StampMixin, Base):
    """A session serves an indicator of its year: it counts as evidence there."""

    __tablename__ = "knowledge_indicator"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_session.id", ondelete="CASCADE"), index=True
    )
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("year_indicator.id", ondelete="CASCADE"), index=True
    )

    session: Mapped[KnowledgeSession] = relationship(back_populates="links")
    indicator: Mapped[YearIndicator] = relationship()


class KnowledgeMaterial(UidMixin, StampMixin, Base):
    """A file of a session (slides, photos, the signed sheet); bytes in the evidence store."""

    __tablename__ = "knowledge_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("knowledge_session.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(Text, default="")
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    session: Mapped[KnowledgeSession] = relationship(back_populates="materials")
