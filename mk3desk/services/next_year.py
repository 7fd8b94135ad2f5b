"""Starting the next fiscal year from the one that ends (แฟ้ม → เริ่มปีงบประมาณใหม่…).

One user action, all or nothing, inside the caller's transaction:

* the new year gets its own framework from the built-in template or a framework
  workbook (the same sheets Excel → framework imports);
* groups and people are the office's, not a year's: the new year has them already;
* the committees the clerk asks for are copied as *drafts to confirm*: the same name,
  members (people who have left are dropped), duties and signer, the subject and
  reasons with the year changed, and no order number or date (the clerk gives them
  when the new order is signed);
* the assignments (Key Man, backup; the deadline a year later) of the ticked codes;
* Act feeds Plan: each indicator's improvements become the start of the next year's
  Plan of the indicator with the same code (domain.carry_forward). An indicator gone
  next year keeps its items unmatched: starting is refused with a Thai list of them
  unless the coordinator has seen that list (``accept_unmatched``); then they are
  reported, and nothing of them is written.

The backup before a new year is the caller's (services.backup.backup_before), taken
before the transaction opens, as ``mk3desk year create`` does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Committee, FiscalYear, PdcaRecord, YearIndicator
from mk3desk.domain import carry_forward as carry
from mk3desk.domain.committees import (
    CommitteeDraft,
    CommitteeOrder,
    CommitteeRole,
    MemberEntry,
    check_members,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.domain.framework import Framework
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services import lookup, people
from mk3desk.services.committees.save import create_committee
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require
from mk3desk.services.years import create_year, default_template_path


@dataclass(frozen=True)
class AssignmentChoice:
    """An assignment of the year that ends whose code exists next year: tickable."""

    code: str
    title: str
    owner: str
    backup: str


@dataclass(frozen=True)
class NextYearPreview:
    """What starting the next year would do, for the dialog (nothing written)."""

    from_year: int
    be_year: int
    source: str  # the template's or the workbook's file name
    indicators: int
    assignments: tuple[AssignmentChoice, ...]
    committees: tuple[str, ...]
    carried: dict[str, tuple[str, ...]]  # next year's code -> Act items
    unmatched: tuple[str, ...]  # Thai lines, one per indicator gone next year


@dataclass(frozen=True)
class NextYearRequest:
    be_year: int
    framework_file: Path | None = None  # None: the built-in template
    assignments: frozenset[str] = frozenset()  # codes whose Key Man and backup are copied
    committees: bool = False
    accept_unmatched: bool = False  # the coordinator has seen the unmatched Act items


@dataclass(frozen=True)
class NextYearResult:
    office_year: OfficeYear
    indicators: int
    carried: int  # indicators whose Plan starts with last year's Act items
    assignments: int
    committees: tuple[str, ...]  # copied as drafts
    skipped_committees: tuple[str, ...] = ()  # Thai: why a committee was not copied
    unmatched: tuple[str, ...] = field(default_factory=tuple)


def next_framework(framework_file: Path | None) -> tuple[Framework, str]:
    """The new year's framework and where it came from; a workbook's problems refuse it."""
    from mk3desk.domain.template import load_framework

    template = default_template_path()
    base = load_framework(template)
    if framework_file is None:
        return base, template.name
    from mk3desk.excel.kinds.framework import rows_to_framework
    from mk3desk.excel.problems import ImportRefused, ProblemList
    from mk3desk.services.excel import read_rows

    rows, problems = read_rows("framework", framework_file)
    found = ProblemList(problems)
    framework = rows_to_framework(base, rows, found) if rows else None
    if found or framework is None:
        raise ImportRefused(found)
    framework.validate()
    return framework, framework_file.name


def act_items(year: FiscalYear) -> list[carry.ActItems]:
    """Each indicator's Act improvements of *year*, as items (in the framework's order)."""
    return [
        carry.ActItems(ind.code, ind.title, carry.improvement_items(ind.pdca.act_improvements))
        for ind in sorted(year.indicators, key=lambda i: i.sort_order)
        if ind.pdca is not None
    ]


def _assignable(year: FiscalYear, codes: set[str]) -> tuple[AssignmentChoice, ...]:
    choices = []
    for ind in sorted(year.indicators, key=lambda i: i.sort_order):
        a = ind.assignment
        if a is None or a.owner is None or ind.code not in codes or not a.owner.active:
            continue
        backup = a.backup.name if a.backup is not None and a.backup.active else ""
        choices.append(AssignmentChoice(ind.code, ind.title, a.owner.name, backup))
    return tuple(choices)


def _committees(session: Session, year: FiscalYear) -> list[Committee]:
    return list(
        session.scalars(
            select(Committee)
            .where(Committee.year_id == year.id)
            .order_by(Committee.sort_order, Committee.id)
        )
    )


def _refuse_existing(year: FiscalYear, be_year: int) -> None:
    if any(y.be_year == be_year for y in year.office.years):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "NextYear",
                "ปีงบประมาณ {year} มีอยู่แล้วใน{office} — เลือกปีที่ยังไม่มี หรือเปิดปี {year} จากแถบด้านบน",
            ),
            year=be_year,
            office=year.office.name,
        )


def preview_next_year(
    session: Session, office_year: OfficeYear, be_year: int, framework_file: Path | None = None
) -> NextYearPreview:
    """What :func:`start_next_year` would do from *office_year*; refuses as it would."""
    year = lookup.year_of(session, office_year)
    _refuse_existing(year, be_year)
    framework, source = next_framework(framework_file)
    codes = [ind.code for cat in framework.categories for ind in cat.indicators]
    plan = carry.match_items(act_items(year), codes)
    return NextYearPreview(
        from_year=year.be_year,
        be_year=be_year,
        source=source,
        indicators=len(codes),
        assignments=_assignable(year, set(codes)),
        committees=tuple(c.name for c in _committees(session, year)),
        carried=plan.matched,
        unmatched=tuple(carry.unmatched_lines(plan, be_year)),
    )


def refuse_unmatched(unmatched: tuple[str, ...]) -> None:
    """Refuse to start while Act items have nowhere to go and nobody has seen them."""
    if unmatched:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "NextYear",
                "ข้อปรับปรุง (Act) ของตัวชี้วัดต่อไปนี้ไม่มีตัวชี้วัดรหัสเดียวกันในปีใหม่ "
                "ยังไม่ได้สร้างปีงบประมาณ — ตรวจรายการแล้วยืนยันว่าจะยกไปเอง:\n{lines}",
            ),
            lines="\n".join(f"• {line}" for line in unmatched),
        )


def start_next_year(
    session: Session, actor: Actor, office_year: OfficeYear, request: NextYearRequest
) -> NextYearResult:
    """Create the year after *office_year* as *request* says (see the module docstring)."""
    require(session, actor, Action.FRAMEWORK)
    source = lookup.year_of(session, office_year)
    _refuse_existing(source, request.be_year)
    if request.be_year <= source.be_year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("NextYear", "ปีงบประมาณใหม่ต้องอยู่หลังปี {source} (ได้รับ {year})"),
            source=source.be_year,
            year=request.be_year,
        )
    framework, origin = next_framework(request.framework_file)
    codes = [ind.code for cat in framework.categories for ind in cat.indicators]
    plan = carry.match_items(act_items(source), codes)
    unmatched = tuple(carry.unmatched_lines(plan, request.be_year))
    if not request.accept_unmatched:
        refuse_unmatched(unmatched)
    year = create_year(
        session, actor, be_year=request.be_year, framework=framework, office_id=source.office_id
    )
    year.template_source = origin
    session.flush()
    new_office_year = lookup.office_year_of(year)
    by_code = {ind.code: ind for ind in year.indicators}
    for code, items in plan.matched.items():
        _start_plan(by_code[code], items, source.be_year)
    assigned = _copy_assignments(session, actor, source, by_code, request.assignments)
    copied: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()
    if request.committees:
        copied, skipped = _copy_committees(session, actor, source, new_office_year)
    session.flush()
    audit(
        session,
        actor,
        "year.next",
        f"{year.office.name} {source.be_year}->{year.be_year}",
        f"carried={len(plan.matched)} unmatched={len(unmatched)} "
        f"assignments={assigned} committees={len(copied)}",
    )
    return NextYearResult(
        office_year=new_office_year,
        indicators=len(by_code),
        carried=len(plan.matched),
        assignments=assigned,
        committees=copied,
        skipped_committees=skipped,
        unmatched=unmatched,
    )


def _start_plan(indicator: YearIndicator, items: tuple[str, ...], from_year: int) -> None:
    if indicator.pdca is None:
        indicator.pdca = PdcaRecord(plan_text="")
    record = indicator.pdca
    record.plan_text = carry.starting_plan(items, from_year, record.plan_text or "")


def _later(day: date | None) -> date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _copy_assignments(
    session: Session,
    actor: Actor,
    source: FiscalYear,
    by_code: dict[str, YearIndicator],
    codes: Iterable[str],
) -> int:
    wanted = set(codes)
    count = 0
    for ind in source.indicators:
        a = ind.assignment
        target = by_code.get(ind.code)
        if ind.code not in wanted or target is None or a is None or a.owner is None:
            continue
        if not a.owner.active:
            continue
        backup = a.backup_id if a.backup is not None and a.backup.active else None
        people.assign(
            session,
            actor,
            target.id,
            owner_id=a.owner_id,
            backup_id=backup,
            deadline=_later(a.deadline),
        )
        count += 1
    return count


def _next_text(text: str, old: int, new: int) -> str:
    return text.replace(str(old), str(new))


def _copy_committees(
    session: Session, actor: Actor, source: FiscalYear, target: OfficeYear
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    copied: list[str] = []
    skipped: list[str] = []
    old, new = source.be_year, target.be_year
    for committee in _committees(session, source):
        members = [m for m in committee.members if m.person.active]
        entries = [MemberEntry(m.person_id, m.person.name, CommitteeRole(m.role)) for m in members]
        try:
            check_members(entries)
        except Mk3Error as error:
            skipped.append(f"{committee.name}: {error}")
            continue
        draft = CommitteeDraft(
            name=committee.name,
            order=CommitteeOrder(
                subject=_next_text(committee.subject, old, new),
                signer_name=committee.signer_name,
                signer_position=committee.signer_position,
            ),
            preamble=_next_text(committee.preamble, old, new),
            duties=committee.duties,
            members=tuple((e.person_id, e.role) for e in entries),
        )
        create_committee(session, actor, target, draft)
        copied.append(committee.name)
    return tuple(copied), tuple(skipped)
