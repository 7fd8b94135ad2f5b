"""`mk3desk check`: is the database sound, up to date, and is every evidence file there?

Two entry points. ``check_file(path)`` is the command's: it looks at a SQLite file
without opening it the usual way (which would create a schema in an empty file or
"recover" a lost ``-wal``) and changes nothing in it (``integrity_file``).
``check_database(database)`` is the window's full check of the database it has open.
Both read every row of every table and compare the tables and columns with the
newest schema (``integrity_db``), as well as SQLite's structural check, and re-hash
every evidence file. ``check_file`` also reports a lost ``-wal`` and the temporaries
killed attaches and backups left behind (``leftovers``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import FileStatus
from mk3desk.db.models import EvidenceFile, KnowledgeMaterial, KnowledgeSession, YearIndicator
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from mk3desk.services.check_findings import CheckReport, Finding, Severity
from mk3desk.services.integrity_db import (
    revision_findings,
    row_findings,
    schema_findings,
    structure_findings,
)
from mk3desk.services.integrity_file import file_findings, read_only_engine, wal_findings
from mk3desk.services.leftovers import find_leftovers, leftover_findings

__all__ = [
    "CheckReport",
    "Finding",
    "Severity",
    "check_database",
    "check_evidence",
    "check_file",
    "leftover_folders",
]

_FAILURES = (SQLAlchemyError, sqlite3.Error, ValueError, TypeError, LookupError)


def check_database(database: Database) -> CheckReport:
    """The full check of an open database (the window's แฟ้ม → ตรวจสอบ)."""
    if not database.is_sqlite:
        findings = _server_revision(database)
        at_head = findings[0].severity is Severity.OK
        findings += check_evidence(database)
        if at_head:
            from mk3desk.services.audit_check import check_audit_trail

            findings += check_audit_trail(database)
        return CheckReport(findings)
    return CheckReport(_inside(database))


def check_file(path: Path, *, backup_folders: Iterable[Path] = ()) -> CheckReport:
    """Check the SQLite file *path* without changing it (nor creating anything beside it).

    Also lists the leftovers of killed attaches and backups beside it, in its
    ``backups/`` folder and in *backup_folders*.
    """
    path = path.expanduser().resolve()
    if not path.is_file():
        raise NotFoundError(QT_TRANSLATE_NOOP("Database", "ไม่พบไฟล์ฐานข้อมูล {path}"), path=path)
    probe = Database(engine=read_only_engine(path), path=path, read_only=True)
    leftovers = find_leftovers(probe.evidence_dir, leftover_folders(path, backup_folders))
    findings = file_findings(path)
    if not findings:
        findings = wal_findings(path)
        before = _stamp(path)
        try:
            findings += _inside(probe)
        finally:
            probe.close()
        if _stamp(path) != before and any(f.severity is Severity.PROBLEM for f in findings):
            findings.append(
                Finding(
                    Severity.WARNING,
                    QT_TRANSLATE_NOOP(
                        "Integrity",
                        "ไฟล์ฐานข้อมูลถูกบันทึกระหว่างการตรวจ ผลข้างบนอาจคลาดเคลื่อน โปรดตรวจอีกครั้ง",
                    ),
                )
            )
    else:
        probe.close()
    return CheckReport(findings + leftover_findings(leftovers))


def leftover_folders(path: Path, backup_folders: Iterable[Path] = ()) -> list[Path]:
    """Where killed runs of the database *path* may have left temporaries."""
    return [path.parent / "backups", path.parent, *backup_folders]


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _inside(database: Database) -> list[Finding]:
    findings: list[Finding] = []
    try:
        with database.engine.connect() as connection:
            findings += structure_findings(connection)
            revision = revision_findings(connection)
            findings += revision.findings
            schema_sound = False
            if revision.at_head:
                schema = schema_findings(connection)
                findings += schema
                schema_sound = not any(f.severity is Severity.PROBLEM for f in schema)
                findings += row_findings(connection)
    except _FAILURES as exc:
        return [*findings, _damaged(exc)]
    if schema_sound:
        try:
            findings += check_evidence(database)
            # The audit chain (services/audit_check.py) needs the newest tables.
            from mk3desk.services.audit_check import check_audit_trail

            findings += check_audit_trail(database)
        except _FAILURES as exc:
            findings.append(_damaged(exc))
    return findings


def _damaged(exc: BaseException) -> Finding:
    orig = getattr(exc, "orig", None)
    return Finding(
        Severity.PROBLEM,
        QT_TRANSLATE_NOOP("Integrity", "ไฟล์ฐานข้อมูลเสียหาย: {detail}"),
        {"detail": str(orig if orig is not None else exc).splitlines()[0][:200]},
    )


def _server_revision(database: Database) -> list[Finding]:
    from mk3desk.db.migrate import current_revision, head_revision

    current, head = current_revision(database.engine), head_revision()
    if current == head:
        return [
            Finding(
                Severity.OK,
                QT_TRANSLATE_NOOP("Integrity", "รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})"),
                {"revision": head},
            )
        ]
    return [
        Finding(
            Severity.PROBLEM,
            QT_TRANSLATE_NOOP(
                "Integrity", "รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})"
            ),
            {"current": current, "head": head},
        )
    ]


def check_evidence(database: Database, *, verify_content: bool = True) -> list[Finding]:
    """Missing or altered evidence files. *verify_content* re-hashes every file (the full
    check); without it, presence and size only — cheap enough to run at every start."""
    store = database.evidence_store()
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
    # Without re-hashing, one look at every stored length (a server: one query, not one
    # per file) decides presence and size.
    sizes = None if verify_content else store.stored_sizes()
    verdicts: dict[str, FileStatus] = {}
    for evidence_id, sha, size, name, code in rows:
        if sha not in verdicts and sizes is not None:
            stored = sizes.get(sha)
            verdicts[sha] = (
                FileStatus.MISSING
                if stored is None
                else FileStatus.ALTERED
                if stored != size
                else FileStatus.OK
            )
        elif sha not in verdicts:
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
    with database.session() as session:
        materials = session.execute(
            select(
                KnowledgeMaterial.sha256,
                KnowledgeMaterial.size,
                KnowledgeMaterial.file_name,
                KnowledgeSession.topic,
            )
            .join(KnowledgeSession, KnowledgeSession.id == KnowledgeMaterial.session_id)
            .order_by(KnowledgeMaterial.id)
        ).all()
    for sha, size, name, topic in materials:
        if sha not in verdicts:
            verdicts[sha] = store.status(sha, size=size, verify_content=verify_content)
        if verdicts[sha] is not FileStatus.OK:
            findings.append(
                Finding(
                    Severity.PROBLEM,
                    QT_TRANSLATE_NOOP(
                        "Integrity",
                        "การประชุม/อบรม “{topic}”: ไฟล์ “{name}” หายไปหรือถูกแก้ไขหลังแนบ",
                    ),
                    {"topic": topic, "name": name},
                )
            )
    orphans = (set(sizes) if sizes is not None else store.stored_hashes()) - set(verdicts)
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
