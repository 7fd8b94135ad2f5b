"""The MK3 Model's records travel in bundles (issue #14, format 5): the coordinator's setup
bundle brings committees, SWOT, knowledge sessions with their material files, recognitions
and the certificate register to a laptop; a work bundle brings knowledge sessions only from
someone with the right; certificate numbers are never reused; a replay changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.committees import CommitteeRole
from mk3desk.domain.knowledge import Attendance, SessionDraft, SessionKind
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.recognition import RecognitionDraft, RecognitionKind
from mk3desk.services import bundles, lookup, swot
from mk3desk.services.committees import read as committee_read
from mk3desk.services.committees.members import add_member
from mk3desk.services.context import Actor
from mk3desk.services.integrity import Severity, check_database
from mk3desk.services.knowledge import read as knowledge_read
from mk3desk.services.knowledge.materials import add_material, remove_material
from mk3desk.services.knowledge.save import create_session
from mk3desk.services.recognition import read as recognition_read
from mk3desk.services.recognition.certificates import issue_certificates
from mk3desk.services.recognition.save import add_recognition
from mk3desk.sync.format import read_bundle
from tests import prebuilt
from tests.bundle_authors import rewrite
from tests.bundle_mk3_support import (
    COORDINATOR_NAME,
    KEY_MAN,
    REVIEWER,
    TODAY,
    YEAR,
    Office,
    demo_with_setup,
    laptop_set_up,
    person_actor,
    year_of,
)
from tests.bundle_support import SYSTEM, dump
from tests.pg_support import new_database
from tests.support import fresh_database


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return demo_with_setup(tmp_path_factory.mktemp("mk3-office"))


@pytest.fixture
def coordinator(office: Office, tmp_path: Path) -> Iterator[Database]:
    database = open_database(
        prebuilt.copy_database(office.database, tmp_path / "coordinator.sqlite3")
    )
    yield database
    database.close()


@pytest.fixture
def laptop(office: Office, tmp_path: Path) -> Iterator[Database]:
    """A new laptop set up from the coordinator's bundle (no accounts: anyone may work),
    received once per run and copied."""
    database = laptop_set_up(tmp_path / "laptop.sqlite3")
    yield database
    database.close()


# -- what a user checks on each side ----------------------------------------------------
def committees_seen(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            (
                c.name,
                c.order,
                c.preamble,
                c.duties,
                [(m.name, m.position, m.group_name, m.role) for m in c.members],
            )
            for c in committee_read.committees(session, year_of(database))
        ]


def sessions_seen(database: Database) -> list[Any]:
    store = database.evidence_store()
    with database.session() as session:
        return [
            (
                s.held_on,
                s.topic,
                s.kind,
                s.speaker,
                s.place,
                s.lessons,
                [(a.name, a.status) for a in s.attendees],
                [(i.code, i.title) for i in s.indicators],
                [
                    (m.file_name, m.size, m.description, store.local_path(m.sha256).read_bytes())
                    for m in s.materials
                ],
            )
            for s in knowledge_read.sessions(session, year_of(database))
        ]


def recognitions_seen(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            (r.kind, r.title, r.reason, r.awarded_on, r.recipient, r.is_group, r.certificates)
            for r in recognition_read.recognitions(session, year_of(database))
        ]


def register_seen(database: Database) -> list[tuple[int, str, str, str, str, date, Signatory]]:
    with database.session() as session:
        return [
            (
                c.number,
                c.recipient_name,
                c.recipient_position,
                c.title,
                c.reason,
                c.issued_on,
                c.signer,
            )
            for c in recognition_read.register(session, year_of(database))
        ]


def swot_seen(database: Database) -> Any:
    with database.session() as session:
        return swot.load_swot(session, year_of(database)).swot


def everything(database: Database) -> list[Any]:
    return [
        committees_seen(database),
        sessions_seen(database),
        recognitions_seen(database),
        register_seen(database),
        swot_seen(database),
    ]


def problems(database: Database) -> list[str]:
    findings = check_database(database).findings
    return [f.text() for f in findings if f.severity is Severity.PROBLEM]


# -- the setup bundle --------------------------------------------------------------------
def test_the_setup_bundle_brings_the_mk3_records_to_a_new_laptop(
    office: Office, coordinator: Database, laptop: Database
) -> None:
    bundle = read_bundle(office.setup)
    assert bundle.version == 5
    kinds = {r.kind.value for r in bundle.records}
    assert {"committee", "swot", "knowledge", "recognition", "certificate"} <= kinds

    committees = committees_seen(laptop)
    assert committees == committees_seen(coordinator)
    _name, order, _preamble, _duties, members = committees[0]
    assert order.number and order.signed_on is not None and order.subject
    assert [role.value for *_, role in members].count("chair") == 1

    sessions = sessions_seen(laptop)
    assert sessions == sessions_seen(coordinator)
    assert len(sessions) == 3
    assert any(s[8] for s in sessions), "the demo's materials came with their bytes"
    assert all(s[6] for s in sessions) and all(s[7] for s in sessions)

    assert recognitions_seen(laptop) == recognitions_seen(coordinator) != []
    register = register_seen(laptop)
    assert register == register_seen(coordinator) != []
    assert [c[0] for c in register] == list(range(1, len(register) + 1))
    assert swot_seen(laptop) == swot_seen(coordinator)
    assert not swot_seen(laptop).is_empty
    # The check (แฟ้ม → ตรวจสอบ) finds the materials' files and the audit chain in order.
    assert problems(laptop) == []


def test_receiving_the_same_setup_bundle_again_changes_nothing(
    office: Office, laptop: Database
) -> None:
    before = dump(laptop)
    plan = bundles.inspect_bundle(laptop, office.setup)
    assert not plan.changes_anything
    bundles.apply_bundle(laptop, office.setup, {}, actor=SYSTEM)
    assert dump(laptop) == before


def test_a_committee_changed_by_the_coordinator_is_taken_by_the_laptop(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    oy = year_of(coordinator)
    with coordinator.transaction() as session:
        committee = committee_read.committees(session, oy)[0]
        taken = {m.person_id for m in committee.members}
        newcomer = next(p for p in lookup.get_office(session).people if p.id not in taken)
        add_member(session, SYSTEM, oy, committee.committee_id, newcomer.id, CommitteeRole.MEMBER)
        name = newcomer.name
    setup = tmp_path / "ตั้งค่าใหม่.mk3"
    bundles.export_setup(coordinator, oy, setup, person_actor(coordinator, COORDINATOR_NAME))
    plan = bundles.inspect_bundle(laptop, setup)
    assert [i.kind.value for i in plan.taken] == ["committee"]
    assert name in plan.taken[0].diffs[0].theirs  # the review names the new member
    bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    assert committees_seen(laptop) == committees_seen(coordinator)


def test_a_swot_edited_on_both_sides_is_a_conflict_decided_in_the_review(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    for database, strength in ((coordinator, "ผู้บริหารให้การสนับสนุน"), (laptop, "ครูมีความพร้อม")):
        oy = year_of(database)
        with database.transaction() as session:
            view = swot.load_swot(session, oy)
            changed = replace(view.swot, strengths=(*view.swot.strengths, strength))
            swot.save_swot(session, SYSTEM, oy, changed, version=view.version, today=TODAY)
    setup = tmp_path / "ตั้งค่าใหม่.mk3"
    bundles.export_setup(coordinator, year_of(coordinator), setup, SYSTEM)
    plan = bundles.inspect_bundle(laptop, setup)
    conflict = next(i for i in plan.conflicts if i.kind.value == "swot")
    diff = next(d for d in conflict.diffs if d.name == "strengths")
    assert "ครูมีความพร้อม" in diff.mine and "ผู้บริหารให้การสนับสนุน" in diff.theirs
    with pytest.raises(bundles.BundleError, match="ยังไม่ได้เลือก"):
        bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    bundles.apply_bundle(laptop, setup, {conflict.id: "theirs"}, actor=SYSTEM)
    assert swot_seen(laptop) == swot_seen(coordinator)
    before = dump(laptop)
    assert not bundles.inspect_bundle(laptop, setup).changes_anything
    bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    assert dump(laptop) == before


# -- work bundles: knowledge sessions by the KNOWLEDGE right --------------------------------
def record_session(laptop: Database, actor: Actor, topic: str) -> None:
    oy = year_of(laptop)
    with laptop.transaction() as session:
        people = {p.name: p.id for p in lookup.get_office(session).people}
        draft = SessionDraft(
            held_on=date(2024, 5, 2),
            topic=topic,
            kind=SessionKind.COACHING,
            speaker=COORDINATOR_NAME,
            attendees=(
                (people[KEY_MAN], Attendance.ATTENDED),
                (people[REVIEWER], Attendance.LEAVE),
            ),
        )
        create_session(session, actor, oy, draft)


def topics(database: Database) -> list[str]:
    return [s[1] for s in sessions_seen(database)]


def test_a_knowledge_session_sent_by_a_key_man_without_the_right_is_refused(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    # The laptop has no accounts: the session is written there by the set-up tasks and
    # sent by the Key Man, who may not record sessions in the coordinator's database.
    record_session(laptop, SYSTEM, "โค้ชการเขียนรายงาน")
    work = tmp_path / "งาน.mk3"
    bundles.export_work(laptop, year_of(laptop), ["1.1"], work, person_actor(laptop, KEY_MAN))

    plan = bundles.inspect_bundle(coordinator, work)
    refused = [i for i in plan.refused_by_rights if i.kind.value == "knowledge"]
    assert [i.title for i in refused] == [
        "การประชุม/อบรม/ถอดบทเรียน — 2 พฤษภาคม 2567 โค้ชการเขียนรายงาน"
    ]
    assert KEY_MAN in refused[0].reason and "บันทึกการประชุม อบรม และถอดบทเรียน" in refused[0].reason
    # The sessions the laptop received unchanged are not judged: they change nothing.
    assert all(
        i.outcome.value == "unchanged"
        for i in plan.items
        if i.kind.value == "knowledge" and i not in refused
    )

    before = dump(coordinator)
    with pytest.raises(bundles.BundleError, match="ไม่มีสิทธิ์"):
        bundles.apply_bundle(coordinator, work, {}, actor=SYSTEM)
    assert dump(coordinator) == before
    bundles.apply_bundle(coordinator, work, {}, actor=SYSTEM, skip_refused=True)
    assert "โค้ชการเขียนรายงาน" not in topics(coordinator)


def test_a_knowledge_session_recorded_by_someone_with_the_right_is_taken(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    recorder = person_actor(laptop, COORDINATOR_NAME)
    record_session(laptop, recorder, "โค้ชการเขียนรายงาน")
    slides = tmp_path / "สไลด์โค้ช.pdf"
    slides.write_bytes(b"%PDF-1.4 slides of the coaching session")
    oy = year_of(laptop)
    with laptop.transaction() as session:
        found = next(s for s in knowledge_read.sessions(session, oy) if s.topic.startswith("โค้ช"))
        store = laptop.evidence_store()
        add_material(session, store, recorder, oy, found.session_id, slides, description="สไลด์")
    work = tmp_path / "งาน.mk3"
    bundles.export_work(laptop, year_of(laptop), ["1.1"], work, recorder)
    plan = bundles.inspect_bundle(coordinator, work)
    assert plan.refused == []
    added = [i for i in plan.added if i.kind.value == "knowledge"]
    assert [i.author for i in added] == [COORDINATOR_NAME]
    bundles.apply_bundle(coordinator, work, {}, actor=SYSTEM)
    assert sessions_seen(coordinator) == sessions_seen(laptop)  # the slides' bytes too
    before = dump(coordinator)
    bundles.apply_bundle(coordinator, work, {}, actor=SYSTEM)
    assert dump(coordinator) == before


# -- certificate numbers ---------------------------------------------------------------
def issue_one(database: Database, name: str, reason: str) -> int:
    """A praise for *name* and its certificate; the certificate's number."""
    oy = year_of(database)
    with database.transaction() as session:
        person = next(p for p in lookup.get_office(session).people if p.name == name)
        draft = RecognitionDraft(
            RecognitionKind.PRAISE, reason, date(2024, 9, 1), person_id=person.id
        )
        made = add_recognition(session, SYSTEM, oy, draft)
        signer = Signatory(COORDINATOR_NAME, "ผู้ประสาน")
        issue_certificates(session, SYSTEM, oy, [made], signer, date(2024, 9, 2))
    return register_seen(database)[-1][0]


