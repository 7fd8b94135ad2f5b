"""Attaching, removing (to a recycle list) and restoring evidence files."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.models import EvidenceFile, FiscalYear, KnowledgeMaterial, YearIndicator
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError, ValidationError
from mk3desk.domain.file_names import safe_file_name
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.domain.workflow import Section
from mk3desk.paths import scratch_dir
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_indicator
from mk3desk.services.rights import require
from mk3desk.services.workflow import ensure_editable

# The GUI asks before attaching a file larger than this; above the hard limit it refuses.
LARGE_FILE_BYTES = 50 * 1024 * 1024
MAX_FILE_BYTES = 1024 * 1024 * 1024


def add_evidence(
    session: Session,
    store: EvidenceFiles,
    actor: Actor,
    indicator_id: int,
    source: Path,
    *,
    description: str = "",
    criterion_key: str | None = None,
) -> EvidenceFile:
    indicator = get_indicator(session, indicator_id)
    require(session, actor, Action.EVIDENCE, indicator)
    ensure_editable(indicator, Section.DO)
    if not source.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Evidence", "ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์"), path=str(source)
        )
    if source.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Evidence", "ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์"),
            name=source.name,
        )
    criterion_id = None
    if criterion_key:
        criterion = next((c for c in indicator.criteria if c.key == criterion_key), None)
        if criterion is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Evidence", "ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}"),
                code=indicator.code,
                key=criterion_key,
            )
        criterion_id = criterion.id
    stored = store.put(source)
    name = safe_file_name(source.name)
    evidence = EvidenceFile(
        sha256=stored.sha256,
        file_name=name,
        size=stored.size,
        description=normalise_text(description),
        criterion_id=criterion_id,
        added_by_id=actor.person_id,
    )
    indicator.evidence.append(evidence)
    audit(session, actor, "evidence.add", indicator.code, name)
    return evidence


def copy_for_opening(store: EvidenceFiles, sha256: str, file_name: str) -> Path:
    """A copy of stored evidence under its own name, to hand to the desktop.

    The store names files by hash; the desktop needs the name (and extension). The
    name is made safe again here (whatever the database holds) and the copy must land
    inside this run's scratch folder, which is removed when the program exits.
    """
    folder = Path(tempfile.mkdtemp(prefix="open-", dir=scratch_dir()))
    target = folder / safe_file_name(file_name)
    if target.resolve().parent != folder.resolve():  # pragma: no cover - safe_file_name
        raise StorageError(QT_TRANSLATE_NOOP("Evidence", "ชื่อไฟล์ {name} ใช้ไม่ได้"), name=file_name)
    try:
        shutil.copyfile(store.local_path(sha256), target)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Evidence", "คัดลอกไฟล์ {name} เพื่อเปิดดูไม่ได้ ({reason})"),
            name=file_name,
            reason=exc.strerror or exc,
        ) from exc
    return target


def _get(session: Session, evidence_id: int) -> EvidenceFile:
    evidence = session.get(EvidenceFile, evidence_id)
    if evidence is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Evidence", "ไม่พบไฟล์หลักฐานรหัส {id}"), id=evidence_id)
    return evidence


def remove_evidence(session: Session, actor: Actor, evidence_id: int) -> None:
    """Move to the recycle list: the file stays until the list is emptied."""
    evidence = _get(session, evidence_id)
    require(session, actor, Action.EVIDENCE, evidence.indicator)
    ensure_editable(evidence.indicator, Section.DO)
    evidence.removed_at = utcnow()
    audit(session, actor, "evidence.remove", evidence.indicator.code, evidence.file_name)


def restore_evidence(session: Session, actor: Actor, evidence_id: int) -> None:
    evidence = _get(session, evidence_id)
    require(session, actor, Action.EVIDENCE, evidence.indicator)
    ensure_editable(evidence.indicator, Section.DO)
    evidence.removed_at = None
    audit(session, actor, "evidence.restore", evidence.indicator.code, evidence.file_name)


def recycled(session: Session) -> list[EvidenceFile]:
    return list(
        session.scalars(
            select(EvidenceFile)
            .where(EvidenceFile.removed_at.is_not(None))
            .order_by(EvidenceFile.removed_at)
        )
    )


@dataclass(frozen=True)
class RecycledView:
    """One line of the recycle list, as the GUI shows it."""

    evidence_id: int
    file_name: str
    description: str
    size: int
    code: str  # the indicator's code
    be_year: int
    removed_at: datetime


def recycled_views(session: Session) -> list[RecycledView]:
    """The recycle list as plain values, most recently removed first."""
    rows = session.execute(
        select(
            EvidenceFile.id,
            EvidenceFile.file_name,
            EvidenceFile.description,
            EvidenceFile.size,
            YearIndicator.code,
            FiscalYear.be_year,
            EvidenceFile.removed_at,
        )
        .join(YearIndicator, YearIndicator.id == EvidenceFile.indicator_id)
        .join(FiscalYear, FiscalYear.id == YearIndicator.year_id)
        .where(EvidenceFile.removed_at.is_not(None))
        .order_by(EvidenceFile.removed_at.desc(), EvidenceFile.id.desc())
    )
    return [
        RecycledView(ev_id, name, text, size, code, be_year, removed)
        for ev_id, name, text, size, code, be_year, removed in rows
        if removed is not None  # (always: the query asks for removed files only)
    ]


def empty_recycle(session: Session, store: EvidenceFiles, actor: Actor) -> int:
    """Delete recycled records, and their files when nothing else uses the same bytes."""
    require(session, actor, Action.EMPTY_RECYCLE)
    gone = recycled(session)
    for evidence in gone:
        session.delete(evidence)
    session.flush()
    delete_unused_after_commit(session, store, {e.sha256 for e in gone})
    audit(session, actor, "evidence.empty_recycle", "", str(len(gone)))
    return len(gone)


def stored_hashes_in_use(session: Session) -> set[str]:
    """Every hash a record names: indicators' evidence and knowledge sessions' materials."""
    used = set(session.scalars(select(EvidenceFile.sha256)))
    return used | set(session.scalars(select(KnowledgeMaterial.sha256)))


def delete_unused_after_commit(session: Session, store: EvidenceFiles, hashes: set[str]) -> None:
    """Delete the files of *hashes* no record names any more, once the transaction commits."""
    _delete_after_commit(session, store, hashes - stored_hashes_in_use(session))


def _delete_after_commit(session: Session, store: EvidenceFiles, hashes: set[str]) -> None:
    """Delete the files only once the records are gone for good: if the transaction
    rolls back, the records stay and so must their files."""

    def committed(_session: Session) -> None:
        event.remove(session, "after_rollback", rolled_back)
        for sha in hashes:
            store.delete(sha)

    def rolled_back(_session: Session) -> None:
        event.remove(session, "after_commit", committed)

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_rollback", rolled_back, once=True)
