"""A fiscal year's SWOT analysis, made with the schools and groups for the Plan phase.

One per year. Each of the four lists is stored one item a line; who took part is free
text (people of the office, schools, groups), one a line, as the meeting's record names
them. Rules and the cleaning of the lists are in mk3desk.domain.swot.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mk3desk.db.models.base import Base, StampMixin, UidMixin

if TYPE_CHECKING:
    from mk3desk.db.models.office import FiscalYear


class SwotAnalysis(UidMixin, StampMixin, Base):
    __tablename__ = "swot_analysis"

    id: Mapped[int] = mapped_column(primary_key=True)
    year_id: Mapped[int] = mapped_column(
        ForeignKey("fiscal_year.id", ondelete="CASCADE"), unique=True
    )
    strengths: Mapped[str] = mapped_column(Text, default="")  # one item a line
    weaknesses: Mapped[str] = mapped_column(Text, default="")
    opportunities: Mapped[str] = mapped_column(Text, default="")
    threats: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[str] = mapped_column(Text, default="")  # who took part, one a line
    held_on: Mapped[date | None]  # when the analysis was made

    year: Mapped[FiscalYear] = relationship()
