"""Rules the MK3 Model's records must meet before they are written here.

Beyond the field types (sync.mk3_fields), each record is held to the rules the services
apply when a clerk types it (domain.committees, domain.knowledge, domain.recognition,
domain.swot): one chair and no double leading role in a committee, a session with a
topic and at least one attendee listed once, a recognition for exactly one person or
group with a reason, roles, kinds and statuses the program knows. Every person, group,
indicator and recognition named must be here or arrive in the same bundle. A rule
broken gives a Thai reason: the record is REFUSED in the plan (shown, never written).

Certificates: the register's numbers are never given twice. A certificate whose number
is held here by another certificate, or by another certificate of the same bundle,
refuses the **whole bundle** (``check_certificate_numbers``), never renumbered: the
number is printed on paper already. A certificate received once is never changed by a
later bundle (what it printed stays as printed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from mk3desk.db.models import Recognition
from mk3desk.domain import committees, knowledge, recognition, swot
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.sync.errors import BundleError
from mk3desk.sync.mk3_export import certificate_data
from mk3desk.sync.plan import MergeItem, Outcome
from mk3desk.sync.schema import BundleRecord, RecordKind

if TYPE_CHECKING:
    from mk3desk.sync.checks import Incoming
    from mk3desk.sync.format import Bundle
    from mk3desk.sync.resolve import Resolver

# What a certificate printed: a later bundle may not change it.
PRINTED = (
    "number",
    "recipient_name",
    "recipient_position",
    "title",
    "reason",
    "issued_on",
    "signer_name",
    "signer_position",
)


def _bad(field_name: str, value: object) -> str:
    return QT_TRANSLATE_NOOP("Bundle", "ค่า “{value}” ของ {field} ไม่ถูกต้อง").format(
        value=str(value)[:60], field=field_name
    )


def _unknown_person() -> str:
    return QT_TRANSLATE_NOOP("Bundle", "ไม่พบบุคลากรที่อ้างถึงในเครื่องนี้")


def _rule(check: Callable[[], None]) -> str:
    """The domain's Thai refusal of *check*, or "" when it passes."""
    try:
        check()
    except ValidationError as error:
        return error.message
    return ""


def _people_known(resolver: Resolver, incoming: Incoming, uids: Iterable[str | None]) -> bool:
    return all(
        uid is None or resolver.person(uid) is not None or uid in incoming.people for uid in uids
    )


def _ids(uids: Iterable[str]) -> dict[str, int]:
    """A stand-in id per person uid, for the domain's rules (which compare ids)."""
    return {uid: number for number, uid in enumerate(dict.fromkeys(uids), start=1)}


def mk3_problem(
    resolver: Resolver,
    bundle: Bundle,
    record: BundleRecord,
    incoming: Incoming,
    has_file: Callable[[str], bool],
) -> str:
    """Why *record* (of an MK3 kind) may not be written here; "" if it may."""
    if resolver.year() is None and incoming.year_categories is None:
        return QT_TRANSLATE_NOOP("Bundle", "ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year}").format(
            year=resolver.be_year
        )
    return _CHECKS[record.kind](_Here(resolver, bundle, incoming, has_file), record)


class _Here(NamedTuple):
    """What a record is checked against: this database (through *resolver*), the bundle
    it came in, the records arriving with it, and the evidence files already here."""

    resolver: Resolver
    bundle: Bundle
    incoming: Incoming
    has_file: Callable[[str], bool]


def _committee(at: _Here, record: BundleRecord) -> str:
    data = record.data
    members = data["members"]
    if not all(m["role"] in committees.CommitteeRole._value2member_map_ for m in members):
        return _bad("role", next(m["role"] for m in members if m["role"] not in _ROLES))
    if not _people_known(at.resolver, at.incoming, (m["person"] for m in members)):
        return _unknown_person()
    ids = _ids(m["person"] for m in members)
    entries = [
        committees.MemberEntry(ids[m["person"]], m["name"], committees.CommitteeRole(m["role"]))
        for m in members
    ]
    order = committees.CommitteeOrder(
        number=data["order_number"],
        signed_on=_day(data["order_date"]),
        subject=data["subject"],
        signer_name=data["signer_name"],
        signer_position=data["signer_position"],
        effective_from=_day(data["effective_from"]),
    )
    problem = _rule(lambda: committees.check_members(entries)) or _rule(
        lambda: committees.check_order(order)
    )
    if problem:
        return problem
    if len(at.incoming.committee_names.get(data["name"], ())) > 1:
        return QT_TRANSLATE_NOOP("Bundle", "ไฟล์นี้มีคณะกรรมการชื่อ “{name}” มากกว่าหนึ่งคณะ").format(
            name=data["name"]
        )
    here = at.resolver.committee(record.ref["uid"], data["name"])
    named = at.resolver.committee("", data["name"])
    if here is not None and named is not None and named.id != here.id:
        return QT_TRANSLATE_NOOP(
            "Bundle", "ปีงบประมาณนี้ในเครื่องนี้มีคณะกรรมการชื่อ “{name}” อยู่แล้ว (อีกคณะหนึ่ง)"
        ).format(name=data["name"])
    return ""


_ROLES = committees.CommitteeRole._value2member_map_


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _swot(at: _Here, record: BundleRecord) -> str:
    data = record.data
    analysis = swot.from_texts(
        data["strengths"],
        data["weaknesses"],
        data["opportunities"],
        data["threats"],
        data["participants"],
        _day(data["held_on"]),
    )
    # A day's grace: the sender's clock may be ahead of this one across midnight.
    return _rule(lambda: swot.check_swot(analysis, date.today() + timedelta(days=1)))


