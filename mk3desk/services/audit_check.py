"""Checking the audit trail (part of `mk3desk check` and the full check of the แฟ้ม menu).

Two questions, both answered from the file alone and without writing anything:

* is the chain whole? Every chained entry's ``entry_hash`` is recomputed from its
  content and the digest of its lines; each must name the previous one's hash; the
  chain head must name the last one. An entry edited, deleted or slipped in (or a
  line of one) outside the program shows here.
* does every record still hold what the trail last wrote? Each record of an audited
  table is hashed as stored and compared with its newest line: a value edited with an
  SQLite tool, a row added or deleted behind the program's back, shows here, named
  (the indicator's code, the criterion's key…).

What it cannot see: someone who rewrites records *and* rebuilds the chain with the
same hashing (the code is open) — see the README.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import Connection, column, select, table, text

from mk3desk.db.audit_chain import HEAD_ID
from mk3desk.db.audit_lines import ENTRY_COLUMNS, GENESIS, entry_digest, rows_digest, unpacked
from mk3desk.db.audit_rows import AUDITED_TABLES, all_row_hashes
from mk3desk.db.engine import Database
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.services.integrity import Finding, Severity

SHOWN = 20  # findings of one kind listed one by one; the rest are counted

TABLE_TH = {
    "office": QT_TRANSLATE_NOOP("Integrity", "ข้อมูลสำนักงาน"),
    "office_setting": QT_TRANSLATE_NOOP("Integrity", "การตั้งค่าสำนักงาน"),
    "fiscal_year": QT_TRANSLATE_NOOP("Integrity", "ปีงบประมาณ"),
    "office_group": QT_TRANSLATE_NOOP("Integrity", "กลุ่มงาน"),
    "person": QT_TRANSLATE_NOOP("Integrity", "บุคลากร"),
    "year_category": QT_TRANSLATE_NOOP("Integrity", "หมวด"),
    "year_indicator": QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด (รวมสถานะ PDCA)"),
    "year_criterion": QT_TRANSLATE_NOOP("Integrity", "เกณฑ์ของตัวชี้วัด"),
    "year_band": QT_TRANSLATE_NOOP("Integrity", "ระดับคะแนน"),
    "year_adjustment": QT_TRANSLATE_NOOP("Integrity", "องค์ประกอบปรับคะแนน"),
    "assignment": QT_TRANSLATE_NOOP("Integrity", "การมอบหมายผู้รับผิดชอบ"),
    "pdca_record": QT_TRANSLATE_NOOP("Integrity", "ข้อความ PDCA"),
    "transition": QT_TRANSLATE_NOOP("Integrity", "ประวัติการเปลี่ยนสถานะ"),
    "criterion_result": QT_TRANSLATE_NOOP("Integrity", "ผลการประเมินเกณฑ์"),
    "outcome_value": QT_TRANSLATE_NOOP("Integrity", "ค่าผลการดำเนินงาน"),
    "evidence_file": QT_TRANSLATE_NOOP("Integrity", "รายการไฟล์หลักฐาน"),
    "official_result": QT_TRANSLATE_NOOP("Integrity", "ผลคะแนนทางการ"),
    "official_category_score": QT_TRANSLATE_NOOP("Integrity", "คะแนนทางการรายหมวด"),
    "official_indicator_score": QT_TRANSLATE_NOOP("Integrity", "คะแนนทางการรายตัวชี้วัด"),
    "account": QT_TRANSLATE_NOOP("Integrity", "บัญชีผู้ใช้"),
    "committee": QT_TRANSLATE_NOOP("Integrity", "คณะกรรมการและคำสั่งแต่งตั้ง"),
    "committee_member": QT_TRANSLATE_NOOP("Integrity", "กรรมการในคณะกรรมการ"),
    "recognition": QT_TRANSLATE_NOOP("Integrity", "การยกย่องชมเชยและรางวัล"),
    "certificate": QT_TRANSLATE_NOOP("Integrity", "ทะเบียนเกียรติบัตร"),
    "knowledge_session": QT_TRANSLATE_NOOP("Integrity", "การประชุม/อบรม/ถอดบทเรียน"),
    "knowledge_attendee": QT_TRANSLATE_NOOP("Integrity", "ผู้เข้าร่วมการประชุม/อบรม"),
    "knowledge_indicator": QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัดของการประชุม/อบรม"),
    "knowledge_material": QT_TRANSLATE_NOOP("Integrity", "เอกสารประกอบการประชุม/อบรม"),
    "swot_analysis": QT_TRANSLATE_NOOP("Integrity", "การวิเคราะห์ SWOT ของปีงบประมาณ"),
}

# How to name one record: SQL giving the parts of its Thai name, and the template.
_BY_INDICATOR = "JOIN year_indicator i ON i.id = t.indicator_id WHERE t.id = :id"
_NAMES: dict[str, tuple[str, str]] = {
    "criterion_result": (
        "SELECT i.code, c.key FROM criterion_result t "
        "JOIN year_criterion c ON c.id = t.criterion_id "
        "JOIN year_indicator i ON i.id = c.indicator_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0} เกณฑ์ {1}"),
    ),
    "year_criterion": (
        f"SELECT i.code, t.key FROM year_criterion t {_BY_INDICATOR}",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0} เกณฑ์ {1}"),
    ),
    "outcome_value": (
        f"SELECT i.code, t.be_year FROM outcome_value t {_BY_INDICATOR}",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0} ค่าของปี {1}"),
    ),
    "evidence_file": (
        f"SELECT i.code, t.file_name FROM evidence_file t {_BY_INDICATOR}",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0} ไฟล์ “{1}”"),
    ),
    "year_indicator": (
        "SELECT t.code FROM year_indicator t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0}"),
    ),
    "person": (
        "SELECT t.name FROM person t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "{0}"),
    ),
    "office_setting": (
        "SELECT t.key FROM office_setting t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ค่า “{0}”"),
    ),
    "account": (
        "SELECT t.user_name FROM account t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ชื่อผู้ใช้ “{0}”"),
    ),
    "fiscal_year": (
        "SELECT t.be_year FROM fiscal_year t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ปี {0}"),
    ),
    "committee": (
        "SELECT t.name FROM committee t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "“{0}”"),
    ),
    "committee_member": (
        "SELECT p.name, c.name FROM committee_member t JOIN person p ON p.id = t.person_id "
        "JOIN committee c ON c.id = t.committee_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "{0} ใน “{1}”"),
    ),
    "recognition": (
        "SELECT coalesce(p.name, g.name, ''), t.awarded_on FROM recognition t "
        "LEFT JOIN person p ON p.id = t.person_id "
        "LEFT JOIN office_group g ON g.id = t.group_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "การยกย่อง {0} ({1})"),
    ),
    "certificate": (
        "SELECT t.number, y.be_year, t.recipient_name FROM certificate t "
        "JOIN fiscal_year y ON y.id = t.year_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "เกียรติบัตรเลขที่ {0}/{1} ({2})"),
    ),
    "knowledge_session": (
        "SELECT t.topic FROM knowledge_session t WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "“{0}”"),
    ),
    "knowledge_attendee": (
        "SELECT p.name, k.topic FROM knowledge_attendee t JOIN person p ON p.id = t.person_id "
        "JOIN knowledge_session k ON k.id = t.session_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "{0} ใน “{1}”"),
    ),
    "knowledge_indicator": (
        "SELECT i.code, k.topic FROM knowledge_indicator t "
        "JOIN year_indicator i ON i.id = t.indicator_id "
        "JOIN knowledge_session k ON k.id = t.session_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0} ของ “{1}”"),
    ),
    "knowledge_material": (
        "SELECT t.file_name, k.topic FROM knowledge_material t "
        "JOIN knowledge_session k ON k.id = t.session_id WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "ไฟล์ “{0}” ของ “{1}”"),
    ),
    "swot_analysis": (
        "SELECT y.be_year FROM swot_analysis t JOIN fiscal_year y ON y.id = t.year_id "
        "WHERE t.id = :id",
        QT_TRANSLATE_NOOP("Integrity", "SWOT ปี {0}"),
    ),
}
for _table in ("assignment", "pdca_record", "transition", "official_indicator_score"):
    _NAMES[_table] = (
        f"SELECT i.code FROM {_table} t {_BY_INDICATOR}",
        QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {0}"),
    )


def describe(connection: Connection, table_name: str, row_id: int) -> str:
    """The record in Thai words where it can be named, else its row number."""
    known = _NAMES.get(table_name)
    if known is not None:
        parts = connection.execute(text(known[0]), {"id": row_id}).first()
        if parts is not None:
            return known[1].format(*parts)
    return QT_TRANSLATE_NOOP("Integrity", "แถวที่ {0}").format(row_id)


class _Findings:
    def __init__(self) -> None:
        self.items: list[Finding] = []
        self.counts: dict[str, int] = {}

    def add(self, kind: str, message: str, **params: object) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if self.counts[kind] <= SHOWN:
            self.items.append(Finding(Severity.PROBLEM, message, dict(params)))

    def close(self) -> list[Finding]:
        for count in self.counts.values():
            if count > SHOWN:
                self.items.append(
                    Finding(
                        Severity.PROBLEM,
                        QT_TRANSLATE_NOOP("Integrity", "…และอีก {count} รายการในทำนองเดียวกัน"),
                        {"count": count - SHOWN},
                    )
                )
        return self.items


def _raw(connection: Connection, name: str, names: tuple[str, ...]) -> list[Any]:
    raw = table(name, *(column(n) for n in names))
    return list(connection.execute(select(*raw.c).order_by(raw.c.id)))


def _check_chain(
    connection: Connection, found: _Findings
) -> tuple[dict[tuple[str, int], tuple[str, str]], int]:
    """Walk the chain; the newest (op, hash) of each record by its lines; entries checked."""
    entries = _raw(
        connection,
        "audit_entry",
        (*ENTRY_COLUMNS, "chained", "rows_hash", "prev_hash", "entry_hash"),
    )
    lines: dict[int, list[tuple[Any, ...]]] = {}
    for _id, entry_id, *line in _raw(
        connection,
        "audit_row",
        ("id", "entry_id", "table_name", "row_id", "op", "row_hash", "changes"),
    ):
        lines.setdefault(entry_id, []).append(tuple(line))
    width = len(ENTRY_COLUMNS)
    prev, last_id, started = GENESIS, None, False
    latest: dict[tuple[str, int], tuple[str, str]] = {}
    for entry in entries:
        values, (chained, rows_hash, prev_hash, entry_hash) = entry[:width], entry[width:]
        entry_id = values[0]
        if not chained or chained == "0":
            if started:
                found.add(
                    "outside",
                    QT_TRANSLATE_NOOP(
                        "Integrity", "ประวัติการแก้ไขรายการที่ {id} ไม่อยู่ในห่วงโซ่ (ถูกเพิ่มหรือแก้นอกโปรแกรม)"
                    ),
                    id=entry_id,
                )
            lines.pop(entry_id, None)
            continue
        started = True
        own = lines.pop(entry_id, [])
        if prev_hash != prev:
            found.add(
                "link",
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "ห่วงโซ่ประวัติการแก้ไขขาดก่อนรายการที่ {id} (มีรายการถูกลบหรือแทรกนอกโปรแกรม)",
                ),
                id=entry_id,
            )
        if rows_digest(own) != (rows_hash or "") or entry_digest(
            prev_hash or "", values, rows_hash or ""
        ) != (entry_hash or ""):
            found.add(
                "edited",
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "ประวัติการแก้ไขรายการที่ {id} ({action}) ถูกแก้นอกโปรแกรม (ค่า SHA-256 ไม่ตรง)",
                ),
                id=entry_id,
                action=values[4],
            )
        for line in own:
            for table_name, row_id, op, row_hash in unpacked(line):
                latest[(table_name, row_id)] = (op, row_hash)
        prev, last_id = entry_hash or "", entry_id
    for entry_id in lines:
        found.add(
            "orphan",
            QT_TRANSLATE_NOOP("Integrity", "มีรายละเอียดประวัติที่อ้างถึงรายการที่ {id} ซึ่งไม่อยู่ในห่วงโซ่"),
            id=entry_id,
        )
    head = connection.execute(
        text("SELECT entry_id, entry_hash FROM audit_chain_head WHERE id = :id"), {"id": HEAD_ID}
    ).first()
    if not started:
        found.add("start", QT_TRANSLATE_NOOP("Integrity", "ไม่พบจุดเริ่มต้นของห่วงโซ่ประวัติการแก้ไข"))
    elif head is None or head[0] != last_id or head[1] != prev:
        found.add(
            "head",
            QT_TRANSLATE_NOOP(
                "Integrity", "รายการท้ายสุดของประวัติการแก้ไขหายไป (ห่วงโซ่จบที่รายการ {id} แต่ควรจบที่อื่น)"
            ),
            id=last_id,
        )
    return latest, sum(1 for e in entries if e[width] and e[width] != "0")


def _check_records(
    connection: Connection,
    latest: dict[tuple[str, int], tuple[str, str]],
    found: _Findings,
) -> int:
    checked = 0
    for table_name in AUDITED_TABLES:
        label = TABLE_TH[table_name]
        name = partial(describe, connection, table_name)
        for row_id, digest in all_row_hashes(connection, table_name):
            checked += 1
            known = latest.pop((table_name, row_id), None)
            if known is None:
                found.add(
                    "added",
                    QT_TRANSLATE_NOOP(
                        "Integrity", "{table}: {record} ถูกเพิ่มนอกโปรแกรม (ไม่มีในประวัติ)"
                    ),
                    table=label,
                    record=name(row_id),
                )
            elif known[0] == "delete":
                found.add(
                    "revived",
                    QT_TRANSLATE_NOOP(
                        "Integrity", "{table}: {record} ถูกลบในโปรแกรมแล้วแต่กลับมีอยู่ (ใส่คืนนอกโปรแกรม)"
                    ),
                    table=label,
                    record=name(row_id),
                )
            elif known[1] != digest:
                found.add(
                    "changed",
                    QT_TRANSLATE_NOOP(
                        "Integrity",
                        "{table}: {record} ถูกแก้ไขนอกโปรแกรม (ไม่ตรงกับประวัติการแก้ไขครั้งล่าสุด)",
                    ),
                    table=label,
                    record=name(row_id),
                )
    for (table_name, row_id), (op, _digest) in latest.items():
        if op != "delete":
            found.add(
                "deleted",
                QT_TRANSLATE_NOOP("Integrity", "{table}: แถวที่ {id} ถูกลบนอกโปรแกรม"),
                table=TABLE_TH[table_name],
                id=row_id,
            )
    return checked


def check_audit_trail(database: Database) -> list[Finding]:
    """Findings about the audit chain and the records it covers (reads only)."""
    found = _Findings()
    with database.engine.connect() as connection:
        latest, entries = _check_chain(connection, found)
        records = _check_records(connection, latest, found)
        connection.rollback()
    if not found.items:
        return [
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "ประวัติการแก้ไขครบถ้วนไม่ถูกแก้ไข ({entries} รายการ) และข้อมูล {records} แถวตรงกับประวัติ",
                ),
                {"entries": entries, "records": records},
            )
        ]
    return found.close()
