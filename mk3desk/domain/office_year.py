"""The office-year in view: one value that names both the office and its fiscal year.

A database may hold several offices (a coordinator's machine that received setup
bundles, an office server), and two of them can both have FY 2567. So a year is never
passed around as a bare ``be_year`` (which office?) nor as a row id alone (which
database?): the window and the CLI resolve the office-year once and hand this value
to every service. ``key`` is stable across copies of the database (the office's uid
and the Buddhist-era year), so remembered choices survive a restore or a copy.

A NamedTuple rather than a dataclass: the window names office-years before the
database layer loads (``db.sqlite_file.quick_look``), and that path stays light.
"""

from __future__ import annotations

from typing import NamedTuple


class OfficeYear(NamedTuple):
    office_id: int
    office_uid: str
    office_name: str
    office_short: str
    year_id: int
    be_year: int

    @property
    def key(self) -> str:
        """Stable across databases and copies: ``<office uid>:<พ.ศ.>``."""
        return f"{self.office_uid}:{self.be_year}"

    @property
    def label_office(self) -> str:
        return self.office_short or self.office_name
