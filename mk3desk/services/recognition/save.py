"""Adding and deleting a praise or an award of the year."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.errors import changed_elsewhere
from mk3desk.db.models import Group, Person, Recognition
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.recognition import RecognitionDraft, check_recognition
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services import lookup
from mk3desk.services.context import Actor, audit
from mk3desk.services.rights import require


def recipient_name(session: Session, office_id: int, draft: RecognitionDraft) -> str:
    """The person's or group's name; refused when it is not of this office."""
    if draft.person_id is not None:
        person = session.get(Person, draft.person_id)
        if person is None or person.office_id != office_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Recognition", "บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
        return person.name
    group = session.get(Group, draft.group_id)
    if group is None or group.office_id != office_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Recognition", "กลุ่มงานที่เลือกไม่ได้อยู่ในสำนักงานนี้"))
    return group.name


def add_recognition(
    session: Session, actor: Actor, office_year: OfficeYear, draft: RecognitionDraft
) -> int:
    """Record a praise or award; its id. Refused (nothing written) when it breaks a rule."""
    require(session, actor, Action.RECOGNITION)
    year = lookup.year_of(session, office_year)
    check_recognition(draft)
    name = recipient_name(session, year.office_id, draft)
    row = Recognition(
        year_id=year.id,
        kind=draft.kind.value,
        title=" ".join(normalise_text(draft.title).split()),
        reason=" ".join(normalise_text(draft.reason).split()),
        awarded_on=draft.awarded_on,
        person_id=draft.person_id,
        group_id=draft.group_id,
    )
    session.add(row)
    session.flush()
    audit(session, actor, "recognition.add", name, f"{draft.kind.value}: {row.reason[:60]}")
    return row.id


def get_recognition(
    session: Session, office_year: OfficeYear, recognition_id: int, *, version: int | None = None
) -> Recognition:
    year = lookup.year_of(session, office_year)
    row = session.get(Recognition, recognition_id)
    if row is None or row.year_id != year.id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Recognition", "ไม่พบการยกย่องที่เลือกในปีงบประมาณ {year}"),
            year=office_year.be_year,
        )
    if version is not None and row.version != version:
        raise changed_elsewhere()
    return row


def delete_recognition(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    recognition_id: int,
    *,
    version: int | None = None,
) -> None:
    """Delete a recognition; certificates issued from it stay in the register as printed."""
    require(session, actor, Action.RECOGNITION)
    row = get_recognition(session, office_year, recognition_id, version=version)
    name = row.person.name if row.person else row.group.name if row.group else ""
    session.delete(row)
    session.flush()
    audit(session, actor, "recognition.delete", name, f"year={office_year.be_year}")
