"""Sending work between machines as ``.mk3`` bundles, and receiving it (the merge).

A Key Man exports the work of chosen indicators from a laptop (``export_work``, with
the year's knowledge sessions); the coordinator exports the office, people, the
year's framework, assignments and work for a laptop, with the MK3 Model's records of
the year: committees, SWOT, knowledge sessions, recognitions and certificates
(``export_setup``). The receiver first looks (``inspect_bundle``: what
would be added, taken, in conflict or refused) and then applies with a decision for
every conflict (``apply_bundle``) — in one transaction: all of it or none of it.
Records deleted since the last exchange travel as tombstones (deletions), under the
same three-way rules. Design and rules: mk3desk.sync (format, merge, apply).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.db.models import Office, Person
from mk3desk.db.types import utcnow
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.rights import Action
from mk3desk.services.context import Actor, audit
from mk3desk.services.evidence import stored_hashes_in_use
from mk3desk.services.lookup import find_indicator, get_office, year_of
from mk3desk.services.rights import require
from mk3desk.sync.apply import Applied, apply_plan
from mk3desk.sync.authors import author, authored
from mk3desk.sync.errors import damaged_as_refusal
from mk3desk.sync.export import (
    collect,
    mark_sent,
    setup_records,
    tombstones,
    work_records,
)
from mk3desk.sync.format import BundleError, Limits, read_bundle, write_bundle
from mk3desk.sync.merge import ForeignBundleError, plan_merge
from mk3desk.sync.mk3_export import knowledge_records, mk3_setup_records
from mk3desk.sync.plan import MergeItem, MergePlan, Outcome
from mk3desk.sync.schema import BundleKind, Manifest
from mk3desk.sync.sequence import next_number

Decision = Literal["mine", "theirs"]

__all__ = [
    "BundleError",
    "Decision",
    "ExportSummary",
    "ForeignBundleError",
    "MergeItem",
    "MergePlan",
    "MergeReport",
    "Outcome",
    "WorkChoice",
    "apply_bundle",
    "export_setup",
    "export_work",
    "inspect_bundle",
    "work_choices",
]


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int
    files: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class MergeReport:
    plan: MergePlan
    applied: Applied

    def summary_message(self) -> tuple[str, dict[str, int]]:
        """What was received, as a marked Thai template and its numbers (the GUI
        translates the template; ``summary`` fills it in as written)."""
        a = self.applied
        template = QT_TRANSLATE_NOOP(
            "Bundle",
            "รับข้อมูลแล้ว: เพิ่มใหม่ {added} รายการ, รับฉบับที่แก้ไข {taken} รายการ, "
            "ลบตามที่ส่งมา {removed} รายการ, "
            "ข้อขัดแย้งใช้ฉบับของเครื่องนี้ {mine} / ใช้ฉบับที่ส่งมา {theirs} รายการ, "
            "ไม่รับ {refused} รายการ, ไฟล์หลักฐานใหม่ {files} ไฟล์",
        )
        numbers = {
            "added": a.added,
            "taken": a.taken,
            "removed": a.removed,
            "mine": a.kept_mine,
            "theirs": a.took_theirs,
            "refused": a.refused,
            "files": a.files,
        }
        return template, numbers

    def summary(self) -> str:
        template, numbers = self.summary_message()
        return template.format(**numbers)


@dataclass(frozen=True)
class WorkChoice:
    """An indicator that can be sent; *mine*: the person working is its owner."""

    code: str
    title: str
    mine: bool


def work_choices(
    database: Database, office_year: OfficeYear, person_id: int | None
) -> list[WorkChoice]:
    """The indicators of *office_year* to choose from when sending work."""
    with database.session() as session:
        out = []
        for ind in year_of(session, office_year).indicators:
            owner = ind.assignment.owner_id if ind.assignment else None
            out.append(
                WorkChoice(ind.code, ind.title, person_id is not None and owner == person_id)
            )
        return out


def _out_path(out: Path) -> Path:
    return out if out.suffix.lower() == ".mk3" else out.with_name(out.name + ".mk3")


def _export(
    database: Database,
    office_year: OfficeYear,
    out: Path,
    actor: Actor,
    kind: BundleKind,
    codes: Iterable[str] | None,
) -> ExportSummary:
    require(None, actor, Action.SEND_WORK if kind is BundleKind.WORK else Action.SEND_SETUP)
    store = database.evidence_store()
    # Exporting remembers what it sent (deletions travel); a read-only copy cannot.
    opened = database.session() if database.read_only else database.transaction()
    with opened as session:
        year = year_of(session, office_year)
        if codes is None:
            indicators = list(year.indicators)
        else:
            wanted = [c.strip() for c in codes if c.strip()]
            if not wanted:
                raise ValidationError(QT_TRANSLATE_NOOP("Bundle", "ยังไม่ได้เลือกตัวชี้วัดที่จะส่ง"))
            indicators = [find_indicator(session, year, code) for code in dict.fromkeys(wanted)]
        parts = [] if kind is BundleKind.WORK else list(setup_records(year))
        for indicator in indicators:
            parts.extend(work_records(indicator))
        # The MK3 Model's records of the year (sync.mk3_export): all of them in a setup
        # bundle, the knowledge sessions in a work bundle.
        if kind is BundleKind.WORK:
            parts.extend(knowledge_records(session, year))
        else:
            parts.extend(mk3_setup_records(session, year))
        collected = collect(session, store, parts)
        collected.records.extend(tombstones(session, indicators, collected.records))
        collected.records[:] = authored(session, indicators, collected.records)
        if not database.read_only:
            mark_sent(session, collected.records)
        sender, sequence = next_number(session, write=not database.read_only)
        manifest = Manifest(
            kind=kind,
            office_uid=year.office.uid,
            office_name=year.office.name,
            be_year=year.be_year,
            created_at=utcnow().isoformat(),
            created_by=actor.name,
            indicators=tuple(i.code for i in indicators),
            sender=sender,
            sequence=sequence,
            sent_by=author(session.get(Person, actor.person_id) if actor.person_id else None),
        )
        target = _out_path(out)
        # Inside the transaction: a bundle refused on export (a record the receiver
        # would refuse) leaves its sequence and what it "sent" unrecorded.
        write_bundle(target, manifest, collected.records, collected.evidence)
    return ExportSummary(
        target, len(collected.records), len(collected.evidence), manifest.indicators
    )


def export_work(
    database: Database, office_year: OfficeYear, codes: Iterable[str], out: Path, actor: Actor
) -> ExportSummary:
    """The work of indicators *codes* of *office_year* as a bundle for the coordinator,
    with the year's knowledge sessions (judged there by the KNOWLEDGE right)."""
    return _export(database, office_year, out, actor, BundleKind.WORK, list(codes))


