"""The MK3 Model's records of a year, in the bundle's form (fields: sync.mk3_fields).

As with sync.export, the ``*_data`` functions give a record's content exactly as a
bundle carries it, and the merge uses them for this side's version. Lists are in a
canonical order that does not depend on row ids (members and attendees by their place
in the list, then the person's uid; linked indicators by code; materials by when they
were added), so both machines hash the same content the same way.

What travels (sync.schema):

* the **setup** bundle carries every committee (with its members), the SWOT, every
  knowledge session, recognition and certificate of the year;
* a **work** bundle carries the year's knowledge sessions (those recorded or changed on
  the sending machine are judged by the KNOWLEDGE right; unchanged ones change nothing).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from mk3desk.db.models import (
    Certificate,
    Committee,
    FiscalYear,
    KnowledgeSession,
    Person,
    Recognition,
    SwotAnalysis,
)
from mk3desk.sync.schema import RecordKind

Part = tuple[RecordKind, dict[str, Any], dict[str, Any]]


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def committee_data(committee: Committee) -> dict[str, Any]:
    members = [
        {
            "person": m.person.uid,
            "name": m.person.name,
            "role": m.role,
            "sort_order": m.sort_order,
        }
        for m in committee.members
    ]
    return {
        "name": committee.name,
        "sort_order": committee.sort_order,
        "order_number": committee.order_number,
        "order_date": day(committee.order_date),
        "subject": committee.subject,
        "preamble": committee.preamble,
        "duties": committee.duties,
        "effective_from": day(committee.effective_from),
        "signer_name": committee.signer_name,
        "signer_position": committee.signer_position,
        "members": sorted(members, key=lambda m: (m["sort_order"], m["person"])),
    }


def swot_data(swot: SwotAnalysis) -> dict[str, Any]:
    return {
        "strengths": swot.strengths,
        "weaknesses": swot.weaknesses,
        "opportunities": swot.opportunities,
        "threats": swot.threats,
        "participants": swot.participants,
        "held_on": day(swot.held_on),
    }


def knowledge_data(found: KnowledgeSession) -> dict[str, Any]:
    attendees = [
        {
            "person": a.person.uid,
            "name": a.person.name,
            "status": a.status,
            "sort_order": a.sort_order,
        }
        for a in found.attendees
    ]
    links = [{"indicator": link.indicator.uid, "code": link.indicator.code} for link in found.links]
    materials = [
        {
            "uid": m.uid,
            "sha256": m.sha256,
            "file_name": m.file_name,
            "size": m.size,
            "description": m.description,
            "added_at": m.added_at.isoformat(),
        }
        for m in found.materials
    ]
    return {
        "held_on": found.held_on.isoformat(),
        "topic": found.topic,
        "kind": found.kind,
        "speaker": found.speaker,
        "place": found.place,
        "lessons": found.lessons,
        "attendees": sorted(attendees, key=lambda a: (a["sort_order"], a["person"])),
        "indicators": sorted(links, key=lambda i: (i["code"], i["indicator"])),
        "materials": sorted(materials, key=lambda m: (m["added_at"], m["uid"])),
    }


def recognition_data(row: Recognition) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "title": row.title,
        "reason": row.reason,
        "awarded_on": row.awarded_on.isoformat(),
        "person": row.person.uid if row.person is not None else None,
        "group": row.group.uid if row.group is not None else None,
    }


def _person_uid(row: Certificate) -> str | None:
    session = object_session(row)
    if row.person_id is None or session is None:
        return None
    person = session.get(Person, row.person_id)
    return person.uid if person is not None else None


def certificate_data(row: Certificate) -> dict[str, Any]:
    return {
        "number": row.number,
        "recognition": row.recognition.uid if row.recognition is not None else None,
        "person": _person_uid(row),
        "recipient_name": row.recipient_name,
        "recipient_position": row.recipient_position,
        "title": row.title,
        "reason": row.reason,
        "issued_on": row.issued_on.isoformat(),
        "signer_name": row.signer_name,
        "signer_position": row.signer_position,
    }


def knowledge_records(session: Session, year: FiscalYear) -> Iterable[Part]:
    """The year's knowledge sessions (setup and work bundles)."""
    rows = session.scalars(
        select(KnowledgeSession)
        .where(KnowledgeSession.year_id == year.id)
        .order_by(KnowledgeSession.held_on, KnowledgeSession.id)
    )
    for found in rows:
        yield RecordKind.KNOWLEDGE, {"uid": found.uid}, knowledge_data(found)


def mk3_setup_records(session: Session, year: FiscalYear) -> Iterable[Part]:
    """Committees, SWOT, knowledge sessions, recognitions and certificates of *year*."""
    committees = session.scalars(
        select(Committee)
        .where(Committee.year_id == year.id)
        .order_by(Committee.sort_order, Committee.id)
    )
    for committee in committees:
        yield RecordKind.COMMITTEE, {"uid": committee.uid}, committee_data(committee)
    swot = session.scalar(select(SwotAnalysis).where(SwotAnalysis.year_id == year.id))
    if swot is not None:
        yield RecordKind.SWOT, {"be_year": year.be_year}, swot_data(swot)
    yield from knowledge_records(session, year)
    recognitions = session.scalars(
        select(Recognition).where(Recognition.year_id == year.id).order_by(Recognition.id)
    )
    for row in recognitions:
        yield RecordKind.RECOGNITION, {"uid": row.uid}, recognition_data(row)
    certificates = session.scalars(
        select(Certificate).where(Certificate.year_id == year.id).order_by(Certificate.number)
    )
    for certificate in certificates:
        yield RecordKind.CERTIFICATE, {"uid": certificate.uid}, certificate_data(certificate)
