"""`mk3desk check`: is the database sound, up to date, and is every evidence file there?"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select, text

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore, FileStatus
from mk3desk.db.migrate import current_revision, head_revision
from mk3desk.db.models import EvidenceFile, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str  # Thai template, context "Integrity"
    params: dict[str, object] = field(default_factory=dict)
    evidence_id: int | None = None

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class CheckReport:
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.severity is Severity.PROBLEM for f in self.findings)

    def missing_evidence_ids(self) -> set[int]:
        return {f.evidence_id for f in self.findings if f.evidence_id is not None}


def check_database(database: Database) -> CheckReport:
    findings: list[Finding] = []
    if database.is_sqlite:
        with database.engine.connect() as connection:
            rows = [r[0] for r in connection.execute(text("PRAGMA integrity_check"))]
        if rows == ["ok"]:
            findings.append(
                Finding(Severity.OK, QT_TRANSLATE_NOOP("Integrity", "โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์"))
            )
        else:
            findings.append(
                Finding(
                    Severity.PROBLEM,
                    QT_TRANSLATE_NOOP("Integrity", "ไฟล์ฐานข้อมูลเสียหาย: {detail}"),
                    {"detail": "; ".join(str(r) for r in rows[:5])},
                )
            )
    current, head = current_revision(database.engine), head_revision()
    if current == head:
        findings.append(
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP("Integrity", "รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})"),
                {"revision": head},
            )
        )
    else:
        findings.append(
            Finding(
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP(
                    "Integrity", "รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})"
                ),
                {"current": current, "head": head},
            )
        )
    findings += check_evidence(database)
    if current == head:  # the audit chain (services/audit_check.py) needs the newest tables
        from mk3desk.services.audit_check import check_audit_trail

        findings += check_audit_trail(database)
    return CheckReport(findings)


def check_evidence(database: Database, *, verify_content: bool = True) -> list[Finding]:
    """Missing or altered evidence files. *verify_content* re-hashes every file (the full
    check); without it, presence and size only — cheap enough to run at every start."""
    store = EvidenceStore(database.evidence_dir)
    findings: list[Finding] = []
    with database.session() as session:
        rows = session.execute(
            select(
                EvidenceFile.id,
                EvidenceFile.sha256,
                EvidenceFile.size,
                EvidenceFile.file_name,
                YearIndicator.code,
            )
            .join(YearIndicator, YearIndicator.id == EvidenceFile.indicator_id)
            .order_by(EvidenceFile.id)
        ).all()
    verdicts: dict[str, FileStatus] = {}
    for evidence_id, sha, size, name, code in rows:
        if sha not in verdicts:
            verdicts[sha] = store.status(sha, size=size, verify_content=verify_content)
        status = verdicts[sha]
        if status is FileStatus.MISSING:
            message = QT_TRANSLATE_NOOP("Integrity", "ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ")
        elif status is FileStatus.ALTERED:
            message = QT_TRANSLATE_NOOP(
                "Integrity", "ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)"
            )
        else:
            continue
        findings.append(
            Finding(
                Severity.PROBLEM, message, {"code": code, "name": name}, evidence_id=evidence_id
            )
        )
    orphans = store.stored_hashes() - set(verdicts)
    if orphans:
        findings.append(
            Finding(
                Severity.WARNING,
                QT_TRANSLATE_NOOP("Integrity", "มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์"),
                {"count": len(orphans)},
            )
        )
    if not any(f.severity is Severity.PROBLEM for f in findings):
        findings.append(
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP("Integrity", "ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)"),
                {"count": len(rows)},
            )
        )
    return findings
