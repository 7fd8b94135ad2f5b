"""Thai names for what a merge shows: kinds of record, their fields, their values."""

from __future__ import annotations

from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.exchange.bundle.schema import RecordKind

_CTX = "Bundle"

KIND_TITLES: dict[RecordKind, str] = {
    RecordKind.OFFICE: QT_TRANSLATE_NOOP(_CTX, "ข้อมูลสำนักงาน"),
    RecordKind.GROUP: QT_TRANSLATE_NOOP(_CTX, "กลุ่มงาน"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP(_CTX, "บุคลากร"),
    RecordKind.YEAR: QT_TRANSLATE_NOOP(_CTX, "ปีงบประมาณและกรอบการประเมิน"),
    RecordKind.INDICATOR: QT_TRANSLATE_NOOP(_CTX, "ตัวชี้วัด"),
    RecordKind.CRITERION: QT_TRANSLATE_NOOP(_CTX, "เกณฑ์การประเมิน"),
    RecordKind.ASSIGNMENT: QT_TRANSLATE_NOOP(_CTX, "ผู้รับผิดชอบ"),
    RecordKind.STATE: QT_TRANSLATE_NOOP(_CTX, "สถานะ PDCA"),
    RecordKind.PDCA: QT_TRANSLATE_NOOP(_CTX, "บันทึก PDCA"),
    RecordKind.RESULT: QT_TRANSLATE_NOOP(_CTX, "ผลตามเกณฑ์"),
    RecordKind.OUTCOME: QT_TRANSLATE_NOOP(_CTX, "ค่าผลการดำเนินงาน"),
    RecordKind.EVIDENCE: QT_TRANSLATE_NOOP(_CTX, "ไฟล์หลักฐาน"),
    RecordKind.TRANSITION: QT_TRANSLATE_NOOP(_CTX, "ประวัติการเปลี่ยนสถานะ"),
}

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP(_CTX, "ชื่อ"),
    "short_name": QT_TRANSLATE_NOOP(_CTX, "ชื่อย่อ"),
    "area": QT_TRANSLATE_NOOP(_CTX, "พื้นที่"),
    "address": QT_TRANSLATE_NOOP(_CTX, "ที่อยู่"),
    "position": QT_TRANSLATE_NOOP(_CTX, "ตำแหน่ง"),
    "group": QT_TRANSLATE_NOOP(_CTX, "กลุ่มงาน"),
    "roles": QT_TRANSLATE_NOOP(_CTX, "บทบาท"),
    "active": QT_TRANSLATE_NOOP(_CTX, "ยังปฏิบัติงาน"),
    "title": QT_TRANSLATE_NOOP(_CTX, "ชื่อเรื่อง"),
    "weight": QT_TRANSLATE_NOOP(_CTX, "น้ำหนัก"),
    "target": QT_TRANSLATE_NOOP(_CTX, "ค่าเป้าหมาย"),
    "text": QT_TRANSLATE_NOOP(_CTX, "ข้อความเกณฑ์"),
    "owner": QT_TRANSLATE_NOOP(_CTX, "ผู้รับผิดชอบหลัก"),
    "backup": QT_TRANSLATE_NOOP(_CTX, "ผู้รับผิดชอบสำรอง"),
    "deadline": QT_TRANSLATE_NOOP(_CTX, "กำหนดส่ง"),
    "state": QT_TRANSLATE_NOOP(_CTX, "สถานะ"),
    "plan_text": QT_TRANSLATE_NOOP(_CTX, "การวางแผน (Plan)"),
    "do_log": QT_TRANSLATE_NOOP(_CTX, "บันทึกการดำเนินงาน (Do)"),
    "check_notes": QT_TRANSLATE_NOOP(_CTX, "ข้อสังเกตของคณะกรรมการ (Check)"),
    "act_reflection": QT_TRANSLATE_NOOP(_CTX, "การสะท้อนผล (Act)"),
    "act_improvements": QT_TRANSLATE_NOOP(_CTX, "สิ่งที่จะปรับปรุงในปีถัดไป (Act)"),
    "criterion": QT_TRANSLATE_NOOP(_CTX, "เกณฑ์"),
    "met": QT_TRANSLATE_NOOP(_CTX, "ผ่านเกณฑ์"),
    "narrative": QT_TRANSLATE_NOOP(_CTX, "คำอธิบายผลการดำเนินงาน"),
    "be_year": QT_TRANSLATE_NOOP(_CTX, "ปี"),
    "value": QT_TRANSLATE_NOOP(_CTX, "ค่าที่ได้"),
    "note": QT_TRANSLATE_NOOP(_CTX, "หมายเหตุ"),
    "file_name": QT_TRANSLATE_NOOP(_CTX, "ชื่อไฟล์"),
    "description": QT_TRANSLATE_NOOP(_CTX, "คำอธิบายไฟล์"),
    "removed_at": QT_TRANSLATE_NOOP(_CTX, "ย้ายไปถังรีไซเคิลเมื่อ"),
    "sha256": QT_TRANSLATE_NOOP(_CTX, "ลายนิ้วมือไฟล์ (SHA-256)"),
}

MISSING = QT_TRANSLATE_NOOP(_CTX, "(ไม่มีในเครื่องนี้)")
YES = QT_TRANSLATE_NOOP(_CTX, "ใช่")
NO = QT_TRANSLATE_NOOP(_CTX, "ไม่ใช่")


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
