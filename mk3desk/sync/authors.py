"""Who wrote what a bundle carries, and whether the receiver lets them (issue #11).

Sending: each work record names the person who last wrote it on the sending side
(``authored``): the PDCA texts and criterion results by ``updated_by``, a state move by
its ``actor``, the state by the actor of the move that led to it, outcome values,
evidence and knowledge sessions by the last audit entry that wrote the row (evidence
falls back to ``added_by``). A record whose writer is not known there (written by the
set-up tasks, or a deletion) names nobody and is judged as the manifest's sender
(``sent_by``).

Receiving a **work** bundle (``Judge``): every record that would change something here
is judged by the same rights table the services apply (domain.rights), for its author
as *this* database knows them — their roles from this database's person row (found by
uid), their relation to the indicator decided exactly as the services decide it
(``mk3desk.db.reviewers.standing_on``: this database's assignment of the indicator, and
for "reviewer of it" this database's working committee of the year — the reviewer role
counts only in a year without one), the self-review setting of this office — and again
for the bundle's sender, who vouches for everything she sends. A changed state must come
with the move into it in the bundle's history (the services never change a state without
one). A record that fails any of this, whose author or sender is unknown here, or that
no work bundle may carry (the office, people, framework, assignments, committees, SWOT,
recognitions, certificates: only the coordinator's setup bundle brings those) is REFUSED
in the plan with a Thai reason naming the person and the rule (a reviewer's action by
someone off the year's working committee says so); it is listed in the review and never
written. A knowledge
session (of the year, not of an indicator) is judged by the KNOWLEDGE right of the
author and of the sender (their roles here; no relation to an indicator counts).

A record naming nobody, or a bundle naming no sender (written or exported by the set-up
tasks, or a bundle of format 3 or older), is taken only by a database without accounts:
there the set-up tasks hold every right anyway; a database with accounts refuses it.

Receiving a **setup** bundle (``check_setup_sender``): it is the coordinator's version
of the office and is judged as a whole by its sender. A database with accounts for the
office takes it only from a person who is a coordinator in this database; a database
without accounts (a new laptop's first start, a laptop worked without logins) takes it
from anyone, as before — it has nobody to check against.

Authorship is what the sending machine says: a bundle is not signed, so a hand-edited
bundle can name someone else. Judging the sender too means a forger must name, for the
sender as well as for each change, a person this database knows who may make it; the
check stops a Key Man sending her own verification or lock under her own name as sender
(however the history is forged), changes to another owner's work, moves the named person
may not make, and people this database does not know. A forger who also names someone
else as the sender, consistently, is not caught by the bundle: only signatures would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import (
    Account,
    AuditEntry,
    AuditRow,
    KnowledgeSession,
    Office,
    Person,
    YearIndicator,
)
from mk3desk.db.reviewers import self_review_allowed, standing_on, working_members
from mk3desk.domain.actor import parse_roles
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.rights import Action, Standing, move_action
from mk3desk.domain.workflow import Role, State
from mk3desk.sync import export as ex
from mk3desk.sync.errors import BundleError
from mk3desk.sync.plan import MergeItem, Outcome
from mk3desk.sync.resolve import Resolver
from mk3desk.sync.schema import (
    SETUP_KINDS,
    SETUP_ONLY_MK3_KINDS,
    Author,
    BundleKind,
    BundleRecord,
    Manifest,
    RecordKind,
    record_key,
)
from mk3desk.sync.texts import value_text

PDCA_ACTIONS = {
    "plan_text": Action.PLAN_TEXT,
    "do_log": Action.DO_TEXT,
    "check_notes": Action.CHECK_NOTES,
    "act_reflection": Action.ACT_TEXT,
    "act_improvements": Action.ACT_TEXT,
}
_CONTENT_ACTIONS = {
    RecordKind.RESULT: Action.CRITERIA,
    RecordKind.OUTCOME: Action.OUTCOME_VALUES,
    RecordKind.EVIDENCE: Action.EVIDENCE,
}
_JUDGED = frozenset(
    {Outcome.ADDED, Outcome.TAKEN, Outcome.REMOVED, Outcome.CONFLICT, Outcome.WITH_THEIRS}
)


# -- sending ---------------------------------------------------------------------------
def author(person: Person | None) -> Author | None:
    return None if person is None else Author(person.uid, person.name)


def _last_writers(session: Session, table: str, ids: Iterable[int]) -> dict[int, int | None]:
    """The person of the last audit entry that wrote each row (None: the set-up tasks)."""
    wanted = sorted(set(ids))
    found: dict[int, int | None] = {}
    for start in range(0, len(wanted), 900):
        rows = session.execute(
            select(AuditRow.row_id, AuditEntry.actor_id)
            .join(AuditEntry, AuditRow.entry_id == AuditEntry.id)
            .where(AuditRow.table_name == table, AuditRow.row_id.in_(wanted[start : start + 900]))
            .order_by(AuditRow.id)
        )
        for row_id, actor_id in rows:
            found[row_id] = actor_id
    return found


def _writers(
    indicator: YearIndicator, audited: dict[tuple[str, int], int | None]
) -> dict[tuple[str, str], int | None]:
    """(kind, key) of each work record of *indicator* → the id of the person who last
    wrote it; *audited*: (table, row id) → the last audit entry's person."""
    ref = ex.indicator_ref(indicator)
    out: dict[tuple[str, str], int | None] = {}

    def put(kind: RecordKind, data: dict[str, Any], person_id: int | None, **extra: Any) -> None:
        out[(kind.value, record_key(kind, {**ref, **extra}, data))] = person_id

    into_state = [t for t in indicator.transitions if t.to_state == indicator.state]
    put(RecordKind.STATE, {}, into_state[-1].actor_id if into_state else None)
    if indicator.pdca is not None:
        put(RecordKind.PDCA, {}, indicator.pdca.updated_by_id)
    for criterion in indicator.criteria:
        if criterion.result is not None:
            put(RecordKind.RESULT, {"criterion": criterion.key}, criterion.result.updated_by_id)
    for value in indicator.outcome_values:
        put(
            RecordKind.OUTCOME, {"be_year": value.be_year}, audited.get(("outcome_value", value.id))
        )
    for evidence in indicator.evidence:
        writer = audited.get(("evidence_file", evidence.id)) or evidence.added_by_id
        put(RecordKind.EVIDENCE, {}, writer, uid=evidence.uid)
    for move in indicator.transitions:
        put(RecordKind.TRANSITION, ex.transition_data(move), move.actor_id)
    return out


