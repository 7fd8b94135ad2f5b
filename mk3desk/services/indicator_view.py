"""Read models for the screens: the office-years, the indicator list, one indicator's work.

Plain frozen values built from the database in one session, so the Qt item models
and panels never touch SQLAlchemy objects (nothing lazy-loads after the session is
gone) and a test can check what a screen would show without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import (
    Assignment,
    Office,
    Person,
    YearCriterion,
    YearIndicator,
)
from mk3desk.db.reviewers import self_review_allowed, working_members
from mk3desk.domain.framework import Indicator, IndicatorKind, Level, ScoringPolicy
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.outcomes import outcome_score
from mk3desk.domain.readiness import Need, is_late, needs_before, plan_needs, review_findings
from mk3desk.domain.workflow import Role, State, allowed_moves
from mk3desk.services.context import parse_roles
from mk3desk.services.framework_store import load_framework
from mk3desk.services.knowledge.read import SessionView, sessions_for_indicator
from mk3desk.services.lookup import get_indicator, office_years, year_of
from mk3desk.services.scoring import year_result
from mk3desk.services.workflow import indicator_work


def year_choices(session: Session) -> list[OfficeYear]:
    """Every office-year in the database, newest year first within each office.

    The window names office-years before the database layer is loaded
    (``db.sqlite_file.quick_look``); both give the same rows (a test holds them together).
    """
    return office_years(session)


def has_office(session: Session) -> bool:
    return session.scalars(select(Office.id).limit(1)).first() is not None


@dataclass(frozen=True)
class PersonChoice:
    person_id: int
    uid: str
    name: str
    position: str
    roles: frozenset[Role]
    group_id: int | None
    group_name: str


def person_choices(session: Session, office_id: int) -> list[PersonChoice]:
    """The office's active people (the GUI sorts them in Thai order)."""
    people = session.scalars(
        select(Person)
        .where(Person.office_id == office_id, Person.active.is_(True))
        .options(selectinload(Person.group))
    )
    return [
        PersonChoice(
            person_id=p.id,
            uid=p.uid,
            name=p.name,
            position=p.position,
            roles=parse_roles(p.roles),
            group_id=p.group_id,
            group_name=p.group.name if p.group else "",
        )
        for p in people
    ]


@dataclass(frozen=True)
class IndicatorRow:
    """One line of the Indicators tree."""

    indicator_id: int
    code: str
    title: str
    kind: IndicatorKind
    category_number: int
    owner_id: int | None
    owner_name: str
    backup_id: int | None
    group_id: int | None  # the owner's group
    state: State
    deadline: date | None
    late: bool
    self_score: Decimal
    score_missing: bool
    evidence_count: int
    criteria_met: int
    criteria_met_with_evidence: int

    @property
    def evidence_complete(self) -> bool:
        """Every ticked criterion has evidence (an outcome: at least one file)."""
        if self.kind is IndicatorKind.OUTCOME:
            return self.evidence_count > 0
        return self.criteria_met > 0 and self.criteria_met_with_evidence == self.criteria_met


@dataclass(frozen=True)
class CategoryRows:
    number: int
    title: str
    score: Decimal
    rows: tuple[IndicatorRow, ...]


def indicator_rows(session: Session, office_year: OfficeYear, today: date) -> list[CategoryRows]:
    """The year's categories with their indicators, as the Indicators tree shows them."""
    year = year_of(session, office_year)
    year_id = year.id
    scores = year_result(session, year).score
    by_code = {s.code: s for s in scores.indicators}
    category_scores = {c.number: c.score for c in scores.categories}
    indicators = session.scalars(
        select(YearIndicator)
        .where(YearIndicator.year_id == year_id)
        .order_by(YearIndicator.sort_order)
        .options(
            selectinload(YearIndicator.category),
            selectinload(YearIndicator.assignment)
            .selectinload(Assignment.owner)
            .selectinload(Person.group),
            selectinload(YearIndicator.evidence),
            selectinload(YearIndicator.criteria).selectinload(YearCriterion.result),
        )
    ).all()
    grouped: dict[int, list[IndicatorRow]] = {c.number: [] for c in year.categories}
    for ind in indicators:
        grouped.setdefault(ind.category.number, []).append(_row(ind, by_code.get(ind.code), today))
    return [
        CategoryRows(
            number=c.number,
            title=c.title,
            score=category_scores.get(c.number, Decimal(0)),
            rows=tuple(grouped.get(c.number, [])),
        )
        for c in year.categories
    ]


