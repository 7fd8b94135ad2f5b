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
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict
from mk3desk.domain.office_settings import OfficeSettings as OfficeSettings
from mk3desk.domain.office_settings import Signatory as Signatory
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.conflicts import read_locked, refuse_if_changed
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


LABELS: dict[str, str] = {
    "director.name": QT_TRANSLATE_NOOP("Settings", "ผู้อำนวยการ สพท. (ชื่อ)"),
    "director.position": QT_TRANSLATE_NOOP("Settings", "ผู้อำนวยการ สพท. (ตำแหน่ง)"),
    "deputy.name": QT_TRANSLATE_NOOP("Settings", "รองผู้อำนวยการที่กำกับดูแล (ชื่อ)"),
    "deputy.position": QT_TRANSLATE_NOOP("Settings", "รองผู้อำนวยการที่กำกับดูแล (ตำแหน่ง)"),
    "committee_chair.name": QT_TRANSLATE_NOOP("Settings", "ประธานคณะกรรมการ (ชื่อ)"),
    "committee_chair.position": QT_TRANSLATE_NOOP("Settings", "ประธานคณะกรรมการ (ตำแหน่ง)"),
    "coordinator.name": QT_TRANSLATE_NOOP("Settings", "ผู้ประสานงานตัวชี้วัด (ชื่อ)"),
    "coordinator.position": QT_TRANSLATE_NOOP("Settings", "ผู้ประสานงานตัวชี้วัด (ตำแหน่ง)"),
    "numeral_style": QT_TRANSLATE_NOOP("Settings", "ตัวเลขในเนื้อความ"),
    "report_font": QT_TRANSLATE_NOOP("Settings", "แบบอักษรของรายงาน"),
    "allow_self_review": QT_TRANSLATE_NOOP(
        "Settings", "อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง"
    ),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Settings", "ล็อกหน้าจอเมื่อไม่มีการใช้งาน (นาที)"),
}
SHOWN_VALUES: dict[str, str] = {
    NumeralStyle.THAI.value: QT_TRANSLATE_NOOP("Settings", "เลขไทย"),
    NumeralStyle.ARABIC.value: QT_TRANSLATE_NOOP("Settings", "เลขอารบิก"),
    "True": QT_TRANSLATE_NOOP("Settings", "อนุญาต"),
    "False": QT_TRANSLATE_NOOP("Settings", "ไม่อนุญาต"),
}


def _shown(key: str, value: str) -> str:
    if key == "report_font" and not value:
        return QT_TRANSLATE_NOOP("Settings", "Sarabun (มากับโปรแกรม)")
    if key in ("numeral_style", "allow_self_review"):
        return SHOWN_VALUES.get(value, value)
    return value


def save_settings(
    session: Session,
    actor: Actor,
    settings: OfficeSettings,
    office_id: int | None = None,
    *,
    base: OfficeSettings | None = None,
) -> None:
    """Save the office's settings. *base* is what the form read (settings are many rows
    and have no one version): when the stored settings are no longer *base*, someone
    saved in between and the save is refused with the settings that differ (None skips
    the check)."""
    require(session, actor, Action.OFFICE_SETTINGS)
    office = get_office(session, office_id)
    if base is not None:
        read_locked(session, office)  # settings saves take turns on the office's row
        stored = load_settings(session, office.id)
        mine, theirs = _flatten(settings), _flatten(stored)
        refuse_if_changed(
            _flatten(base) != theirs,
            QT_TRANSLATE_NOOP("Settings", "การตั้งค่าของสำนักงาน"),
            (
                FieldConflict(
                    LABELS.get(key, key), _shown(key, mine[key]), _shown(key, theirs[key])
                )
                for key in mine
            ),
            stored,
        )
    existing = {s.key: s for s in office.settings}
    for key, value in _flatten(settings).items():
        row = existing.get(key)
        if row is None:
            office.settings.append(OfficeSetting(key=key, value=value))
        elif row.value != value:
            row.value = value
    session.flush()
    audit(session, actor, "settings.save", office.name)
