"""Writing the MK3 Model's records of a year (sync.mk3_fields) inside the merge.

A record replaces this side's version as a whole: a committee's member list, a
session's attendees, linked indicators and materials become the bundle's. Lines are
matched by person (members, attendees), by indicator (links) and by uid (materials),
so an unchanged line keeps its row. The plan has checked every reference first
(sync.mk3_checks); the people and indicators named are here or were written earlier in
the same bundle (kinds are applied in order). The files of materials dropped from a
session are given to the caller (``released``), deleted after the commit if nothing
else names them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.lines import match_lines
from mk3desk.db.models import (
    Certificate,
    Committee,
    CommitteeMember,
    KnowledgeAttendee,
    KnowledgeIndicator,
    KnowledgeMaterial,
    KnowledgeSession,
    Person,
    Recognition,
    SwotAnalysis,
)
from mk3desk.db.types import new_uid
from mk3desk.domain.file_names import safe_file_name
from mk3desk.sync.resolve import Resolver
from mk3desk.sync.schema import BundleRecord


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


class Uids:
    """The uids this database already uses, per model, for the rows a bundle adds.

    A received row keeps its uid unless this database already uses that uid for
    another row (then it gets a new one). Each model's uids are read once, when
    its first row is added, and every uid handed out is remembered: a query per
    added row made the session flush every pending row before each of them.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._taken: dict[Any, set[str]] = {}

    def __call__(self, model: Any, uid: str) -> str:
        """*uid* for a new row of *model*, or a new uid when that one is taken."""
        taken = self._taken.get(model)
        if taken is None:
            taken = self._taken[model] = set(self.session.scalars(select(model.uid)))
        chosen = new_uid() if uid in taken else uid
        taken.add(chosen)
        return chosen


