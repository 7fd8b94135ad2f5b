"""Declarative base: exact decimals, UTC timestamps, constraint names Alembic can follow."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from mk3desk.db.types import DecimalText, UtcDateTime, new_uid, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Thai names sort in Thai dictionary order: SQLite gets a Python collation named
# "thai" on every connection (engine.py); PostgreSQL gets an ICU collation of the
# same name from the first migration.
THAI_COLLATION = "thai"


def thai_name(length: int = 200) -> String:
    return String(length, collation=THAI_COLLATION)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        Decimal: DecimalText(),
        datetime: UtcDateTime(),
    }


class UidMixin:
    """A stable identifier that travels with the record between machines."""

    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)


class StampMixin:
    """When a record last changed, and its version.

    ``updated_at`` lets a merge tell one-sided from two-sided edits. ``version`` is
    SQLAlchemy's optimistic lock (``version_id_col``): every UPDATE says which version
    it read, and one that finds a newer row (another clerk, the CLI, a bundle, another
    client of the office server saved in between) fails instead of overwriting it;
    ``Database.transaction`` turns that into the Thai "changed by someone else".
    """

    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a class-level directive
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
