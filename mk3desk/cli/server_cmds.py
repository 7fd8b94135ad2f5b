"""Setting up an office server: `server init`, `server upgrade`, `server import`,
`server export`.

These are the IT person's commands: the server's own login (in the URL, or
``PGPASSWORD``) is what allows them, so they ask for no mk3desk account. ``import``
moves everything a SQLite file holds onto an empty server database in one
transaction; ``export`` copies a server into a new SQLite file and its evidence folder
(the same as ``mk3desk backup`` on a server, without the rotation).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mk3desk.services.server import Transferred

URL_HELP = "ที่อยู่ฐานข้อมูลบนเซิร์ฟเวอร์ เช่น postgresql+psycopg://mk3@192.168.1.10:5432/mk3"


def register(commands: Any) -> None:
    server = commands.add_parser("server", help="ตั้งค่าเซิร์ฟเวอร์ของสำนักงาน (PostgreSQL)")
    actions = server.add_subparsers(dest="server_command", metavar="คำสั่ง", required=True)

    init = actions.add_parser("init", help="สร้างโครงสร้างฐานข้อมูลบนเซิร์ฟเวอร์ (ฐานข้อมูลว่าง)")
    init.add_argument("--db", required=True, help=URL_HELP)
    init.set_defaults(handler=cmd_init)

    upgrade = actions.add_parser("upgrade", help="ปรับรุ่นโครงสร้างฐานข้อมูลบนเซิร์ฟเวอร์ให้ตรงกับโปรแกรม")
    upgrade.add_argument("--db", required=True, help=URL_HELP)
    upgrade.set_defaults(handler=cmd_upgrade)

    move_in = actions.add_parser(
        "import", help="ย้ายข้อมูลจากไฟล์ฐานข้อมูล (SQLite) พร้อมไฟล์หลักฐานขึ้นเซิร์ฟเวอร์"
    )
    move_in.add_argument("--from", dest="source", required=True, type=Path, help="ไฟล์ฐานข้อมูล")
    move_in.add_argument("--db", required=True, help=URL_HELP)
    move_in.set_defaults(handler=cmd_import)

    move_out = actions.add_parser(
        "export", help="คัดลอกข้อมูลทั้งหมดบนเซิร์ฟเวอร์ออกเป็นไฟล์ฐานข้อมูล (SQLite) พร้อมไฟล์หลักฐาน"
    )
    move_out.add_argument("--db", required=True, help=URL_HELP)
    move_out.add_argument("--to", dest="target", required=True, type=Path, help="ไฟล์ใหม่ที่จะสร้าง")
    move_out.set_defaults(handler=cmd_export)


def cmd_init(args: argparse.Namespace) -> int:
    from mk3desk.services.server import init_server

    revision = init_server(args.db)
    print(f"ฐานข้อมูลบนเซิร์ฟเวอร์พร้อมใช้ (โครงสร้างรุ่น {revision})")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from mk3desk.services.server import upgrade_server

    before, after = upgrade_server(args.db)
    if before == after:
        print(f"โครงสร้างฐานข้อมูลเป็นรุ่นล่าสุดอยู่แล้ว (รุ่น {after})")
    else:
        print(f"ปรับรุ่นโครงสร้างฐานข้อมูลแล้ว จากรุ่น {before or '-'} เป็นรุ่น {after}")
    return 0


def _report(done: Transferred) -> None:
    if done.missing:
        print(f"คำเตือน: ไม่พบไฟล์หลักฐาน {len(done.missing)} ไฟล์ในต้นทาง (ตรวจด้วย mk3desk check)")
    if done.altered:
        print(
            f"คำเตือน: ไฟล์หลักฐาน {len(done.altered)} ไฟล์ในต้นทางไม่ตรงกับค่า SHA-256 จึงไม่ได้คัดลอก "
            "(ตรวจด้วย mk3desk check)"
        )


def cmd_import(args: argparse.Namespace) -> int:
    from mk3desk.services.server import import_office

    done = import_office(args.source.expanduser().absolute(), args.db)
    names = ", ".join(done.offices) or "-"
    print(f"ย้ายข้อมูลของ {names} ขึ้นเซิร์ฟเวอร์แล้ว ({done.records} รายการ, ไฟล์หลักฐาน {done.files} ไฟล์)")
    _report(done)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from mk3desk.services.server import export_office

    target = args.target.expanduser().absolute()
    done = export_office(args.db, target)
    print(
        f"คัดลอกข้อมูลจากเซิร์ฟเวอร์ไปที่ {target} แล้ว ({done.records} รายการ, ไฟล์หลักฐาน {done.files} ไฟล์)"
    )
    _report(done)
    return 0
