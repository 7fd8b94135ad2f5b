"""What an indicator still needs before it can move on, and what a reviewer should look at.

The GUI shows these lists beside the PDCA steps; services refuse a move while a
*blocking* need is open. Warnings (a ticked criterion without evidence) do not
block: the committee decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.workflow import State


@dataclass(frozen=True)
class CriterionWork:
    key: str
    met: bool
    has_narrative: bool
    evidence_count: int


@dataclass(frozen=True)
class IndicatorWork:
    """A plain snapshot of one indicator's work, built by the services."""

    code: str
    kind: IndicatorKind
    state: State
    has_owner: bool = False
    has_backup: bool = False
    deadline: date | None = None
    plan_text: str = ""
    do_log: str = ""
    act_reflection: str = ""
    criteria: tuple[CriterionWork, ...] = ()
    has_actual: bool = False
    evidence_count: int = 0


@dataclass(frozen=True)
class Need:
    message: str  # Thai template (QT_TRANSLATE_NOOP, context "Readiness")
    blocking: bool = True
    params: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


def needs_before(target: State, work: IndicatorWork) -> list[Need]:
    """The needs that stand between *work* and *target* (blocking first)."""
    needs: list[Need] = []
    if target is State.IN_PROGRESS and work.state is State.PLANNING:
        needs += plan_needs(work)
    elif target is State.SUBMITTED:
        needs += do_needs(work)
    elif target is State.REFLECTED and not work.act_reflection.strip():
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "บันทึกการสะท้อนผล (Act) ก่อน")))
    return sorted(needs, key=lambda n: not n.blocking)


def plan_needs(work: IndicatorWork) -> list[Need]:
    needs = []
    if not work.has_owner:
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "ระบุผู้รับผิดชอบตัวชี้วัด (Key Man)")))
    if not work.has_backup:
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "ระบุผู้รับผิดชอบสำรอง"), blocking=False))
    if work.deadline is None:
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "กำหนดวันส่งงาน")))
    if not work.plan_text.strip():
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "เขียนกิจกรรมที่วางแผนไว้")))
    return needs


def do_needs(work: IndicatorWork) -> list[Need]:
    """What must be in place before the owner submits for review."""
    needs: list[Need] = []
    if not work.do_log.strip():
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "บันทึกผลการดำเนินงาน (Do)")))
    if work.kind is IndicatorKind.OUTCOME:
        if not work.has_actual:
            needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "กรอกผลการดำเนินงานจริงของปีนี้")))
        if work.evidence_count == 0:
            needs.append(
                Need(QT_TRANSLATE_NOOP("Readiness", "ยังไม่มีไฟล์หลักฐานประกอบ"), blocking=False)
            )
        return needs
    if not any(c.met for c in work.criteria):
        needs.append(Need(QT_TRANSLATE_NOOP("Readiness", "ยังไม่ได้ทำเครื่องหมายเกณฑ์ที่ผ่านแม้แต่ข้อเดียว")))
    for c in work.criteria:
        if c.met and not c.has_narrative:
            needs.append(
                Need(
                    QT_TRANSLATE_NOOP("Readiness", "เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่ได้เขียนคำอธิบาย"),
                    params={"key": c.key},
                )
            )
        if c.met and c.evidence_count == 0:
            needs.append(
                Need(
                    QT_TRANSLATE_NOOP("Readiness", "เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน"),
                    blocking=False,
                    params={"key": c.key},
                )
            )
    return needs


def review_findings(work: IndicatorWork) -> list[Need]:
    """What the reviewer sees as missing when the indicator is submitted."""
    return do_needs(work)


def is_late(deadline: date | None, state: State, today: date) -> bool:
    """Late: past the deadline and not yet submitted or beyond."""
    done = {State.SUBMITTED, State.VERIFIED, State.LOCKED, State.REFLECTED}
    return deadline is not None and deadline < today and state not in done
