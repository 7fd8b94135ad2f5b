"""Read models for the dashboard, the calendar and the assignments table.

Plain dataclasses (no ORM objects): a page reads them inside one short session
and keeps them after the session is closed. ``today`` is always a parameter so
that "late" and "due soon" are testable and the same on every screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mk3desk.db.models import Assignment, FiscalYear, Person, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, NotFoundError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.readiness import is_late
from mk3desk.domain.thaisort import person_sort_key
from mk3desk.domain.whatif import WhatIfStep
from mk3desk.domain.workflow import STATE_ORDER, Section, State, check_editable
from mk3desk.services.lookup import year_of
from mk3desk.services.scoring import load_official, score_years, what_if_for_year, year_result

DUE_SOON_DAYS = 14


def get_year(session: Session, year_id: int) -> FiscalYear:
    year = session.get(FiscalYear, year_id)
    if year is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Progress", "ไม่พบปีงบประมาณรหัสภายใน {id}"), id=year_id)
    return year


# -- the year's indicators ------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentRow:
    """One indicator of the year with who owns it and until when."""

    indicator_id: int
    code: str
    title: str
    category: int
    state: State
    owner_id: int | None
    owner_name: str
    backup_id: int | None
    backup_name: str
    deadline: date | None
    # Why the assignment cannot be changed now (locked, under review); None = editable.
    blocked: Mk3Error | None
    version: int = 0  # the assignment's version when read (0: none yet); a save passes it back


def _indicators(session: Session, year_id: int) -> list[YearIndicator]:
    get_year(session, year_id)
    query = (
        select(YearIndicator)
        .where(YearIndicator.year_id == year_id)
        .options(
            selectinload(YearIndicator.assignment).selectinload(Assignment.owner),
            selectinload(YearIndicator.assignment).selectinload(Assignment.backup),
            selectinload(YearIndicator.category),
        )
        .order_by(YearIndicator.sort_order)
    )
    return list(session.scalars(query))


def _blocked(indicator: YearIndicator) -> Mk3Error | None:
    try:
        check_editable(Section.PLAN, State(indicator.state), indicator.code)
    except Mk3Error as error:
        # Without its traceback: that holds every calling frame (a whole book's story
        # when a report asks), kept alive as long as the error is.
        return error.with_traceback(None)
    return None


def assignment_rows(session: Session, year_id: int) -> list[AssignmentRow]:
    """Every indicator of the year in framework order, with its assignment."""
    rows = []
    for ind in _indicators(session, year_id):
        a = ind.assignment
        owner: Person | None = a.owner if a else None
        backup: Person | None = a.backup if a else None
        rows.append(
            AssignmentRow(
                indicator_id=ind.id,
                code=ind.code,
                title=ind.title,
                category=ind.category.number,
                state=State(ind.state),
                owner_id=owner.id if owner else None,
                owner_name=owner.name if owner else "",
                backup_id=backup.id if backup else None,
                backup_name=backup.name if backup else "",
                deadline=a.deadline if a else None,
                blocked=_blocked(ind),
                version=a.version if a else 0,
            )
        )
    return rows


def progress_by_state(session: Session, year_id: int) -> dict[State, int]:
    """How many indicators of the year are in each PDCA state (every state, in order)."""
    counts = dict.fromkeys(STATE_ORDER, 0)
    for (state,) in session.execute(
        select(YearIndicator.state).where(YearIndicator.year_id == get_year(session, year_id).id)
    ):
        counts[State(state)] += 1
    return counts


# -- deadlines ------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    indicator_id: int
    code: str
    title: str
    state: State
    owner_name: str
    deadline: date
    days_left: int  # negative: that many days late
    late: bool


def deadlines(session: Session, year_id: int, today: date) -> list[DueItem]:
    """Every indicator of the year that has a deadline, earliest first."""
    items = [
        DueItem(
            indicator_id=row.indicator_id,
            code=row.code,
            title=row.title,
            state=row.state,
            owner_name=row.owner_name,
            deadline=row.deadline,
            days_left=(row.deadline - today).days,
            late=is_late(row.deadline, row.state, today),
        )
        for row in assignment_rows(session, year_id)
        if row.deadline is not None
    ]
    return sorted(items, key=lambda i: (i.deadline, i.code))


def calendar(session: Session, office_year: OfficeYear, today: date) -> list[DueItem]:
    """The Calendar's deadlines of the office-year in view."""
    return deadlines(session, year_of(session, office_year).id, today)


def late_items(session: Session, year_id: int, today: date) -> list[DueItem]:
    """Past their deadline and not yet submitted (domain.readiness.is_late), most late first."""
    return [i for i in deadlines(session, year_id, today) if i.late]


def due_soon_items(
    session: Session, year_id: int, today: date, days: int = DUE_SOON_DAYS
) -> list[DueItem]:
    """Not late yet, but due today or within *days* days and not yet submitted."""
    # "Would be late the day after the horizon" reuses the one rule of what counts as done.
    horizon = today + timedelta(days=days + 1)
    return [
        i
        for i in deadlines(session, year_id, today)
        if not i.late and is_late(i.deadline, i.state, horizon)
    ]


