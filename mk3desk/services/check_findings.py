"""What a check found: findings with a severity and a Thai template (context "Integrity")."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str  # Thai template, context "Integrity"
    params: dict[str, object] = field(default_factory=dict)
    evidence_id: int | None = None

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.PROBLEM for f in self.findings)

    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.PROBLEM]

    def missing_evidence_ids(self) -> set[int]:
        return {f.evidence_id for f in self.findings if f.evidence_id is not None}