def test_a_certificate_number_taken_here_refuses_the_whole_bundle(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    # Each side issues the next number of the register, to someone else.
    number = issue_one(laptop, KEY_MAN, "ช่วยงานกลุ่มอื่นด้วยความเต็มใจ")
    assert issue_one(coordinator, REVIEWER, "เป็นพี่เลี้ยงให้ Key Man") == number
    setup = tmp_path / "ตั้งค่าใหม่.mk3"
    bundles.export_setup(coordinator, year_of(coordinator), setup, SYSTEM)
    before = dump(laptop)
    for attempt in (
        lambda: bundles.inspect_bundle(laptop, setup),
        lambda: bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM),
    ):
        with pytest.raises(bundles.BundleError) as refused:
            attempt()
        message = refused.value.message
        assert f"เลขที่ {number}/{YEAR}" in message and REVIEWER in message and KEY_MAN in message
        assert "ใช้ซ้ำไม่ได้" in message and "ไม่ได้รับข้อมูลใด ๆ" in message
    assert dump(laptop) == before  # nothing half-applied: not the committee, not the SWOT


def test_two_certificates_with_one_number_in_a_bundle_are_refused(
    office: Office, tmp_path: Path
) -> None:
    def same_number(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        first, second = [r for r in records if r["kind"] == "certificate"][:2]
        second["data"]["number"] = first["data"]["number"]

    forged = rewrite(office.setup, tmp_path / "ซ้ำ.mk3", same_number)
    database = fresh_database(tmp_path, "new.sqlite3")
    try:
        with pytest.raises(bundles.BundleError, match="อีกฉบับหนึ่งในไฟล์เดียวกัน"):
            bundles.apply_bundle(database, forged, {}, actor=SYSTEM)
        with database.session() as session:
            assert lookup.offices(session) == []
    finally:
        database.close()


def test_a_material_taken_off_a_session_goes_from_the_laptop_with_its_file(
    coordinator: Database, laptop: Database, tmp_path: Path
) -> None:
    oy = year_of(coordinator)
    photos = tmp_path / "ภาพกิจกรรม.jpg"
    photos.write_bytes(b"\xff\xd8\xff photos of the lessons-learned session")
    with coordinator.transaction() as session:
        found = knowledge_read.sessions(session, oy)[-1]
        material_id = add_material(
            session, coordinator.evidence_store(), SYSTEM, oy, found.session_id, photos
        )
    setup = tmp_path / "ตั้งค่า-1.mk3"
    bundles.export_setup(coordinator, oy, setup, SYSTEM)
    bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    assert sessions_seen(laptop) == sessions_seen(coordinator)
    store = laptop.evidence_store()
    sha = next(m.sha256 for s in knowledge_read_all(laptop) for m in s.materials if m.size == 41)
    assert store.has(sha)

    with coordinator.transaction() as session:
        remove_material(session, coordinator.evidence_store(), SYSTEM, oy, material_id)
    setup = tmp_path / "ตั้งค่า-2.mk3"
    bundles.export_setup(coordinator, oy, setup, SYSTEM)
    report = bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    assert [i.kind.value for i in report.plan.taken] == ["knowledge"]
    assert sessions_seen(laptop) == sessions_seen(coordinator)
    assert not store.has(sha)  # no other record named its bytes
    assert problems(laptop) == []


def knowledge_read_all(database: Database) -> list[knowledge_read.SessionView]:
    with database.session() as session:
        return knowledge_read.sessions(session, year_of(database))


def test_an_office_server_receives_the_setup_bundle_as_a_file_does(
    office: Office, coordinator: Database, pg_server: str
) -> None:
    """PostgreSQL holds every text to its column's length: what the bundle's checks allow
    must fit (a longer value there would be a refusal after the checks)."""
    url = new_database(pg_server, "received")
    assert run(["server", "init", "--db", url]) == 0
    database = open_database(url)
    try:
        bundles.apply_bundle(database, office.setup, {}, actor=SYSTEM)
        assert everything(database) == everything(coordinator)
        assert not bundles.inspect_bundle(database, office.setup).changes_anything
    finally:
        database.close()
