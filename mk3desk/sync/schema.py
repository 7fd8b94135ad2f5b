"""What a bundle record may contain: the kinds, their fields and canonical values.

Every field of every kind has a checker; a record must have exactly these fields.
Decimals and times must be in canonical form (``str(Decimal)``, UTC ``isoformat()``)
so that what is stored and read back hashes exactly as it came: a replayed bundle
then finds every record identical and changes nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any

from mk3desk.sync.checkers import MAX_TEXT as MAX_TEXT
from mk3desk.sync.checkers import SHA_PATTERN as SHA_PATTERN
from mk3desk.sync.checkers import Check as Check
from mk3desk.sync.checkers import is_bool as is_bool
from mk3desk.sync.checkers import is_date as is_date
from mk3desk.sync.checkers import is_dec as is_dec
from mk3desk.sync.checkers import is_dt as is_dt
from mk3desk.sync.checkers import is_int as is_int
from mk3desk.sync.checkers import is_sha as is_sha
from mk3desk.sync.checkers import is_str as is_str
from mk3desk.sync.checkers import is_text as is_text
from mk3desk.sync.checkers import is_uid as is_uid
from mk3desk.sync.checkers import list_of as list_of
from mk3desk.sync.checkers import matches as matches
from mk3desk.sync.checkers import optional as optional
from mk3desk.sync.checkers import within_value_limits as within_value_limits
from mk3desk.sync.mk3_fields import MK3_DATA_FIELDS, MK3_REF_FIELDS

FORMAT = "mk3desk-bundle"
# 2: records say whether they are a deletion (a tombstone). Version 1 bundles (no
# deletions) are still read; a version-1 reader refuses version 2 by its version check.
# 3: the manifest names the sending database and the bundle's number in its sequence
# (``sender``, ``sequence``), so that an older bundle arriving late is known (merge).
# 4: bundles carry who: the manifest names the person who sent it (``sent_by``) and each
# record the person who last wrote it (``author``), both ``{"uid", "name"}`` or null
# (sync.authors); neither is part of a record's content hash.
# 5: the MK3 Model's records of the year travel (sync.mk3_fields): committees, SWOT,
# knowledge sessions (with their material files under evidence/), recognitions and
# certificates. A version-4 reader refuses a version-5 bundle by its version check.
VERSION = 5
READABLE_VERSIONS = frozenset({1, 2, 3, 4, 5})


class BundleKind(StrEnum):
    WORK = "work"  # a Key Man's indicators
    SETUP = "setup"  # the coordinator's office, people, framework and work of the year


class RecordKind(StrEnum):
    # In the order they are applied: parents before children.
    OFFICE = "office"
    GROUP = "group"
    PERSON = "person"
    YEAR = "year"
    INDICATOR = "indicator"
    CRITERION = "criterion"
    ASSIGNMENT = "assignment"
    STATE = "state"
    PDCA = "pdca"
    RESULT = "result"
    OUTCOME = "outcome"
    EVIDENCE = "evidence"
    TRANSITION = "transition"
    # The MK3 Model's records of the year (version 5), after the people and the
    # indicators they name; certificates after the recognitions they come from.
    COMMITTEE = "committee"
    SWOT = "swot"
    KNOWLEDGE = "knowledge"
    RECOGNITION = "recognition"
    CERTIFICATE = "certificate"


# The work done on an indicator (its state, texts, results, values, evidence, moves): what
# a locked indicator refuses to receive (sync.merge).
WORK_KINDS = frozenset(
    {
        RecordKind.STATE,
        RecordKind.PDCA,
        RecordKind.RESULT,
        RecordKind.OUTCOME,
        RecordKind.EVIDENCE,
        RecordKind.TRANSITION,
    }
)
# An indicator's own rows, its work and its criteria and assignment: written through the
# indicator's collections and named by no other record by database id (sync.apply).
INDICATOR_ROWS = WORK_KINDS | {RecordKind.CRITERION, RecordKind.ASSIGNMENT}

# Records of the year rather than of an indicator; a bundle older than version 5
# carrying one is refused (the kind did not exist).
MK3_KINDS = frozenset(
    {
        RecordKind.COMMITTEE,
        RecordKind.SWOT,
        RecordKind.KNOWLEDGE,
        RecordKind.RECOGNITION,
        RecordKind.CERTIFICATE,
    }
)
# What only the coordinator's setup bundle brings; a work bundle may carry knowledge
# sessions too, judged by the KNOWLEDGE right (sync.authors).
SETUP_ONLY_MK3_KINDS = MK3_KINDS - {RecordKind.KNOWLEDGE}

SETUP_KINDS = frozenset(
    {
        RecordKind.OFFICE,
        RecordKind.GROUP,
        RecordKind.PERSON,
        RecordKind.YEAR,
        RecordKind.INDICATOR,
        RecordKind.CRITERION,
        RecordKind.ASSIGNMENT,
    }
)


_IND: dict[str, Check] = {"indicator": is_uid, "code": is_str}
REF_FIELDS: dict[RecordKind, dict[str, Check]] = {
    RecordKind.OFFICE: {"uid": is_uid},
    RecordKind.GROUP: {"uid": is_uid},
    RecordKind.PERSON: {"uid": is_uid},
    RecordKind.YEAR: {"be_year": is_int},
    RecordKind.INDICATOR: {"uid": is_uid, "code": is_str},
    RecordKind.CRITERION: {"uid": is_uid, **_IND},
    RecordKind.ASSIGNMENT: _IND,
    RecordKind.STATE: _IND,
    RecordKind.PDCA: _IND,
    RecordKind.RESULT: _IND,
    RecordKind.OUTCOME: _IND,
    RecordKind.EVIDENCE: {"uid": is_uid, **_IND},
    RecordKind.TRANSITION: _IND,
    **{RecordKind(kind): fields for kind, fields in MK3_REF_FIELDS.items()},
}
_THRESHOLDS = {
    name: optional(is_dec) for name in ("t1", "t2", "t3", "t4", "t5", "floor", "ceiling")
}
DATA_FIELDS: dict[RecordKind, dict[str, Check]] = {
    RecordKind.OFFICE: {"name": is_str, "short_name": is_str, "area": is_str, "address": is_text},
    RecordKind.GROUP: {"name": is_str, "sort_order": is_int},
    RecordKind.PERSON: {
        "name": is_str,
        "position": is_str,
        "group": optional(is_uid),
        "roles": is_str,
        "active": is_bool,
    },
    RecordKind.YEAR: {
        "title": is_str,
        "note": is_text,
        "target": optional(is_dec),
        "decimals": is_int,
        "rounding": is_str,
        "outcome_min_score": is_dec,
        "template_source": is_str,
        "categories": list_of({"number": is_int, "title": is_str, "weight": is_dec}),
        "bands": list_of({"name": is_str, "min_score": is_dec}),
        "adjustments": list_of(
            {
                "label": is_str,
                "kind": is_str,
                "weight": is_dec,
                "score": is_dec,
                "note": is_text,
                "sort_order": is_int,
            }
        ),
    },
    RecordKind.INDICATOR: {
        "category": is_int,
        "title": is_text,
        "kind": is_str,
        "weight": is_dec,
        "sort_order": is_int,
        "guide": is_text,
        "basic_title": is_text,
        "advance_title": is_text,
        "significance_title": is_text,
        "unit": is_str,
        "target": optional(is_dec),
        "direction": optional(is_str),
        "rule_type": optional(is_str),
        **_THRESHOLDS,
    },
    RecordKind.CRITERION: {"key": is_str, "level": is_str, "text": is_text, "sort_order": is_int},
    RecordKind.ASSIGNMENT: {
        "owner": optional(is_uid),
        "backup": optional(is_uid),
        "deadline": optional(is_date),
    },
    RecordKind.STATE: {"state": is_str},
    RecordKind.PDCA: {
        "plan_text": is_text,
        "do_log": is_text,
        "check_notes": is_text,
        "act_reflection": is_text,
        "act_improvements": is_text,
    },
    RecordKind.RESULT: {"criterion": is_str, "met": is_bool, "narrative": is_text},
    RecordKind.OUTCOME: {"be_year": is_int, "value": is_dec, "note": is_text},
    RecordKind.EVIDENCE: {
        "criterion": optional(is_str),
        "sha256": is_sha,
        "file_name": is_str,
        "size": is_int,
        "description": is_text,
        "added_at": is_dt,
        "removed_at": optional(is_dt),
    },
    RecordKind.TRANSITION: {
        "from_state": is_str,
        "to_state": is_str,
        "actor_name": is_str,
        "at": is_dt,
        "comment": is_text,
    },
    **{RecordKind(kind): fields for kind, fields in MK3_DATA_FIELDS.items()},
}


# Kinds whose records can disappear while their indicator stays (a value cleared, a file
# emptied from the recycle list): their deletions travel as tombstones. A tombstone's
# *data* holds only what names the record (KEY_FIELDS); a new kind of row kept per
# indicator joins both with the fields that make its key. Framework and people records
# are never deleted by a bundle: a deletion there would take the work below with it.
KEY_FIELDS: dict[RecordKind, dict[str, Check]] = {
    RecordKind.PDCA: {},
    RecordKind.RESULT: {"criterion": is_str},
    RecordKind.OUTCOME: {"be_year": is_int},
    RecordKind.EVIDENCE: {},
}
TOMBSTONE_KINDS = frozenset(KEY_FIELDS)


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def record_hash(kind: RecordKind | str, data: Mapping[str, Any]) -> str:
    """The SHA-256 of one version of a record's content (not of where it belongs)."""
    return hashlib.sha256(str(kind).encode() + b"\n" + canonical_json(dict(data))).hexdigest()