def _knowledge(at: _Here, record: BundleRecord) -> str:
    data = record.data
    if data["kind"] not in knowledge.SessionKind._value2member_map_:
        return _bad("kind", data["kind"])
    attendees = data["attendees"]
    for item in attendees:
        if item["status"] not in knowledge.Attendance._value2member_map_:
            return _bad("status", item["status"])
    if not _people_known(at.resolver, at.incoming, (a["person"] for a in attendees)):
        return _unknown_person()
    ids = _ids(a["person"] for a in attendees)
    entries = [
        knowledge.AttendeeEntry(ids[a["person"]], a["name"], knowledge.Attendance(a["status"]))
        for a in attendees
    ]
    problem = _rule(
        lambda: knowledge.check_session(data["topic"], data["speaker"], data["place"])
    ) or _rule(lambda: knowledge.check_attendees(entries))
    if problem:
        return problem
    linked: set[int | str] = set()
    for link in data["indicators"]:
        found = at.resolver.indicator(link["indicator"], link["code"])
        if found is None and link["indicator"] not in at.incoming.indicators:
            return QT_TRANSLATE_NOOP(
                "Bundle", "ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้"
            ).format(code=link["code"][:40], year=at.resolver.be_year)
        key: int | str = found.id if found is not None else link["indicator"]
        if key in linked:
            return _bad("indicators", link["code"])
        linked.add(key)
    uids = [m["uid"] for m in data["materials"]]
    if len(set(uids)) != len(uids):
        return _bad("materials", "uid")
    for material in data["materials"]:
        if material["sha256"] not in at.bundle.evidence and not at.has_file(material["sha256"]):
            return QT_TRANSLATE_NOOP(
                "Bundle", "ไฟล์ “{name}” ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้"
            ).format(name=material["file_name"][:80])
    return ""


def _recognition(at: _Here, record: BundleRecord) -> str:
    data = record.data
    if data["kind"] not in recognition.RecognitionKind._value2member_map_:
        return _bad("kind", data["kind"])
    draft = recognition.RecognitionDraft(
        kind=recognition.RecognitionKind(data["kind"]),
        reason=data["reason"],
        awarded_on=_day(data["awarded_on"]),
        person_id=1 if data["person"] is not None else None,
        group_id=1 if data["group"] is not None else None,
        title=data["title"],
    )
    problem = _rule(lambda: recognition.check_recognition(draft))
    if problem:
        return problem
    if not _people_known(at.resolver, at.incoming, [data["person"]]):
        return _unknown_person()
    group = data["group"]
    if group is not None and at.resolver.group(group) is None and group not in at.incoming.groups:
        return QT_TRANSLATE_NOOP("Bundle", "ไม่พบกลุ่มงานที่อ้างถึง")
    return ""


def _certificate(at: _Here, record: BundleRecord) -> str:
    data = record.data
    if not _people_known(at.resolver, at.incoming, [data["person"]]):
        return _unknown_person()
    source = data["recognition"]
    if (
        source is not None
        and at.resolver.of_year(Recognition, source) is None
        and source not in at.incoming.recognitions
    ):
        return QT_TRANSLATE_NOOP("Bundle", "ไม่พบการยกย่องที่เกียรติบัตรนี้ออกให้")
    here = at.resolver.row(record)
    if here is not None:
        mine: dict[str, Any] = certificate_data(here)
        changed = [name for name in PRINTED if mine[name] != data[name]]
        if changed:
            return QT_TRANSLATE_NOOP(
                "Bundle",
                "เกียรติบัตรเลขที่ {number}/{year} ออกไปแล้ว สิ่งที่พิมพ์ไว้จึงแก้ไขไม่ได้ — ไม่รับการแก้ไขนี้",
            ).format(number=mine["number"], year=at.resolver.be_year)
    return ""


_CHECKS: dict[RecordKind, Callable[[_Here, BundleRecord], str]] = {
    RecordKind.COMMITTEE: _committee,
    RecordKind.SWOT: _swot,
    RecordKind.KNOWLEDGE: _knowledge,
    RecordKind.RECOGNITION: _recognition,
    RecordKind.CERTIFICATE: _certificate,
}


def check_certificate_numbers(resolver: Resolver, items: Iterable[MergeItem]) -> None:
    """Refuse the whole bundle when a certificate it would write takes a number held by
    another certificate here or in the bundle (module docstring)."""
    taken: dict[int, str] = {}  # number → the uid of the bundle's certificate holding it
    for item in items:
        if item.kind is not RecordKind.CERTIFICATE or item.outcome is Outcome.REFUSED:
            continue
        data, uid = item.record.data, item.record.ref["uid"]
        number = data["number"]
        other_name = ""
        if taken.get(number, uid) != uid:
            other_name = QT_TRANSLATE_NOOP("Bundle", "อีกฉบับหนึ่งในไฟล์เดียวกัน")
        taken.setdefault(number, uid)
        if item.outcome is not Outcome.UNCHANGED and not other_name:
            holder = resolver.certificate_numbered(number)
            if holder is not None and holder.uid != uid:
                other_name = QT_TRANSLATE_NOOP("Bundle", "“{name}” ในเครื่องนี้").format(
                    name=holder.recipient_name
                )
        if other_name:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "เกียรติบัตรเลขที่ {number}/{year} ของ “{name}” ในไฟล์นี้ ซ้ำกับเลขที่ของเกียรติบัตรที่ออกให้"
                    "{other}แล้ว — เลขที่เกียรติบัตรใช้ซ้ำไม่ได้และจะไม่เปลี่ยนเลขให้เอง "
                    "ไม่ได้รับข้อมูลใด ๆ (ตรวจทะเบียนเกียรติบัตรทั้งสองเครื่อง)",
                ),
                number=number,
                year=resolver.be_year,
                name=data["recipient_name"],
                other=other_name,
            )
