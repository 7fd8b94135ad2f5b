"""An indicator's own rows, read with it: one statement per kind for all indicators asked.

A year's indicators read with these options come with their criteria (each with its
result), assignment, PDCA texts, state moves, outcome values and evidence, instead of
one lazy load per indicator and relationship (and per criterion for its result).
Receiving a bundle (sync.resolve) and building the demo (services.demo) read them so.
"""

from __future__ import annotations

from sqlalchemy.orm import selectinload

from mk3desk.db.models import YearCriterion, YearIndicator

# The relationships of YearIndicator that WITH_ROWS loads: for an indicator just
# created they are known to be empty ([] or None) without a query (sync.resolve).
ROW_NAMES = ("criteria", "assignment", "pdca", "transitions", "outcome_values", "evidence")

WITH_ROWS = (
    selectinload(YearIndicator.criteria).selectinload(YearCriterion.result),
    selectinload(YearIndicator.assignment),
    selectinload(YearIndicator.pdca),
    selectinload(YearIndicator.transitions),
    selectinload(YearIndicator.outcome_values),
    selectinload(YearIndicator.evidence),
)
