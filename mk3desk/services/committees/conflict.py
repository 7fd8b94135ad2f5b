"""A committee's form saved after someone else saved the committee: what differs.

``edit_committee`` passes the version its form read; when the stored committee is newer
its save is refused with each part (the name, the order, the texts, the member list)
where the clerk's form and the stored committee differ, and with the committee as stored
(``CommitteeView``) to show or to save over (``services.conflicts``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import Committee, Person
from mk3desk.domain.committees import ROLE_TITLES, CommitteeDraft, CommitteeRole
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, FieldConflict
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thaidate import format_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.committees.common import cleaned_order
from mk3desk.services.committees.read import committee as committee_view
from mk3desk.services.conflicts import read_locked, refuse_if_changed


def _day(value: date | None) -> str:
    return format_thai_date(value, digits=NumeralStyle.ARABIC) if value else "-"


def _members(session: Session, pairs: tuple[tuple[int, CommitteeRole], ...]) -> str:
    lines = []
    for person_id, role in pairs:
        person = session.get(Person, person_id)
        name = person.name if person is not None else str(person_id)
        lines.append(f"{name} — {ROLE_TITLES[role]}")
    return "\n".join(lines)


def _lines(text: str) -> str:
    return "\n".join(line.strip() for line in normalise_text(text).splitlines() if line.strip())


def refuse_if_saved_since(
    session: Session,
    office_year: OfficeYear,
    committee: Committee,
    version: int,
    draft: CommitteeDraft,
) -> None:
    """Refuse the save of *draft* when *committee* is no longer at *version* and the
    form differs from what is stored."""
    read_locked(session, committee)
    stored = committee_view(session, office_year, committee.id)
    mine, theirs = cleaned_order(draft.order), stored.order
    pairs = (
        (QT_TRANSLATE_NOOP("Committee", "ชื่อคณะกรรมการ"), " ".join(draft.name.split()), stored.name),
        (QT_TRANSLATE_NOOP("Committee", "คำสั่งที่"), mine.number, theirs.number),
        (QT_TRANSLATE_NOOP("Committee", "สั่ง ณ วันที่"), _day(mine.signed_on), _day(theirs.signed_on)),
        (QT_TRANSLATE_NOOP("Committee", "เรื่อง"), mine.subject, theirs.subject),
        (QT_TRANSLATE_NOOP("Committee", "ผู้ลงนาม"), mine.signer_name, theirs.signer_name),
        (
            QT_TRANSLATE_NOOP("Committee", "ตำแหน่งผู้ลงนาม"),
            mine.signer_position,
            theirs.signer_position,
        ),
        (
            QT_TRANSLATE_NOOP("Committee", "มีผลตั้งแต่"),
            _day(mine.effective_from),
            _day(theirs.effective_from),
        ),
        (
            QT_TRANSLATE_NOOP("Committee", "ความนำ"),
            normalise_text(draft.preamble).strip(),
            stored.preamble,
        ),
        (QT_TRANSLATE_NOOP("Committee", "หน้าที่"), _lines(draft.duties), stored.duties),
        (
            QT_TRANSLATE_NOOP("Committee", "รายชื่อกรรมการ"),
            _members(session, draft.members),
            _members(session, tuple((m.person_id, m.role) for m in stored.members)),
        ),
    )
    refuse_if_changed(
        committee.version != version,
        stored.name,
        (
            FieldConflict(label, mine_value, theirs_value)
            for label, mine_value, theirs_value in pairs
        ),
        stored,
    )
