"""Editing the office's profile (its name as printed on every report)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mk3desk.db.models import Office
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require


@dataclass(frozen=True)
class OfficeProfile:
    name: str  # สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3
    short_name: str  # สพป.มหาสารคาม เขต 3
    area: str  # จังหวัดมหาสารคาม
    address: str = ""


def load_profile(session: Session, office_id: int | None = None) -> OfficeProfile:
    office = get_office(session, office_id)
    return OfficeProfile(office.name, office.short_name, office.area, office.address)


def update_office(
    session: Session, actor: Actor, profile: OfficeProfile, office_id: int | None = None
) -> Office:
    require(session, actor, Action.OFFICE_SETTINGS)
    office = get_office(session, office_id)
    name = normalise_text(profile.name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Office", "กรุณาระบุชื่อสำนักงาน"))
    old = office.name
    office.name = name
    office.short_name = normalise_text(profile.short_name)
    office.area = normalise_text(profile.area)
    office.address = normalise_text(profile.address)
    session.flush()
    audit(session, actor, "office.update", name, f"from={old}" if old != name else "")
    return office
