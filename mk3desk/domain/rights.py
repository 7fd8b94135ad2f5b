"""Who may do what: one table of every guarded action × role × relation to the indicator.

The guarded actions are every write, plus restoring a backup and reading the whole
history (it names everyone's changes).

Services ask this table before they write (``mk3desk.services.rights.require``); the
window only mirrors it (buttons a person may not use are disabled). The README prints
the table (``python3 -m mk3desk.domain.rights`` writes it as Markdown).

The rules, as the table states them:

* A rule names the *roles* that may take the action whatever their relation to the
  indicator, and the *relations* (owner, backup, reviewer of this indicator) that may
  take it whatever their role.
* A person who holds no role but viewer (or no role at all) only reads: refused always.
* Separation of duties: an action marked *separate* (check notes, return, verify, lock)
  is refused to the indicator's owner and backup, unless the office allows self-review
  (a per-office setting for small offices): then they are judged as the reviewer they
  would otherwise be, and the move's history says so.
* Reviewer "of this indicator" means a member of the year's working committee who
  neither owns nor backs up the indicator. A year with no committee yet falls back to
  the reviewer role: then every holder of it reviews every indicator they neither own
  nor back up.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError
from mk3desk.domain.workflow import Role, State


class Relation(StrEnum):
    """How the acting person stands to the indicator the action touches."""

    OWNER = "owner"
    BACKUP = "backup"
    REVIEWER = "reviewer"  # reviews this indicator (on the year's working committee)
    NONE = "none"  # no relation, or the action touches no indicator


class Action(StrEnum):
    # The office
    OFFICE_SETTINGS = "office.settings"  # profile, settings and signatories
    PEOPLE = "people.edit"
    COMMITTEES = "committee.edit"  # committees of the year, their members and orders
    RECOGNITION = "recognition.edit"  # praise, awards and certificates (K – Kindness)
    KNOWLEDGE = "knowledge.edit"  # knowledge sessions: attendance, lessons, materials
    SWOT = "swot.edit"  # the year's SWOT analysis (the Plan phase's starting point)
    ACCOUNTS = "accounts.manage"
    FRAMEWORK = "framework.setup"  # a new office, a new year, its framework
    ASSIGN = "indicator.assign"
    OFFICIAL_RESULTS = "official.record"
    BEST_PRACTICE = "best_practice.save"
    EMPTY_RECYCLE = "evidence.empty_recycle"
    BACKUP = "office.backup"
    RESTORE = "office.restore"  # put a backup in place of the database
    HISTORY = "audit.history"  # read and export the whole audit trail (it names everyone)
    # An indicator's content
    PLAN_TEXT = "pdca.plan"
    DO_TEXT = "pdca.do"
    CRITERIA = "pdca.criteria"
    OUTCOME_VALUES = "pdca.outcome"
    EVIDENCE = "pdca.evidence"
    ACT_TEXT = "pdca.act"
    CHECK_NOTES = "pdca.check_notes"
    # An indicator's moves
    START = "move.start"  # not started → planning → in progress, returned → in progress
    SUBMIT = "move.submit"
    RETURN = "move.return"
    VERIFY = "move.verify"
    LOCK = "move.lock"
    REOPEN = "move.reopen"
    REFLECT = "move.reflect"
    # Excel imports, one per kind
    IMPORT_PEOPLE = "import.people"
    IMPORT_ASSIGNMENTS = "import.assignments"
    IMPORT_FRAMEWORK = "import.framework"
    IMPORT_OFFICIAL = "import.official"
    IMPORT_OUTCOMES = "import.outcomes"
    # Bundles
    SEND_WORK = "bundle.send_work"
    SEND_SETUP = "bundle.send_setup"
    RECEIVE_BUNDLE = "bundle.receive"


@dataclass(frozen=True)
class Rule:
    title: str
    roles: frozenset[Role] = frozenset()
    relations: frozenset[Relation] = frozenset()
    separate: bool = False  # separation of duties: not by the owner or backup


_C = frozenset({Role.COORDINATOR})
_WORKERS = frozenset({Relation.OWNER, Relation.BACKUP})
_REVIEWING = frozenset({Relation.REVIEWER})

RULES: dict[Action, Rule] = {
    Action.OFFICE_SETTINGS: Rule(
        QT_TRANSLATE_NOOP("Rights", "แก้ไขข้อมูลสำนักงาน การตั้งค่า และผู้ลงนาม"), _C
    ),
    Action.PEOPLE: Rule(QT_TRANSLATE_NOOP("Rights", "แก้ไขบุคลากรและกลุ่มงาน"), _C),
    Action.COMMITTEES: Rule(QT_TRANSLATE_NOOP("Rights", "แต่งตั้งคณะกรรมการและแก้ไขคำสั่ง"), _C),
    # Praise comes from the executives as much as from the coordinator, who keeps the register.
    Action.RECOGNITION: Rule(
        QT_TRANSLATE_NOOP("Rights", "ยกย่องชมเชยและออกเกียรติบัตร"), _C | {Role.EXECUTIVE}
    ),
    # Sessions are held by the coordinator, the executives and the committee (reviewers);
    # a Key Man who is none of these asks one of them to record it.
    Action.KNOWLEDGE: Rule(
        QT_TRANSLATE_NOOP("Rights", "บันทึกการประชุม อบรม และถอดบทเรียน"),
        _C | {Role.EXECUTIVE, Role.REVIEWER},
    ),
    Action.SWOT: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกการวิเคราะห์ SWOT ของปีงบประมาณ"), _C),
    Action.ACCOUNTS: Rule(QT_TRANSLATE_NOOP("Rights", "จัดการบัญชีผู้ใช้"), _C),
    Action.FRAMEWORK: Rule(QT_TRANSLATE_NOOP("Rights", "ตั้งสำนักงาน ปีงบประมาณ และกรอบตัวชี้วัด"), _C),
    Action.ASSIGN: Rule(QT_TRANSLATE_NOOP("Rights", "มอบหมายผู้รับผิดชอบตัวชี้วัด"), _C),
    Action.OFFICIAL_RESULTS: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกผลคะแนนทางการ"), _C),
    Action.BEST_PRACTICE: Rule(QT_TRANSLATE_NOOP("Rights", "แก้ไขแบบรายงาน Best Practice"), _C),
    Action.EMPTY_RECYCLE: Rule(QT_TRANSLATE_NOOP("Rights", "ล้างถังหลักฐานที่ลบ"), _C),
    Action.BACKUP: Rule(QT_TRANSLATE_NOOP("Rights", "สำรองข้อมูล"), _C | {Role.EXECUTIVE}),
    Action.RESTORE: Rule(QT_TRANSLATE_NOOP("Rights", "กู้คืนข้อมูลจากข้อมูลสำรอง"), _C),
    Action.HISTORY: Rule(
        QT_TRANSLATE_NOOP("Rights", "ดูและส่งออกประวัติการแก้ไขทั้งหมด"), _C | {Role.EXECUTIVE}
    ),
    Action.PLAN_TEXT: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกการวางแผน (Plan)"), relations=_WORKERS),
    Action.DO_TEXT: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกการดำเนินงาน (Do)"), relations=_WORKERS),
    Action.CRITERIA: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกผลตามเกณฑ์"), relations=_WORKERS),
    Action.OUTCOME_VALUES: Rule(
        QT_TRANSLATE_NOOP("Rights", "บันทึกค่าผลการดำเนินงาน"), relations=_WORKERS
    ),
    Action.EVIDENCE: Rule(QT_TRANSLATE_NOOP("Rights", "เพิ่มหรือลบไฟล์หลักฐาน"), relations=_WORKERS),
    Action.ACT_TEXT: Rule(QT_TRANSLATE_NOOP("Rights", "บันทึกการปรับปรุง (Act)"), relations=_WORKERS),
    Action.CHECK_NOTES: Rule(
        QT_TRANSLATE_NOOP("Rights", "บันทึกของคณะกรรมการ (Check)"),
        relations=_REVIEWING,
        separate=True,
    ),
    # The coordinator may start an indicator nobody owns yet (assigning is part of Plan).
    Action.START: Rule(QT_TRANSLATE_NOOP("Rights", "เริ่มวางแผนหรือดำเนินงาน"), _C, _WORKERS),
    Action.SUBMIT: Rule(QT_TRANSLATE_NOOP("Rights", "ส่งตรวจสอบ"), relations=_WORKERS),
    Action.RETURN: Rule(QT_TRANSLATE_NOOP("Rights", "ส่งกลับให้แก้ไข"), _C, _REVIEWING, separate=True),
    Action.VERIFY: Rule(
        QT_TRANSLATE_NOOP("Rights", "รับรองผลการตรวจสอบ"),
        _C | {Role.EXECUTIVE},
        _REVIEWING,
        separate=True,
    ),
    Action.LOCK: Rule(QT_TRANSLATE_NOOP("Rights", "ปิดระบบตัวชี้วัด"), _C, separate=True),
    Action.REOPEN: Rule(QT_TRANSLATE_NOOP("Rights", "เปิดระบบอีกครั้ง"), _C),
    Action.REFLECT: Rule(QT_TRANSLATE_NOOP("Rights", "สะท้อนผล"), relations=_WORKERS),
    Action.IMPORT_PEOPLE: Rule(QT_TRANSLATE_NOOP("Rights", "นำเข้าบุคลากรจาก Excel"), _C),
    Action.IMPORT_ASSIGNMENTS: Rule(QT_TRANSLATE_NOOP("Rights", "นำเข้าการมอบหมายจาก Excel"), _C),
    Action.IMPORT_FRAMEWORK: Rule(QT_TRANSLATE_NOOP("Rights", "นำเข้ากรอบตัวชี้วัดจาก Excel"), _C),
    Action.IMPORT_OFFICIAL: Rule(QT_TRANSLATE_NOOP("Rights", "นำเข้าผลคะแนนทางการจาก Excel"), _C),
    Action.IMPORT_OUTCOMES: Rule(QT_TRANSLATE_NOOP("Rights", "นำเข้าค่าผลการดำเนินงานจาก Excel"), _C),
    Action.SEND_WORK: Rule(QT_TRANSLATE_NOOP("Rights", "ส่งออกชุดงานตัวชี้วัด"), _C | {Role.STAFF}),
    Action.SEND_SETUP: Rule(QT_TRANSLATE_NOOP("Rights", "ส่งออกชุดตั้งค่าสำนักงาน"), _C),
    Action.RECEIVE_BUNDLE: Rule(QT_TRANSLATE_NOOP("Rights", "รับชุดข้อมูลเข้าฐานข้อมูล"), _C),
}

_FORWARD = {State.PLANNING, State.IN_PROGRESS}


def move_action(source: State, target: State) -> Action:
    """The action a PDCA move is, for the rights table (the workflow says if it exists)."""
    if target in _FORWARD:
        return Action.REOPEN if source in (State.LOCKED, State.REFLECTED) else Action.START
    return {
        State.SUBMITTED: Action.SUBMIT,
        State.RETURNED: Action.RETURN,
        State.VERIFIED: Action.VERIFY,
        State.LOCKED: Action.LOCK,
        State.REFLECTED: Action.REFLECT,
    }.get(target, Action.START)


def relation_of(
    person_id: int | None,
    roles: frozenset[Role],
    owner_id: int | None,
    backup_id: int | None,
    committee: frozenset[int] | None = None,
) -> Relation:
    """How a person stands to an indicator owned by *owner_id* and backed up by *backup_id*.

    *committee* holds the people of the year's working committee: a member of it reviews
    every indicator they neither own nor back up. ``None`` (the year has no committee)
    falls back to the reviewer role."""
    if person_id is not None and person_id == owner_id:
        return Relation.OWNER
    if person_id is not None and person_id == backup_id:
        return Relation.BACKUP
    if committee is None:
        return Relation.REVIEWER if Role.REVIEWER in roles else Relation.NONE
    return Relation.REVIEWER if person_id in committee else Relation.NONE


@dataclass(frozen=True)
class Standing:
    """How a person stands to an indicator: all the table needs to judge them there.

    *committee*: the people of the indicator's year's working committee (None: the year
    has none, the reviewer role stands in). Made by :func:`standing`; the services and the
    receiving side of bundles read the committee from the database
    (``mk3desk.db.reviewers``) and judge with :meth:`refusal`, so both decide alike."""

    person_id: int | None
    roles: frozenset[Role]
    relation: Relation
    committee: frozenset[int] | None = None

    @property
    def on_committee(self) -> bool | None:
        """Whether the person sits on the year's working committee (None: it has none)."""
        return None if self.committee is None else self.person_id in self.committee

    def refusal(
        self, action: Action, *, self_review_allowed: bool = False
    ) -> PermissionDeniedError | None:
        """Why the person may not take *action* on the indicator, or None.

        *self_review_allowed*: the office's setting (it counts only where it matters)."""
        return refusal(
            action,
            self.roles,
            self.relation,
            self_review_allowed=self_review_allowed and self_reviewed(action, self.relation),
            on_committee=self.on_committee,
        )


