"""Looking after the data: `check`, `backup`, `restore`.

``check`` never changes the file it checks (see services.integrity) and exits 1 on
any problem; ``backup`` without ``--to`` backs up into ``backups/`` beside the
database with the rotation; ``restore --list`` shows the backups and ``restore
--from`` puts one back (the current file is kept aside). Each prints its success
only once the work is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mk3desk.cli.common import acting, add_db_option, db_target, is_url, opened, print_json

if TYPE_CHECKING:
    from mk3desk.services.check_findings import CheckReport

REASONS = {
    "manual": "สำรองเอง",
    "daily": "สำรองประจำวัน",
    "before-import": "ก่อนรับไฟล์ .mk3",
    "before-year": "ก่อนสร้างปีงบประมาณ",
    "before-restore": "ก่อนกู้คืน",
    "before-upgrade": "ก่อนปรับรุ่นโครงสร้าง",
}


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="สำรองฐานข้อมูลและไฟล์หลักฐาน")
    add_db_option(backup)
    backup.add_argument(
        "--to",
        default=None,
        help="โฟลเดอร์ปลายทาง เช่น แฟลชไดรฟ์ (ไม่ระบุ: โฟลเดอร์ backups ข้างฐานข้อมูล พร้อมหมุนเวียนชุดเก่า)",
    )
    backup.set_defaults(handler=cmd_backup)

    check = commands.add_parser("check", help="ตรวจความสมบูรณ์ของฐานข้อมูลและไฟล์หลักฐาน (ไม่แก้ไขไฟล์)")
    add_db_option(check)
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--backups", action="append", default=[], type=Path, help="โฟลเดอร์สำรองข้อมูลอื่นที่จะตรวจด้วย"
    )
    check.add_argument(
        "--clean-leftovers",
        action="store_true",
        help="ลบไฟล์ที่ค้างจากการแนบไฟล์หรือการสำรองข้อมูลที่ถูกขัดจังหวะ",
    )
    check.set_defaults(handler=cmd_check)

    restore = commands.add_parser("restore", help="กู้คืนฐานข้อมูลจากข้อมูลสำรอง")
    add_db_option(restore)
    what = restore.add_mutually_exclusive_group(required=True)
    what.add_argument("--list", action="store_true", help="แสดงรายการข้อมูลสำรองที่มี")
    what.add_argument("--from", dest="source", type=Path, help="โฟลเดอร์ข้อมูลสำรองที่จะกู้คืน")
    restore.add_argument(
        "--backups", action="append", default=[], type=Path, help="โฟลเดอร์สำรองข้อมูลอื่นที่จะค้นด้วย"
    )
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)


def _print_report(report: CheckReport, as_json: bool) -> None:
    from mk3desk.services.check_findings import Severity

    if as_json:
        print_json([{"severity": f.severity.value, "message": f.text()} for f in report.findings])
        return
    marks = {Severity.OK: "✓", Severity.WARNING: "!", Severity.PROBLEM: "✗"}
    for finding in report.findings:
        print(f"{marks[finding.severity]} {finding.text()}")
    print("ผลการตรวจ: ปกติ" if report.ok else "ผลการตรวจ: พบปัญหา")


def cmd_check(args: argparse.Namespace) -> int:
    target = db_target(args)
    if is_url(target):
        from mk3desk.services.integrity import check_database

        with opened(args) as database:
            report = check_database(database)
        _print_report(report, args.json)
        return 0 if report.ok else 1
    from mk3desk.services.integrity import check_file, leftover_folders
    from mk3desk.services.leftovers import clean_leftovers, find_leftovers, human_size

    path = Path(target)
    report = check_file(path, backup_folders=args.backups)
    _print_report(report, args.json)
    if args.clean_leftovers:
        evidence_dir = path.with_name(path.stem + "-evidence")
        found = find_leftovers(evidence_dir, leftover_folders(path, args.backups))
        cleaned = clean_leftovers(found)
        print(f"ลบไฟล์ที่ค้างแล้ว {cleaned.removed} รายการ ({human_size(cleaned.freed)})")
        if cleaned.kept_recent:
            print(f"ยังไม่ลบ {cleaned.kept_recent} รายการที่เพิ่งเขียนไม่ถึง 10 นาที (อาจกำลังทำงานอยู่)")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from mk3desk.services.backup import backup_now, backup_rotating

    with opened(args) as database:
        actor = acting(args, database)
        if args.to:
            result = backup_now(database, Path(args.to).expanduser().absolute(), actor=actor)
        else:
            result = backup_rotating(database, database.backup_dir, actor=actor)
    size_mb = result.size / (1024 * 1024)
    print(f"สำรองข้อมูลแล้วที่ {result.folder} ({result.evidence_files} ไฟล์หลักฐาน, {size_mb:.1f} MB)")
    for old in result.removed:
        print(f"ลบข้อมูลสำรองชุดเก่าตามรอบหมุนเวียน: {old.name}")
    return 0


def _label(reason: str) -> str:
    return REASONS.get(reason, reason)


def cmd_restore(args: argparse.Namespace) -> int:
    from mk3desk.domain.thaidate import format_thai_datetime
    from mk3desk.services.backup import backups_of
    from mk3desk.services.leftovers import human_size
    from mk3desk.services.restore import restore

    path = Path(db_target(args))
    if args.list:
        backups = backups_of(path, args.backups)
        if args.json:
            print_json(
                [
                    {
                        "location": str(b.location),
                        "created": b.created,
                        "reason": b.reason,
                        "offices": list(b.offices),
                        "years": list(b.years),
                        "evidence_files": b.evidence_files,
                        "size": b.size,
                    }
                    for b in backups
                ]
            )
            return 0
        if not backups:
            print(f"ยังไม่มีข้อมูลสำรองของ {path.name}")
        for b in backups:
            years = ", ".join(str(y) for y in b.years) or "-"
            offices = ", ".join(b.offices) or "-"
            print(
                f"{format_thai_datetime(b.created)}  {_label(b.reason)}  ปีงบประมาณ {years}  "
                f"{offices}  ({b.evidence_files} ไฟล์หลักฐาน, {human_size(b.size)})\n    {b.location}"
            )
        return 0
    source = args.source.expanduser()
    if not source.exists() and not source.is_absolute():
        for folder in (path.parent / "backups", *args.backups):
            if (folder / source).exists():
                source = folder / source
                break
    actor = None
    if path.is_file():  # a database with accounts: only its coordinator restores it
        with opened(args) as database:
            actor = acting(args, database)
    result = restore(path, source, actor=actor)
    print(f"กู้คืนจาก {result.restored_from.parent} แล้ว: {result.database}")
    if result.kept_aside is not None:
        print(f"เก็บไฟล์เดิมไว้ที่ {result.kept_aside}")
    if result.evidence_added:
        print(f"เพิ่มไฟล์หลักฐานจากข้อมูลสำรอง {result.evidence_added} ไฟล์")
    return 0
