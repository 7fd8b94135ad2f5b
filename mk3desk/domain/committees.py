"""Committees appointed by an order (คำสั่งแต่งตั้ง): roles and the rules of a member list.

A committee of a fiscal year (the KRS/PMQA working committee, and any others the
office appoints) has its order — number, date in พ.ศ., subject, signer — its members
from the office's people, each with one role, and its duties. Plain values here; the
services store them (db/models/committee.py) and the committee order prints them.

Rules (issue #14): a committee has exactly one chair; nobody holds two of the leading
roles (chair, vice chair, secretary) of one committee — the demo once printed the same
person as chair and vice chair — and nobody is listed twice at all; at most one
secretary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_settings import Signatory


class CommitteeRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    ASSISTANT_SECRETARY = "assistant_secretary"


# As an order prints them, in the order they are listed.
ROLE_TITLES: dict[CommitteeRole, str] = {
    CommitteeRole.CHAIR: QT_TRANSLATE_NOOP("Committee", "ประธานกรรมการ"),
    CommitteeRole.VICE_CHAIR: QT_TRANSLATE_NOOP("Committee", "รองประธานกรรมการ"),
    CommitteeRole.MEMBER: QT_TRANSLATE_NOOP("Committee", "กรรมการ"),
    CommitteeRole.SECRETARY: QT_TRANSLATE_NOOP("Committee", "กรรมการและเลขานุการ"),
    CommitteeRole.ASSISTANT_SECRETARY: QT_TRANSLATE_NOOP("Committee", "กรรมการและผู้ช่วยเลขานุการ"),
}
ROLE_ORDER: tuple[CommitteeRole, ...] = tuple(CommitteeRole)
LEADING_ROLES = frozenset({CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.SECRETARY})

WORKING_COMMITTEE_NAME = QT_TRANSLATE_NOOP(
    "Committee", "คณะกรรมการดำเนินงานตามคำรับรองการปฏิบัติราชการ (KRS) และ PMQA 4.0"
)


def working_subject(be_year: int) -> str:
    """The usual subject of the working committee's order."""
    return (
        "แต่งตั้งคณะกรรมการดำเนินงานตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) "
        f"และตัวชี้วัดการเป็นระบบราชการ 4.0 (PMQA 4.0) ประจำปีงบประมาณ พ.ศ. {be_year}"
    )


def working_preamble(office_name: str, be_year: int) -> str:
    return (
        "เพื่อให้การดำเนินงานตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของ"
        f"{office_name} ประจำปีงบประมาณ พ.ศ. {be_year} เป็นไปอย่างมีประสิทธิภาพ "
        "เป็นระบบตามวงจรคุณภาพ PDCA และรายงานผลได้ถูกต้อง ครบถ้วน ทันตามกำหนดเวลา"
        "ที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานกำหนด จึงแต่งตั้งคณะกรรมการ ดังรายชื่อต่อไปนี้"
    )


WORKING_DUTIES = "\n".join(
    (
        "ศึกษาคู่มือ ประเด็นการพิจารณา และเกณฑ์การประเมินของตัวชี้วัดแต่ละตัว "
        "แล้วชี้แจงแนวทางการดำเนินงานแก่ผู้รับผิดชอบตัวชี้วัด",
        "กำกับ ติดตาม และให้คำแนะนำการดำเนินงานตามวงจรคุณภาพ PDCA ให้เป็นไปตามปฏิทินการดำเนินงาน",
        "ตรวจสอบความถูกต้อง ครบถ้วนของผลการดำเนินงานและหลักฐานประกอบก่อนรายงานในระบบ KRS "
        "และส่งกลับให้แก้ไขพร้อมข้อเสนอแนะเมื่อจำเป็น",
        "สรุปผลการดำเนินงาน สะท้อนผล และเสนอแนวทางการพัฒนาในปีงบประมาณต่อไป "
        "รายงานผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทราบ",
    )
)


@dataclass(frozen=True)
class CommitteeOrder:
    """The order that appoints a committee, as the clerk fills it in."""

    number: str = ""  # the registry's number, e.g. "๑๒๓" (the year comes from the date)
    signed_on: date | None = None  # สั่ง ณ วันที่: the day the order is signed
    subject: str = ""  # เรื่อง
    signer_name: str = ""
    signer_position: str = ""
    effective_from: date | None = None  # None: ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป


@dataclass(frozen=True)
class CommitteeDraft:
    """A committee as its form is saved: the order, the texts and the member list."""

    name: str
    order: CommitteeOrder
    preamble: str = ""
    duties: str = ""  # one duty per line
    members: tuple[tuple[int, CommitteeRole], ...] = ()  # (person id, role), as listed


@dataclass(frozen=True)
class MemberEntry:
    """One line of a member list: who (a person of the office) and in which role."""

    person_id: int
    name: str
    role: CommitteeRole


def parse_role(value: str) -> CommitteeRole:
    """A stored or typed role: its key ("chair") or its Thai title ("ประธานกรรมการ")."""
    text = value.strip()
    for role in CommitteeRole:
        if text in (role.value, ROLE_TITLES[role]):
            return role
    short = {"ประธาน": CommitteeRole.CHAIR, "รองประธาน": CommitteeRole.VICE_CHAIR}
    if text in short:
        return short[text]
    raise ValidationError(
        QT_TRANSLATE_NOOP("Committee", "ไม่รู้จักบทบาท “{role}” ในคณะกรรมการ (ที่มี: {known})"),
        role=value,
        known=", ".join(ROLE_TITLES[r] for r in ROLE_ORDER),
    )