class Mk3Writer:
    """The writer's methods for the MK3 kinds (sync.apply.Writer inherits them)."""

    session: Session
    resolver: Resolver
    released: set[str]
    uid_for: Uids

    def _author_id(self, record: BundleRecord) -> int | None:  # pragma: no cover - Writer's
        raise NotImplementedError

    def _year_id(self) -> int:
        year = self.resolver.year()
        assert year is not None, "the plan refuses records of a year not here"
        return year.id

    def _person(self, uid: str) -> Person:
        person = self.resolver.person(uid)
        assert person is not None, "the plan refuses a person not here nor in the bundle"
        return person

    def committee(self, record: BundleRecord) -> None:
        data = record.data
        row = self.resolver.committee(record.ref["uid"], data["name"])
        listed = [(self._person(m["person"]), m) for m in data["members"]]
        if row is None:
            row = Committee(uid=self.uid_for(Committee, record.ref["uid"]), year_id=self._year_id())
            self.session.add(row)
        for name in (
            "name",
            "sort_order",
            "order_number",
            "subject",
            "preamble",
            "duties",
            "signer_name",
            "signer_position",
        ):
            setattr(row, name, data[name])
        row.order_date = _day(data["order_date"])
        row.effective_from = _day(data["effective_from"])
        match_lines(
            row.members,
            lambda member: member.person_id,
            [(p.id, {"role": i["role"], "sort_order": i["sort_order"]}) for p, i in listed],
            lambda person_id: CommitteeMember(person_id=person_id),
        )

    def swot(self, record: BundleRecord) -> None:
        data = record.data
        row = self.resolver.swot()
        if row is None:
            row = SwotAnalysis(year_id=self._year_id())
            self.session.add(row)
        for name in ("strengths", "weaknesses", "opportunities", "threats", "participants"):
            setattr(row, name, data[name])
        row.held_on = _day(data["held_on"])

    def knowledge(self, record: BundleRecord) -> None:
        data = record.data
        row: KnowledgeSession | None = self.resolver.of_year(KnowledgeSession, record.ref["uid"])
        attendees = [(self._person(a["person"]), a) for a in data["attendees"]]
        indicators = []
        for link in data["indicators"]:
            indicator = self.resolver.indicator(link["indicator"], link["code"])
            assert indicator is not None, "the plan refuses a link to an indicator not here"
            indicators.append(indicator)
        new_uids = {
            m["uid"]: self.uid_for(KnowledgeMaterial, m["uid"])
            for m in data["materials"]
            if row is None or m["uid"] not in {have.uid for have in row.materials}
        }
        if row is None:
            row = KnowledgeSession(
                uid=self.uid_for(KnowledgeSession, record.ref["uid"]),
                year_id=self._year_id(),
                held_on=date.fromisoformat(data["held_on"]),
            )
            self.session.add(row)
        row.held_on = date.fromisoformat(data["held_on"])
        for name in ("topic", "kind", "speaker", "place", "lessons"):
            setattr(row, name, data[name])
        match_lines(
            row.attendees,
            lambda line: line.person_id,
            [(p.id, {"status": i["status"], "sort_order": i["sort_order"]}) for p, i in attendees],
            lambda person_id: KnowledgeAttendee(person_id=person_id),
        )
        match_lines(
            row.links,
            lambda link: link.indicator_id,
            [(indicator.id, {}) for indicator in indicators],
            lambda indicator_id: KnowledgeIndicator(indicator_id=indicator_id),
        )
        self._materials(record, row, new_uids)

    def _materials(
        self, record: BundleRecord, row: KnowledgeSession, new_uids: dict[str, str]
    ) -> None:
        items = {m["uid"]: m for m in record.data["materials"]}
        for gone in [m for m in row.materials if m.uid not in items]:
            self.released.add(gone.sha256)
            row.materials.remove(gone)
        have = {m.uid: m for m in row.materials}
        for uid, item in items.items():
            material = have.get(uid)
            if material is None:
                material = KnowledgeMaterial(
                    uid=new_uids.get(uid, new_uid()), added_by_id=self._author_id(record)
                )
                row.materials.append(material)
            elif material.sha256 != item["sha256"]:
                self.released.add(material.sha256)
            material.sha256, material.size = item["sha256"], item["size"]
            # A name from another machine is a name, not a path.
            material.file_name = safe_file_name(item["file_name"])
            material.description = item["description"]
            material.added_at = datetime.fromisoformat(item["added_at"])

    def recognition(self, record: BundleRecord) -> None:
        data = record.data
        row: Recognition | None = self.resolver.of_year(Recognition, record.ref["uid"])
        person = self._person(data["person"]) if data["person"] else None
        group = self.resolver.group(data["group"]) if data["group"] else None
        if row is None:
            row = Recognition(
                uid=self.uid_for(Recognition, record.ref["uid"]),
                year_id=self._year_id(),
                awarded_on=date.fromisoformat(data["awarded_on"]),
            )
            self.session.add(row)
        row.kind, row.title, row.reason = data["kind"], data["title"], data["reason"]
        row.awarded_on = date.fromisoformat(data["awarded_on"])
        row.person, row.group = person, group

    def certificate(self, record: BundleRecord) -> None:
        data = record.data
        row: Certificate | None = self.resolver.of_year(Certificate, record.ref["uid"])
        source = data["recognition"]
        recognition = self.resolver.of_year(Recognition, source) if source else None
        person = self._person(data["person"]) if data["person"] else None
        if row is None:
            row = Certificate(
                uid=self.uid_for(Certificate, record.ref["uid"]),
                year_id=self._year_id(),
                number=data["number"],
                issued_on=date.fromisoformat(data["issued_on"]),
            )
            self.session.add(row)
        row.number = data["number"]
        row.recognition = recognition
        row.person_id = person.id if person is not None else None
        for name in (
            "recipient_name",
            "recipient_position",
            "title",
            "reason",
            "signer_name",
            "signer_position",
        ):
            setattr(row, name, data[name])
        row.issued_on = date.fromisoformat(data["issued_on"])
