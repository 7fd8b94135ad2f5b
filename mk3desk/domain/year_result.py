"""A year's result: the computed score next to the official figures and how they differ."""

from __future__ import annotations

from dataclasses import dataclass

from mk3desk.domain.framework import Framework
from mk3desk.domain.reconcile import OfficialResult as OfficialFigures
from mk3desk.domain.reconcile import Reconciliation
from mk3desk.domain.scoring import YearScore


@dataclass(frozen=True)
class YearResult:
    framework: Framework
    score: YearScore
    official: OfficialFigures | None
    reconciliation: Reconciliation | None
