"""`mk3desk bundle export|import`: work that travels between machines as .mk3 files.

Import without --prefer stops at the first conflict list (exit 2, nothing written);
so does a bundle with changes refused because their author may not make them here,
without --skip-refused; --dry-run shows the plan and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mk3desk.cli.common import acting, add_db_option, add_office_option, office_year, opened

if TYPE_CHECKING:
    from mk3desk.db.engine import Database
    from mk3desk.domain.office_year import OfficeYear
    from mk3desk.services import bundles


def register(commands: Any) -> None:
    bundle = commands.add_parser("bundle", help="ส่งงาน / รับงานระหว่างเครื่อง (ไฟล์ .mk3)")
    actions = bundle.add_subparsers(dest="bundle_command", metavar="การทำงาน", required=True)

    export = actions.add_parser("export", help="ส่งออกงานของตัวชี้วัด หรือชุดตั้งค่าสำหรับเครื่องอื่น")
    add_db_option(export)
    export.add_argument("--year", type=int, required=True, help="ปีงบประมาณ พ.ศ. เช่น 2567")
    add_office_option(export)
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--indicators", help="รหัสตัวชี้วัด คั่นด้วยจุลภาค เช่น 1.1,7.2.1")
    what.add_argument(
        "--setup", action="store_true", help="ชุดตั้งค่าทั้งปี (สำนักงาน บุคลากร กรอบการประเมิน งาน)"
    )
    export.add_argument("--out", type=Path, required=True, help="ไฟล์ปลายทาง .mk3")
    export.set_defaults(handler=cmd_export)

    load = actions.add_parser("import", help="รับไฟล์ .mk3 เข้าฐานข้อมูลนี้")
    add_db_option(load)
    load.add_argument("--file", type=Path, required=True, help="ไฟล์ .mk3 ที่ได้รับ")
    load.add_argument("--year", type=int, default=None, help="ปีงบประมาณที่กำลังทำงาน (ถ้าต่างจากในไฟล์)")
    add_office_option(load)
    load.add_argument("--dry-run", action="store_true", help="แสดงสิ่งที่จะเปลี่ยน โดยไม่บันทึก")
    load.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        default=None,
        help="ข้อขัดแย้งทุกรายการ: mine = ใช้ฉบับของเครื่องนี้, theirs = ใช้ฉบับที่ส่งมา",
    )
    load.add_argument(
        "--skip-refused",
        action="store_true",
        help="ยืนยันรับส่วนที่เหลือ เมื่อบางรายการไม่รับเพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ (รายการนั้นไม่ถูกบันทึก)",
    )
    load.add_argument(
        "--accept-other-office",
        action="store_true",
        help="ยืนยันรับไฟล์จากสำนักงานอื่นหรือปีงบประมาณอื่น",
    )
    load.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from mk3desk.services import bundles

    with opened(args, writing=True) as database:  # records what was sent
        actor = acting(args, database)
        with database.session() as session:
            chosen = office_year(session, args)
        if args.setup:
            summary = bundles.export_setup(database, chosen, args.out, actor)
        else:
            codes = [c for c in str(args.indicators).split(",") if c.strip()]
            summary = bundles.export_work(database, chosen, codes, args.out, actor)
    print(
        f"ส่งออกแล้ว: {summary.path} — {summary.records} รายการ, ไฟล์หลักฐาน {summary.files} ไฟล์"
        f" (ตัวชี้วัด {', '.join(summary.codes)})"
    )
    return 0


def _print_plan(plan: bundles.MergePlan) -> None:
    from mk3desk.services.bundles import Outcome

    sender = plan.manifest.sent_by
    print(f"ส่งโดย: {sender.name if sender is not None else plan.manifest.created_by}")
    for reason in plan.foreign:
        print(f"คำเตือน: {reason}")
    sections = (
        ("เพิ่มใหม่", plan.added),
        ("รับฉบับที่แก้ไขจากไฟล์", plan.taken),
        ("ลบตามที่ส่งมา", plan.removed),
        ("แก้ไขทั้งสองฝั่ง (ข้อขัดแย้ง)", plan.conflicts),
        ("ไม่รับ", plan.refused),
    )
    for title, items in sections:
        print(f"{title}: {len(items)} รายการ")
        for item in items:
            line = f"  - {item.title}"
            if item.reason:
                line += f": {item.reason}"
            elif item.author:
                line += f" (โดย {item.author})"
            print(line)
            if item.outcome is Outcome.CONFLICT:
                for diff in item.diffs:
                    print(f"      {diff.label}: เครื่องนี้ “{diff.mine}” / ในไฟล์ “{diff.theirs}”")


def _office_year_here(database: Database, args: argparse.Namespace) -> OfficeYear | None:
    """The office-year worked in: ``--year`` (and ``--office``) when given. Without
    ``--year`` the bundle goes to the office it names, or to the database's only
    office (services.bundles)."""
    if args.year is None:
        return None
    with database.session() as session:
        return office_year(session, args)


def cmd_import(args: argparse.Namespace) -> int:
    from mk3desk.services import bundles
    from mk3desk.services.backup import BackupReason, backup_before

    # A new laptop starts from nothing: importing the coordinator's setup creates the file.
    if args.office is not None and args.year is None:
        print("ระบุ --year คู่กับ --office", file=sys.stderr)
        return 2
    with opened(args, create=True, writing=True) as database:
        here = _office_year_here(database, args)
        plan = bundles.inspect_bundle(
            database, args.file, accept_foreign=args.accept_other_office, office_year=here
        )
        _print_plan(plan)
        if args.dry_run:
            print("ทดลองเท่านั้น: ยังไม่ได้บันทึกข้อมูล")
            return 0
        actor = acting(args, database)
        if plan.conflicts and args.prefer is None:
            print(
                "มีข้อมูลที่แก้ไขทั้งสองฝั่ง: ยังไม่ได้รับข้อมูลใด ๆ — เลือก --prefer mine หรือ "
                "--prefer theirs หรือรับผ่านหน้าต่างโปรแกรมเพื่อเลือกทีละรายการ",
                file=sys.stderr,
            )
            return 2
        if plan.refused_by_rights and not args.skip_refused:
            print(
                f"มี {len(plan.refused_by_rights)} รายการที่ไม่รับเพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ "
                "(ดู “ไม่รับ” ข้างบน): ยังไม่ได้รับข้อมูลใด ๆ — "
                "ถ้าจะรับเฉพาะส่วนที่เหลือ ให้รันอีกครั้งพร้อม --skip-refused",
                file=sys.stderr,
            )
            return 2
        decisions: dict[str, bundles.Decision] = {item.id: args.prefer for item in plan.conflicts}
        backup_before(database, BackupReason.BEFORE_IMPORT)  # refused (exit 2) if it fails
        report = bundles.apply_bundle(
            database,
            args.file,
            decisions,
            accept_foreign=args.accept_other_office,
            office_year=here,
            actor=actor,
            skip_refused=args.skip_refused,
        )
    print(report.summary())
    return 0