def _session_writers(
    session: Session, records: Iterable[BundleRecord]
) -> dict[tuple[str, str], int | None]:
    """(kind, uid) of each knowledge session among *records* → the person of the last
    audit entry that wrote it (an edit of its lists touches the session too)."""
    uids = [r.ref["uid"] for r in records if r.kind is RecordKind.KNOWLEDGE]
    if not uids:
        return {}
    query = select(KnowledgeSession.id, KnowledgeSession.uid).where(KnowledgeSession.uid.in_(uids))
    ids: dict[int, str] = {row_id: uid for row_id, uid in session.execute(query)}
    kind = RecordKind.KNOWLEDGE.value
    return {
        (kind, ids[row]): who
        for row, who in _last_writers(session, "knowledge_session", ids).items()
    }


def authored(
    session: Session, indicators: Iterable[YearIndicator], records: list[BundleRecord]
) -> list[BundleRecord]:
    """*records* with the author of each work record of *indicators* named."""
    chosen = list(indicators)
    audited: dict[tuple[str, int], int | None] = {}
    for table, ids in (
        ("outcome_value", [v.id for i in chosen for v in i.outcome_values]),
        ("evidence_file", [e.id for i in chosen for e in i.evidence]),
    ):
        for row_id, person_id in _last_writers(session, table, ids).items():
            audited[(table, row_id)] = person_id
    writers: dict[tuple[str, str], int | None] = {}
    for indicator in chosen:
        writers.update(_writers(indicator, audited))
    writers.update(_session_writers(session, records))
    people: dict[int, Author | None] = {}
    out = []
    for record in records:
        key = record_key(record.kind, record.ref, record.data)
        person_id = writers.get((record.kind.value, key))
        if person_id is None or record.deleted:
            out.append(record)
            continue
        if person_id not in people:
            people[person_id] = author(session.get(Person, person_id))
        out.append(replace(record, author=people[person_id]))
    return out


