"""What a bundle would change here: a three-way merge plan, record by record.

For each record the receiving side has three versions' hashes: *mine* (what this
database holds now; none if it has no such row), *theirs* (the bundle's content, or
DELETED for a tombstone) and two ancestors — *base*, the version the sender last
exchanged (carried in the bundle), and *seen*, the version this machine last received
from the sender (sync_state; DELETED once it heard of the sender's deletion). The outcome:

* mine == theirs, or theirs is what we saw or what they started from → nothing
  (UNCHANGED): only we changed it, or nobody did;
* mine is what they started from, or what we last received from them (a Key Man who
  sends again before hearing back still starts from the older base) → TAKEN (a
  tombstone: REMOVED): only they changed or deleted it;
* not here: ADDED if never seen, or if either side is known to have deleted it since
  (we heard of their deletion, or their base says we had deleted it); a tombstone for
  a record not here changes nothing — both sides agree it is gone;
* anything else (both changed it, both created it, deleted on one side and changed on
  the other) → CONFLICT, shown side by side, never settled without a decision.

State history follows the state (history.follow_state): the sender's moves that are not
here are added only if this side ends with the sender's state.

A record from a bundle older than one already settled from the same sender (its
sequence is lower; see sync.sequence) is REFUSED if it would change anything: a late
bundle never rolls a value back. Evidence whose declared size is not the size of its
file (in the bundle or already here) refuses the whole bundle here, in the review,
exactly as applying it would (apply.check_sizes).

A certificate whose number another certificate holds here (or in the same bundle)
refuses the whole bundle (sync.mk3_checks): register numbers are never reused nor
silently changed.

Records are matched by uid; when a uid is unknown, indicators by code, criteria by
key, groups, people and committees by name (a laptop set up on its own has other uids).
Indicators locked on this side (workflow.check_editable) refuse incoming changes to
the sections they freeze, with the workflow's Thai reason.

Bundles carry who (sync.authors): each change of a work bundle is judged by the rights
table for its author as this database knows them, and REFUSED (``by_rights``) when the
table refuses (a knowledge session by the KNOWLEDGE right); a setup bundle is refused
as a whole unless a coordinator of this database sent it (when it has accounts). The
review and the dry run show the same plan.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.models import Office
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Listing, WorkflowError
from mk3desk.domain.workflow import LOCKED_STATES, Section, State, check_editable
from mk3desk.sync.authors import Judge, check_setup_sender
from mk3desk.sync.checks import Incoming, semantic_problem
from mk3desk.sync.errors import file_size_mismatch
from mk3desk.sync.export import sync_hashes
from mk3desk.sync.format import Bundle, BundleError
from mk3desk.sync.history import follow_state
from mk3desk.sync.mk3_checks import check_certificate_numbers
from mk3desk.sync.plan import FieldDiff, MergeItem, MergePlan, Outcome
from mk3desk.sync.resolve import SNAPSHOT, Resolver, local_ref
from mk3desk.sync.schema import (
    DELETED,
    WORK_KINDS,
    BundleKind,
    BundleRecord,
    Manifest,
    RecordKind,
    files_of,
    record_hash,
    record_key,
)
from mk3desk.sync.sequence import received
from mk3desk.sync.texts import (
    DELETED_HERE,
    DELETED_THERE,
    KIND_TITLES,
    field_label,
    session_title,
    value_text,
)

_PDCA_SECTIONS = {
    "plan_text": Section.PLAN,
    "do_log": Section.DO,
    "check_notes": Section.CHECK,
    "act_reflection": Section.ACT,
    "act_improvements": Section.ACT,
}


__all__ = [
    "FieldDiff",
    "ForeignBundleError",
    "MergeItem",
    "MergePlan",
    "Outcome",
    "diffs",
    "plan_merge",
]


class ForeignBundleError(BundleError):
    """A bundle of another office or fiscal year, not (yet) accepted by the user."""


def _title(record: BundleRecord) -> str:
    kind, ref, data = record.kind, record.ref, record.data
    detail = ""
    if "code" in ref:
        detail = QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัด {code}").format(code=ref["code"])
    extra = {
        RecordKind.GROUP: data.get("name"),
        RecordKind.PERSON: data.get("name"),
        RecordKind.YEAR: ref.get("be_year"),
        RecordKind.CRITERION: data.get("key"),
        RecordKind.RESULT: data.get("criterion"),
        RecordKind.OUTCOME: data.get("be_year"),
        RecordKind.EVIDENCE: data.get("file_name"),
        RecordKind.TRANSITION: data.get("at", "")[:16].replace("T", " "),
        RecordKind.OFFICE: data.get("name"),
        RecordKind.COMMITTEE: data.get("name"),
        RecordKind.SWOT: ref.get("be_year"),
        RecordKind.KNOWLEDGE: session_title(data),
        RecordKind.RECOGNITION: data.get("title") or str(data.get("reason", ""))[:60],
        RecordKind.CERTIFICATE: (
            f"{data['number']} {data.get('recipient_name', '')}" if "number" in data else None
        ),
    }.get(kind)
    parts = [KIND_TITLES[kind], str(extra) if extra is not None else "", detail]
    return " — ".join(p for p in parts if p)


def diffs(
    mine: dict[str, Any] | None, theirs: dict[str, Any], *, deleted: bool = False
) -> tuple[FieldDiff, ...]:
    """Field by field; *deleted*: theirs is a tombstone, every field of mine goes."""
    if deleted:
        return tuple(
            FieldDiff(name, field_label(name), value_text(name, value), DELETED_THERE)
            for name, value in (mine or {}).items()
        )
    out = []
    for name, value in theirs.items():
        old = None if mine is None else mine.get(name)
        if mine is None or old != value:
            label = field_label(name)
            out.append(FieldDiff(name, label, value_text(name, old), value_text(name, value)))
    return tuple(out)


def _outcome(mine: str | None, theirs: str, base: str | None, seen: str | None) -> Outcome:
    """The three-way rule (module docstring); hashes, None for a record not here."""
    if mine is None:
        if theirs == DELETED:
            return Outcome.UNCHANGED
        if seen is None or DELETED in (seen, base):
            return Outcome.ADDED
        return Outcome.UNCHANGED if theirs in (seen, base) else Outcome.CONFLICT
    if mine == theirs or theirs in (seen, base):
        return Outcome.UNCHANGED
    if mine in (base, seen):
        return Outcome.REMOVED if theirs == DELETED else Outcome.TAKEN
    return Outcome.CONFLICT


def _lock_reason(resolver: Resolver, record: BundleRecord, mine: dict[str, Any] | None) -> str:
    """Why this side's workflow refuses the change (empty: it does not)."""
    if record.kind not in WORK_KINDS:
        return ""
    indicator = resolver.indicator(record.ref["indicator"], record.ref["code"])
    if indicator is None or indicator.state not in LOCKED_STATES:
        return ""
    state = State(indicator.state)
    if record.kind is RecordKind.PDCA:
        # A tombstone takes away every text there is.
        changed = (
            [name for name, value in (mine or {}).items() if value]
            if record.deleted
            else [n for n, v in record.data.items() if mine is None or mine.get(n) != v]
        )
        sections = {_PDCA_SECTIONS[name] for name in changed}
    elif record.kind is RecordKind.STATE or record.kind is RecordKind.TRANSITION:
        target = record.data.get("state", record.data.get("to_state"))
        sections = set() if target in LOCKED_STATES else {Section.DO}
    else:
        sections = {Section.DO}
    try:
        for section in sorted(sections):
            check_editable(section, state, indicator.code)
    except WorkflowError as error:
        return error.message
    return ""


