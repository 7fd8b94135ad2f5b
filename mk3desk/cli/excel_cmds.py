"""`mk3desk template|import|export KIND`: the office's Excel workbooks from the command line.

A committee's members (``committee-members``) need ``--committee ID`` and a
session's attendance (``attendance``) ``--session ID``, as ``committee list`` and
``knowledge list`` show them.

An import prints every problem (sheet, row, column, Thai message) and exits 2
with nothing written; success prints what was added, changed and left alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mk3desk.cli.common import acting, add_db_option, add_year_option, office_year, opened

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mk3desk.domain.office_year import OfficeYear

# The kinds as the parser lists them: key -> Thai title, the importable ones first.
# A copy of mk3desk.services.excel.KINDS, which imports openpyxl and the services —
# too heavy for building the parser of every command (docs/STARTUP.md);
# tests/test_cli_startup.py keeps the two equal.
KIND_TITLES: dict[str, str] = {
    "framework": "กรอบการประเมินของปี (หมวด ประเด็น เกณฑ์ ตัวชี้วัดผลลัพธ์)",
    "people": "บุคลากรและกลุ่มงาน",
    "assignments": "ผู้รับผิดชอบตัวชี้วัด",
    "outcomes": "ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์",
    "official": "ผลการประเมินทางการที่ สพฐ. ประกาศ",
    "swot": "การวิเคราะห์ SWOT ของปี",
    "committee-members": "รายชื่อกรรมการและหน้าที่ของคณะกรรมการ",
    "attendance": "รายชื่อผู้เข้าร่วมประชุม/อบรม",
    "scores": "คะแนนรายหมวดและรายตัวชี้วัด",
    "progress": "ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)",
    "evidence": "ดัชนีไฟล์หลักฐาน",
    "certificates": "ทะเบียนเกียรติบัตร",
}
IMPORT_KINDS: tuple[str, ...] = (
    "framework",
    "people",
    "assignments",
    "outcomes",
    "official",
    "swot",
    "committee-members",
    "attendance",
)


def _kinds_help(keys: tuple[str, ...]) -> str:
    return "; ".join(f"{key} = {KIND_TITLES[key]}" for key in keys)


def _add_record_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--committee",
        type=int,
        default=None,
        help="รหัสคณะกรรมการ (ดูจาก committee list) สำหรับ committee-members",
    )
    parser.add_argument(
        "--session",
        type=int,
        default=None,
        help="รหัสการประชุม/อบรม (ดูจาก knowledge list) สำหรับ attendance",
    )


def register(commands: Any) -> None:
    template = commands.add_parser("template", help="บันทึกแม่แบบ Excel สำหรับกรอกข้อมูลแล้วนำเข้า")
    template.add_argument("kind", choices=IMPORT_KINDS, help=_kinds_help(IMPORT_KINDS))
    template.add_argument("--out", type=Path, required=True, help="ไฟล์ .xlsx ที่จะบันทึก")
    template.add_argument(
        "--db",
        type=Path,
        default=None,
        help="ฐานข้อมูล: ให้รายการเลือกมีกลุ่มงาน บุคลากร และรหัสตัวชี้วัดจริงของสำนักงาน",
    )
    add_year_option(template, required=False)
    _add_record_options(template)
    template.set_defaults(handler=cmd_template)

    importer = commands.add_parser("import", help="นำเข้าข้อมูลจากไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)")
    importer.add_argument("kind", choices=IMPORT_KINDS, help=_kinds_help(IMPORT_KINDS))
    add_db_option(importer)
    add_year_option(importer, required=False)
    _add_record_options(importer)
    importer.add_argument("--file", type=Path, required=True, help="ไฟล์ .xlsx ที่จะนำเข้า")
    importer.add_argument("--dry-run", action="store_true", help="ตรวจอย่างเดียว ไม่บันทึกลงฐานข้อมูล")
    importer.set_defaults(handler=cmd_import)

    exporter = commands.add_parser("export", help="ส่งออกข้อมูลหรือรายงานเป็นไฟล์ Excel")
    exporter.add_argument("kind", choices=tuple(KIND_TITLES), help=_kinds_help(tuple(KIND_TITLES)))
    add_db_option(exporter)
    add_year_option(exporter, required=False)
    _add_record_options(exporter)
    exporter.add_argument("--out", type=Path, required=True, help="ไฟล์ .xlsx ที่จะบันทึก")
    exporter.set_defaults(handler=cmd_export)


def _where(
    session: Session, args: argparse.Namespace
) -> tuple[OfficeYear | None, int | None, int | None]:
    """``--year``/``--office`` resolved once: the office-year of a year kind, or the
    office of an office kind (without ``--year`` a year kind is refused by the service);
    and the committee or session of a record kind."""
    from mk3desk.services import excel
    from mk3desk.services.lookup import find_office

    scope = excel.KINDS[args.kind].scope
    if scope is excel.Scope.OFFICE:
        return None, find_office(session, args.office).id, None
    record_id = {excel.Scope.COMMITTEE: args.committee, excel.Scope.SESSION: args.session}.get(
        scope
    )
    if args.year is None:
        return None, None, record_id
    return office_year(session, args), None, record_id


def cmd_template(args: argparse.Namespace) -> int:
    from mk3desk.services import excel

    if args.db is None:
        path = excel.save_template(args.kind, args.out)
    else:
        with opened(args) as database, database.session() as session:
            chosen, office_id, record_id = _where(session, args)
            path = excel.save_template(
                args.kind, args.out, session, chosen, office_id=office_id, record_id=record_id
            )
    print(f"บันทึกแม่แบบ “{excel.KINDS[args.kind].title_th}” แล้วที่ {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from mk3desk.services import excel
    from mk3desk.services.excel import ImportRefused

    with opened(args, writing=not args.dry_run) as database:
        with database.session() as session:
            chosen, office_id, record_id = _where(session, args)
        actor = None if args.dry_run else acting(args, database)
        try:
            report = excel.import_workbook(
                database,
                args.kind,
                chosen,
                args.file,
                office_id=office_id,
                record_id=record_id,
                dry_run=args.dry_run,
                actor=actor,
            )
        except ImportRefused as refused:
            print(
                f"ไม่ได้นำเข้าไฟล์ {args.file.name}: พบปัญหา {len(refused.problems)} รายการ"
                " (ยังไม่ได้บันทึกข้อมูลใด ๆ ลงฐานข้อมูล)",
                file=sys.stderr,
            )
            for problem in refused.problems:
                print(f"• {problem}", file=sys.stderr)
            return 2
    if args.dry_run:
        print(f"ตรวจไฟล์แล้ว ไม่พบปัญหา (ยังไม่ได้บันทึก): {report.summary_th}")
    else:
        print(f"นำเข้าแล้ว: {report.summary_th}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mk3desk.services import excel

    with opened(args) as database, database.session() as session:
        chosen, office_id, record_id = _where(session, args)
        path = excel.export_session(
            session, args.kind, chosen, args.out, office_id=office_id, record_id=record_id
        )
    print(f"ส่งออก “{excel.KINDS[args.kind].title_th}” แล้วที่ {path}")
    return 0