def export_setup(
    database: Database, office_year: OfficeYear, out: Path, actor: Actor
) -> ExportSummary:
    """Office, people, framework, assignments and work of *office_year*, with its
    committees, SWOT, knowledge sessions, recognitions and certificates, for a laptop."""
    return _export(database, office_year, out, actor, BundleKind.SETUP, None)


def _here(
    session: Session, manifest: Manifest, office_year: OfficeYear | None
) -> tuple[Office | None, int | None]:
    """The office and year the bundle is received into when it names no office here.

    The office-year the user works in; without one (the command line without --year,
    a new database), the database's only office — several offices and a bundle of
    none of them: a Thai message asking which (``lookup.get_office``) — or none at all
    in an empty database. A bundle naming an office of this database (by uid) goes
    to that office whatever this says (sync.merge).
    """
    if office_year is not None:
        year = year_of(session, office_year)
        return year.office, year.be_year
    named = session.scalars(select(Office).where(Office.uid == manifest.office_uid)).first()
    if named is not None or session.scalars(select(Office.id).limit(1)).first() is None:
        return None, None
    return get_office(session), None


def inspect_bundle(
    database: Database,
    path: Path,
    *,
    accept_foreign: bool = False,
    office_year: OfficeYear | None = None,
    limits: Limits | None = None,
) -> MergePlan:
    """What *path* would change here; writes nothing.

    Raises BundleError for a bundle that is refused as a whole, ForeignBundleError
    for one of another office or year (*office_year*: the one the user works in; see
    ``_here`` without it) unless *accept_foreign*.
    """
    bundle = read_bundle(path, limits)
    store = database.evidence_store()
    with database.session() as session:
        here, be_year = _here(session, bundle.manifest, office_year)
        with damaged_as_refusal(path):
            plan, _resolver = plan_merge(
                session, store, bundle, here=here, be_year=be_year, accept_foreign=accept_foreign
            )
        return plan