def standing(
    person_id: int | None,
    roles: frozenset[Role],
    owner_id: int | None,
    backup_id: int | None,
    committee: frozenset[int] | None = None,
) -> Standing:
    """The person's :class:`Standing` to an indicator owned by *owner_id*, backed up by
    *backup_id*, of a year whose working committee is *committee* (None: it has none)."""
    relation = relation_of(person_id, roles, owner_id, backup_id, committee)
    return Standing(person_id, roles, relation, committee)


def only_reads(roles: frozenset[Role]) -> bool:
    """A viewer (or a person with no role): reads only."""
    return not (roles - {Role.VIEWER})


def refusal(
    action: Action,
    roles: frozenset[Role],
    relation: Relation,
    *,
    self_review_allowed: bool = False,
    on_committee: bool | None = None,
) -> PermissionDeniedError | None:
    """Why *roles* with *relation* to the indicator may not take *action*, or None.

    *on_committee* says whether the person sits on the year's working committee (None:
    the year has none, the reviewer role stands in): an owner allowed to review their
    own work is judged as the reviewer they would otherwise be."""
    rule = RULES[action]
    if only_reads(roles):
        return PermissionDeniedError(
            QT_TRANSLATE_NOOP("Rights", "ผู้ใช้นี้ดูข้อมูลได้อย่างเดียว จึง{action}ไม่ได้"),
            action=rule.title,
        )
    if rule.separate and relation in _WORKERS and self_review_allowed:
        # Allowed to review one's own work: as the reviewer one would otherwise be.
        reviews = Role.REVIEWER in roles if on_committee is None else on_committee
        relation = Relation.REVIEWER if reviews else Relation.NONE
    elif rule.separate and relation in _WORKERS:
        return PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Rights",
                "{action}ตัวชี้วัดที่ตนเองรับผิดชอบหรือเป็นผู้รับผิดชอบร่วมไม่ได้ (แบ่งแยกหน้าที่) "
                "— ให้ผู้อื่นทำ หรือให้ผู้ประสานอนุญาตในการตั้งค่าสำหรับสำนักงานขนาดเล็ก",
            ),
            action=rule.title,
        )
    if roles & rule.roles or relation in rule.relations:
        return None
    if on_committee is False and Relation.REVIEWER in rule.relations:
        # The year's working committee reviews: the reviewer role alone does not.
        return PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Rights",
                "ผู้ใช้นี้ไม่มีสิทธิ์{action} — ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้ "
                "(ผู้ตรวจสอบตัวชี้วัดคือกรรมการในคณะนี้ บทบาท “กรรมการตรวจสอบ” อย่างเดียวไม่พอ)",
            ),
            action=rule.title,
        )
    return PermissionDeniedError(
        QT_TRANSLATE_NOOP("Rights", "ผู้ใช้นี้ไม่มีสิทธิ์{action}"), action=rule.title
    )


