"""A merge plan: what a bundle would do here, record by record (merge.plan_merge makes it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mk3desk.sync.schema import BundleRecord, Manifest, RecordKind


class Outcome(StrEnum):
    ADDED = "added"
    TAKEN = "taken"
    REMOVED = "removed"  # a tombstone taken: the row is deleted here
    CONFLICT = "conflict"
    WITH_THEIRS = "with_theirs"  # written only if the conflict it follows is decided "theirs"
    REFUSED = "refused"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FieldDiff:
    name: str
    label: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class MergeItem:
    id: str  # "kind:key" — what a decision refers to
    kind: RecordKind
    key: str
    outcome: Outcome
    title: str
    record: BundleRecord  # theirs, with refs mapped to this database's uids
    mine: dict[str, Any] | None
    reason: str = ""  # why it is refused
    diffs: tuple[FieldDiff, ...] = ()
    note: str = ""  # what a conflict's choices do, when it is not plain (a deletion)
    follows: str = ""  # WITH_THEIRS: the id of the conflict it comes with
    author: str = ""  # who wrote it, as the bundle says (the sender when it names nobody)
    by_rights: bool = False  # REFUSED because its author may not make it here (sync.authors)


@dataclass(frozen=True)
class MergePlan:
    manifest: Manifest
    items: tuple[MergeItem, ...]
    foreign: tuple[str, ...] = ()  # why the bundle is from elsewhere (accepted)
    target_year: int = 0

    def of(self, outcome: Outcome) -> list[MergeItem]:
        return [i for i in self.items if i.outcome is outcome]

    @property
    def added(self) -> list[MergeItem]:
        return self.of(Outcome.ADDED)

    @property
    def taken(self) -> list[MergeItem]:
        return self.of(Outcome.TAKEN)

    @property
    def removed(self) -> list[MergeItem]:
        return self.of(Outcome.REMOVED)

    @property
    def conflicts(self) -> list[MergeItem]:
        return self.of(Outcome.CONFLICT)

    @property
    def refused(self) -> list[MergeItem]:
        return self.of(Outcome.REFUSED)

    @property
    def refused_by_rights(self) -> list[MergeItem]:
        """Refused because their author may not make them here: a bundle with these is
        received only once the user has seen them (the review, ``--skip-refused``)."""
        return [i for i in self.items if i.by_rights]

    @property
    def changes_anything(self) -> bool:
        return any(i.outcome is not Outcome.UNCHANGED for i in self.items)
