"""Thai names for what a merge shows: kinds of record, their fields, their values."""

from __future__ import annotations

from datetime import date
from typing import Any

from mk3desk.domain.committees import ROLE_TITLES, CommitteeRole
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.knowledge import ATTENDANCE_TITLES, Attendance
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.sync.checkers import is_date
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
    RecordKind.COMMITTEE: QT_TRANSLATE_NOOP("Bundle", "คณะกรรมการและคำสั่งแต่งตั้ง"),
    RecordKind.SWOT: QT_TRANSLATE_NOOP("Bundle", "การวิเคราะห์ SWOT"),
    RecordKind.KNOWLEDGE: QT_TRANSLATE_NOOP("Bundle", "การประชุม/อบรม/ถอดบทเรียน"),
    RecordKind.RECOGNITION: QT_TRANSLATE_NOOP("Bundle", "การยกย่องชมเชย"),
    RecordKind.CERTIFICATE: QT_TRANSLATE_NOOP("Bundle", "เกียรติบัตร"),
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
    # The MK3 Model's records
    "sort_order": QT_TRANSLATE_NOOP("Bundle", "ลำดับ"),
    "order_number": QT_TRANSLATE_NOOP("Bundle", "เลขที่คำสั่ง"),
    "order_date": QT_TRANSLATE_NOOP("Bundle", "วันที่สั่ง"),
    "subject": QT_TRANSLATE_NOOP("Bundle", "เรื่อง"),
    "preamble": QT_TRANSLATE_NOOP("Bundle", "ความเป็นมา"),
    "duties": QT_TRANSLATE_NOOP("Bundle", "หน้าที่"),
    "effective_from": QT_TRANSLATE_NOOP("Bundle", "มีผลตั้งแต่"),
    "signer_name": QT_TRANSLATE_NOOP("Bundle", "ผู้ลงนาม"),
    "signer_position": QT_TRANSLATE_NOOP("Bundle", "ตำแหน่งผู้ลงนาม"),
    "members": QT_TRANSLATE_NOOP("Bundle", "กรรมการ"),
    "role": QT_TRANSLATE_NOOP("Bundle", "บทบาท"),
    "strengths": QT_TRANSLATE_NOOP("Bundle", "จุดแข็ง"),
    "weaknesses": QT_TRANSLATE_NOOP("Bundle", "จุดอ่อน"),
    "opportunities": QT_TRANSLATE_NOOP("Bundle", "โอกาส"),
    "threats": QT_TRANSLATE_NOOP("Bundle", "อุปสรรค"),
    "participants": QT_TRANSLATE_NOOP("Bundle", "ผู้ร่วมวิเคราะห์"),
    "held_on": QT_TRANSLATE_NOOP("Bundle", "วันที่"),
    "topic": QT_TRANSLATE_NOOP("Bundle", "หัวข้อ"),
    "kind": QT_TRANSLATE_NOOP("Bundle", "ประเภท"),
    "speaker": QT_TRANSLATE_NOOP("Bundle", "วิทยากร"),
    "place": QT_TRANSLATE_NOOP("Bundle", "สถานที่"),
    "lessons": QT_TRANSLATE_NOOP("Bundle", "บทเรียนที่ได้"),
    "attendees": QT_TRANSLATE_NOOP("Bundle", "ผู้เข้าร่วม"),
    "status": QT_TRANSLATE_NOOP("Bundle", "การเข้าร่วม"),
    "indicators": QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัดที่เกี่ยวข้อง"),
    "materials": QT_TRANSLATE_NOOP("Bundle", "เอกสารประกอบ"),
    "reason": QT_TRANSLATE_NOOP("Bundle", "เหตุผล"),
    "awarded_on": QT_TRANSLATE_NOOP("Bundle", "วันที่ยกย่อง"),
    "person": QT_TRANSLATE_NOOP("Bundle", "บุคลากร"),
    "number": QT_TRANSLATE_NOOP("Bundle", "เลขที่"),
    "recognition": QT_TRANSLATE_NOOP("Bundle", "การยกย่อง"),
    "recipient_name": QT_TRANSLATE_NOOP("Bundle", "ชื่อผู้รับ"),
    "recipient_position": QT_TRANSLATE_NOOP("Bundle", "ตำแหน่งผู้รับ"),
    "issued_on": QT_TRANSLATE_NOOP("Bundle", "วันที่ออก"),
}

# What a line of a list (committee members, attendees, linked indicators, materials)
# shows in the side-by-side view: names, roles and files, not uids or hashes.
_HIDDEN_IN_LISTS = frozenset({"person", "indicator", "uid", "sha256", "sort_order", "added_at"})

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
        return "\n".join(_list_line(item) for item in value)
    if name in _DAYS and is_date(value):
        return day_text(value)
    return str(value)


# Days the MK3 Model's records carry (ISO in the bundle), shown as Thai dates.
_DAYS = frozenset(
    {"order_date", "effective_from", "held_on", "awarded_on", "issued_on", "deadline"}
)


def day_text(value: str) -> str:
    """An ISO day as the review shows it: "2 พฤษภาคม 2567"."""
    return format_thai_date(date.fromisoformat(value), digits=NumeralStyle.ARABIC)


def session_title(data: dict[str, Any]) -> str:
    """A knowledge session named in the review: its day and topic."""
    held_on = data.get("held_on")
    day = day_text(held_on) if isinstance(held_on, str) and is_date(held_on) else ""
    return " ".join(p for p in (day, str(data.get("topic", ""))) if p)


def _list_line(item: Any) -> str:
    if not isinstance(item, dict):
        return str(item)
    shown = [_list_value(k, v) for k, v in item.items() if k not in _HIDDEN_IN_LISTS]
    return " · ".join(v for v in shown if v)


def _list_value(name: str, value: Any) -> str:
    if name == "role" and value in CommitteeRole._value2member_map_:
        return ROLE_TITLES[CommitteeRole(value)]
    if name == "status" and value in Attendance._value2member_map_:
        return ATTENDANCE_TITLES[Attendance(value)]
    return "" if value is None else str(value)


def move_text(data: dict[str, Any]) -> str:
    """One change of state as a line: from → to, when (UTC), by whom."""
    source, target = (value_text("state", data.get(name)) for name in ("from_state", "to_state"))
    when = str(data.get("at", ""))[:16].replace("T", " ")
    parts = [f"{source} → {target}", when, str(data.get("actor_name", ""))]
    return " · ".join(p for p in parts if p)