# The "version" of a record that is not there: what sync_state remembers once a side is
# known to have deleted it, and the hash a tombstone stands for. No content hashes to it.
DELETED = hashlib.sha256(b"mk3desk bundle: deleted record").hexdigest()


@dataclass(frozen=True)
class Author:
    """A person as a bundle names them: their uid (how the receiver finds them) and name."""

    uid: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"uid": self.uid, "name": self.name}


AUTHOR_FIELDS: dict[str, Check] = {"uid": is_uid, "name": is_str}


def author_of(value: Any) -> Author | None:
    """An ``{"uid", "name"}`` checked by AUTHOR_FIELDS (or null) as an Author."""
    return None if value is None else Author(value["uid"], value["name"])


@dataclass(frozen=True)
class BundleRecord:
    kind: RecordKind
    ref: dict[str, Any]
    data: dict[str, Any]  # a tombstone: only the fields of KEY_FIELDS[kind]
    base: str | None = None
    deleted: bool = False  # a tombstone: the sender deleted the version *base*
    # Who last wrote it on the sending side (version 4); None: not known there, or an
    # older bundle — judged as the manifest's sender (sync.authors).
    author: Author | None = None

    @cached_property
    def hash(self) -> str:
        return DELETED if self.deleted else record_hash(self.kind, self.data)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "ref": self.ref,
            "data": self.data,
            "base": self.base,
            "deleted": self.deleted,
            "author": self.author.to_json() if self.author is not None else None,
        }


