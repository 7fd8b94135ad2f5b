"""Finding, in this database, the row a bundle record speaks of.

Records are matched by uid; when a uid is unknown here, indicators by code, criteria
by key, groups, people and committees by name (the SWOT by its year) — a laptop set up
on its own has other uids, and the user accepted its bundle knowingly.

Lookups are answered from maps built once per plan (the year, its indicators by uid
and by code, each indicator's state moves by content), so a plan is linear in the
records; the writer calls ``forget`` after creating a year and ``add_indicator`` after
creating an indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from mk3desk.db.indicator_rows import ROW_NAMES, WITH_ROWS
from mk3desk.db.models import (
    Certificate,
    Committee,
    EvidenceFile,
    FiscalYear,
    Group,
    KnowledgeSession,
    Office,
    Person,
    Recognition,
    SwotAnalysis,
    YearCriterion,
    YearIndicator,
)
from mk3desk.sync import export as ex
from mk3desk.sync import mk3_export as mk3
from mk3desk.sync.schema import BundleRecord, RecordKind, record_hash


class Resolver:
    """Finds, in this database, the row a bundle record speaks of."""

    def __init__(self, session: Session, office: Office | None, be_year: int) -> None:
        self.session = session
        self.office = office
        self.be_year = be_year
        self.forget()

    def forget(self) -> None:
        """Drop the maps: rows were added (a year, an indicator, state moves)."""
        self._year: FiscalYear | None = None
        self._by_uid: dict[str, YearIndicator] | None = None
        self._by_code: dict[str, YearIndicator] = {}
        self._evidence: dict[str, EvidenceFile] = {}
        self._moves: dict[int, dict[str, Any]] = {}

    def add_indicator(self, indicator: YearIndicator) -> None:
        """An indicator the writer has just created (flushed: it has its id) joins the
        maps, its rows known to be none yet: the next record neither reads the year's
        indicators and their rows again nor loads the new one's empty rows one by one."""
        relationships = inspect(YearIndicator).relationships
        for name in ROW_NAMES:
            set_committed_value(indicator, name, [] if relationships[name].uselist else None)
        if self._by_uid is None:
            return  # not read yet: the first lookup reads it with the others
        self._by_uid[indicator.uid] = indicator
        self._by_code.setdefault(indicator.code, indicator)  # the first by id stays

    def forget_moves(self, indicator: YearIndicator) -> None:
        self._moves.pop(indicator.id, None)

    def year(self) -> FiscalYear | None:
        if self.office is None:
            return None
        if self._year is None:
            self._year = self.session.scalars(
                select(FiscalYear).where(
                    FiscalYear.office_id == self.office.id, FiscalYear.be_year == self.be_year
                )
            ).first()
        return self._year

    def indicator(self, uid: str, code: str) -> YearIndicator | None:
        year = self.year()
        if year is None:
            return None
        if self._by_uid is None:
            # A bundle speaks of most of an indicator's rows: load them with it, a query
            # per kind of row instead of one per indicator (or per criterion).
            rows = list(
                self.session.scalars(
                    select(YearIndicator)
                    .where(YearIndicator.year_id == year.id)
                    .options(*WITH_ROWS)
                )
            )
            self._by_uid = {i.uid: i for i in rows}
            self._evidence = {e.uid: e for i in rows for e in i.evidence}
            self._by_code = {}
            for row in sorted(rows, key=lambda i: i.id, reverse=True):
                self._by_code[row.code] = row  # the first by id, as the query gave
        return self._by_uid.get(uid) or self._by_code.get(code)

    def transition(self, indicator: YearIndicator, wanted: str) -> Any:
        """The state move of *indicator* whose content hashes to *wanted*, if here."""
        moves = self._moves.get(indicator.id)
        if moves is None:
            moves = {
                record_hash(RecordKind.TRANSITION, ex.transition_data(t)): t
                for t in indicator.transitions
            }
            self._moves[indicator.id] = moves
        return moves.get(wanted)

    def criterion(
        self, indicator: YearIndicator, uid: str | None, key: str
    ) -> YearCriterion | None:
        by_uid = next((c for c in indicator.criteria if uid is not None and c.uid == uid), None)
        return by_uid or next((c for c in indicator.criteria if c.key == key), None)

    def group(self, uid: str, name: str | None = None) -> Group | None:
        if self.office is None:
            return None
        rows = self.office.groups
        return next((g for g in rows if g.uid == uid), None) or next(
            (g for g in rows if name is not None and g.name == name), None
        )

    def person(self, uid: str, name: str | None = None) -> Person | None:
        if self.office is None:
            return None
        rows = self.office.people
        return next((p for p in rows if p.uid == uid), None) or next(
            (p for p in rows if name is not None and p.name == name), None
        )

    def of_year(self, model: Any, uid: str) -> Any:
        """The row of *model* (a record of the year: a committee, a session, …) by uid."""
        year = self.year()
        if year is None or year.id is None:
            return None
        return self.session.scalars(
            select(model).where(model.year_id == year.id, model.uid == uid)
        ).first()

    def committee(self, uid: str, name: str) -> Committee | None:
        """A committee of the year by uid, else by name (a name is unique in a year)."""
        year = self.year()
        if year is None or year.id is None:
            return None
        found: Committee | None = self.of_year(Committee, uid)
        return (
            found
            or self.session.scalars(
                select(Committee).where(Committee.year_id == year.id, Committee.name == name)
            ).first()
        )

    def swot(self) -> SwotAnalysis | None:
        year = self.year()
        if year is None or year.id is None:
            return None
        return self.session.scalars(
            select(SwotAnalysis).where(SwotAnalysis.year_id == year.id)
        ).first()

    def certificate_numbered(self, number: int) -> Certificate | None:
        year = self.year()
        if year is None or year.id is None:
            return None
        return self.session.scalars(
            select(Certificate).where(Certificate.year_id == year.id, Certificate.number == number)
        ).first()

    def row(self, record: BundleRecord) -> Any:
        """The local row for *record*, or None when this database has none yet."""
        kind, ref, data = record.kind, record.ref, record.data
        if kind is RecordKind.OFFICE:
            return self.office
        if kind is RecordKind.GROUP:
            return self.group(ref["uid"], data["name"])
        if kind is RecordKind.PERSON:
            return self.person(ref["uid"], data["name"])
        if kind is RecordKind.YEAR:
            return self.year()
        if kind is RecordKind.INDICATOR:
            return self.indicator(ref["uid"], ref["code"])
        if kind is RecordKind.EVIDENCE:
            self.indicator(ref["indicator"], ref["code"])  # loads the year's evidence
            known = self._evidence.get(ref["uid"])
            if known is not None and inspect(known).persistent:
                return known
            return self.session.scalars(
                select(EvidenceFile).where(EvidenceFile.uid == ref["uid"])
            ).first()
        if kind is RecordKind.COMMITTEE:
            return self.committee(ref["uid"], data["name"])
        if kind is RecordKind.SWOT:
            return self.swot()
        if kind in _OF_YEAR:
            return self.of_year(_OF_YEAR[kind], ref["uid"])
        indicator = self.indicator(ref["indicator"], ref["code"])
        if indicator is None:
            return None
        if kind is RecordKind.CRITERION:
            return self.criterion(indicator, ref["uid"], data["key"])
        if kind is RecordKind.ASSIGNMENT:
            return indicator.assignment
        if kind is RecordKind.STATE:
            return indicator
        if kind is RecordKind.PDCA:
            return indicator.pdca
        if kind is RecordKind.RESULT:
            criterion = self.criterion(indicator, None, data["criterion"])
            return criterion.result if criterion else None
        if kind is RecordKind.OUTCOME:
            return next((v for v in indicator.outcome_values if v.be_year == data["be_year"]), None)
        return self.transition(indicator, record.hash)


