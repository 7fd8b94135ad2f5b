"""The score (computed vs official), what-if and the official results."""

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
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from decimal import Decimal

    from mk3desk.services import scoring


def register(commands: Any) -> None:
    score = commands.add_parser("score", help="คะแนนที่คำนวณได้ของปี เทียบกับคะแนนทางการ")
    add_db_option(score)
    add_year_option(score)
    score.add_argument("--json", action="store_true", help="พิมพ์เป็น JSON")
    score.set_defaults(handler=cmd_score)

    whatif = commands.add_parser("whatif", help="ถ้ายกระดับประเด็นใด คะแนนรวมจะเพิ่มมากที่สุด")
    add_db_option(whatif)
    add_year_option(whatif)
    whatif.add_argument("--limit", type=int, default=10)
    whatif.add_argument("--json", action="store_true")
    whatif.set_defaults(handler=cmd_whatif)

    official = commands.add_parser("official", help="บันทึกผลคะแนนทางการที่ สพฐ. ประกาศ")
    add_db_option(official)
    add_year_option(official)
    official.add_argument("--total", default=None, help="คะแนนถ่วงน้ำหนักรวม เช่น 4.74511")
    official.add_argument("--rank", type=int, default=None, help="ลำดับที่ของประเทศ")
    official.add_argument("--band", default="", help="ระดับผลการประเมิน")
    official.add_argument(
        "--category", action="append", default=[], metavar="หมวด=คะแนน", help="เช่น 2=4.75000 (ซ้ำได้)"
    )
    official.set_defaults(handler=cmd_official)


def _score_data(result: scoring.YearResult) -> dict[str, Any]:
    score, official, rec = result.score, result.official, result.reconciliation
    official_by_cat = dict(official.category_scores) if official else {}
    return {
        "fiscal_year": score.fiscal_year,
        "categories": [
            {
                "number": c.number,
                "title": c.title,
                "weight": c.weight,
                "computed": c.score,
                "official": official_by_cat.get(c.number),
            }
            for c in score.categories
        ],
        "adjustments": [
            {"label": a.label, "kind": a.kind.value, "weight": a.weight, "score": a.score}
            for a in score.adjustments
        ],
        "total": score.total,
        "band": score.band.name if score.band else "",
        "target": score.target,
        "gap_to_target": score.gap_to_target,
        "next_band": score.next_band.name if score.next_band else "",
        "gap_to_next_band": score.gap_to_next_band,
        "official": None
        if official is None
        else {"total": official.total, "band": official.band, "rank": official.rank},
        "reconciliation": None
        if rec is None
        else {
            "total_difference": rec.total_difference,
            "formula_total_from_official_categories": rec.formula_total,
            "unexplained": rec.unexplained,
            "lines": [
                {
                    "kind": line.kind.value,
                    "key": line.key,
                    "computed": line.computed,
                    "official": line.official,
                    "difference": line.difference,
                    "effect_on_total": line.effect_on_total,
                    "explanation": line.explanation,
                }
                for line in rec.lines
            ],
        },
    }


def _fmt(value: Decimal | None) -> str:
    from mk3desk.domain.thainum import format_score

    return "-" if value is None else format_score(value)


def cmd_score(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup, scoring

    with reading(args) as session:
        year = lookup.year_of(session, office_year(session, args))
        office_name = year.office.name
        result = scoring.year_result(session, year)
    data = _score_data(result)
    if args.json:
        print_json(data)
        return 0
    print(f"{office_name} — ปีงบประมาณ {data['fiscal_year']}")
    print(f"{'หมวด':<6}{'คำนวณได้':>12}{'ทางการ':>12}  ชื่อหมวด")
    for cat in data["categories"]:
        computed, official_score = _fmt(cat["computed"]), _fmt(cat["official"])
        print(f"{cat['number']:<6}{computed:>12}{official_score:>12}  {cat['title']}")
    official = data["official"] or {}
    print(f"{'รวม':<6}{_fmt(data['total']):>12}{_fmt(official.get('total')):>12}  คะแนนถ่วงน้ำหนัก")
    print(f"ระดับผลการประเมิน (คำนวณ): {data['band'] or '-'}")
    if official:
        print(
            f"ระดับผลการประเมิน (ทางการ): {official['band'] or '-'}  ลำดับที่ {official['rank'] or '-'}"
        )
    if data["target"] is not None:
        gap = data["gap_to_target"]
        state = "ถึงเป้าหมายแล้ว" if gap <= 0 else f"ยังขาดอีก {_fmt(gap)}"
        print(f"เป้าหมาย {_fmt(data['target'])}: {state}")
    if data["next_band"]:
        print(f"ระดับถัดไป “{data['next_band']}” ยังขาดอีก {_fmt(data['gap_to_next_band'])}")
    rec = data["reconciliation"]
    if rec is not None:
        print("\nเทียบคะแนนที่คำนวณกับคะแนนทางการ:")
        for line in rec["lines"]:
            print(f"  - {line['explanation']}")
    return 0


def cmd_whatif(args: argparse.Namespace) -> int:
    from mk3desk.services import lookup, scoring

    with reading(args) as session:
        year = lookup.year_of(session, office_year(session, args))
        steps = scoring.what_if_for_year(session, year, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "code": s.code,
                    "new_total": s.new_total,
                    "gain": s.gain,
                    "reaches_target": s.reaches_target,
                    "description": s.description,
                }
                for s in steps
            ]
        )
        return 0
    if not steps:
        print("ทุกประเด็นได้คะแนนเต็มแล้ว")
    for step in steps:
        print(f"{step.code:<6} +{_fmt(step.gain)} → {_fmt(step.new_total)}  {step.description}")
    return 0


def cmd_official(args: argparse.Namespace) -> int:
    from mk3desk.domain.values import parse_value
    from mk3desk.services import lookup, scoring

    categories: dict[int, Decimal] = {}
    for item in args.category:
        number, sep, value = item.partition("=")
        if not sep or not number.strip().isdigit():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Cli", "รูปแบบ --category ต้องเป็น หมวด=คะแนน เช่น 2=4.75000 (ได้รับ {item})"
                ),
                item=item,
            )
        categories[int(number)] = parse_value(value)
    total = parse_value(args.total) if args.total else None
    with unit_of_work(args) as (session, actor):
        year = lookup.year_of(session, office_year(session, args))
        scoring.record_official(
            session,
            actor,
            year,
            category_scores=categories,
            total=total,
            band=args.band,
            rank=args.rank,
        )
    print(f"บันทึกผลคะแนนทางการของปี {args.year} แล้ว")
    return 0
