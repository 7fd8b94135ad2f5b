"""`mk3desk knowledge list|add`: the year's knowledge sessions (meetings, trainings, lessons).

Print a session's attendance sheet or record with
``mk3desk report attendance|knowledge-record --session ID``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mk3desk.cli.common import (
    acting,
    add_db_option,
    add_year_option,
    office_year,
    opened,
    reading,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mk3desk.db.evidence_store import EvidenceFiles
    from mk3desk.services.context import Actor


def register(commands: Any) -> None:
    knowledge = commands.add_parser(
        "knowledge", help="การพัฒนาความรู้: ประชุมชี้แจง อบรม ถอดบทเรียน ให้คำปรึกษา"
    )
    actions = knowledge.add_subparsers(dest="action", metavar="การทำงาน")

    listing = actions.add_parser("list", help="รายการประชุม/อบรมของปี พร้อมจำนวนผู้เข้าร่วม")
    add_db_option(listing)
    add_year_option(listing)
    listing.set_defaults(handler=cmd_list)

    add = actions.add_parser("add", help="บันทึกการประชุม/อบรมใหม่พร้อมผู้เข้าร่วม")
    add_db_option(add)
    add_year_option(add)
    add.add_argument("--date", required=True, help="วันที่จัด เช่น 8/11/2566")
    add.add_argument("--topic", required=True, help="หัวข้อ/เรื่อง")
    add.add_argument(
        "--kind", default="ชี้แจง", help="ประเภท: ชี้แจง อบรม ถอดบทเรียน โค้ช (ค่าเริ่มต้น: ชี้แจง)"
    )
    add.add_argument("--speaker", default="", help="วิทยากร/ประธาน")
    add.add_argument("--place", default="", help="สถานที่")
    add.add_argument("--lessons", default="", help="สาระสำคัญ/บทเรียนที่ได้ (ขึ้นบรรทัดใหม่ด้วย \\n)")
    add.add_argument(
        "--attendee",
        action="append",
        default=[],
        metavar="ชื่อ[=สถานะ]",
        help="ผู้เข้าร่วม (ใส่ได้หลายครั้ง) สถานะ: เข้าร่วม (ค่าเริ่มต้น) ลา ขาด เช่น “นางบุษบา มณีรัตน์=ลา”",
    )
    add.add_argument(
        "--indicator", action="append", default=[], help="รหัสตัวชี้วัดที่เกี่ยวข้อง (ใส่ได้หลายครั้ง)"
    )
    add.add_argument(
        "--material", action="append", default=[], type=Path, help="ไฟล์เอกสารประกอบ (ใส่ได้หลายครั้ง)"
    )
    add.set_defaults(handler=cmd_add)
    knowledge.set_defaults(handler=lambda args: (knowledge.print_help(), 0)[1])


def cmd_list(args: argparse.Namespace) -> int:
    from mk3desk.domain.knowledge import KIND_TITLES
    from mk3desk.domain.thaidate import format_thai_date
    from mk3desk.services.knowledge.read import sessions

    with reading(args) as session:
        listed = sessions(session, office_year(session, args))
    for s in listed:
        count = s.count
        codes = ", ".join(i.code for i in s.indicators) or "-"
        print(
            f"[{s.session_id}] {format_thai_date(s.held_on, style='short')} "
            f"{KIND_TITLES[s.kind]}: {s.topic}"
        )
        print(
            f"    เข้าร่วม {count.attended}/{count.invited} คน (ลา {count.leave} ขาด {count.absent})"
            f"  ตัวชี้วัด {codes}  เอกสาร {len(s.materials)} ไฟล์"
        )
    if not listed:
        print("ยังไม่มีการประชุม/อบรมในปีนี้")
    return 0


def cmd_add(args: argparse.Namespace) -> int:

    with opened(args, writing=True) as database:
        actor = acting(args, database)  # before the transaction, as unit_of_work does
        store = database.evidence_store()
        with database.transaction() as session:
            done = _add(session, actor, store, args)
    print(done)
    return 0


def _add(session: Session, actor: Actor, store: EvidenceFiles, args: argparse.Namespace) -> str:
    from mk3desk.cli.work_cmds import find_person
    from mk3desk.domain.knowledge import Attendance, SessionDraft, parse_attendance, parse_kind
    from mk3desk.domain.thaidate import parse_thai_date
    from mk3desk.services import lookup
    from mk3desk.services.knowledge.materials import add_material
    from mk3desk.services.knowledge.save import create_session

    chosen = office_year(session, args)
    year = lookup.year_of(session, chosen)
    attendees = []
    for entry in args.attendee:
        name, _sep, status = entry.partition("=")
        person = find_person(session, year, name)
        attendees.append((person.id, parse_attendance(status) if status else Attendance.ATTENDED))
    draft = SessionDraft(
        held_on=parse_thai_date(args.date),
        topic=args.topic,
        kind=parse_kind(args.kind),
        speaker=args.speaker,
        place=args.place,
        lessons=args.lessons.replace("\\n", "\n"),
        attendees=tuple(attendees),
        indicator_ids=tuple(lookup.find_indicator(session, year, c).id for c in args.indicator),
    )
    new_id = create_session(session, actor, chosen, draft)
    for path in args.material:
        add_material(session, store, actor, chosen, new_id, path)
    return (
        f"บันทึกการประชุม/อบรม [{new_id}] {draft.topic} แล้ว "
        f"(ผู้เข้าร่วม {len(attendees)} คน เอกสาร {len(args.material)} ไฟล์)"
    )
