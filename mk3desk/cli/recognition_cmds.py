"""`mk3desk certificate praise|issue|list|print` and `mk3desk poster`: K – Kindness and
publishing the year."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mk3desk.cli.common import add_db_option, add_year_option, office_year, reading, unit_of_work


def register(commands: Any) -> None:
    certificate = commands.add_parser("certificate", help="ยกย่องชมเชย รางวัล และเกียรติบัตร")
    actions = certificate.add_subparsers(dest="action", metavar="การทำงาน")

    praise = actions.add_parser("praise", help="บันทึกการยกย่องชมเชยหรือรางวัลของบุคลากรหรือกลุ่มงาน")
    _options(praise)
    who = praise.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", help="ชื่อบุคลากร")
    who.add_argument("--group", help="ชื่อกลุ่มงาน")
    praise.add_argument("--reason", required=True, help="เหตุผลของการยกย่อง")
    praise.add_argument("--date", required=True, help="วันที่ เช่น 20/9/2567")
    praise.add_argument("--award", default="", help="ชื่อรางวัล (ไม่ระบุ = ยกย่องชมเชย)")
    praise.set_defaults(handler=cmd_praise)

    issue = actions.add_parser(
        "issue", help="ออกเกียรติบัตร (หนึ่งหน้าต่อหนึ่งคน) ลงทะเบียนเลขที่ แล้วบันทึกเป็น PDF"
    )
    _options(issue)
    issue.add_argument(
        "--recognition", type=int, action="append", required=True, help="รหัสการยกย่อง (ดูจาก list)"
    )
    issue.add_argument("--signer", default=None, help="ชื่อผู้ลงนาม (ไม่ระบุ = ผู้อำนวยการจากหน้าตั้งค่า)")
    issue.add_argument("--position", default=None, help="ตำแหน่งผู้ลงนาม")
    issue.add_argument("--date", default=None, help="วันที่ให้ไว้ เช่น 27/9/2567 (ไม่ระบุ = วันนี้)")
    issue.add_argument("--out", type=Path, required=True, help="ไฟล์ PDF ที่จะบันทึก")
    issue.set_defaults(handler=cmd_issue)

    listing = actions.add_parser("list", help="การยกย่องของปีและทะเบียนเกียรติบัตร")
    _options(listing)
    listing.set_defaults(handler=cmd_list)

    reprint = actions.add_parser("print", help="พิมพ์เกียรติบัตรที่ออกแล้วจากทะเบียนอีกครั้ง")
    _options(reprint)
    reprint.add_argument("--number", type=int, action="append", help="เลขที่ (ไม่ระบุ = ทั้งปี)")
    reprint.add_argument("--out", type=Path, required=True, help="ไฟล์ PDF ที่จะบันทึก")
    reprint.set_defaults(handler=cmd_print)
    certificate.set_defaults(handler=lambda args: (certificate.print_help(), 0)[1])

    poster = commands.add_parser(
        "poster", help="ภาพสรุปผลการประเมินของปีสำหรับเผยแพร่ (PNG 1080×1350 และโปสเตอร์ PDF A4)"
    )
    _options(poster)
    poster.add_argument("--pdf", type=Path, default=None, help="โปสเตอร์ PDF ขนาด A4")
    poster.add_argument("--png", type=Path, default=None, help="ภาพ PNG 1080×1350 สำหรับสื่อออนไลน์")
    poster.set_defaults(handler=cmd_poster)


def _options(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    add_year_option(parser)


def cmd_praise(args: argparse.Namespace) -> int:
    from mk3desk.cli.work_cmds import find_person
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
    from mk3desk.domain.recognition import KIND_TITLES, RecognitionDraft, RecognitionKind
    from mk3desk.domain.thaidate import parse_thai_date
    from mk3desk.services import lookup
    from mk3desk.services.recognition.read import choices
    from mk3desk.services.recognition.save import add_recognition

    kind = RecognitionKind.AWARD if args.award.strip() else RecognitionKind.PRAISE
    with unit_of_work(args) as (session, actor):
        chosen = office_year(session, args)
        person_id = group_id = None
        if args.person:
            person_id = find_person(session, lookup.year_of(session, chosen), args.person).id
        else:
            groups = dict((name, gid) for gid, name in choices(session, chosen)[1])
            group_id = groups.get(" ".join(args.group.split()))
            if group_id is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Cli", "ไม่พบกลุ่มงานชื่อ “{name}”"), name=args.group
                )
        new_id = add_recognition(
            session,
            actor,
            chosen,
            RecognitionDraft(
                kind=kind,
                reason=args.reason,
                awarded_on=parse_thai_date(args.date),
                person_id=person_id,
                group_id=group_id,
                title=args.award,
            ),
        )
    print(f"บันทึก{KIND_TITLES[kind]} [{new_id}] {args.person or args.group} แล้ว")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from datetime import date

    from mk3desk.domain.office_settings import Signatory
    from mk3desk.domain.thaidate import parse_thai_date
    from mk3desk.reports.certificates import build_certificates
    from mk3desk.services.documents.recognition import certificates_data
    from mk3desk.services.recognition.certificates import issue_certificates
    from mk3desk.services.recognition.read import default_signer

    with unit_of_work(args) as (session, actor):
        chosen = office_year(session, args)
        signer = default_signer(session, chosen)
        if args.signer is not None:
            signer = Signatory(args.signer, args.position or "")
        elif args.position:
            signer = Signatory(signer.name, args.position)
        issued_on = parse_thai_date(args.date) if args.date else date.today()
        ids = issue_certificates(session, actor, chosen, args.recognition, signer, issued_on)
        data = certificates_data(session, chosen, ids)
    # Issued and committed: the register holds them even if the file cannot be written.
    warnings = build_certificates(args.out, data)
    for warning in warnings:
        print(f"คำเตือน: {warning}")
    first, last = data.certificates[0], data.certificates[-1]
    print(
        f"ออกเกียรติบัตร {len(ids)} ฉบับ เลขที่ {first.number}–{last.number}/{first.be_year} "
        f"บันทึกที่ {args.out}"
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from mk3desk.domain.recognition import KIND_TITLES, number_text
    from mk3desk.domain.thaidate import format_thai_date
    from mk3desk.domain.thainum import NumeralStyle
    from mk3desk.services.recognition.read import recognitions, register

    with reading(args) as session:
        chosen = office_year(session, args)
        listed = recognitions(session, chosen)
        issued = register(session, chosen)
    arabic = NumeralStyle.ARABIC
    print("การยกย่องชมเชยและรางวัล:")
    for r in listed:
        day = format_thai_date(r.awarded_on, style="short", digits=arabic)
        what = r.title or KIND_TITLES[r.kind]
        print(
            f"  [{r.recognition_id}] {day} {r.recipient} — {what}: {r.reason} "
            f"(เกียรติบัตร {r.certificates})"
        )
    if not listed:
        print("  (ยังไม่มี)")
    print("ทะเบียนเกียรติบัตร:")
    for c in issued:
        day = format_thai_date(c.issued_on, style="short", digits=arabic)
        print(
            f"  {number_text(c.number, c.be_year)}  {day}  {c.recipient_name}  "
            f"ลงนาม {c.signer.name}"
        )
    if not issued:
        print("  (ยังไม่มี)")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from mk3desk.reports.certificates import build_certificates
    from mk3desk.services.documents.recognition import certificates_data
    from mk3desk.services.recognition.read import register

    with reading(args) as session:
        chosen = office_year(session, args)
        wanted = None
        if args.number:
            wanted = [
                c.certificate_id for c in register(session, chosen) if c.number in args.number
            ]
        data = certificates_data(session, chosen, wanted)
    for warning in build_certificates(args.out, data):
        print(f"คำเตือน: {warning}")
    print(f"บันทึกเกียรติบัตร {len(data.certificates)} ฉบับที่ {args.out}")
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
    from mk3desk.services import publishing
    from mk3desk.services.documents.recognition import poster_data

    if args.pdf is None and args.png is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Cli", "กรุณาระบุ --pdf หรือ --png (หรือทั้งสองอย่าง)"))
    with reading(args) as session:
        data = poster_data(session, office_year(session, args))
    if args.pdf is not None:
        publishing.write_poster_pdf(data, args.pdf)
        print(f"บันทึกโปสเตอร์ PDF ที่ {args.pdf}")
    if args.png is not None:
        publishing.write_poster_png_without_qt(data, args.png)
        print(f"บันทึกภาพ PNG 1080×1350 ที่ {args.png}")
    return 0
