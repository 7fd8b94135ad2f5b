"""Records out of the database, in the bundle's form.

The ``*_data`` functions give a record's *content* exactly as a bundle carries it;
the merge uses the same functions for the receiving side's version, so "identical"
means the same hash on both machines. Parents are named by uid (a person's group,
an assignment's owner), criteria by their key within the indicator.

What a bundle holds:

* **work** (a Key Man → the coordinator): for the chosen indicators, their PDCA state,
  PDCA texts, criteria results, outcome values, evidence (records and files) and
  state history, and the year's knowledge sessions (sync.mk3_export);
* **setup** (the coordinator → a laptop): the office, its groups and people, the
  year's framework copy (year settings with categories, bands and adjustments,
  indicators, criteria), assignments — and the work of every indicator, so that the
  laptop starts from the coordinator's version and its later work merges cleanly —
  and the MK3 Model's records of the year (sync.mk3_export: committees, SWOT,
  knowledge sessions with their material files, recognitions, certificates).

Each record carries as *base* the hash this machine last exchanged for it (sync_state),
which tells the receiver whether the sender changed it since.

A record exchanged before and gone here since (a value cleared, a file emptied from the
recycle list) is sent as a tombstone: sync_state still names it (kind, key, and the
indicator in *scope*) with the version received from the peer or sent to it — the
tombstone's base. Exporting therefore records what it sent (mark_sent).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles, FileStatus
from mk3desk.db.models import (
    Assignment,
    CriterionResult,
    EvidenceFile,
    FiscalYear,
    Group,
    Office,
    OutcomeValue,
    PdcaRecord,
    Person,
    SyncState,
    Transition,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.sync.format import BundleError
from mk3desk.sync.schema import (
    DELETED,
    INDICATOR_DECIMAL_FIELDS,
    INDICATOR_TEXT_FIELDS,
    TOMBSTONE_KINDS,
    BundleRecord,
    RecordKind,
    files_of,
    record_key,
    tombstone,
)

PDCA_FIELDS = ("plan_text", "do_log", "check_notes", "act_reflection", "act_improvements")


def dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def moment(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def office_data(office: Office) -> dict[str, Any]:
    return {
        "name": office.name,
        "short_name": office.short_name,
        "area": office.area,
        "address": office.address,
    }


def group_data(group: Group) -> dict[str, Any]:
    return {"name": group.name, "sort_order": group.sort_order}


def person_data(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "position": person.position,
        "group": person.group.uid if person.group else None,
        "roles": person.roles,
        "active": person.active,
    }


def year_data(year: FiscalYear) -> dict[str, Any]:
    return {
        "title": year.title,
        "note": year.note,
        "target": dec(year.target),
        "decimals": year.decimals,
        "rounding": year.rounding,
        "outcome_min_score": str(year.outcome_min_score),
        "template_source": year.template_source,
        "categories": [
            {"number": c.number, "title": c.title, "weight": str(c.weight)} for c in year.categories
        ],
        "bands": [{"name": b.name, "min_score": str(b.min_score)} for b in year.bands],
        "adjustments": [
            {
                "label": a.label,
                "kind": a.kind,
                "weight": str(a.weight),
                "score": str(a.score),
                "note": a.note,
                "sort_order": a.sort_order,
            }
            for a in year.adjustments
        ],
    }


def indicator_data(indicator: YearIndicator) -> dict[str, Any]:
    data: dict[str, Any] = {"category": indicator.category.number}
    data.update({name: getattr(indicator, name) for name in INDICATOR_TEXT_FIELDS})
    data.update({name: dec(getattr(indicator, name)) for name in INDICATOR_DECIMAL_FIELDS})
    return data


def criterion_data(criterion: YearCriterion) -> dict[str, Any]:
    return {
        "key": criterion.key,
        "level": criterion.level,
        "text": criterion.text,
        "sort_order": criterion.sort_order,
    }


def assignment_data(assignment: Assignment) -> dict[str, Any]:
    return {
        "owner": assignment.owner.uid if assignment.owner else None,
        "backup": assignment.backup.uid if assignment.backup else None,
        "deadline": assignment.deadline.isoformat() if assignment.deadline else None,
    }


def state_data(indicator: YearIndicator) -> dict[str, Any]:
    return {"state": indicator.state}


def pdca_data(record: PdcaRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in PDCA_FIELDS}


def result_data(result: CriterionResult) -> dict[str, Any]:
    return {"criterion": result.criterion.key, "met": result.met, "narrative": result.narrative}


def outcome_data(value: OutcomeValue) -> dict[str, Any]:
    return {"be_year": value.be_year, "value": str(value.value), "note": value.note}


def evidence_data(evidence: EvidenceFile) -> dict[str, Any]:
    return {
        "criterion": evidence.criterion.key if evidence.criterion else None,
        "sha256": evidence.sha256,
        "file_name": evidence.file_name,
        "size": evidence.size,
        "description": evidence.description,
        "added_at": moment(evidence.added_at),
        "removed_at": moment(evidence.removed_at),
    }


def transition_data(transition: Transition) -> dict[str, Any]:
    return {
        "from_state": transition.from_state,
        "to_state": transition.to_state,
        "actor_name": transition.actor_name,
        "at": moment(transition.at),
        "comment": transition.comment,
    }


def indicator_ref(indicator: YearIndicator) -> dict[str, Any]:
    return {"indicator": indicator.uid, "code": indicator.code}


def work_records(indicator: YearIndicator) -> Iterable[tuple[RecordKind, dict[str, Any], Any]]:
    """(kind, ref, data) of an indicator's work, as one machine has it now."""
    ref = indicator_ref(indicator)
    yield RecordKind.STATE, ref, state_data(indicator)
    if indicator.pdca is not None:
        yield RecordKind.PDCA, ref, pdca_data(indicator.pdca)
    for criterion in indicator.criteria:
        if criterion.result is not None:
            yield RecordKind.RESULT, ref, result_data(criterion.result)
    for value in indicator.outcome_values:
        yield RecordKind.OUTCOME, ref, outcome_data(value)
    for evidence in indicator.evidence:
        yield RecordKind.EVIDENCE, {"uid": evidence.uid, **ref}, evidence_data(evidence)
    for transition in indicator.transitions:
        yield RecordKind.TRANSITION, ref, transition_data(transition)