def check_members(members: Iterable[MemberEntry]) -> None:
    """Refuse a member list that breaks the rules, with the first problem in Thai."""
    listed = list(members)
    seen: dict[int, MemberEntry] = {}
    for entry in listed:
        earlier = seen.get(entry.person_id)
        if earlier is not None:
            if entry.role in LEADING_ROLES and earlier.role in LEADING_ROLES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Committee",
                        "“{name}” เป็น{first}อยู่แล้ว จะเป็น{second}ในคณะกรรมการเดียวกันอีกไม่ได้ "
                        "— ประธาน รองประธาน และเลขานุการต้องเป็นคนละคน",
                    ),
                    name=entry.name,
                    first=ROLE_TITLES[earlier.role],
                    second=ROLE_TITLES[entry.role],
                )
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Committee", "“{name}” อยู่ในคณะกรรมการนี้แล้ว (เป็น{role}) หนึ่งคนมีได้หนึ่งบทบาท"
                ),
                name=entry.name,
                role=ROLE_TITLES[earlier.role],
            )
        seen[entry.person_id] = entry
    chairs = [m for m in listed if m.role is CommitteeRole.CHAIR]
    if not chairs:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Committee", "คณะกรรมการต้องมีประธานกรรมการหนึ่งคน — โปรดเลือกประธานก่อนบันทึก"
            )
        )
    if len(chairs) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Committee", "คณะกรรมการมีประธานได้คนเดียว แต่เลือกไว้ {count} คน ({names})"
            ),
            count=len(chairs),
            names=", ".join(m.name for m in chairs),
        )
    secretaries = [m for m in listed if m.role is CommitteeRole.SECRETARY]
    if len(secretaries) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Committee",
                "คณะกรรมการมีกรรมการและเลขานุการได้คนเดียว ({names}) — คนอื่นให้เป็นผู้ช่วยเลขานุการ",
            ),
            names=", ".join(m.name for m in secretaries),
        )


def in_print_order(members: Iterable[MemberEntry]) -> list[MemberEntry]:
    """Chair, vice chairs, members, secretary, assistants; the clerk's order within a role."""
    listed = list(members)
    return sorted(listed, key=lambda m: ROLE_ORDER.index(m.role))


def check_order(order: CommitteeOrder) -> None:
    """An order needs its subject; a signing day after the start is allowed (a late order)."""
    if not order.subject.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Committee", "กรุณาระบุเรื่องของคำสั่ง"))
    if len(order.number) > 40:
        raise ValidationError(QT_TRANSLATE_NOOP("Committee", "เลขที่คำสั่งยาวเกินไป (ไม่เกิน 40 ตัวอักษร)"))
    if order.number.strip().startswith("ที่") or "/" in order.number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Committee",
                "ใส่เฉพาะเลขที่คำสั่ง เช่น ๑๒๓ โดยไม่ต้องพิมพ์คำว่า “ที่” และปี พ.ศ. "
                "(เอกสารพิมพ์ “ที่ ๑๒๓/๒๕๖๗” ให้เอง)",
            )
        )


@dataclass(frozen=True)
class Staff:
    """A person of the office as the working committee is first drawn from them."""

    name: str
    position: str
    roles: frozenset[str]  # Role values (staff, reviewer, coordinator, executive)


def working_members(
    *,
    chair: Signatory,
    deputy: Signatory,
    coordinator: Signatory,
    director: Signatory,
    people: Iterable[Staff],
) -> list[tuple[str, str, CommitteeRole]]:
    """The working committee as the settings used to give it: (name, position, role).

    Chair: the committee-chair setting, else the director; vice chair: the deputy;
    secretary: the coordinator setting, else the person with the coordinator role;
    members: the reviewers. A name already given a role is not listed again (the
    demo's settings held the deputy as both chair and vice chair).
    """
    staff = list(people)
    listed: list[tuple[str, str, CommitteeRole]] = []
    taken: set[str] = set()

    def add(name: str, position: str, role: CommitteeRole) -> None:
        key = " ".join(name.split())
        if key and key not in taken:
            taken.add(key)
            listed.append((key, position.strip(), role))

    head = chair if chair.is_set else director
    add(head.name, head.position, CommitteeRole.CHAIR)
    if deputy.is_set:
        add(deputy.name, deputy.position, CommitteeRole.VICE_CHAIR)
    secretary: tuple[str, str] | None = None
    if coordinator.is_set:
        secretary = (coordinator.name, coordinator.position)
    else:
        found = next((p for p in staff if "coordinator" in p.roles), None)
        if found is not None:
            secretary = (found.name, found.position)
    claimed = ""  # the secretary is kept from the reviewers, and listed after them
    if secretary is not None and " ".join(secretary[0].split()) not in taken:
        claimed = " ".join(secretary[0].split())
        taken.add(claimed)
    for person in staff:
        if "reviewer" in person.roles:
            add(person.name, person.position, CommitteeRole.MEMBER)
    if secretary is not None and claimed:
        taken.discard(claimed)
        add(secretary[0], secretary[1], CommitteeRole.SECRETARY)
    return listed