def _row(ind: YearIndicator, score: object, today: date) -> IndicatorRow:
    assignment = ind.assignment
    owner = assignment.owner if assignment else None
    live = [e for e in ind.evidence if e.removed_at is None]
    with_evidence = {e.criterion_id for e in live if e.criterion_id is not None}
    met = [c for c in ind.criteria if c.result is not None and c.result.met]
    state = State(ind.state)
    deadline = assignment.deadline if assignment else None
    return IndicatorRow(
        indicator_id=ind.id,
        code=ind.code,
        title=ind.title,
        kind=IndicatorKind(ind.kind),
        category_number=ind.category.number,
        owner_id=owner.id if owner else None,
        owner_name=owner.name if owner else "",
        backup_id=assignment.backup_id if assignment else None,
        group_id=owner.group_id if owner else None,
        state=state,
        deadline=deadline,
        late=is_late(deadline, state, today),
        self_score=getattr(score, "score", Decimal(0)),
        score_missing=bool(getattr(score, "missing", True)),
        evidence_count=len(live),
        criteria_met=len(met),
        criteria_met_with_evidence=sum(1 for c in met if c.id in with_evidence),
    )


# -- one indicator ---------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionView:
    key: str
    level: Level
    text: str
    met: bool
    narrative: str
    evidence_count: int


@dataclass(frozen=True)
class EvidenceView:
    evidence_id: int
    file_name: str
    size: int
    description: str
    criterion_key: str
    added_at: datetime
    sha256: str


@dataclass(frozen=True)
class TransitionView:
    at: datetime
    from_state: State
    to_state: State
    actor_name: str
    comment: str


@dataclass(frozen=True)
class OutcomeView:
    spec: Indicator  # the framework's view of the indicator: rule, target, unit
    policy: ScoringPolicy
    values: dict[int, Decimal]  # BE year -> actual value (this year and the two before)

    def score_for(self, actual: Decimal | None) -> Decimal:
        """The score *actual* would give now (the live score while typing)."""
        return outcome_score(self.spec, actual, self.policy)


@dataclass(frozen=True)
class IndicatorDetail:
    indicator_id: int
    code: str
    title: str
    kind: IndicatorKind
    category_number: int
    category_title: str
    guide: str
    level_titles: dict[Level, str]
    be_year: int
    state: State
    owner_id: int | None
    backup_id: int | None
    deadline: date | None
    plan_text: str
    do_log: str
    check_notes: str
    act_reflection: str
    act_improvements: str
    criteria: tuple[CriterionView, ...]
    evidence: tuple[EvidenceView, ...]
    transitions: tuple[TransitionView, ...]
    outcome: OutcomeView | None
    self_score: Decimal
    plan_needs: tuple[Need, ...]  # what the Plan step still lacks
    findings: tuple[Need, ...]  # what a reviewer should look at (missing narrative, evidence)
    needs: dict[State, tuple[Need, ...]]  # per allowed next state: what still stands in the way
    # Knowledge sessions that serve it (meetings, trainings): evidence of its Do step.
    sessions: tuple[SessionView, ...] = ()
    # The year's working committee (who reviews it); None: the year has none (reviewer role).
    committee: frozenset[int] | None = None
    # The office lets an owner or backup review their own work (Settings): the window's
    # rights check must say what the services will do.
    self_review: bool = False
    # The assignment's version as read (0: none yet): the Plan step assigns over it.
    assignment_version: int = 0

    def needs_for(self, target: State) -> list[Need]:
        """What stands between the indicator and *target* (blocking first)."""
        return list(self.needs.get(target, ()))

    @property
    def last_comment(self) -> str:
        """The latest return or reopen comment (what the owner must fix)."""
        for t in reversed(self.transitions):
            if t.comment:
                return t.comment
        return ""


