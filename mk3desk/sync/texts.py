"""Thai names for what a merge shows: kinds of record, their fields, their values."""

from __future__ import annotations

from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.sync.schema import RecordKind

KIND_TITLES: dict[RecordKind, str] = {
    RecordKind.OFFICE: QT_TRANSLATE_NOOP("Bundle", "ข้อมูลสำนักงาน"),
    RecordKind.GROUP: QT_TRANSLATE_NOOP("Bundle", "กลุ่มงาน"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("Bundle", "บุคลากร"),
    RecordKind.YEAR: QT_TRANSLATE_NOOP("Bundle", "ปีงบประมาณและกรอบการประเมิน"),
    RecordKind.INDICATOR: QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัด"),
    RecordKind.CRITERION: QT_TRANSLATE_NOOP("Bundle", "เกณฑ์การประเมิน"),
    RecordKind.ASSIGNMENT: QT_TRANSLATE_NOOP("Bundle", "ผู้รับผิดชอบ"),
    RecordKind.STATE: QT_TRANSLATE_NOOP("Bundle", "สถานะ PDCA"),
    RecordKind.PDCA: QT_TRANSLATE_NOOP("Bundle", "บันทึก PDCA"),
    RecordKind.RESULT: QT_TRANSLATE_NOOP("Bundle", "ผลตามเกณฑ์"),
    RecordKind.OUTCOME: QT_TRANSLATE_NOOP("Bundle", "ค่าผลการดำเนินงาน"),
    RecordKind.EVIDENCE: QT_TRANSLATE_NOOP("Bundle", "ไฟล์หลักฐาน"),
    RecordKind.TRANSITION: QT_TRANSLATE_NOOP("Bundle", "ประวัติการเปลี่ยนสถานะ"),
}

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Bundle", "ชื่อ"),
    "short_name": QT_TRANSLATE_NOOP("Bundle", "ชื่อย่อ"),
    "area": QT_TRANSLATE_NOOP("Bundle", "พื้นที่"),
    "address": QT_TRANSLATE_NOOP("Bundle", "ที่อยู่"),
    "position": QT_TRANSLATE_NOOP("Bundle", "ตำแหน่ง"),
    "group": QT_TRANSLATE_NOOP("Bundle", "กลุ่มงาน"),
    "roles": QT_TRANSLATE_NOOP("Bundle", "บทบาท"),
    "active": QT_TRANSLATE_NOOP("Bundle", "ยังปฏิบัติงาน"),
    "title": QT_TRANSLATE_NOOP("Bundle", "ชื่อเรื่อง"),
    "weight": QT_TRANSLATE_NOOP("Bundle", "น้ำหนัก"),
    "target": QT_TRANSLATE_NOOP("Bundle", "ค่าเป้าหมาย"),
    "text": QT_TRANSLATE_NOOP("Bundle", "ข้อความเกณฑ์"),
    "owner": QT_TRANSLATE_NOOP("Bundle", "ผู้รับผิดชอบหลัก"),
    "backup": QT_TRANSLATE_NOOP("Bundle", "ผู้รับผิดชอบสำรอง"),
    "deadline": QT_TRANSLATE_NOOP("Bundle", "กำหนดส่ง"),
    "state": QT_TRANSLATE_NOOP("Bundle", "สถานะ"),
    "plan_text": QT_TRANSLATE_NOOP("Bundle", "การวางแผน (Plan)"),
    "do_log": QT_TRANSLATE_NOOP("Bundle", "บันทึกการดำเนินงาน (Do)"),
    "check_notes": QT_TRANSLATE_NOOP("Bundle", "ข้อสังเกตของคณะกรรมการ (Check)"),
    "act_reflection": QT_TRANSLATE_NOOP("Bundle", "การสะท้อนผล (Act)"),
    "act_improvements": QT_TRANSLATE_NOOP("Bundle", "สิ่งที่จะปรับปรุงในปีถัดไป (Act)"),
    "criterion": QT_TRANSLATE_NOOP("Bundle", "เกณฑ์"),
    "met": QT_TRANSLATE_NOOP("Bundle", "ผ่านเกณฑ์"),
    "narrative": QT_TRANSLATE_NOOP("Bundle", "คำอธิบายผลการดำเนินงาน"),
    "be_year": QT_TRANSLATE_NOOP("Bundle", "ปี"),
    "value": QT_TRANSLATE_NOOP("Bundle", "ค่าที่ได้"),
    "note": QT_TRANSLATE_NOOP("Bundle", "หมายเหตุ"),
    "file_name": QT_TRANSLATE_NOOP("Bundle", "ชื่อไฟล์"),
    "description": QT_TRANSLATE_NOOP("Bundle", "คำอธิบายไฟล์"),
    "removed_at": QT_TRANSLATE_NOOP("Bundle", "ย้ายไปถังรีไซเคิลเมื่อ"),
    "sha256": QT_TRANSLATE_NOOP("Bundle", "ลายนิ้วมือไฟล์ (SHA-256)"),
}

MISSING = QT_TRANSLATE_NOOP("Bundle", "(ไม่มีในเครื่องนี้)")
# A side of a conflict where the record was deleted (instead of a value).
DELETED_HERE = QT_TRANSLATE_NOOP("Bundle", "(ลบแล้วในเครื่องนี้)")
DELETED_THERE = QT_TRANSLATE_NOOP("Bundle", "(ลบแล้วในเครื่องที่ส่งมา)")
YES = QT_TRANSLATE_NOOP("Bundle", "ใช่")
NO = QT_TRANSLATE_NOOP("Bundle", "ไม่ใช่")


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def value_text(name: str, value: Any) -> str:
    """A value as the side-by-side view shows it."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return YES if value else NO
    if name == "state" and value in State._value2member_map_:
        return STATE_TITLES[State(value)]
    if isinstance(value, list):
        return "\n".join(" · ".join(str(v) for v in item.values()) for item in value)
    return str(value)


def move_text(data: dict[str, Any]) -> str:
    """One change of state as a line: from → to, when (UTC), by whom."""
    source, target = (value_text("state", data.get(name)) for name in ("from_state", "to_state"))
    when = str(data.get("at", ""))[:16].replace("T", " ")
    parts = [f"{source} → {target}", when, str(data.get("actor_name", ""))]
    return " · ".join(p for p in parts if p)