# -- receiving ---------------------------------------------------------------------------
def has_accounts(session: Session, office: Office | None) -> bool:
    if office is None or office.id is None:
        return False
    found = session.scalar(select(Account.id).where(Account.office_id == office.id).limit(1))
    return found is not None


def _who(author: Author) -> str:
    return author.name or author.uid


def check_setup_sender(session: Session, resolver: Resolver, manifest: Manifest) -> None:
    """Refuse (the whole bundle) a setup bundle not sent by a coordinator of this database,
    when this database has accounts for the office (module docstring)."""
    if manifest.kind is not BundleKind.SETUP or not has_accounts(session, resolver.office):
        return
    sender = manifest.sent_by
    person = resolver.person(sender.uid) if sender is not None else None
    if person is not None and Role.COORDINATOR in parse_roles(person.roles):
        return
    raise BundleError(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์ตั้งค่านี้ส่งโดย “{who}” ซึ่งไม่ใช่ผู้ประสานในฐานข้อมูลนี้ — ฐานข้อมูลที่มีบัญชีผู้ใช้รับไฟล์ตั้งค่า"
            "ได้จากผู้ประสานเท่านั้น ไม่ได้รับข้อมูลใด ๆ",
        ),
        who=_who(sender)
        if sender is not None
        else QT_TRANSLATE_NOOP("Bundle", "(ไม่ระบุผู้ส่ง — ส่งออกโดยไม่ได้เข้าสู่ระบบ หรือจากโปรแกรมรุ่นเก่า)"),
    )


