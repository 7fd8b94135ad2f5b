"""Rules a record must meet before it may be written here (beyond its field types).

Each rule returns a Thai reason; the record is then REFUSED in the plan (shown to the
user) and never written, while the rest of the bundle can still merge. A parent (an
indicator, a criterion, a person) must exist here or arrive in the same bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import (
    AdjustmentKind,
    Direction,
    IndicatorKind,
    Level,
    OutcomeRuleType,
)
from mk3desk.domain.workflow import Role, State
from mk3desk.sync.mk3_checks import mk3_problem
from mk3desk.sync.schema import MK3_KINDS, BundleRecord, RecordKind

if TYPE_CHECKING:
    from mk3desk.sync.format import Bundle
    from mk3desk.sync.resolve import Resolver

ROUNDINGS = frozenset(
    {
        "ROUND_HALF_UP",
        "ROUND_HALF_EVEN",
        "ROUND_HALF_DOWN",
        "ROUND_DOWN",
        "ROUND_UP",
        "ROUND_FLOOR",
        "ROUND_CEILING",
        "ROUND_05UP",
    }
)


@dataclass
class Incoming:
    """What the bundle itself brings, so children of new parents are not refused."""

    office: bool = False
    year_categories: set[int] | None = None
    indicators: set[str] = field(default_factory=set)
    criteria: set[tuple[str, str]] = field(default_factory=set)  # (indicator uid, key)
    people: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    recognitions: set[str] = field(default_factory=set)
    committee_names: dict[str, set[str]] = field(default_factory=dict)  # name → uids

    @classmethod
    def of(cls, bundle: Bundle) -> Incoming:
        found = cls()
        for record in bundle.records:
            kind, ref, data = record.kind, record.ref, record.data
            if kind is RecordKind.OFFICE:
                found.office = True
            elif kind is RecordKind.YEAR:
                found.year_categories = {c["number"] for c in data["categories"]}
            elif kind is RecordKind.INDICATOR:
                found.indicators.add(ref["uid"])
            elif kind is RecordKind.CRITERION:
                found.criteria.add((ref["indicator"], data["key"]))
            elif kind is RecordKind.PERSON:
                found.people.add(ref["uid"])
            elif kind is RecordKind.GROUP:
                found.groups.add(ref["uid"])
            elif kind is RecordKind.RECOGNITION:
                found.recognitions.add(ref["uid"])
            elif kind is RecordKind.COMMITTEE:
                found.committee_names.setdefault(data["name"], set()).add(ref["uid"])
        return found


def _valid(enum: type, value: object) -> bool:
    return value in getattr(enum, "_value2member_map_", {})


def _bad(field_name: str, value: object) -> str:
    return QT_TRANSLATE_NOOP("Bundle", "ค่า “{value}” ของ {field} ไม่ถูกต้อง").format(
        value=value, field=field_name
    )


def semantic_problem(
    resolver: Resolver,
    bundle: Bundle,
    record: BundleRecord,
    incoming: Incoming,
    has_file: Callable[[str], bool],
) -> str:
    kind, data = record.kind, record.data
    if kind is not RecordKind.OFFICE and resolver.office is None and not incoming.office:
        return QT_TRANSLATE_NOOP("Bundle", "ฐานข้อมูลนี้ยังไม่มีสำนักงาน")
    if kind is RecordKind.PERSON:
        roles = [r.strip() for r in data["roles"].split(",") if r.strip()]
        if not all(_valid(Role, r) for r in roles):
            return _bad("roles", data["roles"])
        group = data["group"]
        if group is not None and resolver.group(group) is None and group not in incoming.groups:
            return QT_TRANSLATE_NOOP("Bundle", "ไม่พบกลุ่มงานที่อ้างถึง")
        return ""
    if kind is RecordKind.YEAR:
        numbers = [c["number"] for c in data["categories"]]
        if len(set(numbers)) != len(numbers):
            return _bad("categories", numbers)
        if data["rounding"] not in ROUNDINGS or not 0 <= data["decimals"] <= 10:
            return _bad("rounding", data["rounding"])
        if not all(_valid(AdjustmentKind, a["kind"]) for a in data["adjustments"]):
            return _bad("adjustments", "kind")
        return ""
    if kind is RecordKind.INDICATOR:
        year = resolver.year()
        known = set(incoming.year_categories or set())
        if year is not None:
            known |= {c.number for c in year.categories}
        if data["category"] not in known:
            return QT_TRANSLATE_NOOP("Bundle", "ไม่พบหมวด {number} ในปีงบประมาณนี้").format(
                number=data["category"]
            )
        for name, enum in (
            ("kind", IndicatorKind),
            ("direction", Direction),
            ("rule_type", OutcomeRuleType),
        ):
            if data[name] is not None and not _valid(enum, data[name]):
                return _bad(name, data[name])
        return ""
    if kind is RecordKind.OFFICE:
        return ""
    if kind is RecordKind.GROUP:
        return ""
    if kind in MK3_KINDS:
        return mk3_problem(resolver, bundle, record, incoming, has_file)
    return _indicator_child_problem(resolver, bundle, record, incoming, has_file)


def _indicator_child_problem(
    resolver: Resolver,
    bundle: Bundle,
    record: BundleRecord,
    incoming: Incoming,
    has_file: Callable[[str], bool],
) -> str:
    kind, ref, data = record.kind, record.ref, record.data
    indicator = resolver.indicator(ref["indicator"], ref["code"])
    if indicator is None and ref["indicator"] not in incoming.indicators:
        return QT_TRANSLATE_NOOP("Bundle", "ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้").format(
            code=ref["code"], year=resolver.be_year
        )
    local_keys = {c.key for c in indicator.criteria} if indicator is not None else set()

    def known_criterion(key: str) -> bool:
        return key in local_keys or (ref["indicator"], key) in incoming.criteria

    if kind is RecordKind.CRITERION and not _valid(Level, data["level"]):
        return _bad("level", data["level"])
    if kind is RecordKind.ASSIGNMENT:
        for name in ("owner", "backup"):
            uid = data[name]
            if uid is not None and resolver.person(uid) is None and uid not in incoming.people:
                return QT_TRANSLATE_NOOP("Bundle", "ไม่พบบุคลากรที่อ้างถึงในเครื่องนี้")
    if kind is RecordKind.STATE and not _valid(State, data["state"]):
        return _bad("state", data["state"])
    if kind is RecordKind.TRANSITION and not (
        _valid(State, data["from_state"]) and _valid(State, data["to_state"])
    ):
        return _bad("state", data["to_state"])
    if kind is RecordKind.RESULT and not known_criterion(data["criterion"]):
        return QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}").format(
            code=ref["code"], key=data["criterion"]
        )
    if kind is RecordKind.OUTCOME:
        year = resolver.be_year
        if not year - 2 <= data["be_year"] <= year:
            return _bad("be_year", data["be_year"])
    if kind is RecordKind.EVIDENCE:
        if data["criterion"] is not None and not known_criterion(data["criterion"]):
            return QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}").format(
                code=ref["code"], key=data["criterion"]
            )
        if data["sha256"] not in bundle.evidence and not has_file(data["sha256"]):
            return QT_TRANSLATE_NOOP("Bundle", "ไฟล์ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้")
        if data["size"] < 0:
            return _bad("size", data["size"])
    return ""
