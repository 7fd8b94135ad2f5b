"""`mk3desk committee list|add|member|emblem`: the year's committees and their orders."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mk3desk.cli.common import add_db_option, add_year_option, office_year, reading, unit_of_work
from mk3desk.cli.work_cmds import find_person
from mk3desk.domain.committees import (
    ROLE_TITLES,
    CommitteeDraft,
    CommitteeOrder,
    CommitteeRole,
    parse_role,
)
from mk3desk.domain.thaidate import format_thai_date, parse_thai_date


def register(commands: Any) -> None:
    committee = commands.add_parser("committee", help="คณะกรรมการของปีและคำสั่งแต่งตั้ง")
    actions = committee.add_subparsers(dest="action", metavar="การทำงาน")

    listing = actions.add_parser("list", help="รายชื่อคณะกรรมการของปีพร้อมกรรมการ")
    _options(listing)
    listing.set_defaults(handler=cmd_list)

    add = actions.add_parser(
        "add", help="เพิ่มคณะกรรมการ (ค่าเริ่มต้นจากหน้าตั้งค่า: ประธาน รองประธาน เลขานุการ ผู้ตรวจ)"
    )
    _options(add)
    add.add_argument("--name", default=None, help="ชื่อคณะกรรมการ")
    add.add_argument("--number", default="", help="เลขที่คำสั่ง เช่น 123 (ไม่ต้องใส่ปี)")
    add.add_argument("--date", default=None, help="วันที่สั่ง เช่น 16/10/2566")
    add.add_argument("--subject", default=None, help="เรื่อง")
    add.add_argument(
        "--chair", default=None, help="ชื่อประธานกรรมการ (ไม่ระบุ = จากหน้าตั้งค่า หรือผู้อำนวยการ)"
    )
    add.set_defaults(handler=cmd_add)

    member = actions.add_parser("member", help="เพิ่ม ลบ หรือเปลี่ยนบทบาทกรรมการ")
    _options(member)
    member.add_argument("--committee", type=int, default=None, help="รหัสคณะกรรมการ (ดูจาก list)")
    member.add_argument("--person", required=True, help="ชื่อบุคลากร")
    member.add_argument(
        "--role", default=None, help="บทบาท: ประธาน รองประธาน กรรมการ เลขานุการ ผู้ช่วยเลขานุการ"
    )
    member.add_argument("--remove", action="store_true", help="นำออกจากคณะกรรมการ")
    member.set_defaults(handler=cmd_member)

    emblem = actions.add_parser("emblem", help="กำหนดภาพตราครุฑที่พิมพ์บนคำสั่ง (PNG/JPEG)")
    add_db_option(emblem)
    emblem.add_argument("file", nargs="?", type=Path, help="ไฟล์ภาพ (ไม่ระบุ = นำภาพออก)")
    emblem.set_defaults(handler=cmd_emblem)
    committee.set_defaults(handler=lambda args: (committee.print_help(), 0)[1])


def _options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    add_year_option(parser)


def cmd_list(args: argparse.Namespace) -> int:
    from mk3desk.services.committees import read

    with reading(args) as session:
        listed = read.committees(session, office_year(session, args))
    for c in listed:
        day = format_thai_date(c.order.signed_on) if c.order.signed_on else "-"
        print(f"[{c.committee_id}] {c.name} — คำสั่งที่ {c.order.number or '-'} ลงวันที่ {day}")
        for n, m in enumerate(c.members, 1):
            print(f"    {n:>2}. {m.name:<32} {ROLE_TITLES[m.role]}")
    if not listed:
        print("ยังไม่มีคณะกรรมการในปีนี้")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup
    from mk3desk.services.committees import save
    from mk3desk.services.committees.working import working_draft

    with unit_of_work(args) as (session, actor):
        chosen = office_year(session, args)
        base = working_draft(session, chosen) or CommitteeDraft(name="", order=CommitteeOrder())
        listed = base.members
        if args.chair:
            chair = find_person(session, lookup.year_of(session, chosen), args.chair)
            listed = (
                (chair.id, CommitteeRole.CHAIR),
                *(
                    (pid, role)
                    for pid, role in listed
                    if pid != chair.id and role is not CommitteeRole.CHAIR
                ),
            )
        draft = CommitteeDraft(
            name=args.name or base.name,
            order=CommitteeOrder(
                number=args.number,
                signed_on=parse_thai_date(args.date) if args.date else None,
                subject=args.subject or base.order.subject,
                signer_name=base.order.signer_name,
                signer_position=base.order.signer_position,
            ),
            preamble=base.preamble,
            duties=base.duties,
            members=listed,
        )
        new_id = save.create_committee(session, actor, chosen, draft)
        done = f"เพิ่มคณะกรรมการ [{new_id}] {draft.name} แล้ว ({len(draft.members)} คน)"
    print(done)
    return 0


def cmd_member(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup
    from mk3desk.services.committees import members, read

    with unit_of_work(args) as (session, actor):
        chosen = office_year(session, args)
        listed = read.committees(session, chosen)
        committee_id = args.committee or (listed[0].committee_id if listed else 0)
        person = find_person(session, lookup.year_of(session, chosen), args.person)
        current = read.committee(session, chosen, committee_id)
        present = any(m.person_id == person.id for m in current.members)
        if args.remove:
            members.remove_member(session, actor, chosen, committee_id, person.id)
            done = f"นำ {person.name} ออกจาก{current.name}แล้ว"
        else:
            role = parse_role(args.role or "กรรมการ")
            if present:
                members.change_role(session, actor, chosen, committee_id, person.id, role)
            else:
                members.add_member(session, actor, chosen, committee_id, person.id, role)
            done = f"{person.name}: {ROLE_TITLES[role]} ใน{current.name}"
    print(done)
    return 0


def cmd_emblem(args: argparse.Namespace) -> int:
    from mk3desk.services.committees import order_options

    with unit_of_work(args) as (session, actor):
        order_options.set_emblem(session, actor, args.file)
    print("บันทึกภาพตราครุฑแล้ว" if args.file else "นำภาพตราครุฑออกแล้ว")
    return 0