def _target(
    session: Session, manifest: Manifest, here: Office | None, be_year: int | None
) -> tuple[Office | None, int, list[str]]:
    """The office and year *manifest*'s records go to, and why that needs confirming.

    The office the bundle names (by uid); when this database has no such office, *here*
    (the office the receiver works in, given by the caller — never guessed), with a
    reason to confirm; None: a new office (a setup bundle creates it). *be_year*, the
    year the receiver works in, applies to its own office; None: the bundle's year.
    """
    reasons: list[str] = []
    office = session.scalars(select(Office).where(Office.uid == manifest.office_uid)).first()
    if office is None and here is not None:
        office = here
        if office.name == manifest.office_name:
            # Same name, other uid: the office was set up separately on each machine.
            reason = QT_TRANSLATE_NOOP(
                "Bundle", "ไฟล์นี้มาจากฐานข้อมูลอื่นของ “{theirs}” ที่ตั้งค่าแยกกัน (รหัสสำนักงานไม่ตรงกัน)"
            )
        else:
            reason = QT_TRANSLATE_NOOP("Bundle", "ไฟล์นี้มาจาก “{theirs}” ไม่ใช่ “{mine}”")
        reasons.append(reason.format(theirs=manifest.office_name, mine=office.name))
    target_year = be_year if be_year is not None and office is here else manifest.be_year
    if target_year != manifest.be_year:
        reasons.append(
            QT_TRANSLATE_NOOP("Bundle", "ไฟล์นี้เป็นงานปีงบประมาณ {theirs} ไม่ใช่ปี {mine}").format(
                theirs=manifest.be_year, mine=target_year
            )
        )
    return office, target_year, reasons


