"""`mk3desk <command>`: the same services as the GUI, from the command line, in Thai.

Exit codes: 0 done; 1 the command ran and found a problem (``check``); 2 the
command was refused (bad input, unknown year, a workflow rule, a damaged database)
— nothing written. No traceback reaches the clerk: a database error that escaped a
unit of work is the Thai "damaged" message, anything else a Thai "unexpected error"
line (``MK3DESK_TRACEBACK=1`` shows the traceback for a developer).

Building the parser is cheap: the command modules import only argparse and
:mod:`mk3desk.cli.common` at the top, and each command imports the services it
uses when it runs, so ``mk3desk --version`` and ``--help`` load neither SQLAlchemy,
reportlab, openpyxl nor the services (docs/STARTUP.md, "The command line").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mk3desk import argparse_thai
from mk3desk.cli import (
    account_cmds,
    bundle_cmds,
    committee_cmds,
    common,
    excel_cmds,
    knowledge_cmds,
    maintenance_cmds,
    recognition_cmds,
    report_cmds,
    score_cmds,
    server_cmds,
    setup_cmds,
    swot_cmds,
    work_cmds,
)
from mk3desk.domain.errors import Mk3Error


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with *command* one of :data:`ALONE` only (the others
    are not registered: argparse's sub-parsers are a third of a short command's start)."""
    argparse_thai.install()
    parser = argparse.ArgumentParser(
        prog="mk3desk",
        description="mk3desk — งานตัวชี้วัด PMQA 4.0 / KRS ของสำนักงานเขตพื้นที่การศึกษา "
        "(เรียก mk3desk โดยไม่มีคำสั่งเพื่อเปิดหน้าต่างโปรแกรม)",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=common.version_text(),
        # Python 3.11 writes this help without looking it up: ask for the Thai here.
        help=argparse_thai.thai("show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="คำสั่ง")
    if command in ALONE:
        ALONE[command](commands)
        return parser
    setup_cmds.register(commands)
    work_cmds.register(commands)
    committee_cmds.register(commands)
    recognition_cmds.register(commands)
    knowledge_cmds.register(commands)
    swot_cmds.register(commands)
    score_cmds.register(commands)
    maintenance_cmds.register(commands)
    bundle_cmds.register(commands)
    excel_cmds.register(commands)
    report_cmds.register(commands)
    account_cmds.register(commands)
    server_cmds.register(commands)
    return parser


# Commands whose module registers them alone, parsed without the others' sub-parsers
# when they come first (`mk3desk report book ...`). `mk3desk --help` lists them all.
ALONE = {"report": report_cmds.register}


def run(argv: Sequence[str], *, whole_process: bool = False) -> int:
    """Run the command *argv*; the exit code.

    *whole_process* (the program's own entry point, never the tests): a command that
    asks for it (``quick_exit`` in its defaults, as ``report`` does) ends the process
    right after it succeeded, see :func:`_leave_now`.
    """
    common.use_utf8_output()
    argv = list(argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        code = int(args.handler(args))
        if whole_process and getattr(args, "quick_exit", False):
            _leave_now(code)
        return code
    except Mk3Error as error:
        print(f"ผิดพลาด: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Output piped into `head` or similar: the reader left, nothing went wrong.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("ยกเลิกแล้ว", file=sys.stderr)
        return 130
    except Exception as error:  # never a traceback for the clerk
        if _is_database_error(error):
            # Read outside a unit of work (which translates its own errors): a damaged file.
            print(f"ผิดพลาด: {_damaged(error)}", file=sys.stderr)
            return 2
        if os.environ.get("MK3DESK_TRACEBACK"):
            raise
        print(
            f"ผิดพลาด: เกิดข้อผิดพลาดที่ไม่คาดคิด ({type(error).__name__}: {error}) "
            "— ยังไม่ได้บันทึกสิ่งที่สั่ง ถ้าฐานข้อมูลอาจเสียหาย ให้ตรวจด้วย mk3desk check",
            file=sys.stderr,
        )
        return 2


def _leave_now(code: int) -> None:
    """End the process now: the exit handlers run, the output is flushed, and then
    ``os._exit`` skips the interpreter's teardown (about 0.05 s after the annual book:
    freeing every module and object one by one). Only for a command whose files are
    written and closed and whose database is closed when its handler returns."""
    import atexit
    import contextlib

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing more to say
            stream.flush()
    os._exit(code)


def _is_database_error(error: BaseException) -> bool:
    """A DB-API error from SQLAlchemy or sqlite3 — looked up among the modules already
    loaded: a command that raised one has loaded its module, and one that did not
    must not pay for importing SQLAlchemy to find out."""
    kinds: list[type[BaseException]] = []
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None:
        kinds.append(sqlalchemy_exc.DBAPIError)
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None:
        kinds.append(sqlite3.DatabaseError)
    return isinstance(error, tuple(kinds))


def _damaged(error: BaseException) -> str:
    from mk3desk.db.errors import connection_lost, lost_connection_error
    from mk3desk.db.sqlite_file import damaged_error

    orig = getattr(error, "orig", None)
    reason = str(orig if orig is not None else error).splitlines()[0]
    if connection_lost(error):  # the office server is down or out of reach: not damage
        return f"{lost_connection_error()} ({reason})"
    return f"{damaged_error(reason)} (ตรวจด้วย mk3desk check หรือกู้คืนด้วย mk3desk restore --list)"
