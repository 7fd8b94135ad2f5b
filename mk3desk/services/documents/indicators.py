"""The indicators' reports: every row they show, read in a few queries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

from mk3desk.db.models import (
    Assignment,
    FiscalYear,
    KnowledgeAttendee,
    KnowledgeIndicator,
    KnowledgeSession,
    Person,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.actor import parse_roles
from mk3desk.domain.framework import Level
from mk3desk.domain.knowledge import KIND_TITLES
from mk3desk.domain.workflow import Role
from mk3desk.reports.documents.data import (
    CommentData,
    CriterionData,
    EvidenceData,
    IndicatorData,
    IndicatorsData,
    PdcaTexts,
)
from mk3desk.services import lookup
from mk3desk.services.documents.year import signatory
from mk3desk.services.knowledge.read import SessionView, sessions_for_indicator, view_of
from mk3desk.services.scoring import year_result


def group_head(indicator: YearIndicator) -> Person | None:
    """An executive of the owner's group other than the owner (the group's director)."""
    owner = indicator.assignment.owner if indicator.assignment else None
    if owner is None or owner.group is None:
        return None
    heads = [
        p
        for p in owner.group.members
        if p.active and p.id != owner.id and Role.EXECUTIVE in parse_roles(p.roles)
    ]
    return heads[0] if heads else None


def indicators_data(
    session: Session, year: FiscalYear, indicator_code: str | None = None
) -> IndicatorsData:
    """One indicator (*indicator_code*: NotFoundError if unknown) or every indicator."""
    linked: dict[int, list[SessionView]] | None = None
    if indicator_code:
        indicators = [lookup.find_indicator(session, year, indicator_code)]
    else:
        load_indicator_rows(session, year)
        indicators = list(year.indicators)
        linked = sessions_by_indicator(session, year)
    return IndicatorsData(
        indicators=tuple(indicator_data(ind, linked) for ind in indicators),
        result=year_result(session, year),
    )


def load_indicator_rows(session: Session, year: FiscalYear) -> None:
    """Read the rows every indicator's report shows in a few queries, not a few per indicator.

    The objects land in the session, so ``ind.criteria``, ``c.result``,
    ``ind.pdca`` and the rest are then read without a query each (about 350
    fewer for a year of 34 indicators). The groups' members are left to load
    as they are read: their order decides who signs for a group.
    """
    session.scalars(
        select(YearIndicator)
        .where(YearIndicator.year_id == year.id)
        .options(
            selectinload(YearIndicator.category),
            selectinload(YearIndicator.criteria).selectinload(YearCriterion.result),
            selectinload(YearIndicator.assignment).options(
                selectinload(Assignment.owner), selectinload(Assignment.backup)
            ),
            selectinload(YearIndicator.pdca),
            selectinload(YearIndicator.transitions),
            selectinload(YearIndicator.outcome_values),
            selectinload(YearIndicator.evidence),
        )
    ).all()


def sessions_by_indicator(session: Session, year: FiscalYear) -> dict[int, list[SessionView]]:
    """The knowledge sessions linked to each indicator of *year*, as
    :func:`~mk3desk.services.knowledge.read.sessions_for_indicator` gives them (by
    date, then id), read at once: a query and its loads, not a few per indicator
    (about 130 fewer for a year of 34 indicators)."""
    linked_to_year = (
        select(KnowledgeIndicator.session_id)
        .join(YearIndicator, YearIndicator.id == KnowledgeIndicator.indicator_id)
        .where(YearIndicator.year_id == year.id)
    )
    rows = session.scalars(
        select(KnowledgeSession)
        .where(KnowledgeSession.id.in_(linked_to_year))
        .order_by(KnowledgeSession.held_on, KnowledgeSession.id)
        .options(  # what view_of reads (services.knowledge.read loads the same)
            selectinload(KnowledgeSession.attendees)
            .selectinload(KnowledgeAttendee.person)
            .selectinload(Person.group),
            selectinload(KnowledgeSession.links).selectinload(KnowledgeIndicator.indicator),
            selectinload(KnowledgeSession.materials),
        )
    )
    by_indicator: dict[int, list[SessionView]] = {}
    for view in map(view_of, rows):
        for link in view.indicators:  # a link row each, as the join of the one-by-one query
            by_indicator.setdefault(link.indicator_id, []).append(view)
    return by_indicator


def indicator_data(
    ind: YearIndicator, linked: Mapping[int, Sequence[SessionView]] | None = None
) -> IndicatorData:
    """What *ind*'s report prints; *linked*: the sessions of every indicator, read
    before (:func:`sessions_by_indicator`), else *ind*'s are read now."""
    a = ind.assignment
    owner = a.owner if a else None
    pdca = ind.pdca
    return IndicatorData(
        code=ind.code,
        title=ind.title,
        category_number=ind.category.number,
        category_title=ind.category.title,
        kind=ind.kind,
        state=ind.state,
        guide=ind.guide,
        level_titles={
            Level.BASIC.value: ind.basic_title,
            Level.ADVANCE.value: ind.advance_title,
            Level.SIGNIFICANCE.value: ind.significance_title,
        },
        criteria=tuple(
            CriterionData(
                level=c.level,
                key=c.key,
                text=c.text,
                met=bool(c.result and c.result.met),
                narrative=c.result.narrative if c.result else "",
            )
            for c in ind.criteria
        ),
        unit=ind.unit,
        target=ind.target,
        outcome_values={v.be_year: v.value for v in ind.outcome_values},
        pdca=PdcaTexts(
            pdca.plan_text,
            pdca.do_log,
            pdca.check_notes,
            pdca.act_reflection,
            pdca.act_improvements,
        )
        if pdca
        else PdcaTexts(),
        comments=tuple(
            CommentData(t.at.date(), t.actor_name, t.comment)
            for t in ind.transitions
            if t.comment.strip()
        ),
        evidence=tuple(
            EvidenceData(
                e.file_name,
                e.description,
                e.criterion.key if e.criterion else None,
                e.added_at.date(),
            )
            for e in ind.evidence
            if e.removed_at is None
        )
        + session_evidence(ind, linked),
        owner=signatory(owner),
        backup_name=a.backup.name if a and a.backup else None,
        deadline=a.deadline if a else None,
        group_head=signatory(group_head(ind)),
        group_name=owner.group.name if owner is not None and owner.group is not None else "",
    )


def session_evidence(
    ind: YearIndicator, linked: Mapping[int, Sequence[SessionView]] | None = None
) -> tuple[EvidenceData, ...]:
    """The knowledge sessions linked to *ind* as evidence lines: each material, or the
    session itself when it has none (its record prints from the knowledge page)."""
    if linked is not None:
        views: Sequence[SessionView] = linked.get(ind.id, ())
    else:
        session = object_session(ind)
        if session is None:  # pragma: no cover - always read in a session
            return ()
        views = sessions_for_indicator(session, ind.id)
    lines: list[EvidenceData] = []
    for view in views:
        about = f"{KIND_TITLES[view.kind]}: {view.topic}"
        if not view.materials:
            lines.append(EvidenceData("-", about, None, view.held_on))
        lines += [EvidenceData(m.file_name, about, None, view.held_on) for m in view.materials]
    return tuple(lines)