def setup_records(year: FiscalYear) -> Iterable[tuple[RecordKind, dict[str, Any], Any]]:
    office = year.office
    yield RecordKind.OFFICE, {"uid": office.uid}, office_data(office)
    for group in office.groups:
        yield RecordKind.GROUP, {"uid": group.uid}, group_data(group)
    for person in office.people:
        yield RecordKind.PERSON, {"uid": person.uid}, person_data(person)
    yield RecordKind.YEAR, {"be_year": year.be_year}, year_data(year)
    for indicator in year.indicators:
        yield (
            RecordKind.INDICATOR,
            {"uid": indicator.uid, "code": indicator.code},
            (indicator_data(indicator)),
        )
        ref = indicator_ref(indicator)
        for criterion in indicator.criteria:
            yield RecordKind.CRITERION, {"uid": criterion.uid, **ref}, criterion_data(criterion)
        if indicator.assignment is not None:
            yield RecordKind.ASSIGNMENT, ref, assignment_data(indicator.assignment)


def sync_hashes(session: Session) -> dict[tuple[str, str], str]:
    """The version last received from the peer, per record (rows only sent have none)."""
    rows = session.scalars(select(SyncState).where(SyncState.hash.is_not(None)))
    return {(s.kind, s.key): s.hash for s in rows if s.hash is not None}


@dataclass
class Collected:
    records: list[BundleRecord] = field(default_factory=list)
    evidence: dict[str, Path] = field(default_factory=dict)


def collect(
    session: Session,
    store: EvidenceFiles,
    parts: Iterable[tuple[RecordKind, dict[str, Any], Any]],
) -> Collected:
    """Bundle records (with their bases) and the evidence files they need."""
    bases = sync_hashes(session)
    out = Collected()
    for kind, ref, data in parts:
        base = bases.get((kind.value, record_key(kind, ref, data)))
        out.records.append(BundleRecord(kind, dict(ref), data, base))
        for sha, name, _size in files_of(kind, data):
            if sha in out.evidence:
                continue
            if store.status(sha) is not FileStatus.OK:
                raise _missing_file(kind, ref, data, name)
            out.evidence[sha] = store.local_path(sha)
    return out


def _missing_file(
    kind: RecordKind, ref: dict[str, Any], data: dict[str, Any], name: str
) -> BundleError:
    if kind is RecordKind.KNOWLEDGE:
        return BundleError(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "เอกสารประกอบ “{name}” ของการประชุม/อบรม “{topic}” หายไปหรือถูกแก้ไขในที่เก็บ "
                "จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน",
            ),
            name=name,
            topic=data["topic"],
        )
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์หลักฐาน “{name}” ของตัวชี้วัด {code} หายไปหรือถูกแก้ไขในที่เก็บ "
            "จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน",
        ),
        name=name,
        code=ref["code"],
    )


def tombstones(
    session: Session, indicators: Iterable[YearIndicator], records: Iterable[BundleRecord]
) -> list[BundleRecord]:
    """Deletions since the last exchange in *indicators*, whose present *records* are given.

    A sync_state row of a kind whose deletion travels, in the scope of one of
    *indicators*, whose record is gone here, becomes a tombstone if the peer may still
    have the record: a version received from it (hash) or sent to it since (sent).
    Its base is the version received, else the one sent — the receiver deletes its
    copy if it is that version or the last it received from here.
    """
    refs = {i.uid: indicator_ref(i) for i in indicators}
    present = {(r.kind.value, record_key(r.kind, r.ref, r.data)) for r in records}
    rows = session.scalars(
        select(SyncState)
        .where(
            SyncState.scope.in_(refs),
            SyncState.kind.in_([k.value for k in TOMBSTONE_KINDS]),
        )
        .order_by(SyncState.kind, SyncState.key)
    )
    out = []
    for row in rows:
        received = row.hash if row.hash != DELETED else None
        base = received or row.sent
        if (row.kind, row.key) in present or row.scope is None or base is None:
            continue
        record = tombstone(RecordKind(row.kind), row.key, refs[row.scope])
        if record is not None:
            out.append(BundleRecord(record.kind, record.ref, record.data, base, True))
    return out


def mark_sent(session: Session, records: Iterable[BundleRecord]) -> None:
    """Remember the versions a bundle sends of records whose deletion travels, so that
    deleting one later sends the deletion, even if this machine never received it."""
    rows = {(s.kind, s.key): s for s in session.scalars(select(SyncState))}
    for record in records:
        if record.deleted or record.kind not in TOMBSTONE_KINDS:
            continue
        key = record_key(record.kind, record.ref, record.data)
        row = rows.get((record.kind.value, key))
        if row is None:
            row = SyncState(kind=record.kind.value, key=key)
            session.add(row)
            rows[(record.kind.value, key)] = row
        if (row.sent, row.scope) != (record.hash, record.ref["indicator"]):
            row.sent, row.scope = record.hash, record.ref["indicator"]
    session.flush()