def indicator_detail(session: Session, indicator_id: int) -> IndicatorDetail:
    ind = get_indicator(session, indicator_id)
    year = ind.year
    live = [e for e in ind.evidence if e.removed_at is None]
    per_criterion: dict[int, int] = {}
    for ev in live:
        if ev.criterion_id is not None:
            per_criterion[ev.criterion_id] = per_criterion.get(ev.criterion_id, 0) + 1
    keys = {c.id: c.key for c in ind.criteria}
    kind = IndicatorKind(ind.kind)
    framework = load_framework(session, year.id)
    outcome = None
    score = Decimal(0)
    if kind is IndicatorKind.OUTCOME:
        outcome = OutcomeView(
            spec=framework.indicator(ind.code),
            policy=framework.policy,
            values={v.be_year: v.value for v in ind.outcome_values},
        )
        score = outcome.score_for(outcome.values.get(year.be_year))
    else:
        score = next(
            (s.score for s in year_result(session, year).score.indicators if s.code == ind.code),
            Decimal(0),
        )
    pdca = ind.pdca
    assignment = ind.assignment
    work = indicator_work(ind)
    targets = {m.target for m in allowed_moves(work.state)}
    return IndicatorDetail(
        indicator_id=ind.id,
        code=ind.code,
        title=ind.title,
        kind=kind,
        category_number=ind.category.number,
        category_title=ind.category.title,
        guide=ind.guide,
        level_titles={
            Level.BASIC: ind.basic_title,
            Level.ADVANCE: ind.advance_title,
            Level.SIGNIFICANCE: ind.significance_title,
        },
        be_year=year.be_year,
        state=State(ind.state),
        owner_id=assignment.owner_id if assignment else None,
        backup_id=assignment.backup_id if assignment else None,
        deadline=assignment.deadline if assignment else None,
        assignment_version=assignment.version if assignment else 0,
        plan_text=pdca.plan_text if pdca else "",
        do_log=pdca.do_log if pdca else "",
        check_notes=pdca.check_notes if pdca else "",
        act_reflection=pdca.act_reflection if pdca else "",
        act_improvements=pdca.act_improvements if pdca else "",
        criteria=tuple(
            CriterionView(
                key=c.key,
                level=Level(c.level),
                text=c.text,
                met=bool(c.result and c.result.met),
                narrative=c.result.narrative if c.result else "",
                evidence_count=per_criterion.get(c.id, 0),
            )
            for c in ind.criteria
        ),
        evidence=tuple(
            EvidenceView(
                evidence_id=e.id,
                file_name=e.file_name,
                size=e.size,
                description=e.description,
                criterion_key=keys.get(e.criterion_id, "") if e.criterion_id else "",
                added_at=e.added_at,
                sha256=e.sha256,
            )
            for e in live
        ),
        transitions=tuple(
            TransitionView(
                at=t.at,
                from_state=State(t.from_state),
                to_state=State(t.to_state),
                actor_name=t.actor_name,
                comment=t.comment,
            )
            for t in ind.transitions
        ),
        outcome=outcome,
        self_score=score,
        plan_needs=tuple(plan_needs(work)),
        findings=tuple(review_findings(work)),
        needs={t: tuple(needs_before(t, work)) for t in targets},
        sessions=tuple(sessions_for_indicator(session, ind.id)),
        committee=working_members(session, year.id),
        self_review=self_review_allowed(session, year.office_id),
    )
