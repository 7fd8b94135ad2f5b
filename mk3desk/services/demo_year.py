"""One fiscal year of the demo office's indicator work (services.demo builds the office).

For each indicator of the year: its owner and backup with a deadline, the PDCA texts,
the criteria met with their evidence or the outcome values of three years, and its
moves through the workflow up to the state the story gives it — all through the same
services as the GUI, each step dated on the indicator's :class:`_Timeline` inside its
own fiscal year (files during the Do stage), the same on every run for the same *today*.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.indicator_rows import WITH_ROWS
from mk3desk.db.models import FiscalYear, Person, YearIndicator
from mk3desk.domain.framework import (
    LEVEL_ORDER,
    Direction,
    Indicator,
    IndicatorKind,
    Level,
    OutcomeRuleType,
)
from mk3desk.domain.thaidate import fiscal_year_range
from mk3desk.domain.workflow import State
from mk3desk.services import demo_data as data
from mk3desk.services import evidence, pdca, people, workflow
from mk3desk.services.context import Actor
from mk3desk.services.framework_store import load_framework
from mk3desk.services.pdca import PdcaField

# The path of a finished year's indicator through the workflow.
FULL_PATH = (State.PLANNING, State.IN_PROGRESS, State.SUBMITTED, State.VERIFIED, State.LOCKED)
# A finished year: each indicator's work starts 20 + n days into the year and
# moves one workflow step every 35 days (the last, "reflected", in June).
FINISHED_START_DAYS = 20
FINISHED_STEP = timedelta(days=35)
# The most workflow moves an indicator makes (planning ... reflected), plus one
# step of room, so the current year's work ends by today.
CURRENT_STEPS = len(FULL_PATH) + 2
# Evidence is attached at 09:30 Bangkok time (02:30 UTC): the same date in both.
ATTACH_TIME = timedelta(hours=2, minutes=30)


@dataclass(frozen=True)
class _Timeline:
    """When one indicator's work happened: its start and the time between workflow moves.

    Move 1 is "planning", move 2 "in progress", move 3 "submitted": evidence is
    attached in between, during the Do stage.
    """

    begin: datetime
    step: timedelta

    @classmethod
    def of(cls, year_start: date, n: int, today: date, finished: bool) -> _Timeline:
        """Indicator *n*'s timeline in the year starting on *year_start*.

        A finished year's work spreads over the year; the current year's is
        squeezed between the year's start and *today*, so no step and no file is
        dated in the future.
        """
        if finished:
            begin = year_start + timedelta(days=FINISHED_START_DAYS + n)
            return cls(_midnight(begin), FINISHED_STEP)
        window = max((today - year_start).days, 14)  # a year not begun yet: its first weeks
        lead = (FINISHED_START_DAYS + n) * window // 365
        step = timedelta(days=max(1, min(35, (window - lead) // CURRENT_STEPS)))
        return cls(_midnight(year_start + timedelta(days=lead)), step)

    def move(self, k: int) -> datetime:
        """The time of the *k*-th workflow move (1: planning)."""
        return self.begin + self.step * k

    def attached(self, i: int) -> datetime:
        """When the indicator's *i*-th evidence file (0: first) was attached."""
        days = self.step.days * min(i + 1, 7) // 8
        return self.move(2) + timedelta(days=days, minutes=7 * i) + ATTACH_TIME


def _as(person: Person) -> Actor:
    """A person of the demo's story, with set-up rights: building the demo writes history
    as it happened (the coordinator also owns indicators and locks them) — the rights
    table applies to the people logging in to the finished demo, not to its builder."""
    return replace(Actor.of(person), full_rights=True)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time(), UTC)


@dataclass
class Cast:
    """The demo's people (in ``demo_data.PEOPLE``'s order) and the parts they play."""

    people: list[Person]

    def actor(self, index: int) -> Actor:
        return _as(self.people[index])

    def key_man(self, n: int) -> Person:
        return self.people[data.KEY_MEN[n % len(data.KEY_MEN)]]

    def reviewer(self, n: int) -> Actor:
        return self.actor(data.REVIEWERS[n % len(data.REVIEWERS)])


