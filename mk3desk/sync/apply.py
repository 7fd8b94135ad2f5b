"""Carrying out a merge plan inside the caller's transaction.

Every conflict needs a decision ("mine" keeps this database's version, "theirs"
takes the bundle's) before anything is written. Refused records are skipped.
Evidence files are copied into the store first, each checked against its SHA-256;
if the transaction then fails they stay as unreferenced files, which the
integrity check reports as harmless leftovers — the database itself is untouched.

A tombstone taken (REMOVED, or a deletion conflict decided "theirs") deletes the row;
evidence files no longer used by any record are then deleted by the caller once the
transaction is committed (Applied.released), as are the files of materials a received
knowledge session no longer lists (sync.mk3_apply).

After a record is settled (taken, kept, or found identical) sync_state remembers
the bundle's version as the one the other machine has — DELETED for a tombstone —
and the indicator it belongs to (scope): replaying the same bundle then finds
nothing to do, and our next bundle tells the other side it may take our version.
Transitions are history, named by their content, and need no entry; those that
follow a state conflict (WITH_THEIRS) are written only if "theirs" is chosen.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Literal

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
    YearAdjustment,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.file_names import safe_file_name
from mk3desk.sync.errors import file_size_mismatch
from mk3desk.sync.export import PDCA_FIELDS
from mk3desk.sync.format import Bundle, BundleError, extract_evidence
from mk3desk.sync.mk3_apply import Mk3Writer, Uids
from mk3desk.sync.plan import MergeItem, MergePlan, Outcome
from mk3desk.sync.resolve import Resolver
from mk3desk.sync.schema import (
    INDICATOR_DECIMAL_FIELDS,
    INDICATOR_ROWS,
    INDICATOR_TEXT_FIELDS,
    Author,
    BundleRecord,
    RecordKind,
    files_of,
)
from mk3desk.sync.sequence import remember

Decision = Literal["mine", "theirs"]


@dataclass(frozen=True)
class Applied:
    added: int = 0
    taken: int = 0
    kept_mine: int = 0
    took_theirs: int = 0
    refused: int = 0
    files: int = 0
    removed: int = 0
    released: frozenset[str] = frozenset()  # SHA-256 of evidence whose records were deleted


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


class Writer(Mk3Writer):
    def __init__(self, session: Session, resolver: Resolver, sender: Author | None = None) -> None:
        self.session = session
        self.resolver = resolver
        self.sender = sender  # the manifest's: who wrote the records naming nobody
        self.released: set[str] = set()  # files of materials dropped from a session
        self.uid_for = Uids(session)

    def _author_id(self, record: BundleRecord) -> int | None:
        """This database's id of the person who wrote *record* (sync.authors), if known."""
        who = record.author or self.sender
        person = self.resolver.person(who.uid) if who is not None else None
        return person.id if person is not None else None

    def _indicator(self, record: BundleRecord) -> YearIndicator:
        indicator = self.resolver.indicator(record.ref["indicator"], record.ref["code"])
        assert indicator is not None, "the plan refuses records without their indicator"
        return indicator

    def office(self, record: BundleRecord) -> None:
        office = self.resolver.office
        if office is None:
            office = Office(uid=self.uid_for(Office, record.ref["uid"]))
            self.session.add(office)
            self.resolver.office = office
            self.resolver.forget()
        for name in ("name", "short_name", "area", "address"):
            setattr(office, name, record.data[name])

    def group(self, record: BundleRecord) -> None:
        data = record.data
        group = self.resolver.group(record.ref["uid"], data["name"])
        if group is None:
            assert self.resolver.office is not None
            group = Group(uid=self.uid_for(Group, record.ref["uid"]))
            self.resolver.office.groups.append(group)
        group.name, group.sort_order = data["name"], data["sort_order"]

    def person(self, record: BundleRecord) -> None:
        data = record.data
        person = self.resolver.person(record.ref["uid"], data["name"])
        if person is None:
            assert self.resolver.office is not None
            person = Person(uid=self.uid_for(Person, record.ref["uid"]))
            self.resolver.office.people.append(person)
        person.name, person.position = data["name"], data["position"]
        person.roles, person.active = data["roles"], data["active"]
        person.group = self.resolver.group(data["group"]) if data["group"] else None

    def year(self, record: BundleRecord) -> None:
        data = record.data
        year = self.resolver.year()
        if year is None:
            assert self.resolver.office is not None
            year = FiscalYear(be_year=self.resolver.be_year)
            self.resolver.office.years.append(year)
        year.title, year.note = data["title"], data["note"]
        year.target = _dec(data["target"])
        year.decimals, year.rounding = data["decimals"], data["rounding"]
        year.outcome_min_score = Decimal(data["outcome_min_score"])
        year.template_source = data["template_source"]
        wanted = {c["number"]: c for c in data["categories"]}
        for category in list(year.categories):
            if category.number not in wanted and not category.indicators:
                year.categories.remove(category)
        have = {c.number: c for c in year.categories}
        for number, item in wanted.items():
            category = have.get(number) or YearCategory(number=number)
            category.title, category.weight = item["title"], Decimal(item["weight"])
            if number not in have:
                year.categories.append(category)
        year.bands = [
            YearBand(name=b["name"], min_score=Decimal(b["min_score"])) for b in data["bands"]
        ]
        year.adjustments = [
            YearAdjustment(
                label=a["label"],
                kind=a["kind"],
                weight=Decimal(a["weight"]),
                score=Decimal(a["score"]),
                note=a["note"],
                sort_order=a["sort_order"],
            )
            for a in data["adjustments"]
        ]
        self.session.flush()
        self.resolver.forget()

    def indicator(self, record: BundleRecord) -> None:
        data = record.data
        year = self.resolver.year()
        assert year is not None
        indicator = self.resolver.indicator(record.ref["uid"], record.ref["code"])
        created = indicator is None
        if indicator is None:
            indicator = YearIndicator(
                uid=self.uid_for(YearIndicator, record.ref["uid"]),
                code=record.ref["code"],
                state="not_started",
            )
            year.indicators.append(indicator)
        indicator.category = next(c for c in year.categories if c.number == data["category"])
        for name in INDICATOR_TEXT_FIELDS:
            setattr(indicator, name, data[name])
        for name in INDICATOR_DECIMAL_FIELDS:
            setattr(indicator, name, _dec(data[name]))
        self.session.flush()
        if created:
            self.resolver.add_indicator(indicator)

    def criterion(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        data = record.data
        criterion = self.resolver.criterion(indicator, record.ref["uid"], data["key"])
        if criterion is None:
            criterion = YearCriterion(uid=self.uid_for(YearCriterion, record.ref["uid"]))
            indicator.criteria.append(criterion)
        criterion.key, criterion.level = data["key"], data["level"]
        criterion.text, criterion.sort_order = data["text"], data["sort_order"]

    def assignment(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        data = record.data
        if indicator.assignment is None:
            indicator.assignment = Assignment()
        assignment = indicator.assignment
        assignment.owner = self.resolver.person(data["owner"]) if data["owner"] else None
        assignment.backup = self.resolver.person(data["backup"]) if data["backup"] else None
        deadline = data["deadline"]
        assignment.deadline = date.fromisoformat(deadline) if deadline else None

    def state(self, record: BundleRecord) -> None:
        self._indicator(record).state = record.data["state"]

    def pdca(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        if indicator.pdca is None:
            indicator.pdca = PdcaRecord()
        for name in PDCA_FIELDS:
            setattr(indicator.pdca, name, record.data[name])
        indicator.pdca.updated_by_id = self._author_id(record)

    def result(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        criterion = self.resolver.criterion(indicator, None, record.data["criterion"])
        assert criterion is not None
        if criterion.result is None:
            criterion.result = CriterionResult()
        criterion.result.met = record.data["met"]
        criterion.result.narrative = record.data["narrative"]
        criterion.result.updated_by_id = self._author_id(record)

    def outcome(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        data = record.data
        value = next((v for v in indicator.outcome_values if v.be_year == data["be_year"]), None)
        if value is None:
            value = OutcomeValue(be_year=data["be_year"], value=Decimal(data["value"]))
            indicator.outcome_values.append(value)
        value.value, value.note = Decimal(data["value"]), data["note"]

    def evidence(self, record: BundleRecord) -> None:
        indicator = self._indicator(record)
        data = record.data
        evidence = self.session.scalars(
            select(EvidenceFile).where(EvidenceFile.uid == record.ref["uid"])
        ).first()
        key = data["criterion"]
        # The criterion is looked up before a new row joins the session: the query would
        # flush a row with no hash yet (NOT NULL), and block the Key Man's whole bundle.
        criterion = self.resolver.criterion(indicator, None, key) if key else None
        if evidence is None:
            evidence = EvidenceFile(uid=record.ref["uid"], added_by_id=self._author_id(record))
            indicator.evidence.append(evidence)
        evidence.criterion = criterion
        # A name from another machine is a name, not a path (it names the copy "เปิดไฟล์" writes).
        evidence.sha256, evidence.file_name = data["sha256"], safe_file_name(data["file_name"])
        evidence.size, evidence.description = data["size"], data["description"]
        evidence.added_at = datetime.fromisoformat(data["added_at"])
        removed = data["removed_at"]
        evidence.removed_at = datetime.fromisoformat(removed) if removed else None

    def transition(self, record: BundleRecord) -> None:
        data = record.data
        # Held in a name: the session keeps clean rows only weakly, and appending to the
        # collection of an indicator already collected fails (ObjectDereferencedError).
        indicator = self._indicator(record)
        self.resolver.forget_moves(indicator)
        indicator.transitions.append(
            Transition(
                from_state=data["from_state"],
                to_state=data["to_state"],
                actor_id=self._author_id(record),
                actor_name=data["actor_name"],
                at=datetime.fromisoformat(data["at"]),
                comment=data["comment"],
            )
        )

    def delete(self, record: BundleRecord) -> str | None:
        """Carry out a tombstone; the SHA-256 of a deleted evidence record's file."""
        row = self.resolver.row(record)
        if row is None:  # pragma: no cover - the plan only deletes rows it found
            return None
        indicator = self._indicator(record)
        sha = None
        if record.kind is RecordKind.PDCA:
            indicator.pdca = None
        elif record.kind is RecordKind.RESULT:
            row.criterion.result = None
        elif record.kind is RecordKind.OUTCOME:
            indicator.outcome_values.remove(row)
        elif record.kind is RecordKind.EVIDENCE:
            sha = row.sha256
            indicator.evidence.remove(row)
        self.session.flush()
        return sha

    def write(self, record: BundleRecord) -> None:
        method: Callable[[BundleRecord], None] = getattr(self, record.kind.value)
        method(record)
        if record.kind not in INDICATOR_ROWS:
            # Later records name these rows by their database id (a committee's
            # members, a session's attendees): they get it now. An indicator's own rows
            # (most of a bundle) go together, at the next query or at the end.
            self.session.flush()


def _writes(item: MergeItem, decisions: Mapping[str, str]) -> bool:
    if item.outcome in (Outcome.ADDED, Outcome.TAKEN, Outcome.REMOVED):
        return True
    if item.outcome is Outcome.WITH_THEIRS:
        return decisions.get(item.follows) == "theirs"
    return item.outcome is Outcome.CONFLICT and decisions.get(item.id) == "theirs"


def check_decisions(plan: MergePlan, decisions: Mapping[str, str]) -> None:
    open_items = [i for i in plan.conflicts if decisions.get(i.id) not in ("mine", "theirs")]
    if open_items:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "ยังมีข้อมูลที่แก้ไขทั้งสองฝั่ง {count} รายการที่ยังไม่ได้เลือกว่าจะใช้ฉบับใด "
                "(เช่น {first}) — ยังไม่ได้รับข้อมูลใด ๆ",
            ),
            count=len(open_items),
            first=open_items[0].title,
        )


def store_files(store: EvidenceFiles, bundle: Bundle, shas: set[str]) -> int:
    """Copy the files the plan writes (evidence, materials) into the store (before the
    commit)."""
    written = 0
    for sha in sorted(shas):
        if store.status(sha) is FileStatus.OK:
            continue
        with tempfile.TemporaryDirectory(prefix="mk3-bundle-") as folder:
            temp = Path(folder) / sha
            extract_evidence(bundle, sha, temp)
            if store.put(temp).sha256 != sha:  # pragma: no cover - extract checked it
                raise BundleError(QT_TRANSLATE_NOOP("Bundle", "ไฟล์หลักฐานเสียหายระหว่างการคัดลอก"))
        written += 1
    return written


def check_sizes(store: EvidenceFiles, records: list[BundleRecord]) -> None:
    """Refuse a file (evidence, a material) whose declared size is not its file's: the
    record would make this machine's own, intact file look altered to every later check."""
    for record in records:
        for sha, name, size in files_of(record.kind, record.data):
            actual = store.size_of(sha) or 0  # store_files put it there
            if actual != size:
                raise file_size_mismatch(name, size, actual)


def apply_plan(
    session: Session,
    store: EvidenceFiles,
    bundle: Bundle,
    plan: MergePlan,
    resolver: Resolver,
    decisions: Mapping[str, str],
) -> Applied:
    check_decisions(plan, decisions)
    with_files = [
        i.record
        for i in plan.items
        if not i.record.deleted and files_of(i.kind, i.record.data) and _writes(i, decisions)
    ]
    shas = {sha for r in with_files for sha, _name, _size in files_of(r.kind, r.data)}
    files = store_files(store, bundle, shas)
    check_sizes(store, with_files)
    writer = Writer(session, resolver, plan.manifest.sent_by)
    seen = {(s.kind, s.key): s for s in session.scalars(select(SyncState))}
    counts = {outcome: 0 for outcome in Outcome}
    kept = took = 0
    released: set[str] = set()
    done: list[tuple[str, str]] = []  # records settled: the sender's sequence is remembered
    for item in plan.items:
        if item.outcome is Outcome.REFUSED:
            counts[item.outcome] += 1
            continue
        if _writes(item, decisions):
            counts[item.outcome] += 1
            if item.record.deleted:
                sha = writer.delete(item.record)
                released |= {sha} if sha else set()
            else:
                writer.write(item.record)
            took += item.outcome is Outcome.CONFLICT
        else:
            kept += item.outcome is Outcome.CONFLICT
        if item.kind is RecordKind.TRANSITION:
            continue
        # What the peer has now: this version. What we sent before is superseded.
        state = seen.get((item.kind.value, item.key))
        settled = (item.record.hash, None, item.record.ref.get("indicator"))
        if state is None:
            state = SyncState(kind=item.kind.value, key=item.key)
            session.add(state)
            seen[(item.kind.value, item.key)] = state
        if (state.hash, state.sent, state.scope) != settled:
            state.hash, state.sent, state.scope = settled
        done.append((item.kind.value, item.key))
    manifest = plan.manifest
    remember(session, seen, manifest.sender, manifest.sequence, done)
    session.flush()
    return Applied(
        added=counts[Outcome.ADDED] + counts[Outcome.WITH_THEIRS],
        taken=counts[Outcome.TAKEN],
        kept_mine=kept,
        took_theirs=took,
        refused=counts[Outcome.REFUSED],
        files=files,
        removed=counts[Outcome.REMOVED],
        released=frozenset(released | writer.released),
    )
