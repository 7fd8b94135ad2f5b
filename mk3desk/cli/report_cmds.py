"""`mk3desk report <kind> --db X --year 2567 [--office O] --out FILE.pdf`: print a Thai PDF."""

from __future__ import annotations

import argparse
import atexit
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mk3desk.cli.common import add_db_option, add_year_option, office_year, opened
from mk3desk.reports.documents.registry import KINDS


def register(commands: Any) -> None:
    listing = "\n".join(f"  {kind.key:<14} {kind.title}" for kind in KINDS)
    report = commands.add_parser(
        "report",
        help="พิมพ์เอกสาร PDF ภาษาไทย (สรุปผล รายงานตัวชี้วัด เล่มรายงาน คำสั่ง ฯลฯ)",
        description=f"พิมพ์เอกสาร PDF ของปีงบประมาณ เอกสารที่มี:\n{listing}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kinds = report.add_subparsers(dest="kind", metavar="ชนิดเอกสาร")
    for kind in KINDS:
        sub = kinds.add_parser(kind.key, help=kind.title, description=kind.title)
        add_db_option(sub)
        add_year_option(sub)
        sub.add_argument("--out", type=Path, required=True, help="ไฟล์ PDF ที่จะบันทึก")
        if kind.per_indicator:
            sub.add_argument("--indicator", default=None, help="รหัสตัวชี้วัด เช่น 1.1 (ไม่ระบุ = ทุกตัวชี้วัด)")
        if kind.key == "committee":
            sub.add_argument(
                "--date",
                default=None,
                help="วันที่สั่งที่พิมพ์ เช่น 16/10/2566 (ไม่ระบุ = วันที่บันทึกไว้ในคณะกรรมการ)",
            )
            sub.add_argument(
                "--committee", type=int, default=None, help="รหัสคณะกรรมการ (ไม่ระบุ = คณะแรกของปี)"
            )
        if kind.per_session:
            sub.add_argument(
                "--session",
                type=int,
                default=None,
                help="รหัสการประชุม/อบรม (ดูจาก mk3desk knowledge list; ไม่ระบุ = ครั้งแรกของปี)",
            )
        # The PDF is written and closed, the database closed, when cmd_report returns.
        sub.set_defaults(handler=cmd_report, quick_exit=True)
    report.set_defaults(handler=lambda args: _help(report))


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


# While a document is printed, the cyclic garbage collector runs after this many new
# objects (Python's default is 700): the story, its tables and the PDF's objects live
# until the file is written, and most collections only walked them again.
_BATCH_THRESHOLD = (10_000, 10, 10)


_final_collection_skipped = False


@contextmanager
def _batch_collection() -> Iterator[None]:
    """The garbage collector tuned for one document printed in a process of its own.

    The imports (SQLAlchemy, reportlab, the services: about 120,000 objects the
    collector tracks, that live as long as the process) run with the collector off
    and are then frozen out of its reach (``gc.freeze``); the work after runs with
    fewer collections. The collector ran 350 times over them and the growing story
    (0.15-0.3 s of a 2 s book) and found next to nothing to free: the process's peak
    memory is the same either way. Everything
    is put back afterwards (the tests run commands in their own process).

    At exit Python runs one more full collection over everything still alive before
    it tears the modules down: about 0.3 s after the book, again for nothing (the
    document is written and closed, the database closed). Freezing the objects first
    (an exit handler) skips that collection; the interpreter still frees them.
    """
    global _final_collection_skipped
    if not _final_collection_skipped:
        atexit.register(gc.freeze)
        _final_collection_skipped = True
    enabled = gc.isenabled()
    thresholds = gc.get_threshold()
    # A process that freezes objects itself (the test workers) keeps doing so: the
    # command's freeze could not be undone without thawing the caller's objects too.
    freezes = gc.get_freeze_count() == 0
    gc.disable()
    try:
        import mk3desk.services.reports  # noqa: F401 - the imports, with the collector off

        if freezes:
            gc.freeze()
        gc.set_threshold(*_BATCH_THRESHOLD)
        gc.enable()
        yield
    finally:
        if freezes:
            gc.unfreeze()
        gc.set_threshold(*thresholds)
        if not enabled:
            gc.disable()


def cmd_report(args: argparse.Namespace) -> int:
    with _batch_collection():
        return _report(args)


def _report(args: argparse.Namespace) -> int:
    from mk3desk.domain.thaidate import parse_thai_date
    from mk3desk.services.reports import generate

    date_text = getattr(args, "date", None)
    signed_on = parse_thai_date(date_text) if date_text else None

    with opened(args) as database:
        with database.session() as session:
            chosen = office_year(session, args)
        result = generate(
            database,
            args.kind,
            chosen,
            args.out,
            indicator_code=getattr(args, "indicator", None),
            committee_id=getattr(args, "committee", None),
            signed_on=signed_on,
            session_id=getattr(args, "session", None),
        )
    for warning in result.warnings:
        print(f"คำเตือน: {warning}", file=sys.stderr)
    print(f"บันทึก {result.path} แล้ว: {result.pages} หน้า รหัสตรวจสอบ {result.code}")
    return 0