# -- people ---------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkItem:
    """One indicator in a person's load: as Key Man or backup, its state, late or not."""

    code: str
    title: str
    state: State
    deadline: date | None
    as_backup: bool
    late: bool


@dataclass(frozen=True)
class Workload:
    person_id: int
    name: str
    owned: int  # indicators this person is the Key Man of
    backup: int
    open: int  # owned and not yet submitted
    late: int  # owned and late
    items: tuple[WorkItem, ...] = ()  # owned first, then backed up; framework order within


_COUNTS = ("owned", "backup", "open", "late")


def _not_submitted(state: State) -> bool:
    # Late "for ever" unless done: keeps readiness.is_late the one rule of what counts as done.
    return is_late(date.min, state, date.max)


def workload(session: Session, year_id: int, today: date) -> list[Workload]:
    """Indicators per person for the year (people with none are left out), Thai name order.

    A late indicator (deadline passed, not submitted) counts as late for its Key Man; it
    is marked late in the backup's list too, as both answer for it."""
    tally: dict[int, dict[str, int]] = {}
    names: dict[int, str] = {}
    items: dict[int, list[WorkItem]] = {}
    for row in assignment_rows(session, year_id):
        late = is_late(row.deadline, row.state, today)
        for person_id, name, as_backup in (
            (row.owner_id, row.owner_name, False),
            (row.backup_id, row.backup_name, True),
        ):
            if person_id is None:
                continue
            t = tally.setdefault(person_id, dict.fromkeys(_COUNTS, 0))
            names[person_id] = name
            items.setdefault(person_id, []).append(
                WorkItem(row.code, row.title, row.state, row.deadline, as_backup, late)
            )
            if as_backup:
                t["backup"] += 1
                continue
            t["owned"] += 1
            if _not_submitted(row.state):
                t["open"] += 1
            if late:
                t["late"] += 1
    loads = [
        Workload(
            person_id=pid,
            name=names[pid],
            items=tuple(sorted(items[pid], key=lambda i: i.as_backup)),  # stable: framework order
            **t,
        )
        for pid, t in tally.items()
    ]
    return sorted(loads, key=lambda w: person_sort_key(w.name))


# -- scores ---------------------------------------------------------------------------


@dataclass(frozen=True)
class YearPoint:
    """One fiscal year on the trend chart."""

    year_id: int
    be_year: int
    computed: Decimal
    official: Decimal | None
    target: Decimal | None


def score_trend(session: Session, office_id: int) -> list[YearPoint]:
    """Computed and official totals of every year of the office, oldest first."""
    years = list(
        session.scalars(
            select(FiscalYear).where(FiscalYear.office_id == office_id).order_by(FiscalYear.be_year)
        )
    )
    scores = score_years(session, [y.id for y in years])
    points = []
    for year in years:
        official = _official_total(session, year)
        points.append(
            YearPoint(year.id, year.be_year, scores[year.id].total, official, year.target)
        )
    return points


def _official_total(session: Session, year: FiscalYear) -> Decimal | None:
    official = load_official(session, year)
    return official.total if official is not None else None


@dataclass(frozen=True)
class CategoryBar:
    number: int
    title: str
    computed: Decimal
    official: Decimal | None


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows for one office-year."""

    be_year: int
    decimals: int
    computed_total: Decimal
    target: Decimal | None
    gap_to_target: Decimal | None  # target - computed; <= 0 reached
    band: str
    next_band: str
    gap_to_next_band: Decimal | None
    official_total: Decimal | None
    official_band: str
    official_rank: int | None
    unexplained: Decimal | None  # the reconciliation's remainder
    categories: tuple[CategoryBar, ...]
    states: dict[State, int]
    late: tuple[DueItem, ...]
    due_soon: tuple[DueItem, ...]
    trend: tuple[YearPoint, ...]
    what_if: tuple[WhatIfStep, ...]


def dashboard(
    session: Session, office_year: OfficeYear, today: date, what_if_limit: int = 5
) -> DashboardData:
    """What the Dashboard shows for the office-year in view."""
    year = year_of(session, office_year)
    year_id = year.id
    result = year_result(session, year)
    score, official = result.score, result.official
    categories = tuple(
        CategoryBar(
            c.number,
            c.title,
            c.score,
            official.category_scores.get(c.number) if official else None,
        )
        for c in score.categories
    )
    return DashboardData(
        be_year=year.be_year,
        decimals=year.decimals,
        computed_total=score.total,
        target=score.target,
        gap_to_target=score.gap_to_target,
        band=score.band.name if score.band else "",
        next_band=score.next_band.name if score.next_band else "",
        gap_to_next_band=score.gap_to_next_band,
        official_total=official.total if official else None,
        official_band=official.band if official else "",
        official_rank=official.rank if official else None,
        unexplained=result.reconciliation.unexplained if result.reconciliation else None,
        categories=categories,
        states=progress_by_state(session, year_id),
        late=tuple(late_items(session, year_id, today)),
        due_soon=tuple(due_soon_items(session, year_id, today)),
        trend=tuple(score_trend(session, year.office_id)),
        what_if=tuple(what_if_for_year(session, year, limit=what_if_limit)),
    )