_OF_YEAR: dict[RecordKind, Any] = {
    RecordKind.KNOWLEDGE: KnowledgeSession,
    RecordKind.RECOGNITION: Recognition,
    RecordKind.CERTIFICATE: Certificate,
}

SNAPSHOT: dict[RecordKind, Callable[[Any], dict[str, Any]]] = {
    RecordKind.OFFICE: ex.office_data,
    RecordKind.GROUP: ex.group_data,
    RecordKind.PERSON: ex.person_data,
    RecordKind.YEAR: ex.year_data,
    RecordKind.INDICATOR: ex.indicator_data,
    RecordKind.CRITERION: ex.criterion_data,
    RecordKind.ASSIGNMENT: ex.assignment_data,
    RecordKind.STATE: ex.state_data,
    RecordKind.PDCA: ex.pdca_data,
    RecordKind.RESULT: ex.result_data,
    RecordKind.OUTCOME: ex.outcome_data,
    RecordKind.EVIDENCE: ex.evidence_data,
    RecordKind.TRANSITION: ex.transition_data,
    RecordKind.COMMITTEE: mk3.committee_data,
    RecordKind.SWOT: mk3.swot_data,
    RecordKind.KNOWLEDGE: mk3.knowledge_data,
    RecordKind.RECOGNITION: mk3.recognition_data,
    RecordKind.CERTIFICATE: mk3.certificate_data,
}


def local_ref(resolver: Resolver, record: BundleRecord, row: Any) -> dict[str, Any]:
    """*record*'s ref with this database's uids where it already has the rows."""
    ref = dict(record.ref)
    if row is not None and "uid" in ref and hasattr(row, "uid"):
        ref["uid"] = row.uid
    if record.kind is RecordKind.OFFICE and resolver.office is not None:
        ref["uid"] = resolver.office.uid
    if "indicator" in ref:
        indicator = resolver.indicator(ref["indicator"], ref["code"])
        if indicator is not None:
            ref["indicator"], ref["code"] = indicator.uid, indicator.code
    return ref
