"""Recording the work: assignments, PDCA moves, criteria met, outcome values."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from mk3desk.cli.common import (
    add_db_option,
    add_year_option,
    office_year,
    print_json,
    reading,
    unit_of_work,
)
from mk3desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from mk3desk.domain.workflow import STATE_TITLES, State

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mk3desk.db.models import FiscalYear, Person


def register(commands: Any) -> None:
    listing = commands.add_parser("indicators", help="รายการตัวชี้วัดของปี พร้อมผู้รับผิดชอบและสถานะ")
    add_db_option(listing)
    add_year_option(listing)
    listing.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON")
    listing.set_defaults(handler=cmd_indicators)

    assign = commands.add_parser("assign", help="มอบหมายผู้รับผิดชอบตัวชี้วัด")
    _indicator_options(assign)
    assign.add_argument("--owner", required=True, help="ชื่อผู้รับผิดชอบหลัก (Key Man)")
    assign.add_argument("--backup", default=None, help="ชื่อผู้รับผิดชอบสำรอง")
    assign.add_argument("--deadline", default=None, help="วันส่งงาน เช่น 30/6/2567")
    assign.set_defaults(handler=cmd_assign)

    move = commands.add_parser("move", help="เปลี่ยนสถานะ PDCA ของตัวชี้วัด")
    _indicator_options(move)
    move.add_argument("--to", required=True, choices=[s.value for s in State], help="สถานะใหม่")
    move.add_argument("--comment", default="", help="เหตุผล / ข้อเสนอแนะ")
    move.add_argument("--as", dest="as_person", default=None, help="ชื่อผู้ดำเนินการ")
    move.set_defaults(handler=cmd_move)

    crit = commands.add_parser("criterion", help="บันทึกเกณฑ์ที่ผ่าน / ไม่ผ่าน ของประเด็นการประเมิน")
    _indicator_options(crit)
    crit.add_argument("--met", default="", help="รหัสเกณฑ์ที่ผ่าน คั่นด้วยจุลภาค เช่น B1,B2,A1")
    crit.add_argument("--unmet", default="", help="รหัสเกณฑ์ที่ไม่ผ่าน")
    crit.add_argument("--narrative", default=None, help="คำอธิบายผลการดำเนินงาน (ใช้กับทุกเกณฑ์ที่ระบุ)")
    crit.set_defaults(handler=cmd_criterion)

    outcome = commands.add_parser("outcome", help="บันทึกค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์")
    _indicator_options(outcome)
    outcome.add_argument("--value", required=True, help="ค่าที่ได้ (ว่าง = ลบค่า)")
    outcome.add_argument("--for-year", type=int, default=None, help="ปีของค่า (ค่าเริ่มต้น: ปีเดียวกัน)")
    outcome.set_defaults(handler=cmd_outcome)


def _indicator_options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    add_year_option(parser)
    parser.add_argument("--indicator", required=True, help="รหัสตัวชี้วัด เช่น 1.1 หรือ 7.2")


def find_person(session: Session, year: FiscalYear, name: str) -> Person:
    from mk3desk.services import people

    for person in people.people(session, year.office_id, active_only=False):
        if person.name == name.strip():
            return person
    raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "ไม่พบบุคลากรชื่อ “{name}”"), name=name)


def cmd_indicators(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup

    with reading(args) as session:
        year = lookup.year_of(session, office_year(session, args))
        rows: list[dict[str, Any]] = []
        for ind in year.indicators:
            owner = ind.assignment.owner if ind.assignment else None
            deadline = ind.assignment.deadline if ind.assignment else None
            rows.append(
                {
                    "code": ind.code,
                    "title": ind.title,
                    "state": ind.state,
                    "owner": owner.name if owner else "",
                    "deadline": deadline,
                }
            )
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        state = STATE_TITLES[State(row["state"])]
        owner_name = row["owner"] or "-"
        print(f"{row['code']:<6} {state:<16} {owner_name:<30} {str(row['title'])[:60]}")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from mk3desk.domain.thaidate import parse_thai_date
    from mk3desk.services import lookup, people

    with unit_of_work(args) as (session, actor):
        year = lookup.year_of(session, office_year(session, args))
        indicator = lookup.find_indicator(session, year, args.indicator)
        owner = find_person(session, year, args.owner)
        backup = find_person(session, year, args.backup) if args.backup else None
        deadline = parse_thai_date(args.deadline) if args.deadline else None
        people.assign(
            session,
            actor,
            indicator.id,
            owner_id=owner.id,
            backup_id=backup.id if backup else None,
            deadline=deadline,
        )
        done = f"มอบหมายตัวชี้วัด {indicator.code} ให้ {owner.name} แล้ว"
    print(done)  # only once the transaction has committed
    return 0


def cmd_move(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup, workflow
    from mk3desk.services.context import Actor

    with unit_of_work(args) as (session, actor):
        year = lookup.year_of(session, office_year(session, args))
        indicator = lookup.find_indicator(session, year, args.indicator)
        if args.as_person:
            if not actor.full_rights:  # with accounts, a person acts by logging in
                raise PermissionDeniedError(
                    QT_TRANSLATE_NOOP("Cli", "ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ใช้ --user แทน --as-person")
                )
            actor = Actor.of(find_person(session, year, args.as_person))
        target = State(args.to)
        workflow.move_indicator(session, actor, indicator.id, target, args.comment)
        done = f"ตัวชี้วัด {indicator.code}: {STATE_TITLES[target]}"
    print(done)  # only once the transaction has committed
    return 0


def cmd_criterion(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup, pdca

    met = [k.strip() for k in args.met.split(",") if k.strip()]
    unmet = [k.strip() for k in args.unmet.split(",") if k.strip()]
    if not met and not unmet and args.narrative is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Cli", "ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง")
        )
    with unit_of_work(args) as (session, actor):
        year = lookup.year_of(session, office_year(session, args))
        indicator = lookup.find_indicator(session, year, args.indicator)
        for key, value in [(k, True) for k in met] + [(k, False) for k in unmet]:
            pdca.set_criterion(
                session, actor, indicator.id, key, met=value, narrative=args.narrative
            )
        done = f"บันทึกเกณฑ์ของตัวชี้วัด {indicator.code} แล้ว ({len(met)} ผ่าน, {len(unmet)} ไม่ผ่าน)"
    print(done)  # only once the transaction has committed
    return 0


def cmd_outcome(args: argparse.Namespace) -> int:
    from mk3desk.domain.values import parse_value
    from mk3desk.services import lookup, pdca

    value = parse_value(args.value) if args.value.strip() else None
    with unit_of_work(args) as (session, actor):
        year = lookup.year_of(session, office_year(session, args))
        indicator = lookup.find_indicator(session, year, args.indicator)
        for_year = args.for_year or year.be_year
        pdca.set_outcome_value(session, actor, indicator.id, for_year, value)
        shown = value if value is not None else "-"
        done = f"บันทึกค่าตัวชี้วัด {indicator.code} ปี {for_year} = {shown}"
    print(done)  # only once the transaction has committed
    return 0