def plan_merge(
    session: Session,
    store: EvidenceFiles,
    bundle: Bundle,
    *,
    here: Office | None,
    be_year: int | None = None,
    accept_foreign: bool = False,
) -> tuple[MergePlan, Resolver]:
    """Work out, without writing, what *bundle* would change in this database.

    *here*, *be_year*: the office and year the receiver works in (``_target``).
    """
    manifest = bundle.manifest
    office, target_year, reasons = _target(session, manifest, here, be_year)
    if reasons and not accept_foreign:
        raise ForeignBundleError(
            QT_TRANSLATE_NOOP(
                "Bundle", "{reasons} — ยังไม่ได้รับข้อมูล ต้องยืนยันก่อนว่าจะรับไฟล์จากสำนักงานหรือปีอื่น"
            ),
            reasons=Listing(reasons),
        )
    resolver = Resolver(session, office, target_year)
    check_setup_sender(session, resolver, manifest)
    judge = Judge(session, resolver, manifest, bundle.records)
    if manifest.kind is BundleKind.WORK and resolver.year() is None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year} ของสำนักงาน — รับไฟล์ตั้งค่าจากผู้ประสานก่อน แล้วจึงรับงาน",
            ),
            year=target_year,
        )
    seen = sync_hashes(session)
    stamps = received(session, manifest.sender)
    incoming = Incoming.of(bundle)
    items: list[MergeItem] = []
    order = {kind: index for index, kind in enumerate(RecordKind)}
    for record in sorted(bundle.records, key=lambda r: order[r.kind]):
        item = _item(resolver, store, bundle, record, seen, incoming)
        stamp = stamps.get((item.kind.value, item.key))
        sequence = manifest.sequence
        if (
            item.outcome is not Outcome.UNCHANGED
            and stamp is not None
            and sequence is not None
            and sequence < stamp
        ):
            item = replace(item, outcome=Outcome.REFUSED, reason=_stale_reason())
        by_rights = judge.reason(item, item.record)
        if by_rights:
            item = replace(item, outcome=Outcome.REFUSED, reason=by_rights, by_rights=True)
        items.append(item)
    counts = Counter(i.id for i in items)
    if len(counts) != len(items):
        # Two versions of one record in one bundle: no order between them to trust.
        twice = next(i for i in items if counts[i.id] > 1)
        raise BundleError(
            QT_TRANSLATE_NOOP("Bundle", "ไฟล์นี้มีข้อมูลเดียวกันซ้ำสองครั้ง ({title}) — ไม่ได้รับข้อมูลใด ๆ"),
            title=twice.title,
        )
    check_certificate_numbers(resolver, items)
    plan = MergePlan(manifest, tuple(follow_state(items)), tuple(reasons), target_year)
    _check_sizes(store, bundle, plan)
    return plan, resolver


