"""Moving an indicator through Plan-Do-Check-Act, with every move recorded."""

from __future__ import annotations

from sqlalchemy.orm import Session, joinedload, selectinload

from mk3desk.db.models import Transition, YearCriterion, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, Listing, WorkflowError
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.readiness import CriterionWork, IndicatorWork, Need, needs_before
from mk3desk.domain.rights import Relation, move_action, self_reviewed
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thaidate import format_thai_datetime
from mk3desk.domain.workflow import STATE_TITLES, Section, State, check_editable, check_move
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_indicator
from mk3desk.services.rights import require

# What a move reads besides the indicator (the readiness rules: its work; the rights
# check: its assignment), with the indicator rather than one lazy load per row (a
# criterion's result each).
_WORK_LOADS = (
    joinedload(YearIndicator.assignment),
    joinedload(YearIndicator.pdca),
    joinedload(YearIndicator.year),
    selectinload(YearIndicator.criteria).joinedload(YearCriterion.result),
    selectinload(YearIndicator.evidence),
    selectinload(YearIndicator.outcome_values),
)


def indicator_work(indicator: YearIndicator) -> IndicatorWork:
    """A plain snapshot of the indicator's work for the readiness rules."""
    live_evidence = [e for e in indicator.evidence if e.removed_at is None]
    per_criterion: dict[int, int] = {}
    for ev in live_evidence:
        if ev.criterion_id is not None:
            per_criterion[ev.criterion_id] = per_criterion.get(ev.criterion_id, 0) + 1
    pdca = indicator.pdca
    assignment = indicator.assignment
    year = indicator.year.be_year
    return IndicatorWork(
        code=indicator.code,
        kind=IndicatorKind(indicator.kind),
        state=State(indicator.state),
        has_owner=bool(assignment and assignment.owner_id),
        has_backup=bool(assignment and assignment.backup_id),
        deadline=assignment.deadline if assignment else None,
        plan_text=pdca.plan_text if pdca else "",
        do_log=pdca.do_log if pdca else "",
        act_reflection=pdca.act_reflection if pdca else "",
        criteria=tuple(
            CriterionWork(
                key=c.key,
                met=bool(c.result and c.result.met),
                has_narrative=bool(c.result and c.result.narrative.strip()),
                evidence_count=per_criterion.get(c.id, 0),
            )
            for c in indicator.criteria
        ),
        has_actual=any(v.be_year == year for v in indicator.outcome_values),
        evidence_count=len(live_evidence),
    )


def blocking_needs(indicator: YearIndicator, target: State) -> list[Need]:
    return [n for n in needs_before(target, indicator_work(indicator)) if n.blocking]


SELF_REVIEW_NOTE = QT_TRANSLATE_NOOP(
    "Workflow", "[ทำกับตัวชี้วัดที่ตนเป็น{relation} — สำนักงานอนุญาตในการตั้งค่า]"
)
RELATION_TITLES: dict[Relation, str] = {
    Relation.OWNER: QT_TRANSLATE_NOOP("Workflow", "ผู้รับผิดชอบหลัก"),
    Relation.BACKUP: QT_TRANSLATE_NOOP("Workflow", "ผู้รับผิดชอบสำรอง"),
    Relation.REVIEWER: QT_TRANSLATE_NOOP("Workflow", "กรรมการตรวจสอบ"),
    Relation.NONE: "",
}


MOVED_SINCE = QT_TRANSLATE_NOOP(
    "Workflow",
    "ตัวชี้วัด {code} ไม่ได้อยู่ในขั้น “{expected}” แล้ว แต่อยู่ในขั้น “{now}”{by} "
    "จึงยังไม่ได้ย้ายไปขั้น “{target}” — โปรดดูสถานะล่าสุดแล้วทำอีกครั้ง",
)
MOVED_BY = QT_TRANSLATE_NOOP("Workflow", " ({name} ย้ายเมื่อ {when})")


def move_indicator(
    session: Session,
    actor: Actor,
    indicator_id: int,
    target: State,
    comment: str = "",
    *,
    source: State | None = None,
) -> Transition:
    """Move the indicator to *target*, if the workflow, the actor's role and the work allow it.

    *source* is the state the clerk saw the indicator in: when someone moved it since,
    the move is refused with the state it is in now and who moved it there (None skips
    the check: the CLI, which moves from wherever the indicator is).
    """
    # Locked when the clerk saw a state: two clients moving the indicator take turns.
    indicator = get_indicator(session, indicator_id, *_WORK_LOADS, locked=source is not None)
    if source is not None:
        _refuse_if_moved_since(indicator, source, target)
    source = State(indicator.state)
    comment = normalise_text(comment)
    move = check_move(source, target, None, comment)
    action = move_action(move.source, move.target)
    relation = require(session, actor, action, indicator)
    if self_reviewed(action, relation) and not actor.full_rights:
        # Allowed only by the office's self-review setting: the history says so.
        note = SELF_REVIEW_NOTE.format(relation=RELATION_TITLES[relation])
        comment = f"{comment}\n{note}" if comment else note
    open_needs = blocking_needs(indicator, target)
    if open_needs:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Workflow", "ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}"),
            code=indicator.code,
            target=STATE_TITLES[target],
            needs=Listing(n.text() for n in open_needs),
        )
    transition = Transition(
        from_state=source.value,
        to_state=target.value,
        actor_id=actor.person_id,
        actor_name=actor.name,
        comment=comment,
    )
    indicator.transitions.append(transition)
    indicator.state = target.value
    audit(session, actor, "indicator.move", indicator.code, f"{source.value}->{target.value}")
    return transition


def ensure_editable(indicator: YearIndicator, section: Section) -> None:
    check_editable(section, State(indicator.state), indicator.code)


def _refuse_if_moved_since(indicator: YearIndicator, expected: State, target: State) -> None:
    current = State(indicator.state)
    if current is expected:
        return
    last = next((t for t in reversed(indicator.transitions) if t.to_state == current.value), None)
    by = (
        MOVED_BY.format(
            name=last.actor_name or "-", when=format_thai_datetime(last.at.astimezone())
        )
        if last is not None
        else ""
    )
    raise ConflictError(
        MOVED_SINCE,
        code=indicator.code,
        expected=STATE_TITLES[expected],
        now=STATE_TITLES[current],
        by=by,
        target=STATE_TITLES[target],
    )
