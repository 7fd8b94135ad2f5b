"""Logins: a person of the office may have one account (user name and Argon2id hash)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin
from mk3desk.db.models.office import Person
from mk3desk.db.types import utcnow


class Account(StampMixin, Base):
    """A login. The password is stored only as an Argon2id hash (never in clear).

    ``user_key`` is the user name case-folded: user names are unique per office
    whatever their case. Accounts stay on the machine that made them (bundles never
    carry them).
    """

    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("office_id", "user_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    user_name: Mapped[str] = mapped_column(String(100))
    user_key: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change: Mapped[bool] = mapped_column(default=False)
    disabled: Mapped[bool] = mapped_column(default=False)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship()