@dataclass(frozen=True)
class YearPart:
    """One year's share of the progress: *span* per cent from *start*."""

    told: Callable[[int], None]
    start: int
    span: int

    def at(self, done: int, of: int) -> None:
        self.told(self.start + self.span * done // max(of, 1))


def fill_year(
    session: Session,
    store: EvidenceFiles,
    cast: Cast,
    year: FiscalYear,
    files: list[Path],
    today: date,
    current: int,
    part: YearPart,
) -> None:
    """Every indicator's work of *year* (finished when it is before *current*, else under
    way around *today*), its evidence copied from *files* into *store*; *part* hears
    how far it is."""
    framework = load_framework(session, year.id)
    start, end = fiscal_year_range(year.be_year)
    finished = year.be_year < current
    coordinator = cast.actor(data.COORDINATOR)
    outcome_scores = _outcome_plan(framework.categories[-1].indicators, year.be_year)
    _read_rows(session, year)
    for n, row in enumerate(year.indicators):
        part.at(n, len(year.indicators))
        spec = framework.indicator(row.code)
        owner = cast.key_man(n)
        deadline = (
            end - timedelta(days=90 - 7 * (n % 6))
            if finished
            else today + timedelta(days=(n % 8) * 6 - 12)
        )
        backup = cast.key_man(n + 1)
        people.assign(
            session, coordinator, row.id, owner_id=owner.id, backup_id=backup.id, deadline=deadline
        )
        target = State.REFLECTED if finished else _current_state(n)
        if target is State.NOT_STARTED:
            continue
        timeline = _Timeline.of(start, n, today, finished)
        owner_actor = _as(owner)
        pdca.save_text(
            session, owner_actor, row.id, PdcaField.PLAN, data.PLAN_TEXT.format(code=row.code)
        )
        if target is not State.PLANNING:
            pdca.save_text(
                session, owner_actor, row.id, PdcaField.DO_LOG, data.DO_LOG.format(code=row.code)
            )
            if spec.kind is IndicatorKind.PROCESS:
                _tick_criteria(
                    session, store, owner_actor, row, spec, year.be_year, finished, n, files
                )
            else:
                _record_outcome(
                    session, store, owner_actor, row, spec, outcome_scores, year.be_year, files
                )
            # The files were attached during the Do stage of that year, not today.
            for i, attached in enumerate(row.evidence):
                attached.added_at = timeline.attached(i)
        _walk(session, cast, row, target, owner_actor, n, timeline)


def _read_rows(session: Session, year: FiscalYear) -> None:
    """The year's indicators with all their rows (none yet: the year is new): the
    services the demo calls would otherwise load each indicator's rows and each
    criterion's result one query at a time (about 1,000 queries for three years)."""
    session.scalars(
        select(YearIndicator).where(YearIndicator.year_id == year.id).options(*WITH_ROWS)
    ).all()


def _current_state(n: int) -> State:
    cycle = (
        State.NOT_STARTED,
        State.PLANNING,
        State.IN_PROGRESS,
        State.IN_PROGRESS,
        State.SUBMITTED,
        State.RETURNED,
        State.VERIFIED,
        State.LOCKED,
        State.REFLECTED,
    )
    return cycle[n % len(cycle)]


def _walk(
    session: Session,
    cast: Cast,
    row: YearIndicator,
    target: State,
    owner: Actor,
    n: int,
    timeline: _Timeline,
) -> None:
    """Move *row* along the workflow to *target*, as the right people, on plausible dates."""
    reviewer = cast.reviewer(n)
    coordinator = cast.actor(data.COORDINATOR)
    steps: list[tuple[State, Actor, str]] = []
    if target is State.RETURNED:
        steps = [(s, owner, "") for s in FULL_PATH[:3]]
        steps.append((State.RETURNED, reviewer, data.RETURN_COMMENT))
    else:
        for state in FULL_PATH:
            actor = {State.VERIFIED: reviewer, State.LOCKED: coordinator}.get(state, owner)
            steps.append((state, actor, ""))
            if state is target:
                break
        if target is State.REFLECTED:
            steps.append((State.REFLECTED, owner, ""))
    for k, (state, actor, comment) in enumerate(steps, start=1):
        if state is State.VERIFIED:
            pdca.save_text(session, actor, row.id, PdcaField.CHECK_NOTES, data.CHECK_NOTES)
        if state is State.REFLECTED:
            pdca.save_text(session, owner, row.id, PdcaField.ACT_REFLECTION, data.REFLECTION)
            pdca.save_text(session, owner, row.id, PdcaField.ACT_IMPROVEMENTS, data.IMPROVEMENTS)
        transition = workflow.move_indicator(session, actor, row.id, state, comment)
        transition.at = timeline.move(k)


def _levels_met(category: int, last_in_category: bool, be_year: int, finished: bool, n: int) -> int:
    """How many levels of an item are complete (3 = 500 points)."""
    if be_year == 2567:
        # หมวด 2 = 4.75000: three items at 500, the last one at 400 (Significance not met).
        return 2 if category == 2 and last_in_category else 3
    if finished:
        return (3, 2, 3, 2)[n % 4]
    return 1


def _tick_criteria(
    session: Session,
    store: EvidenceFiles,
    owner: Actor,
    row: YearIndicator,
    spec: Indicator,
    be_year: int,
    finished: bool,
    n: int,
    files: list[Path],
) -> None:
    siblings = [c for c in row.category.indicators]
    last = siblings[-1].code == row.code
    levels = _levels_met(row.category.number, last, be_year, finished, n)
    for level in LEVEL_ORDER[:levels]:
        for index, criterion in enumerate(spec.criteria_at(level)):
            narrative = data.NARRATIVE.format(key=criterion.key)
            pdca.set_criterion(session, owner, row.id, criterion.key, met=True, narrative=narrative)
            # Evidence for most Basic criteria; a few ticked without, for the reviewer to see.
            if level is Level.BASIC and (index + n) % 3 != 2:
                source = files[(n + index) % len(files)]
                evidence.add_evidence(
                    session,
                    store,
                    owner,
                    row.id,
                    source,
                    description=f"หลักฐานประกอบเกณฑ์ {criterion.key}",
                    criterion_key=criterion.key,
                )


def _outcome_plan(indicators: tuple[Indicator, ...], be_year: int) -> dict[str, Decimal]:
    """The score each outcome indicator should reach in *be_year*.

    For FY2567 all reach 5 except one THRESHOLDS indicator, whose score makes the
    category's weighted mean exactly the published 4.80653.
    """
    if be_year != 2567:
        level = Decimal(4) if be_year == 2566 else Decimal("3.5")
        return {ind.code: level for ind in indicators}
    plan = {ind.code: Decimal(5) for ind in indicators}
    solvable = [i for i in indicators if i.rule and i.rule.rule_type is OutcomeRuleType.THRESHOLDS]
    pivot = max(solvable, key=lambda i: i.weight)
    total_weight = sum((i.weight for i in indicators), Decimal(0))
    others = (total_weight - pivot.weight) * 5
    plan[pivot.code] = (data.PUBLISHED_2567[7] * total_weight - others) / pivot.weight
    return plan


def _value_reaching(indicator: Indicator, score: Decimal) -> Decimal:
    """A value to report that scores *score* under the indicator's rule. Unlike
    ``domain.outcomes.actual_for_score`` (a level's exact threshold), a fractional score
    between thresholds is interpolated (FY2567's published 4.80653 needs one), and a
    lower-is-better value is rounded down to 2 places so it reaches at least *score*."""
    rule = indicator.rule
    assert rule is not None
    if rule.rule_type is OutcomeRuleType.THRESHOLDS:
        t = rule.thresholds
        if score >= 5:
            return t[4]
        k = max(1, min(4, int(score)))
        return t[k - 1] + (score - k) * (t[k] - t[k - 1])
    assert rule.floor is not None and rule.ceiling is not None and indicator.target is not None
    ratio = rule.floor + (rule.ceiling - rule.floor) * score / 5
    if rule.direction is Direction.HIGHER_IS_BETTER:
        return ratio * indicator.target / 100
    # Lower is better: round the value down so the ratio reaches at least *score*.
    return (indicator.target * 100 / ratio).quantize(Decimal("0.01"), rounding="ROUND_FLOOR")


def _record_outcome(
    session: Session,
    store: EvidenceFiles,
    owner: Actor,
    row: YearIndicator,
    spec: Indicator,
    plan: dict[str, Decimal],
    be_year: int,
    files: list[Path],
) -> None:
    history = (Decimal(3), Decimal(4), plan[row.code])
    for offset, score in zip((2, 1, 0), history, strict=True):
        value = _value_reaching(spec, score)
        pdca.set_outcome_value(session, owner, row.id, be_year - offset, value)
    evidence.add_evidence(
        session, store, owner, row.id, files[0], description="รายงานสรุปผลการดำเนินงานตามตัวชี้วัด"
    )
