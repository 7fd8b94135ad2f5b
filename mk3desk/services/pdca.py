"""Editing an indicator's PDCA record: texts, criteria ticks, outcome values."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum, StrEnum

from sqlalchemy.orm import Session, joinedload

from mk3desk.db.models import (
    CriterionResult,
    OutcomeValue,
    PdcaRecord,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.domain.values import check_value
from mk3desk.domain.workflow import Section
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_indicator
from mk3desk.services.rights import require
from mk3desk.services.workflow import ensure_editable

# A text longer than this is refused rather than stored: it is almost always a
# paste gone wrong, and the GUI keeps it in the field so nothing is lost.
MAX_TEXT_LENGTH = 100_000


class PdcaField(StrEnum):
    PLAN = "plan_text"
    DO_LOG = "do_log"
    CHECK_NOTES = "check_notes"
    ACT_REFLECTION = "act_reflection"
    ACT_IMPROVEMENTS = "act_improvements"


SECTION_OF: dict[PdcaField, Section] = {
    PdcaField.PLAN: Section.PLAN,
    PdcaField.DO_LOG: Section.DO,
    PdcaField.CHECK_NOTES: Section.CHECK,
    PdcaField.ACT_REFLECTION: Section.ACT,
    PdcaField.ACT_IMPROVEMENTS: Section.ACT,
}

ACTION_OF: dict[PdcaField, Action] = {
    PdcaField.PLAN: Action.PLAN_TEXT,
    PdcaField.DO_LOG: Action.DO_TEXT,
    PdcaField.CHECK_NOTES: Action.CHECK_NOTES,
    PdcaField.ACT_REFLECTION: Action.ACT_TEXT,
    PdcaField.ACT_IMPROVEMENTS: Action.ACT_TEXT,
}


# What each save reads besides the indicator (the rights check needs its assignment),
# in the statement that reads the indicator rather than one lazy load each.
_TEXT_LOADS = (joinedload(YearIndicator.assignment), joinedload(YearIndicator.pdca))
_CRITERIA_LOADS = (
    joinedload(YearIndicator.assignment),
    joinedload(YearIndicator.criteria).joinedload(YearCriterion.result),
)
_VALUE_LOADS = (
    joinedload(YearIndicator.assignment),
    joinedload(YearIndicator.year),
    joinedload(YearIndicator.outcome_values),
)


def pdca_record(indicator: YearIndicator) -> PdcaRecord:
    if indicator.pdca is None:
        indicator.pdca = PdcaRecord()
    return indicator.pdca


def check_text(text: str, what: str = "") -> str:
    if len(text) > MAX_TEXT_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Pdca",
                "ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก "
                "โปรดแบ่งเป็นไฟล์หลักฐานแทน",
            ),
            length=len(text),
            limit=MAX_TEXT_LENGTH,
        )
    return text


def save_text(
    session: Session,
    actor: Actor,
    indicator_id: int,
    field: PdcaField,
    text: str,
    *,
    base: str | None = None,
) -> PdcaRecord:
    """Save one PDCA text as typed (the GUI calls this every few seconds).

    *base* is the text the editor started from (its last load or save). When the stored
    text is no longer *base*, someone else — the CLI, a bundle, another client — saved
    in between: the save is refused with a ConflictError carrying both texts, so the
    clerk chooses instead of one of them being lost. None skips the check (the CLI,
    which writes what it is told).
    """
    # Locked when the editor says what it read: two clients saving the indicator take turns.
    indicator = get_indicator(session, indicator_id, *_TEXT_LOADS, locked=base is not None)
    require(session, actor, ACTION_OF[field], indicator)
    ensure_editable(indicator, SECTION_OF[field])
    record = pdca_record(indicator)
    text = check_text(text)
    stored = getattr(record, field.value) or ""
    if base is not None and stored not in (base, text):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Pdca",
                "ตัวชี้วัด {code}: มีผู้อื่นบันทึกข้อความส่วนนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ "
                "— โปรดเลือกว่าจะใช้ข้อความใด",
            ),
            mine=text,
            theirs=stored,
            code=indicator.code,
        )
    if stored != text:
        setattr(record, field.value, text)
        record.updated_by_id = actor.person_id
        audit(session, actor, f"pdca.{field.value}", indicator.code)
    return record


def set_criterion(
    session: Session,
    actor: Actor,
    indicator_id: int,
    key: str,
    *,
    met: bool | None = None,
    narrative: str | None = None,
    narrative_base: str | None = None,
) -> CriterionResult:
    """Tick (or untick) a criterion and say how it was met.

    *narrative_base* is the narrative the editor started from: when the stored one is no
    longer it, the save is refused with both texts as ``save_text`` does (None skips the
    check). A tick needs no such check: a yes/no that someone else set since to the
    same answer loses nothing, and one set to the other answer is what this click
    changes.
    """
    indicator = get_indicator(
        session, indicator_id, *_CRITERIA_LOADS, locked=narrative_base is not None
    )
    require(session, actor, Action.CRITERIA, indicator)
    ensure_editable(indicator, Section.DO)
    criterion = next((c for c in indicator.criteria if c.key == key), None)
    if criterion is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Pdca", "ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}"), code=indicator.code, key=key
        )
    if criterion.result is None:
        criterion.result = CriterionResult()
    result = criterion.result
    if met is not None:
        result.met = met
    if narrative is not None:
        narrative = check_text(narrative)
        # A result made just now has no narrative yet (its column default comes at insert).
        stored = result.narrative or ""
        if narrative_base is not None and stored not in (narrative_base, narrative):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "Pdca",
                    "ตัวชี้วัด {code} เกณฑ์ {key}: มีผู้อื่นบันทึกคำอธิบายไปก่อนแล้ว "
                    "จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด",
                ),
                mine=narrative,
                theirs=stored,
                code=indicator.code,
                key=key,
            )
        result.narrative = narrative
    result.updated_by_id = actor.person_id
    audit(session, actor, "criterion.set", f"{indicator.code} {key}", f"met={result.met}")
    return result


class Unread(Enum):
    """No value was read: ``set_outcome_value`` does not check what it overwrites."""

    UNREAD = "unread"


def _shown(value: Decimal | None) -> str:
    return "“-”" if value is None else f"“{value.normalize():f}”"


def set_outcome_value(
    session: Session,
    actor: Actor,
    indicator_id: int,
    be_year: int,
    value: Decimal | None,
    note: str = "",
    *,
    base: Decimal | Unread | None = Unread.UNREAD,
) -> OutcomeValue | None:
    """Record (or clear, with None) an actual value for this year or one of the two before.

    *base* is the value the field showed (None: empty): when the stored value is no
    longer it, and not already *value*, someone saved in between and the save is refused
    naming both values (left out: no check, the CLI and imports).
    """
    indicator = get_indicator(
        session, indicator_id, *_VALUE_LOADS, locked=not isinstance(base, Unread)
    )
    require(session, actor, Action.OUTCOME_VALUES, indicator)
    ensure_editable(indicator, Section.DO)
    if IndicatorKind(indicator.kind) is not IndicatorKind.OUTCOME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Pdca", "ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน"),
            code=indicator.code,
        )
    year = indicator.year.be_year
    if be_year not in (year, year - 1, year - 2):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Pdca", "บันทึกค่าได้เฉพาะปี {first}–{last} (ได้รับปี {year})"),
            first=year - 2,
            last=year,
            year=be_year,
        )
    if value is not None and not value.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Pdca", "ค่าผลการดำเนินงานต้องเป็นตัวเลข"))
    if value is not None:
        check_value(value)  # the limits of every stored value (domain.values)
    existing = next((v for v in indicator.outcome_values if v.be_year == be_year), None)
    stored = existing.value if existing is not None else None
    if not isinstance(base, Unread) and stored not in (base, value):
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "Pdca",
                "ตัวชี้วัด {code} ค่าปี {year}: มีผู้อื่นบันทึกเป็น {stored} ไปก่อนแล้ว "
                "จึงยังไม่ได้บันทึก {yours} ของคุณ — หน้าจอแสดงค่าล่าสุดแล้ว หากต้องการเปลี่ยนโปรดพิมพ์อีกครั้ง",
            ),
            code=indicator.code,
            year=be_year,
            yours=_shown(value),
            stored=_shown(stored),
        )
    if value is None:
        if existing is not None:
            indicator.outcome_values.remove(existing)
            audit(session, actor, "outcome.clear", f"{indicator.code} {be_year}")
        return None
    if existing is None:
        existing = OutcomeValue(be_year=be_year, value=value, note=normalise_text(note))
        indicator.outcome_values.append(existing)
    else:
        existing.value = value
        existing.note = normalise_text(note)
    audit(session, actor, "outcome.set", f"{indicator.code} {be_year}", str(value))
    return existing