def allowed(
    action: Action,
    roles: frozenset[Role],
    relation: Relation,
    *,
    self_review_allowed: bool = False,
    on_committee: bool | None = None,
) -> bool:
    return (
        refusal(
            action,
            roles,
            relation,
            self_review_allowed=self_review_allowed,
            on_committee=on_committee,
        )
        is None
    )


def self_reviewed(action: Action, relation: Relation) -> bool:
    """True when *action* is allowed only because the office allows self-review."""
    return RULES[action].separate and relation in _WORKERS


def markdown_table() -> str:
    """The table as Markdown, for the README."""
    roles = (Role.COORDINATOR, Role.EXECUTIVE, Role.REVIEWER, Role.STAFF, Role.VIEWER)
    head = "| action | " + " | ".join(r.value for r in roles) + " | owner/backup | reviewer of it |"
    lines = [head, "|" + "---|" * (len(roles) + 3)]
    for action, rule in RULES.items():
        cells = ["✓" if role in rule.roles else "" for role in roles]
        workers = "✓" if rule.relations & _WORKERS else ("✗ (separate)" if rule.separate else "")
        reviewer = "✓" if Relation.REVIEWER in rule.relations else ""
        lines.append(
            f"| `{action.value}` {rule.title} | "
            + " | ".join(cells)
            + f" | {workers} | {reviewer} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(markdown_table())