@dataclass
class Judge:
    """The rights table applied to the authors of a work bundle's changes (module docstring)."""

    session: Session
    resolver: Resolver
    manifest: Manifest
    records: Iterable[BundleRecord] = ()

    def __post_init__(self) -> None:
        office = self.resolver.office
        self.accounts = has_accounts(self.session, office)
        self.self_review = (
            office is not None
            and office.id is not None
            and self_review_allowed(self.session, office.id)
        )
        # year id → the people on its working committee here (None: it has none).
        self.committees: dict[int, frozenset[int] | None] = {}
        # (indicator id here, state): the moves into a state the bundle's history holds.
        self.moves: set[tuple[int, str]] = set()
        for record in self.records:
            if record.kind is RecordKind.TRANSITION:
                found = self.resolver.indicator(record.ref["indicator"], record.ref["code"])
                if found is not None:
                    self.moves.add((found.id, record.data["to_state"]))

    def reason(self, item: MergeItem, record: BundleRecord) -> str:
        """Why *item* (the plan's, for the bundle's *record*) is refused here; "" if not.

        Judged twice: for the record's author, and for the bundle's sender, who vouches
        for everything she sends (a bundle is not signed; see the module docstring)."""
        if self.manifest.kind is not BundleKind.WORK or item.outcome not in _JUDGED:
            return ""
        if record.kind in SETUP_KINDS:
            return QT_TRANSLATE_NOOP(
                "Bundle",
                "ไฟล์งานของตัวชี้วัดเปลี่ยนข้อมูลสำนักงาน บุคลากร กรอบการประเมิน หรือผู้รับผิดชอบไม่ได้ "
                "— ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน",
            )
        if record.kind in SETUP_ONLY_MK3_KINDS:
            return QT_TRANSLATE_NOOP(
                "Bundle",
                "ไฟล์งานเปลี่ยนคณะกรรมการ การวิเคราะห์ SWOT การยกย่อง หรือเกียรติบัตรไม่ได้ "
                "— ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน",
            )
        indicator = None
        if record.kind is not RecordKind.KNOWLEDGE:  # a session is of the year, not of one
            indicator = self.resolver.indicator(record.ref["indicator"], record.ref["code"])
            if indicator is None:
                return ""  # the plan refuses work of an indicator not here
        if (
            indicator is not None
            and record.kind is RecordKind.STATE
            and (indicator.id, record.data["state"]) not in self.moves
        ):
            return QT_TRANSLATE_NOOP(
                "Bundle",
                "ไฟล์ไม่มีประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะ “{state}” — สถานะเปลี่ยนได้ด้วยการเปลี่ยนสถานะ"
                "ที่บันทึกผู้ทำไว้เท่านั้น",
            ).format(state=value_text("state", record.data["state"]))
        sender = self.manifest.sent_by
        author = record.author or sender
        if author is None or (sender is None and self.accounts):
            if not self.accounts:
                return ""
            return QT_TRANSLATE_NOOP(
                "Bundle",
                "ไม่ระบุผู้แก้ไขหรือผู้ส่ง (ไฟล์จากโปรแกรมรุ่นเก่า หรือส่งออกโดยไม่ได้เข้าสู่ระบบ) "
                "— ฐานข้อมูลที่มีบัญชีผู้ใช้รับเฉพาะรายการที่ระบุผู้แก้ไขและผู้ส่งซึ่งมีสิทธิ์",
            )
        actions = (
            [Action.KNOWLEDGE] if indicator is None else _actions(record, item.mine, indicator)
        )
        why = self._refusal(author, indicator, actions, sender=False)
        if not why and sender is not None and sender.uid != author.uid:
            why = self._refusal(sender, indicator, actions, sender=True)
        return why

    def _refusal(
        self, who: Author, indicator: YearIndicator | None, actions: list[Action], *, sender: bool
    ) -> str:
        person = self.resolver.person(who.uid)
        if person is None:
            unknown = (
                QT_TRANSLATE_NOOP(
                    "Bundle", "ผู้ส่งไฟล์ “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก"
                )
                if sender
                else QT_TRANSLATE_NOOP(
                    "Bundle", "ผู้แก้ไข “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก"
                )
            )
            return unknown.format(who=_who(who))
        where = self._standing(person, indicator)
        for action in actions:
            error = where.refusal(action, self_review_allowed=self.self_review)
            if error is None:
                continue
            template = (
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "ผู้ส่งไฟล์คือ “{who}” — {rule} (ผู้ส่งต้องมีสิทธิ์ในทุกรายการที่ส่ง ตามสิทธิ์ในฐานข้อมูลนี้)",
                )
                if sender
                else QT_TRANSLATE_NOOP("Bundle", "ผู้แก้ไขคือ “{who}” — {rule} (ตามสิทธิ์ในฐานข้อมูลนี้)")
            )
            return template.format(who=person.name, rule=error.message)
        return ""

    def _standing(self, person: Person, indicator: YearIndicator | None) -> Standing:
        """How *person* stands to *indicator* here, decided as the services decide it
        (db.reviewers: this database's assignment and the year's working committee)."""
        committee = None
        if indicator is not None:
            if indicator.year_id not in self.committees:
                self.committees[indicator.year_id] = working_members(
                    self.session, indicator.year_id
                )
            committee = self.committees[indicator.year_id]
        return standing_on(person.id, parse_roles(person.roles), indicator, committee)


def _actions(
    record: BundleRecord, mine: dict[str, Any] | None, indicator: YearIndicator
) -> list[Action]:
    """The guarded actions writing *record* over *mine* (this side's version) amounts to."""
    kind, data = record.kind, record.data
    if kind is RecordKind.PDCA:
        if record.deleted:
            names = [name for name, value in (mine or {}).items() if value]
        else:
            names = [n for n, v in data.items() if (mine or {}).get(n, "") != v]
        return list(dict.fromkeys(PDCA_ACTIONS[name] for name in names if name in PDCA_ACTIONS))
    if kind in _CONTENT_ACTIONS:
        return [_CONTENT_ACTIONS[kind]]
    if kind is RecordKind.STATE:
        source = (mine or {}).get("state", indicator.state)
        return [_move(source, data["state"])]
    if kind is RecordKind.TRANSITION:
        return [_move(data["from_state"], data["to_state"])]
    return []


def _move(source: str, target: str) -> Action:
    known = State._value2member_map_
    if source not in known or target not in known:
        return Action.START  # the plan refuses unknown states before this
    return move_action(State(source), State(target))
