"""The PDCA states an indicator goes through, and which moves are allowed.

docs/DOMAIN.md: not started → planning → in progress (Do) → submitted (Check) →
returned with comments (back to Do) → verified → locked (ปิดระบบ) → reflected
(Act). Only the coordinator locks and reopens; a return and a reopen need a
comment. Services record every move; this module only says what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError, WorkflowError


class State(StrEnum):
    NOT_STARTED = "not_started"
    PLANNING = "planning"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    VERIFIED = "verified"
    LOCKED = "locked"
    REFLECTED = "reflected"


STATE_ORDER: tuple[State, ...] = tuple(State)

STATE_TITLES: dict[State, str] = {
    State.NOT_STARTED: QT_TRANSLATE_NOOP("State", "ยังไม่เริ่ม"),
    State.PLANNING: QT_TRANSLATE_NOOP("State", "วางแผน"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("State", "กำลังดำเนินการ"),
    State.SUBMITTED: QT_TRANSLATE_NOOP("State", "ส่งตรวจสอบ"),
    State.RETURNED: QT_TRANSLATE_NOOP("State", "ส่งกลับให้แก้ไข"),
    State.VERIFIED: QT_TRANSLATE_NOOP("State", "ตรวจสอบแล้ว"),
    State.LOCKED: QT_TRANSLATE_NOOP("State", "ปิดระบบแล้ว"),
    State.REFLECTED: QT_TRANSLATE_NOOP("State", "สะท้อนผลแล้ว"),
}


class Phase(StrEnum):
    """The four PDCA steps the screen shows; each state belongs to one."""

    PLAN = "plan"
    DO = "do"
    CHECK = "check"
    ACT = "act"


PHASE_OF: dict[State, Phase] = {
    State.NOT_STARTED: Phase.PLAN,
    State.PLANNING: Phase.PLAN,
    State.IN_PROGRESS: Phase.DO,
    State.RETURNED: Phase.DO,
    State.SUBMITTED: Phase.CHECK,
    State.VERIFIED: Phase.CHECK,
    State.LOCKED: Phase.ACT,
    State.REFLECTED: Phase.ACT,
}


class Role(StrEnum):
    STAFF = "staff"  # a Key Man: owns indicators
    REVIEWER = "reviewer"  # committee member
    COORDINATOR = "coordinator"  # sets up the year, locks and reopens
    EXECUTIVE = "executive"  # director, deputies, group heads: read and sign
    VIEWER = "viewer"  # reads only


@dataclass(frozen=True)
class Move:
    source: State
    target: State
    roles: frozenset[Role] | None = None  # None: anyone working on the indicator
    needs_comment: bool = False


_REVIEW = frozenset({Role.REVIEWER, Role.COORDINATOR})
_COORD = frozenset({Role.COORDINATOR})

MOVES: tuple[Move, ...] = (
    Move(State.NOT_STARTED, State.PLANNING),
    Move(State.PLANNING, State.IN_PROGRESS),
    Move(State.IN_PROGRESS, State.SUBMITTED),
    Move(State.RETURNED, State.IN_PROGRESS),
    Move(State.RETURNED, State.SUBMITTED),
    Move(State.SUBMITTED, State.RETURNED, _REVIEW, needs_comment=True),
    Move(State.SUBMITTED, State.VERIFIED, _REVIEW),
    Move(State.VERIFIED, State.RETURNED, _REVIEW, needs_comment=True),
    Move(State.VERIFIED, State.LOCKED, _COORD),
    Move(State.LOCKED, State.REFLECTED),
    # Reopening (เปิดระบบอีกครั้ง) is the coordinator's, always with a reason.
    Move(State.LOCKED, State.IN_PROGRESS, _COORD, needs_comment=True),
    Move(State.REFLECTED, State.IN_PROGRESS, _COORD, needs_comment=True),
)

# States in which the indicator's content (texts, criteria, values, evidence) is frozen.
LOCKED_STATES = frozenset({State.LOCKED, State.REFLECTED})
# In a submitted or verified indicator only reviewers write (their notes); the owner waits.
REVIEW_STATES = frozenset({State.SUBMITTED, State.VERIFIED})


def allowed_moves(source: State) -> list[Move]:
    return [m for m in MOVES if m.source is source]


def find_move(source: State, target: State) -> Move:
    for move in MOVES:
        if move.source is source and move.target is target:
            return move
    raise WorkflowError(
        QT_TRANSLATE_NOOP("Workflow", "เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA"),
        source=STATE_TITLES[source],
        target=STATE_TITLES[target],
    )


def check_move(source: State, target: State, roles: frozenset[Role] | None, comment: str) -> Move:
    """Return the move if *roles* may make it with *comment*, else raise.

    *roles* None: who may move is not asked here (the services ask the rights table,
    ``mk3desk.domain.rights``, which knows the person's relation to the indicator)."""
    move = find_move(source, target)
    if roles is not None and move.roles is not None and not (move.roles & roles):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("Workflow", "ผู้ใช้นี้ไม่มีสิทธิ์เปลี่ยนสถานะเป็น “{target}”"),
            target=STATE_TITLES[target],
        )
    if move.needs_comment and not comment.strip():
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Workflow", "การเปลี่ยนสถานะเป็น “{target}” ต้องระบุเหตุผลหรือข้อเสนอแนะ"),
            target=STATE_TITLES[target],
        )
    return move


