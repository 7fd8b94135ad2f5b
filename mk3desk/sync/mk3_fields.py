"""The fields of the MK3 Model's records in a bundle (format version 5).

Committees (with their order and members), knowledge sessions (attendance, linked
indicators, materials), recognitions, certificates and the year's SWOT are records of
a fiscal year, not of an indicator. Each travels as one record: a committee carries its
member list, a session its attendees, linked indicators and material files, so that a
two-sided edit is one conflict shown side by side, decided as a whole (sync.merge).

Every string has the ceiling of the column it is stored in (PostgreSQL refuses a longer
one), a name must not be blank, enumerations and references to people, groups,
indicators and recognitions are checked against this database and the bundle before
anything is written (sync.mk3_checks). A person in a list is named by uid (how the
receiver finds them) and by name (what the review shows); the name is not looked up.
"""

from __future__ import annotations

from mk3desk.sync.checkers import (
    Check,
    int_between,
    is_date,
    is_dt,
    is_int,
    is_sha,
    is_str,
    is_text,
    is_uid,
    list_of,
    name_max,
    optional,
    str_max,
)


def is_row_uid(value: object) -> bool:
    """A uid this database can store for a new row (its column holds 32 characters)."""
    return is_uid(value) and isinstance(value, str) and len(value) <= 32


# The most of each list one record may hold (list_of's own ceiling is 1000).
MEMBER_FIELDS: dict[str, Check] = {
    "person": is_uid,
    "name": str_max(200),
    "role": str_max(30),
    "sort_order": int_between(0, 10_000),
}
ATTENDEE_FIELDS: dict[str, Check] = {
    "person": is_uid,
    "name": str_max(200),
    "status": str_max(20),
    "sort_order": int_between(0, 10_000),
}
LINK_FIELDS: dict[str, Check] = {"indicator": is_uid, "code": is_str}
MATERIAL_FIELDS: dict[str, Check] = {
    "uid": is_row_uid,
    "sha256": is_sha,
    "file_name": name_max(300),
    "size": int_between(0, 2**40),
    "description": is_text,
    "added_at": is_dt,
}

# Keyed by RecordKind values (sync.schema joins them to its tables).
MK3_REF_FIELDS: dict[str, dict[str, Check]] = {
    "committee": {"uid": is_row_uid},
    "swot": {"be_year": is_int},
    "knowledge": {"uid": is_row_uid},
    "recognition": {"uid": is_row_uid},
    "certificate": {"uid": is_row_uid},
}
MK3_DATA_FIELDS: dict[str, dict[str, Check]] = {
    "committee": {
        "name": name_max(300),
        "sort_order": int_between(0, 10_000),
        "order_number": str_max(40),
        "order_date": optional(is_date),
        "subject": is_text,
        "preamble": is_text,
        "duties": is_text,
        "effective_from": optional(is_date),
        "signer_name": str_max(200),
        "signer_position": str_max(300),
        "members": list_of(MEMBER_FIELDS),
    },
    "swot": {
        "strengths": is_text,
        "weaknesses": is_text,
        "opportunities": is_text,
        "threats": is_text,
        "participants": is_text,
        "held_on": optional(is_date),
    },
    "knowledge": {
        "held_on": is_date,
        "topic": name_max(300),
        "kind": str_max(20),
        "speaker": str_max(200),
        "place": str_max(300),
        "lessons": is_text,
        "attendees": list_of(ATTENDEE_FIELDS),
        "indicators": list_of(LINK_FIELDS),
        "materials": list_of(MATERIAL_FIELDS),
    },
    "recognition": {
        "kind": str_max(20),
        "title": str_max(300),
        "reason": is_text,
        "awarded_on": is_date,
        "person": optional(is_uid),
        "group": optional(is_uid),
    },
    "certificate": {
        "number": int_between(1, 999_999),
        "recognition": optional(is_uid),
        "person": optional(is_uid),
        "recipient_name": name_max(200),
        "recipient_position": str_max(300),
        "title": str_max(300),
        "reason": is_text,
        "issued_on": is_date,
        "signer_name": name_max(200),
        "signer_position": str_max(300),
    },
}