def apply_bundle(
    database: Database,
    path: Path,
    decisions: Mapping[str, Decision],
    *,
    accept_foreign: bool = False,
    office_year: OfficeYear | None = None,
    actor: Actor,
    limits: Limits | None = None,
    skip_refused: bool = False,
) -> MergeReport:
    """Merge *path* into the database; *decisions* maps each conflict's ``MergeItem.id``
    to "mine" or "theirs". All or nothing: on any refusal the database is as before.

    Changes refused because their author may not make them here (sync.authors) are
    never written; a bundle with such refusals is received (the rest of it) only with
    *skip_refused* — the user has seen them in the review and agreed."""
    require(None, actor, Action.RECEIVE_BUNDLE)
    bundle = read_bundle(path, limits)
    store = database.evidence_store()
    try:
        with database.transaction() as session:
            here, be_year = _here(session, bundle.manifest, office_year)
            with damaged_as_refusal(path):
                plan, resolver = plan_merge(
                    session,
                    store,
                    bundle,
                    here=here,
                    be_year=be_year,
                    accept_foreign=accept_foreign,
                )
            if plan.refused_by_rights and not skip_refused:
                raise _unconfirmed(plan)
            applied = apply_plan(session, store, bundle, plan, resolver, decisions)
            a = applied
            if a.added + a.taken + a.removed + a.kept_mine + a.took_theirs:
                audit(
                    session,
                    actor,
                    "bundle.import",
                    path.name,
                    f"{bundle.manifest.kind.value} {bundle.manifest.office_name} "
                    f"sent_by={_sender(bundle.manifest)} "
                    f"{bundle.manifest.be_year} added={a.added} taken={a.taken} "
                    f"removed={a.removed} mine={a.kept_mine} theirs={a.took_theirs} "
                    f"refused={a.refused}",
                )
    except IntegrityError as exc:
        # A last line of defence: a record that passed the checks but still clashes
        # with this database (e.g. a renamed group taking another group's name).
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Bundle", "ข้อมูลในไฟล์ {file} ขัดกับข้อมูลในเครื่องนี้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ"
            ),
            file=path.name,
            detail=str(exc.orig)[:200],
        ) from exc
    _delete_unused_files(database, store, applied.released)
    return MergeReport(plan, applied)


def _sender(manifest: Manifest) -> str:
    who = manifest.sent_by
    return f"{who.name} ({who.uid})" if who is not None else manifest.created_by


def _unconfirmed(plan: MergePlan) -> BundleError:
    refused = plan.refused_by_rights
    return BundleError(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์นี้มี {count} รายการที่ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ในฐานข้อมูลนี้ (เช่น {first}: {reason}) "
            "— ตรวจดูรายการแล้วยืนยันว่าจะรับเฉพาะส่วนที่เหลือ ยังไม่ได้รับข้อมูลใด ๆ",
        ),
        count=len(refused),
        first=refused[0].title,
        reason=refused[0].reason,
    )


def _delete_unused_files(database: Database, store: EvidenceFiles, hashes: frozenset[str]) -> None:
    """Files of evidence deleted by the bundle (or of materials a session no longer lists),
    once committed and if nothing else uses them (as emptying the recycle list does): a
    rollback above leaves them all in place."""
    if not hashes:
        return
    with database.session() as session:
        used = stored_hashes_in_use(session)  # evidence and knowledge sessions' materials
    for sha in hashes - used:
        store.delete(sha)
