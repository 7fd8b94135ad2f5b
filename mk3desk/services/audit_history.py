"""The history of changes for the coordinator: read with filters, export to Excel.

One line per audit entry: when, who, what (the action in Thai), the target, and old →
new of what its unit of work wrote (from the entry's lines, db/audit_chain.py). Times
are shown in the machine's time zone, dates in พ.ศ.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mk3desk.db.audit_lines import MANY
from mk3desk.db.models import AuditEntry, AuditRow
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.rights import Action
from mk3desk.domain.thaidate import format_thai_datetime
from mk3desk.excel.columns import Column, SheetSpec
from mk3desk.excel.writer import write_table
from mk3desk.services.audit_check import TABLE_TH
from mk3desk.services.rights import require

LIMIT = 5000  # lines shown at most (the newest); the export takes the same
SHOWN_LINES = 6  # records described per entry; the rest are counted

ACTION_TH = {
    "audit.chain_start": QT_TRANSLATE_NOOP("History", "เริ่มบันทึกประวัติแบบตรวจสอบได้"),
    "record.write": QT_TRANSLATE_NOOP("History", "บันทึกข้อมูล"),
    "office.create": QT_TRANSLATE_NOOP("History", "สร้างสำนักงาน"),
    "office.update": QT_TRANSLATE_NOOP("History", "แก้ไขข้อมูลสำนักงาน"),
    "year.create": QT_TRANSLATE_NOOP("History", "สร้างปีงบประมาณ"),
    "settings.save": QT_TRANSLATE_NOOP("History", "บันทึกการตั้งค่า"),
    "group.add": QT_TRANSLATE_NOOP("History", "เพิ่มกลุ่มงาน"),
    "group.rename": QT_TRANSLATE_NOOP("History", "เปลี่ยนชื่อกลุ่มงาน"),
    "person.add": QT_TRANSLATE_NOOP("History", "เพิ่มบุคลากร"),
    "person.update": QT_TRANSLATE_NOOP("History", "แก้ไขข้อมูลบุคลากร"),
    "indicator.assign": QT_TRANSLATE_NOOP("History", "มอบหมายผู้รับผิดชอบ"),
    "indicator.move": QT_TRANSLATE_NOOP("History", "เปลี่ยนสถานะ PDCA"),
    "criterion.set": QT_TRANSLATE_NOOP("History", "บันทึกผลเกณฑ์"),
    "outcome.set": QT_TRANSLATE_NOOP("History", "บันทึกค่าผลการดำเนินงาน"),
    "outcome.clear": QT_TRANSLATE_NOOP("History", "ลบค่าผลการดำเนินงาน"),
    "pdca.plan_text": QT_TRANSLATE_NOOP("History", "แก้ไขแผน (Plan)"),
    "pdca.do_log": QT_TRANSLATE_NOOP("History", "แก้ไขบันทึกการดำเนินงาน (Do)"),
    "pdca.check_notes": QT_TRANSLATE_NOOP("History", "แก้ไขบันทึกของคณะกรรมการ"),
    "pdca.act_reflection": QT_TRANSLATE_NOOP("History", "แก้ไขข้อสะท้อน (Act)"),
    "pdca.act_improvements": QT_TRANSLATE_NOOP("History", "แก้ไขแนวทางปรับปรุง (Act)"),
    "evidence.add": QT_TRANSLATE_NOOP("History", "แนบไฟล์หลักฐาน"),
    "evidence.remove": QT_TRANSLATE_NOOP("History", "ย้ายไฟล์หลักฐานไปถังขยะ"),
    "evidence.restore": QT_TRANSLATE_NOOP("History", "นำไฟล์หลักฐานกลับคืน"),
    "evidence.empty_recycle": QT_TRANSLATE_NOOP("History", "ล้างถังขยะไฟล์หลักฐาน"),
    "official.record": QT_TRANSLATE_NOOP("History", "บันทึกผลคะแนนทางการ"),
    "best_practice.save": QT_TRANSLATE_NOOP("History", "บันทึก Best Practice"),
    "bundle.import": QT_TRANSLATE_NOOP("History", "รับงานจากแฟ้มส่งงาน"),
    "excel.import.outcomes": QT_TRANSLATE_NOOP("History", "นำเข้าค่าผลการดำเนินงานจาก Excel"),
    "excel.import.people": QT_TRANSLATE_NOOP("History", "นำเข้าบุคลากรจาก Excel"),
    "excel.import.framework.replace": QT_TRANSLATE_NOOP("History", "นำเข้ากรอบการประเมินจาก Excel"),
    "excel.import.framework.merge": QT_TRANSLATE_NOOP("History", "นำเข้ากรอบการประเมินจาก Excel"),
}
COLUMN_TH = {
    "met": QT_TRANSLATE_NOOP("History", "ผ่านเกณฑ์"),
    "narrative": QT_TRANSLATE_NOOP("History", "คำอธิบาย"),
    "plan_text": QT_TRANSLATE_NOOP("History", "แผน"),
    "do_log": QT_TRANSLATE_NOOP("History", "การดำเนินงาน"),
    "check_notes": QT_TRANSLATE_NOOP("History", "บันทึกของคณะกรรมการ"),
    "act_reflection": QT_TRANSLATE_NOOP("History", "ข้อสะท้อน"),
    "act_improvements": QT_TRANSLATE_NOOP("History", "แนวทางปรับปรุง"),
    "state": QT_TRANSLATE_NOOP("History", "สถานะ"),
    "value": QT_TRANSLATE_NOOP("History", "ค่า"),
    "note": QT_TRANSLATE_NOOP("History", "หมายเหตุ"),
    "owner_id": QT_TRANSLATE_NOOP("History", "ผู้รับผิดชอบ (รหัส)"),
    "backup_id": QT_TRANSLATE_NOOP("History", "ผู้รับผิดชอบสำรอง (รหัส)"),
    "deadline": QT_TRANSLATE_NOOP("History", "กำหนดส่ง"),
    "name": QT_TRANSLATE_NOOP("History", "ชื่อ"),
    "position": QT_TRANSLATE_NOOP("History", "ตำแหน่ง"),
    "roles": QT_TRANSLATE_NOOP("History", "บทบาท"),
    "active": QT_TRANSLATE_NOOP("History", "ปฏิบัติงานอยู่"),
    "removed_at": QT_TRANSLATE_NOOP("History", "ย้ายไปถังขยะเมื่อ"),
    "description": QT_TRANSLATE_NOOP("History", "คำอธิบายไฟล์"),
}
SYSTEM_TH = QT_TRANSLATE_NOOP("History", "(ไม่ระบุผู้ทำ)")


@dataclass(frozen=True)
class HistoryFilter:
    """Which lines to show: all of them by default. Dates are local days, inclusive."""

    person: str = ""  # the name recorded with the entry
    indicator: str = ""  # an indicator code: entries whose target is that indicator
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class HistoryLine:
    entry_id: int
    at: datetime
    who: str
    what: str
    target: str
    changes: str  # old → new, one record a line

    @property
    def when_th(self) -> str:
        return format_thai_datetime(self.at.astimezone())


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def history_people(session: Session) -> list[str]:
    """The names that appear in the history, for the person filter."""
    names = session.scalars(select(AuditEntry.actor_name).distinct()).all()
    return sorted(n for n in names if n)


def _describe(table_name: str, op: str, changes: str) -> str:
    label = TABLE_TH.get(table_name, table_name)
    if op == "insert":
        return QT_TRANSLATE_NOOP("History", "เพิ่ม{table}").format(table=label)
    if op == "delete":
        return QT_TRANSLATE_NOOP("History", "ลบ{table}").format(table=label)
    if op == "baseline":
        return ""
    if not changes:
        return QT_TRANSLATE_NOOP("History", "แก้ไข{table}").format(table=label)
    parts = []
    for name, (old, new) in json.loads(changes).items():
        parts.append(
            QT_TRANSLATE_NOOP("History", "{column}: {old} → {new}").format(
                column=COLUMN_TH.get(name, name), old=_short(old), new=_short(new)
            )
        )
    return f"{label} — " + "; ".join(parts)


def _short(value: str | None, longest: int = 80) -> str:
    if value is None:
        return "–"
    text = " ".join(value.split())
    return text if len(text) <= longest else text[:longest] + "…"


def history(
    session: Session, actor: Actor, wanted: HistoryFilter = HistoryFilter()
) -> list[HistoryLine]:
    """The newest lines first (at most LIMIT) that *wanted* lets through (the coordinator
    and the executives read the whole history: it names everyone's changes)."""
    require(session, actor, Action.HISTORY)
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(LIMIT)
    if wanted.person:
        query = query.where(AuditEntry.actor_name == wanted.person)
    if wanted.indicator:
        code = wanted.indicator.strip()
        query = query.where(
            or_(AuditEntry.target == code, AuditEntry.target.startswith(code + " "))
        )
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= _utc_start(wanted.since))
    if wanted.until is not None:
        query = query.where(AuditEntry.at < _utc_start(wanted.until + timedelta(days=1)))
    entries = session.scalars(query).all()
    written: dict[int, list[tuple[str, str, str, int]]] = {}
    ids = [e.id for e in entries]
    for start in range(0, len(ids), 900):
        rows = session.execute(
            select(
                AuditRow.entry_id,
                AuditRow.table_name,
                AuditRow.op,
                AuditRow.changes,
                AuditRow.row_id,
            )
            .where(AuditRow.entry_id.in_(ids[start : start + 900]))
            .order_by(AuditRow.id)
        )
        for entry_id, table_name, op, changes, row_id in rows:
            # A packed line (db/audit_chain.packed) stands for row_id records.
            count = row_id if op.startswith(MANY) else 1
            written.setdefault(entry_id, []).append(
                (table_name, op, "" if count > 1 else changes, count)
            )
    return [
        HistoryLine(
            entry_id=entry.id,
            at=entry.at,
            who=entry.actor_name or SYSTEM_TH,
            what=ACTION_TH.get(entry.action, entry.action),
            target=entry.target,
            changes=_summary(written.get(entry.id, [])),
        )
        for entry in entries
    ]


