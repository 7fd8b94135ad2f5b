"""Accounts from the command line: the coordinator's (add, disable, enable, a new recovery
code) and anyone's with the recovery code (a forgotten coordinator password).

The coordinator's commands act as ``--user`` like every writing command; ``recover``
acts as nobody: the recovery code is the proof (the code from MK3DESK_RECOVERY_CODE
or a prompt, the new password from MK3DESK_PASSWORD or two prompts).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from mk3desk.cli.common import (
    PASSWORD_VARIABLE,
    add_db_option,
    add_office_option,
    opened,
    unit_of_work,
)

CODE_VARIABLE = "MK3DESK_RECOVERY_CODE"
NEW_PASSWORD_VARIABLE = "MK3DESK_NEW_PASSWORD"
KEEP_SAFE = "โปรดจดหรือพิมพ์รหัสนี้เก็บในตู้นิรภัยของสำนักงาน — รหัสนี้แสดงครั้งเดียว ใช้ได้ครั้งเดียว"


def register(commands: Any) -> None:
    account = commands.add_parser("account", help="บัญชีผู้ใช้และรหัสกู้คืน").add_subparsers(dest="action")
    recover = account.add_parser(
        "recover",
        help="ตั้งรหัสผ่านใหม่ของผู้ประสานด้วยรหัสกู้คืน (เมื่อลืมรหัสผ่าน)",
        description=f"รหัสกู้คืนจาก {CODE_VARIABLE} หรือพิมพ์เมื่อถาม; "
        f"รหัสผ่านใหม่จาก {PASSWORD_VARIABLE} หรือพิมพ์เมื่อถาม (สองครั้ง)",
    )
    add_db_option(recover)
    for option in recover._actions:  # here --user names the account, nobody acts
        if "--user" in option.option_strings:
            option.help = "ชื่อผู้ใช้ของบัญชีผู้ประสานที่จะตั้งรหัสผ่านใหม่"
    add_office_option(recover)
    recover.set_defaults(handler=cmd_recover)

    code = account.add_parser("new-code", help="สร้างรหัสกู้คืนใหม่ (รหัสเดิมใช้ไม่ได้อีก) — ผู้ประสาน")
    add_db_option(code)
    add_office_option(code)
    code.add_argument("--pdf", type=Path, default=None, help="บันทึกแผ่นรหัสกู้คืนเป็น PDF สำหรับพิมพ์")
    code.set_defaults(handler=cmd_new_code)

    add = account.add_parser("add", help="สร้างบัญชีผู้ใช้ให้บุคลากร — ผู้ประสาน")
    add_db_option(add)
    add_office_option(add)
    add.add_argument("--person", required=True, help="ชื่อ-นามสกุลของบุคลากร")
    add.add_argument("--account", required=True, help="ชื่อผู้ใช้ของบัญชีใหม่")
    add.set_defaults(handler=cmd_add)
    for name, text in (("disable", "ปิดใช้งานบัญชี"), ("enable", "เปิดใช้งานบัญชีอีกครั้ง")):
        toggle = account.add_parser(name, help=f"{text} — ผู้ประสาน")
        add_db_option(toggle)
        add_office_option(toggle)
        toggle.add_argument("--account", required=True, help="ชื่อผู้ใช้ของบัญชี")
        toggle.set_defaults(handler=cmd_toggle, disabled=name == "disable")


def _secret(variable: str, prompt: str, *, twice: bool = False) -> str:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, PermissionDeniedError, ValidationError

    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("Cli", "ไม่มี{what}: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์ได้"),
            what=prompt,
            variable=variable,
        )
    import getpass

    value = getpass.getpass(f"{prompt}: ")
    if twice and getpass.getpass(f"{prompt} (อีกครั้ง): ") != value:
        raise ValidationError(QT_TRANSLATE_NOOP("Cli", "รหัสผ่านทั้งสองครั้งไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร"))
    return value


def code_text(code: str) -> str:
    return f"รหัสกู้คืน: {code}\n{KEEP_SAFE}"


def cmd_recover(args: argparse.Namespace) -> int:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
    from mk3desk.services import lookup, recovery

    if not args.user:
        raise ValidationError(QT_TRANSLATE_NOOP("Cli", "ระบุ --user ชื่อผู้ใช้ของบัญชีผู้ประสาน"))
    code = _secret(CODE_VARIABLE, "รหัสกู้คืน")
    password = _secret(PASSWORD_VARIABLE, f"รหัสผ่านใหม่ของ {args.user}", twice=True)
    # A transaction that commits even on a wrong code: the failure is recorded (the delay).
    with opened(args, writing=True) as database, database.transaction() as session:
        office = lookup.find_office(session, args.office)
        result = recovery.recover(session, office.id, args.user, code, password)
    if result.actor is None:
        assert result.error is not None
        raise result.error
    print(f"ตั้งรหัสผ่านใหม่ของ {result.user_name} ({result.actor.name}) แล้ว")
    print("รหัสกู้คืนเดิมใช้ไม่ได้อีก — " + code_text(result.new_code))
    return 0


def cmd_new_code(args: argparse.Namespace) -> int:
    from datetime import date

    from mk3desk.services import lookup, recovery

    with unit_of_work(args) as (session, actor):
        office = lookup.find_office(session, args.office)
        code = recovery.issue_code(session, actor, office.id)
        office_id = office.id
        if args.pdf is not None:  # written before the commit: a refusal keeps the old code
            recovery.write_sheet(session, office_id, code, args.pdf, date.today())
    print(code_text(code))
    if args.pdf is not None:
        print(f"บันทึกแผ่นรหัสกู้คืนไว้ที่ {args.pdf}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
    from mk3desk.services import accounts, lookup, people

    password = _secret(NEW_PASSWORD_VARIABLE, f"รหัสผ่านชั่วคราวของ {args.account}")
    with unit_of_work(args) as (session, actor):
        office = lookup.find_office(session, args.office)
        wanted = args.person.strip()
        person = next(
            (p for p in people.people(session, office.id, active_only=False) if p.name == wanted),
            None,
        )
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "ไม่พบบุคลากรชื่อ “{name}”"), name=wanted)
        accounts.create_account(session, actor, person.id, args.account, password)
        done = (
            f"สร้างบัญชี “{args.account.strip()}” ให้ {person.name} แล้ว "
            "(ต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งแรก)"
        )
    print(done)  # only once the transaction has committed
    return 0


def cmd_toggle(args: argparse.Namespace) -> int:
    from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
    from mk3desk.services import accounts, lookup

    with unit_of_work(args) as (session, actor):
        office = lookup.find_office(session, args.office)
        key = accounts.user_key(args.account)
        rows = accounts.account_rows(session, office.id)
        row = next((r for r in rows if accounts.user_key(r.user_name) == key), None)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Cli", "ไม่พบบัญชีผู้ใช้ “{name}”"), name=args.account)
        accounts.set_disabled(session, actor, row.account_id, args.disabled)
        done = f"{'ปิด' if args.disabled else 'เปิด'}ใช้งานบัญชี “{row.user_name}” แล้ว"
    print(done)  # only once the transaction has committed
    return 0
