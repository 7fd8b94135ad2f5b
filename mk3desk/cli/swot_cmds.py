"""`mk3desk swot show|set`: the year's SWOT analysis from the command line.

``show`` prints the four lists, who took part and when, in the text format of
:mod:`mk3desk.domain.swot_text`. ``set`` saves the analysis as the SWOT dialog
does (the coordinator's right, the same rules), either

* from a text file in that format (``--file``: the whole analysis is replaced), so
  ``swot show > swot.txt``, an edit, and ``swot set --file swot.txt`` round-trip; or
* from options: ``--strength``, ``--weakness``, ``--opportunity``, ``--threat`` and
  ``--participant`` (each repeatable, one item each) replace only the lists given,
  ``--date`` the day; what is not given is kept.

It prints what it saved only after the transaction is committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mk3desk.cli.common import add_db_option, add_year_option, office_year, reading, unit_of_work

_LISTS = (
    ("strength", "strengths", "จุดแข็ง"),
    ("weakness", "weaknesses", "จุดอ่อน"),
    ("opportunity", "opportunities", "โอกาส"),
    ("threat", "threats", "อุปสรรค"),
    ("participant", "participants", "ผู้ร่วมวิเคราะห์"),
)


def register(commands: Any) -> None:
    swot = commands.add_parser("swot", help="การวิเคราะห์ SWOT ของปี (จุดแข็ง จุดอ่อน โอกาส อุปสรรค)")
    actions = swot.add_subparsers(dest="action", metavar="การทำงาน")

    show = actions.add_parser("show", help="แสดงการวิเคราะห์ SWOT ของปี")
    add_db_option(show)
    add_year_option(show)
    show.set_defaults(handler=cmd_show)

    change = actions.add_parser(
        "set",
        help="บันทึกการวิเคราะห์ SWOT ของปี จากไฟล์ข้อความ (--file) หรือทีละรายการ (--strength ...)",
    )
    add_db_option(change)
    add_year_option(change)
    change.add_argument(
        "--file",
        type=Path,
        default=None,
        help="ไฟล์ข้อความ UTF-8 รูปแบบเดียวกับที่ swot show พิมพ์ (แทนที่การวิเคราะห์ทั้งหมด)",
    )
    for option, _field, title in _LISTS:
        change.add_argument(
            f"--{option}",
            action="append",
            default=None,
            metavar="ข้อความ",
            help=f"{title} หนึ่งข้อ (ใส่ซ้ำได้หลายครั้ง แทนที่รายการ{title}เดิมทั้งหมด)",
        )
    change.add_argument("--date", default=None, help="วันที่วิเคราะห์ เช่น 20/11/2566")
    change.set_defaults(handler=cmd_set)
    swot.set_defaults(handler=lambda args: (swot.print_help(), 0)[1])


def _heading(be_year: int, office: str) -> str:
    return f"การวิเคราะห์ SWOT ปีงบประมาณ {be_year} — {office}"


def cmd_show(args: argparse.Namespace) -> int:
    from mk3desk.domain.swot_text import swot_text
    from mk3desk.services.swot import load_swot

    with reading(args) as session:
        chosen = office_year(session, args)
        view = load_swot(session, chosen)
    if view.version is None:
        print(f"# {_heading(chosen.be_year, chosen.office_name)}: ยังไม่มีการวิเคราะห์ SWOT")
        return 0
    print(swot_text(view.swot, _heading(chosen.be_year, chosen.office_name)), end="")
    return 0


def _typed(args: argparse.Namespace, current: Any) -> Any:
    """The analysis to save: the file's, or *current* with the lists and day given."""
    from dataclasses import replace

    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
    from mk3desk.domain.swot import item_error, lines
    from mk3desk.domain.swot_text import parse_swot_text
    from mk3desk.domain.thaidate import parse_thai_date

    given = {field: getattr(args, option) for option, field, _t in _LISTS}
    if args.file is not None:
        if any(v is not None for v in given.values()) or args.date:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Cli", "ใช้ --file หรือระบุรายการทีละข้อ อย่างใดอย่างหนึ่ง ไม่ใช้พร้อมกัน")
            )
        try:
            text = args.file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Cli", "อ่านไฟล์ {name} ไม่ได้ (ต้องเป็นไฟล์ข้อความ UTF-8): {reason}"),
                name=args.file.name,
                reason=getattr(exc, "strerror", None) or str(exc),
            ) from exc
        return parse_swot_text(text)
    if all(v is None for v in given.values()) and not args.date:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Cli", "ไม่มีอะไรจะบันทึก — ระบุ --file หรือ --strength/--weakness/--opportunity/--threat"
            )
        )
    changes: dict[str, Any] = {}
    for field, typed in given.items():
        if typed is None:
            continue
        for item in typed:
            if (error := item_error(" ".join(item.split()))) is not None:
                raise error
        changes[field] = lines("\n".join(" ".join(item.split()) for item in typed))
    if args.date:
        changes["held_on"] = parse_thai_date(args.date)
    return replace(current, **changes)


def cmd_set(args: argparse.Namespace) -> int:
    from mk3desk.services.swot import load_swot, save_swot

    with unit_of_work(args) as (session, actor):
        chosen = office_year(session, args)
        view = load_swot(session, chosen)
        swot = _typed(args, view.swot)
        save_swot(session, actor, chosen, swot, version=view.version)
        done = (
            f"บันทึกการวิเคราะห์ SWOT ปีงบประมาณ {chosen.be_year} แล้ว: "
            f"จุดแข็ง {len(swot.strengths)} จุดอ่อน {len(swot.weaknesses)} "
            f"โอกาส {len(swot.opportunities)} อุปสรรค {len(swot.threats)} ข้อ "
            f"ผู้ร่วมวิเคราะห์ {len(swot.participants)} ราย"
        )
    print(done)
    return 0
