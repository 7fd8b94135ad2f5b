"""The office's settings as one typed value: who signs reports, numerals, report font.

Plain values (no storage): :mod:`mk3desk.services.settings` reads and writes them,
and the printed documents (:mod:`mk3desk.reports`) are given them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mk3desk.domain.thainum import NumeralStyle


@dataclass(frozen=True)
class Signatory:
    name: str = ""
    position: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name.strip())


@dataclass(frozen=True)
class OfficeSettings:
    director: Signatory = field(default_factory=Signatory)  # ผู้อำนวยการ สพท.: signs every report
    deputy: Signatory = field(default_factory=Signatory)  # รอง ผอ. who supervises the work
    committee_chair: Signatory = field(default_factory=Signatory)
    coordinator: Signatory = field(default_factory=Signatory)
    numeral_style: NumeralStyle = NumeralStyle.THAI  # body text of printed documents
    report_font: str = ""  # "" = bundled Sarabun; else a TH Sarabun family name or font file path
    # Small offices: the owner or backup of an indicator may verify and lock it (recorded).
    allow_self_review: bool = False
    idle_lock_minutes: int = 15  # the window locks after this many idle minutes (0 = never)