@dataclass(frozen=True)
class Manifest:
    kind: BundleKind
    office_uid: str
    office_name: str
    be_year: int
    created_at: str
    created_by: str
    indicators: tuple[str, ...] = ()
    # The sending database and this bundle's number among those it sent (version 3);
    # None: unknown (an older bundle, or a read-only copy that never sent one).
    sender: str | None = None
    sequence: int | None = None
    # The person who exported it (version 4); None: the set-up tasks (no person), or
    # an older bundle.
    sent_by: Author | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "kind": self.kind.value,
            "office": {"uid": self.office_uid, "name": self.office_name},
            "be_year": self.be_year,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "indicators": list(self.indicators),
            "sender": self.sender,
            "sequence": self.sequence,
            "sent_by": self.sent_by.to_json() if self.sent_by is not None else None,
        }


def record_key(kind: RecordKind, ref: Mapping[str, Any], data: Mapping[str, Any]) -> str:
    """How sync_state names a record: a uid, or the indicator's uid plus a natural key.

    Records an indicator has at most one of (assignment, state, PDCA texts), or one per
    criterion or year, are named through the indicator: both machines may create them
    independently, under different uids, and they must still meet in the merge.
    """
    if kind in (RecordKind.YEAR, RecordKind.SWOT):
        return str(ref["be_year"])
    if kind in (RecordKind.ASSIGNMENT, RecordKind.STATE, RecordKind.PDCA):
        return str(ref["indicator"])
    if kind is RecordKind.RESULT:
        return f"{ref['indicator']}/{data['criterion']}"
    if kind is RecordKind.OUTCOME:
        return f"{ref['indicator']}/{data['be_year']}"
    if kind is RecordKind.TRANSITION:
        # History only grows: a transition is named by what it says.
        return f"{ref['indicator']}/{record_hash(kind, data)[:32]}"
    return str(ref["uid"])


def tombstone(kind: RecordKind, key: str, indicator: Mapping[str, Any]) -> BundleRecord | None:
    """A deletion of record *key* of *kind* in *indicator* (its ref); base set by the caller.

    The inverse of record_key for TOMBSTONE_KINDS; None when *key* is not one it makes.
    """
    ref: dict[str, Any] = {"indicator": indicator["indicator"], "code": indicator["code"]}
    data: dict[str, Any] = {}
    _, _, rest = key.partition("/")
    if kind is RecordKind.EVIDENCE:
        ref = {"uid": key, **ref}
    elif kind is RecordKind.RESULT:
        data = {"criterion": rest}
    elif kind is RecordKind.OUTCOME:
        if not (rest.isascii() and rest.isdigit()):
            return None
        data = {"be_year": int(rest)}
    elif kind is not RecordKind.PDCA:
        return None
    if not (matches(ref, REF_FIELDS[kind]) and matches(data, KEY_FIELDS[kind])):
        return None
    if record_key(kind, ref, data) != key:
        return None
    return BundleRecord(kind, ref, data, deleted=True)


# The indicator columns a setup bundle carries; export writes them, apply reads them.
INDICATOR_TEXT_FIELDS = (
    "title",
    "kind",
    "sort_order",
    "guide",
    "basic_title",
    "advance_title",
    "significance_title",
    "unit",
    "direction",
    "rule_type",
)
INDICATOR_DECIMAL_FIELDS = ("weight", "target", "t1", "t2", "t3", "t4", "t5", "floor", "ceiling")


def files_of(kind: RecordKind, data: Mapping[str, Any]) -> list[tuple[str, str, int]]:
    """(SHA-256, file name, declared size) of the files a record's content names: an
    evidence record's file, a knowledge session's materials. They travel under
    ``evidence/`` and are checked the same way (present, hash, size)."""
    if kind is RecordKind.EVIDENCE:
        return [(data["sha256"], data["file_name"], data["size"])]
    if kind is RecordKind.KNOWLEDGE:
        return [(m["sha256"], m["file_name"], m["size"]) for m in data["materials"]]
    return []
