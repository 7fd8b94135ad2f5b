"""The office's settings: who signs reports, numeral style, report font.

Stored as text rows (OfficeSetting) so a new setting needs no migration; read and
written here as one typed value. Per-machine preferences (window layout, UI
language, last database) belong to the GUI's QSettings, not here.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import OfficeSetting
from mk3desk.domain.office_settings import OfficeSettings as OfficeSettings
from mk3desk.domain.office_settings import Signatory as Signatory
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require

SIGNATORY_FIELDS = ("director", "deputy", "committee_chair", "coordinator")


def load_settings(session: Session, office_id: int | None = None) -> OfficeSettings:
    office = get_office(session, office_id)
    stored = {
        key: value
        for key, value in session.execute(
            select(OfficeSetting.key, OfficeSetting.value).where(
                OfficeSetting.office_id == office.id
            )
        )
    }
    signatories = {
        name: Signatory(stored.get(f"{name}.name", ""), stored.get(f"{name}.position", ""))
        for name in SIGNATORY_FIELDS
    }
    style = stored.get("numeral_style", NumeralStyle.THAI.value)
    return OfficeSettings(
        director=signatories["director"],
        deputy=signatories["deputy"],
        committee_chair=signatories["committee_chair"],
        coordinator=signatories["coordinator"],
        numeral_style=NumeralStyle(style)
        if style in NumeralStyle._value2member_map_
        else NumeralStyle.THAI,
        report_font=stored.get("report_font", ""),
        allow_self_review=stored.get("allow_self_review", "False") == "True",
        idle_lock_minutes=_minutes(stored.get("idle_lock_minutes", "")),
    )


def _minutes(text: str) -> int:
    return int(text) if text.isdigit() else OfficeSettings.idle_lock_minutes


def _flatten(settings: OfficeSettings) -> dict[str, str]:
    flat: dict[str, str] = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, Signatory):
            flat[f"{f.name}.name"] = normalise_text(value.name)
            flat[f"{f.name}.position"] = normalise_text(value.position)
        elif isinstance(value, NumeralStyle):
            flat[f.name] = value.value
        else:
            flat[f.name] = normalise_text(str(value))
    return flat


def save_settings(
    session: Session, actor: Actor, settings: OfficeSettings, office_id: int | None = None
) -> None:
    require(session, actor, Action.OFFICE_SETTINGS)
    office = get_office(session, office_id)
    existing = {s.key: s for s in office.settings}
    for key, value in _flatten(settings).items():
        row = existing.get(key)
        if row is None:
            office.settings.append(OfficeSetting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()
    audit(session, actor, "settings.save", office.name)
