"""Issuing certificates (เกียรติบัตร) from recognitions, numbered in the year's register.

One certificate per person: a person's recognition gives one, a group's gives one to
each active member of the group. The numbers follow the highest ever issued in the
fiscal year (certificates are never deleted, so a number is never given twice; the
table's unique (year, number) holds it even against a second writer). Without a
signer nothing is issued.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Certificate, Person
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.recognition import (
    check_signer,
    next_numbers,
)
from mk3desk.domain.rights import Action
from mk3desk.services import lookup
from mk3desk.services.context import Actor, audit
from mk3desk.services.recognition.save import get_recognition
from mk3desk.services.rights import require


def issue_certificates(
    session: Session,
    actor: Actor,
    office_year: OfficeYear,
    recognition_ids: Sequence[int],
    signer: Signatory,
    issued_on: date,
) -> list[int]:
    """Issue the certificates of *recognition_ids* signed by *signer*; their ids, in
    register order. Refused, with nothing written, without a signer or recipients."""
    require(session, actor, Action.RECOGNITION)
    signer = check_signer(signer)
    year = lookup.year_of(session, office_year)
    if not recognition_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Recognition", "กรุณาเลือกการยกย่องที่จะออกเกียรติบัตรอย่างน้อยหนึ่งรายการ")
        )
    lines: list[tuple[int, Person, str, str]] = []  # recognition, person, title, reason
    for recognition_id in dict.fromkeys(recognition_ids):
        row = get_recognition(session, office_year, recognition_id)
        if row.person is not None:
            people = [row.person]
        else:
            people = [p for p in (row.group.members if row.group else []) if p.active]
            if not people:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Recognition", "กลุ่มงาน “{group}” ไม่มีบุคลากร จึงออกเกียรติบัตรให้ไม่ได้"
                    ),
                    group=row.group.name if row.group else "",
                )
        title = row.title
        lines += [(row.id, person, title, row.reason) for person in people]
    issued = session.scalars(select(Certificate.number).where(Certificate.year_id == year.id))
    numbers = next_numbers(issued, len(lines))
    made: list[Certificate] = []
    for number, (recognition_id, person, title, reason) in zip(numbers, lines, strict=True):
        certificate = Certificate(
            year_id=year.id,
            number=number,
            recognition_id=recognition_id,
            person_id=person.id,
            recipient_name=person.name,
            recipient_position=person.position,
            title=title,
            reason=reason,
            issued_on=issued_on,
            signer_name=signer.name,
            signer_position=signer.position,
        )
        session.add(certificate)
        made.append(certificate)
    session.flush()
    audit(
        session,
        actor,
        "certificate.issue",
        f"{numbers[0]}-{numbers[-1]}/{year.be_year}",
        f"count={len(made)} signer={signer.name}",
    )
    return [c.id for c in made]