def is_locked(state: State) -> bool:
    return state in LOCKED_STATES


class Section(StrEnum):
    """The parts of an indicator's record, each editable only in some states."""

    PLAN = "plan"  # owner, backup, deadline, planned activities
    DO = "do"  # activity log, criteria, narratives, outcome values, evidence
    CHECK = "check"  # the committee's notes
    ACT = "act"  # reflection and improvements


_WORKING = frozenset({State.NOT_STARTED, State.PLANNING, State.IN_PROGRESS, State.RETURNED})

EDITABLE_IN: dict[Section, frozenset[State]] = {
    Section.PLAN: _WORKING,
    Section.DO: _WORKING,
    Section.CHECK: frozenset({State.SUBMITTED, State.VERIFIED}),
    Section.ACT: frozenset({State.LOCKED, State.REFLECTED}),
}

SECTION_TITLES: dict[Section, str] = {
    Section.PLAN: QT_TRANSLATE_NOOP("Section", "การวางแผน (Plan)"),
    Section.DO: QT_TRANSLATE_NOOP("Section", "การดำเนินงาน (Do)"),
    Section.CHECK: QT_TRANSLATE_NOOP("Section", "การตรวจสอบ (Check)"),
    Section.ACT: QT_TRANSLATE_NOOP("Section", "การปรับปรุง (Act)"),
}


def check_editable(section: Section, state: State, code: str) -> None:
    """Raise a WorkflowError telling why *section* of indicator *code* cannot be edited now."""
    if state in EDITABLE_IN[section]:
        return
    if state in LOCKED_STATES:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Workflow",
                "ตัวชี้วัด {code} ปิดระบบแล้ว แก้ไข{section}ไม่ได้ — ต้องให้ผู้ประสานเปิดระบบอีกครั้งก่อน",
            ),
            code=code,
            section=SECTION_TITLES[section],
        )
    if state in REVIEW_STATES:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Workflow",
                "ตัวชี้วัด {code} อยู่ระหว่างการตรวจสอบของคณะกรรมการ แก้ไข{section}ไม่ได้จนกว่าจะถูกส่งกลับ",
            ),
            code=code,
            section=SECTION_TITLES[section],
        )
    raise WorkflowError(
        QT_TRANSLATE_NOOP("Workflow", "ตัวชี้วัด {code}: ยังแก้ไข{section}ในขั้นนี้ไม่ได้"),
        code=code,
        section=SECTION_TITLES[section],
    )
