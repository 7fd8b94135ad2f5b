"""Column types shared by the models.

Scores and thresholds must stay exact. SQLite has no decimal type (SQLAlchemy's
Numeric goes through float there), so decimals are stored as their canonical
text. The same column works unchanged on PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept as text, so that 4.74511 comes back as exactly 4.74511."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            # Refuse floats outright: they are how exactness gets lost.
            if isinstance(value, float):
                raise TypeError("DecimalText refuses float values; pass a Decimal")
            value = Decimal(value)
        return str(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - only a damaged database gets here
            raise ValueError(f"not a decimal in the database: {value!r}") from exc


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError("UtcDateTime needs a datetime")
        moment: datetime = value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        moment: datetime = value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)


def new_uid() -> str:
    """A stable identifier that travels between machines (bundles, merges)."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC)
