"""A session's materials (slides, photos, the signed attendance sheet): attach, remove.

The bytes go to the evidence store like an indicator's evidence (named by SHA-256,
stored once); removing a material deletes its record, and its bytes once the change
is committed when no other record names them.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.models import KnowledgeMaterial
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StorageError, ValidationError
from mk3desk.domain.file_names import safe_file_name
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services.context import Actor, audit
from mk3desk.services.evidence import MAX_FILE_BYTES, delete_unused_after_commit
from mk3desk.services.knowledge.common import get_session, touch
from mk3desk.services.rights import require


def add_material(
    session: Session,
    store: EvidenceFiles,
    actor: Actor,
    office_year: OfficeYear,
    session_id: int,
    source: Path,
    *,
    description: str = "",
) -> int:
    """Attach the file *source* to session *session_id*; the material's id."""
    require(session, actor, Action.KNOWLEDGE)
    found = get_session(session, office_year, session_id)
    if not source.is_file():
        raise StorageError(
            QT_TRANSLATE_NOOP("Evidence", "ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์"), path=str(source)
        )
    if source.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Evidence", "ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์"),
            name=source.name,
        )
    stored = store.put(source)
    name = safe_file_name(source.name)
    material = KnowledgeMaterial(
        sha256=stored.sha256,
        file_name=name,
        size=stored.size,
        description=normalise_text(description).strip(),
        added_by_id=actor.person_id,
    )
    found.materials.append(material)
    touch(found)
    session.flush()
    audit(session, actor, "knowledge.material_add", found.topic, name)
    return material.id


def remove_material(
    session: Session,
    store: EvidenceFiles,
    actor: Actor,
    office_year: OfficeYear,
    material_id: int,
) -> str:
    """Remove material *material_id* from its session; its file name."""
    require(session, actor, Action.KNOWLEDGE)
    material = session.get(KnowledgeMaterial, material_id)
    if material is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Knowledge", "ไม่พบเอกสารประกอบรหัส {id}"), id=material_id
        )
    found = get_session(session, office_year, material.session_id)
    name, sha = material.file_name, material.sha256
    found.materials.remove(material)
    touch(found)
    session.flush()
    delete_unused_after_commit(session, store, {sha})
    audit(session, actor, "knowledge.material_remove", found.topic, name)
    return name