def _stale_reason() -> str:
    return QT_TRANSLATE_NOOP(
        "Bundle",
        "ไฟล์นี้ส่งออกก่อนไฟล์ที่รับจากเครื่องเดียวกันไปแล้ว (เป็นฉบับเก่ากว่า) — ไม่รับ เพื่อไม่ให้ข้อมูลย้อนกลับเป็นฉบับเก่า",
    )


def _check_sizes(store: EvidenceFiles, bundle: Bundle, plan: MergePlan) -> None:
    """The review refuses what applying would (apply.check_sizes): a file (evidence, a
    session's material) whose declared size is not its file's, whether the file travels
    or is here already."""
    for item in plan.items:
        record = item.record
        if record.deleted or item.outcome in (Outcome.UNCHANGED, Outcome.REFUSED):
            continue
        for sha, name, size in files_of(record.kind, record.data):
            actual = bundle.sizes.get(sha)
            if actual is None:
                actual = store.size_of(sha)
            if actual is not None and actual != size:
                raise file_size_mismatch(name, size, actual)


def _item(
    resolver: Resolver,
    store: EvidenceFiles,
    bundle: Bundle,
    record: BundleRecord,
    seen: dict[tuple[str, str], str],
    incoming: Incoming,
) -> MergeItem:
    row = resolver.row(record)
    if record.deleted and row is not None and record.kind is RecordKind.EVIDENCE:
        # Evidence is found by uid alone: delete it only from the indicator named.
        owner = resolver.indicator(record.ref["indicator"], record.ref["code"])
        row = row if owner is not None and row.indicator_id == owner.id else None
    ref = local_ref(resolver, record, row)
    mapped = BundleRecord(record.kind, ref, record.data, record.base, record.deleted, record.author)
    key = record_key(record.kind, ref, record.data)
    mine = SNAPSHOT[record.kind](row) if row is not None else None
    outcome = _outcome(
        record_hash(record.kind, mine) if mine is not None else None,
        record.hash,
        record.base,
        seen.get((record.kind.value, key)),
    )
    reason = note = ""
    if outcome is not Outcome.UNCHANGED:
        # A tombstone has no content to check; what it deletes is here already.
        problem = (
            ""
            if record.deleted
            else semantic_problem(resolver, bundle, record, incoming, store.has)
        )
        reason = problem or _lock_reason(resolver, record, mine)
        if reason:
            outcome = Outcome.REFUSED
    item_diffs: tuple[FieldDiff, ...] = ()
    if outcome is not Outcome.UNCHANGED:
        item_diffs = diffs(mine, record.data, deleted=record.deleted)
    if outcome is Outcome.CONFLICT and record.deleted:
        note = QT_TRANSLATE_NOOP(
            "Bundle",
            "ลบแล้วในเครื่องที่ส่งมา แต่เครื่องนี้แก้ไขหลังจากนั้น — “ใช้ฉบับที่ส่งมา” จะลบรายการนี้ออกจากเครื่องนี้ด้วย",
        )
    elif outcome is Outcome.CONFLICT and mine is None:
        note = QT_TRANSLATE_NOOP(
            "Bundle",
            "ลบแล้วในเครื่องนี้ แต่เครื่องที่ส่งมาแก้ไขหลังจากนั้น — “ใช้ฉบับของเครื่องนี้” จะคงการลบไว้",
        )
        item_diffs = tuple(FieldDiff(d.name, d.label, DELETED_HERE, d.theirs) for d in item_diffs)
    return MergeItem(
        id=f"{record.kind.value}:{key}",
        kind=record.kind,
        key=key,
        outcome=outcome,
        # A tombstone names its record only: the title comes from the row it deletes.
        title=_title(BundleRecord(record.kind, ref, mine) if record.deleted and mine else mapped),
        record=mapped,
        mine=mine,
        reason=reason,
        diffs=item_diffs,
        note=note,
        author=_author_name(record, bundle.manifest),
    )


def _author_name(record: BundleRecord, manifest: Manifest) -> str:
    who = record.author or manifest.sent_by
    return who.name if who is not None else manifest.created_by