def _summary(written: list[tuple[str, str, str, int]]) -> str:
    """Old → new of each update; inserts and deletes counted by kind of record."""
    counted: dict[tuple[str, str], int] = {}
    texts: list[str] = []
    baseline = 0
    for table_name, op, changes, count in written:
        if op.startswith(MANY):
            op = op[len(MANY) :]
        if op == "baseline":
            baseline += count
        elif op == "update" and changes:
            texts.append(_describe(table_name, op, changes))
        else:
            counted[(op, table_name)] = counted.get((op, table_name), 0) + count
    for (op, table_name), count in counted.items():
        text = _describe(table_name, op, "")
        texts.append(
            text
            if count == 1
            else QT_TRANSLATE_NOOP("History", "{what} {count} รายการ").format(
                what=text, count=count
            )
        )
    if baseline:
        texts.append(
            QT_TRANSLATE_NOOP("History", "บันทึกค่า SHA-256 ของข้อมูลที่มีอยู่ {count} แถว").format(
                count=baseline
            )
        )
    if len(texts) > SHOWN_LINES:
        rest = len(texts) - SHOWN_LINES
        texts = texts[:SHOWN_LINES]
        texts.append(QT_TRANSLATE_NOOP("History", "…และอีก {count} รายการ").format(count=rest))
    return "\n".join(texts)


SHEET = SheetSpec(
    QT_TRANSLATE_NOOP("History", "ประวัติการแก้ไข"),
    (
        Column("when", QT_TRANSLATE_NOOP("History", "เมื่อ"), width=22),
        Column("who", QT_TRANSLATE_NOOP("History", "ผู้ทำ"), width=28),
        Column("what", QT_TRANSLATE_NOOP("History", "การกระทำ"), width=30),
        Column("target", QT_TRANSLATE_NOOP("History", "เป้าหมาย"), width=24),
        Column("changes", QT_TRANSLATE_NOOP("History", "ค่าเดิม → ค่าใหม่"), width=80),
    ),
    allow_empty=True,
)


def export_history(session: Session, actor: Actor, wanted: HistoryFilter, path: Path) -> Path:
    """Write the lines *wanted* lets through to an Excel workbook at *path*; gives the path."""
    rows = [
        {
            "when": line.when_th,
            "who": line.who,
            "what": line.what,
            "target": line.target,
            "changes": line.changes,
        }
        for line in history(session, actor, wanted)
    ]
    return write_table(path, [(SHEET, rows)], title_th=SHEET.name_th)
