"""Setting up: the demo office, a new office, a fiscal year, groups and people."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from mk3desk.cli.common import (
    PASSWORD_VARIABLE,
    add_db_option,
    add_office_option,
    add_year_option,
    db_target,
    opened,
    password_for,
    unit_of_work,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from mk3desk.db.engine import Database
    from mk3desk.services.context import Actor


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="สร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3 (ปี 2566–2567)")
    add_db_option(demo)
    demo.set_defaults(handler=cmd_demo)

    office = commands.add_parser("office", help="สร้างสำนักงาน").add_subparsers(dest="action")
    create = office.add_parser("create", help="สร้างสำนักงานใหม่")
    add_db_option(create)
    create.add_argument("--name", required=True, help="ชื่อเต็มของสำนักงาน")
    create.add_argument("--short", default="", help="ชื่อย่อ เช่น สพป.มหาสารคาม เขต 3")
    create.add_argument("--area", default="", help="จังหวัด / เขตพื้นที่")
    create.add_argument(
        "--coordinator",
        default=None,
        help="ชื่อ-นามสกุลของผู้ประสาน: สร้างบัญชีผู้ใช้แรกของสำนักงาน "
        f"(รหัสผ่านจาก {PASSWORD_VARIABLE} หรือพิมพ์เมื่อถาม)",
    )
    create.add_argument("--coordinator-user", default="coordinator", help="ชื่อผู้ใช้ของผู้ประสาน")
    create.set_defaults(handler=cmd_office_create)

    year = commands.add_parser("year", help="ปีงบประมาณ").add_subparsers(dest="action")
    ycreate = year.add_parser("create", help="สร้างปีงบประมาณจากแม่แบบกรอบการประเมิน")
    add_db_option(ycreate)
    add_year_option(ycreate)
    ycreate.add_argument("--template", type=Path, default=None, help="ไฟล์แม่แบบ (.yaml)")
    ycreate.add_argument(
        "--from",
        dest="from_year",
        type=int,
        default=None,
        help="ปีที่สิ้นสุด: ยกข้อปรับปรุง (Act) ของแต่ละตัวชี้วัดไปเป็นจุดเริ่มของแผน (Plan) ปีใหม่",
    )
    ycreate.add_argument(
        "--framework", type=Path, default=None, help="กรอบตัวชี้วัดจากไฟล์ Excel (ใช้กับ --from)"
    )
    ycreate.add_argument(
        "--assignments",
        nargs="?",
        const="all",
        default="",
        help="คัดลอกผู้รับผิดชอบจากปีเดิม: ทุกตัวชี้วัด หรือรหัสคั่นด้วยจุลภาค เช่น 1.1,2.4",
    )
    ycreate.add_argument(
        "--committees", action="store_true", help="คัดลอกคณะกรรมการจากปีเดิมเป็นร่างรอยืนยัน"
    )
    ycreate.add_argument(
        "--accept-unmatched",
        action="store_true",
        help="สร้างต่อแม้ข้อปรับปรุงของตัวชี้วัดที่ไม่มีในปีใหม่จะยกไปไม่ได้ (แสดงรายการให้)",
    )
    ycreate.set_defaults(handler=cmd_year_create)

    group = commands.add_parser("group", help="กลุ่มงาน").add_subparsers(dest="action")
    gadd = group.add_parser("add", help="เพิ่มกลุ่มงาน")
    add_db_option(gadd)
    gadd.add_argument("--name", required=True)
    add_office_option(gadd)
    gadd.set_defaults(handler=cmd_group_add)

    person = commands.add_parser("person", help="บุคลากร").add_subparsers(dest="action")
    padd = person.add_parser("add", help="เพิ่มบุคลากร")
    add_db_option(padd)
    padd.add_argument("--name", required=True, help="ชื่อ-นามสกุล พร้อมคำนำหน้า")
    add_office_option(padd)
    padd.add_argument("--position", default="", help="ตำแหน่ง")
    padd.add_argument("--group", default=None, help="ชื่อกลุ่มงาน")
    padd.add_argument(
        "--role",
        default="staff",
        help="บทบาท คั่นด้วยจุลภาค: staff, reviewer, coordinator, executive, viewer",
    )
    padd.set_defaults(handler=cmd_person_add)


def cmd_demo(args: argparse.Namespace) -> int:
    from mk3desk.services.demo import create_demo

    # The build takes seconds: say so first, and on a terminal show how far it is.
    print("กำลังสร้างข้อมูลตัวอย่าง (สามปีงบประมาณ) อาจใช้เวลาสักครู่…", file=sys.stderr, flush=True)
    shown = _percent_on_terminal(sys.stderr)
    with opened(args, create=True, writing=True) as database:
        summary = create_demo(database, progress=shown)
    if shown is not None:
        print(file=sys.stderr)
    print(f"สร้างข้อมูลตัวอย่างแล้วใน {db_target(args)}")
    print(summary)
    print(demo_accounts_text())
    return 0


def _percent_on_terminal(stream: TextIO) -> Callable[[int], None] | None:
    """Per cent done, rewritten on one line of *stream*, when it is a terminal (not a
    file or a pipe, where the lines would pile up)."""
    if not stream.isatty():
        return None
    last = -1

    def show(percent: int) -> None:
        nonlocal last
        if percent != last:
            last = percent
            stream.write(f"\r{percent:3d}%")
            stream.flush()

    return show


def demo_accounts_text() -> str:
    from mk3desk.services import demo_data

    users = ", ".join(user for user, _index in demo_data.DEMO_ACCOUNTS)
    return (
        f"บัญชีผู้ใช้ตัวอย่าง (รหัสผ่าน {demo_data.DEMO_PASSWORD} ทุกบัญชี): {users}\n"
        f"เช่น: {PASSWORD_VARIABLE}={demo_data.DEMO_PASSWORD} mk3desk move --user coordinator ..."
    )


def cmd_office_create(args: argparse.Namespace) -> int:
    from mk3desk.cli.account_cmds import code_text
    from mk3desk.services import accounts, recovery, years

    password = password_for(args.coordinator_user) if args.coordinator else ""
    with unit_of_work(args, create=True) as (session, actor):
        office = years.create_office(
            session, actor, name=args.name, short_name=args.short, area=args.area
        )
        done = f"สร้างสำนักงาน “{office.name}” แล้ว"
        if args.coordinator:
            accounts.create_coordinator(
                session,
                actor,
                office.id,
                name=args.coordinator,
                user_name=args.coordinator_user,
                password=password,
            )
            code = recovery.issue_code(session, actor, office.id)
            done += (
                f"\nบัญชีผู้ประสาน: {args.coordinator_user} — คำสั่งที่บันทึกข้อมูลต่อจากนี้ต้องระบุ "
                f"--user {args.coordinator_user} (รหัสผ่านจาก {PASSWORD_VARIABLE} หรือพิมพ์เมื่อถาม)\n"
                "ถ้าลืมรหัสผ่านของผู้ประสาน: mk3desk account recover --user "
                f"{args.coordinator_user} พร้อมรหัสกู้คืนนี้\n{code_text(code)}"
            )
    print(done)  # only once the transaction has committed
    return 0


def cmd_year_create(args: argparse.Namespace) -> int:
    from mk3desk.services.backup import BackupReason, backup_before
    from mk3desk.services.context import Actor

    if args.from_year is not None:
        return _next_year(args)
    with opened(args) as database:
        backup_before(database, BackupReason.BEFORE_YEAR)  # refused (exit 2) if it fails
        done = _create_year(database, args, Actor.system())
    print(done)  # only once the transaction has committed
    return 0


def _create_year(database: Database, args: argparse.Namespace, actor: Actor) -> str:
    from mk3desk.services import lookup, years

    with database.transaction() as session:
        office = lookup.find_office(session, args.office)
        year = years.create_year(
            session, actor, be_year=args.year, template=args.template, office_id=office.id
        )
        count = len(year.indicators)
        return f"สร้างปีงบประมาณ {year.be_year} แล้ว ({count} ตัวชี้วัด จาก {year.template_source})"


def _next_year(args: argparse.Namespace) -> int:
    from mk3desk.cli.common import acting
    from mk3desk.services import lookup, next_year
    from mk3desk.services.backup import BackupReason, backup_before

    with opened(args, writing=True) as database:
        actor = acting(args, database)
        with database.session() as session:
            source = lookup.resolve_year(session, args.from_year, args.office)
            codes = _assignment_codes(session, source, args.assignments)
        request = next_year.NextYearRequest(
            be_year=args.year,
            framework_file=args.framework,
            assignments=codes,
            committees=args.committees,
            accept_unmatched=args.accept_unmatched,
        )
        with database.session() as session:  # refuse before the backup: nothing written
            preview = next_year.preview_next_year(session, source, args.year, args.framework)
        if not args.accept_unmatched:
            next_year.refuse_unmatched(preview.unmatched)
        backup_before(database, BackupReason.BEFORE_YEAR)  # refused (exit 2) if it fails
        with database.transaction() as session:
            result = next_year.start_next_year(session, actor, source, request)
    lines = [
        f"สร้างปีงบประมาณ {args.year} ต่อจากปี {args.from_year} แล้ว ({result.indicators} ตัวชี้วัด)",
        f"ยกข้อปรับปรุง (Act) ไปเป็นจุดเริ่มของแผน: {result.carried} ตัวชี้วัด",
        f"คัดลอกผู้รับผิดชอบ: {result.assignments} ตัวชี้วัด",
    ]
    if result.committees:
        lines.append("คณะกรรมการ (ร่าง รอเลขที่และวันที่คำสั่ง): " + ", ".join(result.committees))
    lines += [f"ไม่ได้คัดลอก {why}" for why in result.skipped_committees]
    if result.unmatched:
        lines.append("ข้อปรับปรุงที่ยกไปไม่ได้ (โปรดยกไปเอง):")
        lines += [f"  • {line}" for line in result.unmatched]
    print("\n".join(lines))  # only once the transaction has committed
    return 0


def _assignment_codes(session: Any, source: Any, wanted: str) -> frozenset[str]:
    from mk3desk.services import lookup

    if not wanted:
        return frozenset()
    year = lookup.year_of(session, source)
    if wanted == "all":
        return frozenset(ind.code for ind in year.indicators)
    return frozenset(code.strip() for code in wanted.split(",") if code.strip())


def cmd_group_add(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup, people

    with unit_of_work(args) as (session, actor):
        office = lookup.find_office(session, args.office)
        group = people.add_group(session, actor, args.name, office_id=office.id)
        done = f"เพิ่มกลุ่ม “{group.name}” แล้ว"
    print(done)  # only once the transaction has committed
    return 0


def cmd_person_add(args: argparse.Namespace) -> int:
    from mk3desk.domain.workflow import Role
    from mk3desk.services import lookup, people

    roles = [Role(r.strip()) for r in args.role.split(",") if r.strip()]
    with unit_of_work(args) as (session, actor):
        office = lookup.find_office(session, args.office)
        group = None
        if args.group:
            group = next((g for g in office.groups if g.name == args.group), None)
            if group is None:
                group = people.add_group(session, actor, args.group, office_id=office.id)
        person = people.add_person(
            session,
            actor,
            name=args.name,
            position=args.position,
            group=group,
            roles=roles,
            office_id=office.id,
        )
        done = f"เพิ่ม “{person.name}” แล้ว"
    print(done)  # only once the transaction has committed
    return 0
