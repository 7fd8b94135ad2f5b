"""Setting up an office and its fiscal years from a framework template."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mk3desk.db.models import (
    FiscalYear,
    Office,
    YearAdjustment,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import Framework, IndicatorKind, Level
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require

DEFAULT_TEMPLATE = "pmqa40-fy2567.yaml"


def default_template_path() -> Path:
    from mk3desk.paths import frameworks_dir

    return frameworks_dir() / DEFAULT_TEMPLATE


def create_office(
    session: Session, actor: Actor, *, name: str, short_name: str = "", area: str = ""
) -> Office:
    require(session, actor, Action.FRAMEWORK)
    name = normalise_text(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Office", "กรุณาระบุชื่อสำนักงาน"))
    office = Office(name=name, short_name=normalise_text(short_name), area=normalise_text(area))
    session.add(office)
    session.flush()
    audit(session, actor, "office.create", name)
    return office


def start_office(
    session: Session, actor: Actor, *, name: str, short_name: str, area: str, be_year: int
) -> int:
    """First start: a new office and its first fiscal year from the built-in template
    (one action, all or nothing); the year's id."""
    office = create_office(session, actor, name=name, short_name=short_name, area=area)
    return create_year(session, actor, be_year=be_year, office_id=office.id).id


def create_year(
    session: Session,
    actor: Actor,
    *,
    be_year: int,
    framework: Framework | None = None,
    template: Path | None = None,
    office_id: int | None = None,
) -> FiscalYear:
    """Create fiscal year *be_year* with its own copy of a framework.

    The framework comes from *framework*, or is loaded from *template* (default:
    the built-in PMQA 4.0 template). The copy is the year's own: editing it later
    changes nothing in other years.
    """
    require(session, actor, Action.FRAMEWORK)
    office = get_office(session, office_id)
    if not 2500 <= be_year <= 2700:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Office", "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ {year})"),
            year=be_year,
        )
    if any(y.be_year == be_year for y in office.years):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Office", "ปีงบประมาณ {year} มีอยู่แล้วใน{office}"),
            year=be_year,
            office=office.name,
        )
    source = ""
    if framework is None:
        from mk3desk.domain.template import load_framework

        path = template or default_template_path()
        framework = load_framework(path)
        source = path.name
    framework.validate()
    year = FiscalYear(
        office=office,
        be_year=be_year,
        title=framework.title,
        note=framework.note,
        target=framework.target,
        decimals=framework.policy.decimals,
        rounding=framework.policy.rounding,
        outcome_min_score=framework.policy.outcome_min_score,
        template_source=source,
    )
    session.add(year)
    copy_framework_into_year(year, framework)
    session.flush()
    audit(session, actor, "year.create", f"{office.name} {be_year}", source)
    return year


def copy_framework_into_year(year: FiscalYear, framework: Framework) -> None:
    order = 0
    for cat in framework.categories:
        category = YearCategory(number=cat.number, title=cat.title, weight=cat.weight)
        year.categories.append(category)
        for ind in cat.indicators:
            order += 1
            # Setting category= puts the row in category.indicators; year.indicators gets it below.
            row = YearIndicator(
                category=category,
                code=ind.code,
                title=ind.title,
                kind=ind.kind.value,
                weight=ind.weight,
                sort_order=order,
                guide=ind.guide,
                basic_title=ind.level_titles.get(Level.BASIC, ""),
                advance_title=ind.level_titles.get(Level.ADVANCE, ""),
                significance_title=ind.level_titles.get(Level.SIGNIFICANCE, ""),
                unit=ind.unit,
                target=ind.target,
            )
            if ind.kind is IndicatorKind.OUTCOME and ind.rule is not None:
                rule = ind.rule
                row.direction = rule.direction.value
                row.rule_type = rule.rule_type.value
                padded = list(rule.thresholds) + [None] * (5 - len(rule.thresholds))
                row.t1, row.t2, row.t3, row.t4, row.t5 = padded[:5]
                row.floor, row.ceiling = rule.floor, rule.ceiling
            for n, crit in enumerate(ind.criteria):
                row.criteria.append(
                    YearCriterion(
                        key=crit.key, level=crit.level.value, text=crit.text, sort_order=n
                    )
                )
            year.indicators.append(row)
    for band in framework.bands:
        year.bands.append(YearBand(name=band.name, min_score=band.min_score))
    for n, adj in enumerate(framework.adjustments):
        year.adjustments.append(
            YearAdjustment(
                label=adj.label,
                kind=adj.kind.value,
                weight=adj.weight,
                score=adj.score,
                note=adj.note,
                sort_order=n,
            )
        )
