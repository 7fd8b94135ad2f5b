"""Ceilings for an untrusted bundle, checked before its records are parsed in full.

They are generous for a real office — a year of some 2,000 indicators with a few
records each (criteria, results, outcome values, files, state moves) — and small
enough that a hostile bundle at the ceiling is refused or merged in seconds:
counting stops the JSON parser at the first object past the ceiling, so a
600 KB file of 200,000 records never becomes 200,000 records in memory.
Tests pass smaller ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from mk3desk.sync.schema import RecordKind

MIB = 1024 * 1024

# Per kind: the most records of that kind one bundle may carry.
KIND_CAPS: Mapping[RecordKind, int] = {
    RecordKind.OFFICE: 1,
    RecordKind.GROUP: 500,
    RecordKind.PERSON: 3_000,
    RecordKind.YEAR: 1,
    RecordKind.INDICATOR: 2_500,
    RecordKind.CRITERION: 20_000,
    RecordKind.ASSIGNMENT: 2_500,
    RecordKind.STATE: 2_500,
    RecordKind.PDCA: 2_500,
    RecordKind.RESULT: 20_000,
    RecordKind.OUTCOME: 7_500,  # three years of values per indicator
    RecordKind.EVIDENCE: 20_000,  # as many as a bundle may hold files (max_members)
    RecordKind.TRANSITION: 10_000,
    RecordKind.COMMITTEE: 200,
    RecordKind.SWOT: 1,
    RecordKind.KNOWLEDGE: 2_000,  # some forty a week
    RecordKind.RECOGNITION: 5_000,
    RecordKind.CERTIFICATE: 10_000,
}
MAX_RECORDS = 30_000
# JSON objects per record: the record, its ref and its data (year lists, committee
# members, attendees and materials are extra).
OBJECTS_PER_RECORD = 3
EXTRA_OBJECTS = 60_000  # a year of sessions with their attendance, committees, materials


@dataclass(frozen=True)
class Limits:
    """Ceilings for an untrusted bundle; tests pass smaller ones."""

    max_bundle_bytes: int = 4096 * MIB
    max_members: int = 20_000
    max_member_bytes: int = 1024 * MIB + MIB  # one evidence file (1 GB) and a little
    max_total_bytes: int = 8192 * MIB
    max_json_bytes: int = 256 * MIB
    max_ratio: int = 200  # inflated / compressed, once a member is larger than ratio_floor
    ratio_floor: int = 8 * MIB
    max_records: int = MAX_RECORDS
    kind_caps: Mapping[RecordKind, int] = field(default_factory=lambda: dict(KIND_CAPS))

    @property
    def max_objects(self) -> int:
        return self.max_records * OBJECTS_PER_RECORD + EXTRA_OBJECTS
