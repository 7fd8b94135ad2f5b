"""The demo office: สพป.มหาสารคาม เขต 3 with three fiscal years of work.

- FY2566: finished and reflected (fictional figures, lower than 2567);
- FY2567: finished; the criteria met and outcome values are chosen so that the
  computed หมวด 1–7 scores equal the published ones of the seed story, and the
  published results (4.74511, rank 38) are entered, so the reconciliation has a
  real difference to explain;
- the current fiscal year: work under way, with indicators at every PDCA stage
  and deadlines around today (some late, some due within 14 days).

Every workflow step and every evidence file is dated inside its own fiscal year
(files during the indicator's Do stage, see :class:`_Timeline`), the same on
every run for the same *today*: a FY2566 report never shows the day the demo was made.

Everything goes through the same services as the GUI, so the demo also
exercises the workflow rules.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.indicator_rows import WITH_ROWS
from mk3desk.db.models import FiscalYear, Office, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import (
    LEVEL_ORDER,
    Direction,
    Indicator,
    IndicatorKind,
    Level,
    OutcomeRuleType,
)
from mk3desk.domain.swot import Swot
from mk3desk.domain.thaidate import fiscal_year_of, fiscal_year_range
from mk3desk.domain.workflow import State
from mk3desk.services import (
    accounts,
    evidence,
    lookup,
    pdca,
    people,
    scoring,
    settings,
    swot,
    workflow,
    years,
)
from mk3desk.services import demo_data as data
from mk3desk.services.context import Actor
from mk3desk.services.demo_committee import add_demo_committee
from mk3desk.services.demo_files import make_demo_files
from mk3desk.services.demo_knowledge import add_demo_sessions
from mk3desk.services.demo_recognition import add_demo_recognition
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
class _Cast:
    people: list[Person]

    def actor(self, index: int) -> Actor:
        return _as(self.people[index])

    def key_man(self, n: int) -> Person:
        return self.people[data.KEY_MEN[n % len(data.KEY_MEN)]]

    def reviewer(self, n: int) -> Actor:
        return self.actor(data.REVIEWERS[n % len(data.REVIEWERS)])


# How far the demo's build is, in per cent; called on the building thread.
Progress = Callable[[int], None]


def create_demo(
    database: Database, today: date | None = None, *, progress: Progress | None = None
) -> str:
    """Fill an empty database with the demo office; return a short Thai summary.

    It takes seconds (three years of work through the services, each write audited, in
    one transaction): *progress* hears the per cent done, for a progress bar."""
    today = today or date.today()
    current = max(fiscal_year_of(today), 2568)
    told = progress or (lambda _percent: None)
    with database.transaction() as session:
        if session.scalars(select(Office).limit(1)).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Demo",
                    "ฐานข้อมูลนี้มีข้อมูลสำนักงานอยู่แล้ว จึงไม่ได้สร้างข้อมูลตัวอย่างทับ — ใช้ไฟล์ใหม่ (--db)",
                )
            )
        system = Actor.system()
        years.create_office(
            session,
            system,
            name=data.OFFICE_NAME,
            short_name=data.OFFICE_SHORT,
            area=data.OFFICE_AREA,
        )
        cast = _cast(session, system)
        store = database.evidence_store()
        told(5)
        with tempfile.TemporaryDirectory() as folder:
            files = make_demo_files(Path(folder))
            for done, be_year in enumerate((2566, 2567, current)):
                year = years.create_year(session, system, be_year=be_year)
                add_demo_committee(session, system, cast.people, year)
                part = _YearPart(told, 5 + 30 * done, 30)
                _fill_year(session, store, cast, year, files, today, current, part)
                record_published_results(session, year)
                if be_year == 2567:
                    add_demo_recognition(session, system, cast.people, year)
                    _add_demo_swot(session, system, year)
                add_demo_sessions(session, system, store, cast.people, year, files)
        _save_signatories(session, system, cast)
        hashed = accounts.hash_password(data.DEMO_PASSWORD)  # one password for every account
        for user_name, index in data.DEMO_ACCOUNTS:
            accounts.add_account(
                session,
                cast.people[index],
                user_name,
                data.DEMO_PASSWORD,
                must_change=False,
                hashed=hashed,
            )
        session.flush()
        told(99)  # the commit is left
    told(100)
    return (
        f"{data.OFFICE_SHORT}: ปีงบประมาณ 2566, 2567 และ {current} "
        f"บุคลากร {len(data.PEOPLE)} คน กลุ่มงาน {len(data.GROUPS)} กลุ่ม"
    )


@dataclass(frozen=True)
class _YearPart:
    """One year's share of the progress: *span* per cent from *start*."""

    told: Progress
    start: int
    span: int

    def at(self, done: int, of: int) -> None:
        self.told(self.start + self.span * done // max(of, 1))


def _add_demo_swot(session: Session, system: Actor, year: FiscalYear) -> None:
    """The FY2567 SWOT analysis the office made at the start of the year."""
    held_on = date(*data.SWOT_2567_DAY)
    swot.save_swot(
        session,
        system,
        lookup.office_year_of(year),
        Swot(**data.SWOT_2567, held_on=held_on),
        version=None,
        today=held_on,
    )


def _save_signatories(session: Session, system: Actor, cast: _Cast) -> None:
    """Who signs the demo office's documents (the director chairs the committee, a
    deputy is vice chair: never one person in both)."""

    def sign(index: int) -> settings.Signatory:
        person = cast.people[index]
        return settings.Signatory(person.name, person.position)

    settings.save_settings(
        session,
        system,
        settings.OfficeSettings(
            director=sign(data.DIRECTOR),
            deputy=sign(data.DIRECTOR + 1),
            committee_chair=sign(data.DIRECTOR),
            coordinator=sign(data.COORDINATOR),
        ),
    )


def _cast(session: Session, system: Actor) -> _Cast:
    groups = [people.add_group(session, system, name) for name in data.GROUPS]
    cast = []
    for name, position, group_index, roles in data.PEOPLE:
        group = groups[group_index] if group_index is not None else None
        cast.append(
            people.add_person(
                session, system, name=name, position=position, group=group, roles=roles
            )
        )
    return _Cast(cast)


def _fill_year(
    session: Session,
    store: EvidenceFiles,
    cast: _Cast,
    year: FiscalYear,
    files: list[Path],
    today: date,
    current: int,
    part: _YearPart,
) -> None:
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
    cast: _Cast,
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


def actual_for_score(indicator: Indicator, score: Decimal) -> Decimal:
    """The actual value that gives *score* under the indicator's rule (inverse of scoring)."""
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
        value = actual_for_score(spec, score)
        pdca.set_outcome_value(session, owner, row.id, be_year - offset, value)
    evidence.add_evidence(
        session, store, owner, row.id, files[0], description="รายงานสรุปผลการดำเนินงานตามตัวชี้วัด"
    )


def record_published_results(session: Session, year: FiscalYear) -> None:
    """Enter OBEC's published FY2567 figures (and the fictional FY2566 ones)."""
    system = Actor.system()
    if year.be_year == 2567:
        scoring.record_official(
            session,
            system,
            year,
            category_scores=data.PUBLISHED_2567,
            total=data.PUBLISHED_2567_TOTAL,
            band=data.PUBLISHED_2567_BAND,
            rank=data.PUBLISHED_2567_RANK,
            note="ประกาศ สพฐ. เรื่องผลคะแนนการดำเนินงาน ประจำปีงบประมาณ 2567",
        )
    elif year.be_year == 2566:
        computed = scoring.year_result(session, year).score
        scoring.record_official(
            session,
            system,
            year,
            category_scores={c.number: c.score for c in computed.categories},
            total=(computed.total - Decimal("0.18420")).quantize(Decimal("0.00001")),
            band=computed.band.name if computed.band else "",
            rank=112,
            note="ข้อมูลสมมุติสำหรับสาธิต",
        )
