"""Knowledge sessions (K – Knowledge, issue #14 item 2): rules, services, prints, CLI."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.models import AuditEntry, AuditRow, KnowledgeMaterial
from mk3desk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from mk3desk.domain.knowledge import (
    Attendance,
    AttendeeEntry,
    SessionDraft,
    SessionKind,
    check_attendees,
    check_session,
    parse_attendance,
    parse_kind,
)
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.workflow import Role
from mk3desk.services import evidence, lookup, people, people_edit
from mk3desk.services.context import Actor
from mk3desk.services.indicator_view import indicator_detail
from mk3desk.services.integrity import Severity, check_database
from mk3desk.services.knowledge import delete, materials, read, save
from mk3desk.services.reports import generate
from tests.support import fresh_database, office_with_year

SYSTEM = Actor.system()
PEOPLE = (
    ("นางสาวกนกวรรณ พลศรีเมือง", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ"),
    ("นางบุษบา มณีรัตน์", "ศึกษานิเทศก์ชำนาญการพิเศษ"),
    ("นายอนุชา สุขประเสริฐ", "นักวิชาการคอมพิวเตอร์ชำนาญการ"),
)
TOPIC = "ชี้แจงแนวทางการรายงานตัวชี้วัด KRS ปีงบประมาณ พ.ศ. 2567"


# -- the domain's rules ---------------------------------------------------------------------


def test_a_session_without_attendees_or_topic_is_refused_in_thai() -> None:
    with pytest.raises(ValidationError, match="ยังไม่มีผู้เข้าร่วม"):
        check_attendees([])
    with pytest.raises(ValidationError, match="กรุณาระบุหัวข้อ"):
        check_session("   ", "", "")
    twice = [AttendeeEntry(1, "นางบุษบา", Attendance.ATTENDED)] * 2
    with pytest.raises(ValidationError, match="“นางบุษบา” อยู่ในรายชื่อผู้เข้าร่วมแล้ว"):
        check_attendees(twice)
    check_attendees([AttendeeEntry(1, "นางบุษบา", Attendance.LEAVE)])  # one on leave is enough


@given(
    st.lists(
        st.tuples(st.integers(1, 12), st.sampled_from(list(Attendance))), min_size=0, max_size=15
    )
)
def test_an_attendee_list_passes_exactly_when_it_is_not_empty_and_names_nobody_twice(
    rows: list[tuple[int, Attendance]],
) -> None:
    entries = [AttendeeEntry(pid, f"คน {pid}", status) for pid, status in rows]
    ids = [pid for pid, _ in rows]
    if ids and len(set(ids)) == len(ids):
        check_attendees(entries)
    else:
        with pytest.raises(ValidationError):
            check_attendees(entries)


def test_kinds_and_statuses_read_as_typed() -> None:
    assert parse_kind("ชี้แจง") is SessionKind.BRIEFING
    assert parse_kind("ประชุมชี้แจง") is SessionKind.BRIEFING
    assert parse_kind("อบรม") is SessionKind.TRAINING
    assert parse_kind("ถอดบทเรียน") is SessionKind.LESSONS
    assert parse_kind("โค้ช") is SessionKind.COACHING
    assert parse_kind("coaching") is SessionKind.COACHING
    assert parse_attendance("ลา") is Attendance.LEAVE
    assert parse_attendance("ขาด") is Attendance.ABSENT
    with pytest.raises(ValidationError, match="ไม่รู้จักประเภท"):
        parse_kind("สัมมนา")


# -- the services ---------------------------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, OfficeYear, list[int]]]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        ids = [
            people.add_person(session, SYSTEM, name=n, position=p, roles=(Role.STAFF,)).id
            for n, p in PEOPLE
        ]
        chosen = lookup.resolve_year(session, 2567)
    yield database, chosen, ids
    database.close()


def indicator_ids(database: Database, chosen: OfficeYear, *codes: str) -> tuple[int, ...]:
    with database.session() as session:
        year = lookup.year_of(session, chosen)
        return tuple(lookup.find_indicator(session, year, c).id for c in codes)


def draft(ids: list[int], links: tuple[int, ...] = (), **changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "held_on": date(2023, 11, 8),
        "topic": TOPIC,
        "kind": SessionKind.BRIEFING,
        "speaker": "นางวิไลวรรณ ทองประเสริฐ",
        "place": "ห้องประชุมพระธาตุนาดูน",
        "lessons": "ส่งร่างให้คณะกรรมการตรวจก่อน 7 วัน\nเก็บหลักฐานตามรหัสตัวชี้วัด",
        "attendees": (
            (ids[0], Attendance.ATTENDED),
            (ids[1], Attendance.LEAVE),
            (ids[2], Attendance.ABSENT),
        ),
        "indicator_ids": links,
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def test_creating_and_editing_a_session_is_audited_and_counts_for_its_indicators(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    database, chosen, ids = office
    links = indicator_ids(database, chosen, "1.1", "2.1")
    with database.transaction() as session:
        session_id = save.create_session(session, SYSTEM, chosen, draft(ids, links))
    with database.session() as session:
        view = read.one_session(session, chosen, session_id)
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "knowledge.create")
        ).one()
        tables = {
            r.table_name
            for r in session.scalars(select(AuditRow).where(AuditRow.entry_id == entry.id))
        }
        detail = indicator_detail(session, links[0])
    assert view.topic == TOPIC and view.held_on == date(2023, 11, 8)
    assert [a.status for a in view.attendees] == [
        Attendance.ATTENDED,
        Attendance.LEAVE,
        Attendance.ABSENT,
    ]
    assert (view.count.attended, view.count.leave, view.count.absent) == (1, 1, 1)
    assert [i.code for i in view.indicators] == ["1.1", "2.1"]
    assert tables == {"knowledge_session", "knowledge_attendee", "knowledge_indicator"}
    assert [s.topic for s in detail.sessions] == [TOPIC]

    changed = draft(ids, links[1:], attendees=((ids[1], Attendance.ATTENDED),))
    with database.transaction() as session:
        new_version = save.edit_session(
            session, SYSTEM, chosen, session_id, changed, version=view.version
        )
    assert new_version > view.version
    with database.session() as session:
        again = read.one_session(session, chosen, session_id)
        assert indicator_detail(session, links[0]).sessions == ()
    assert [(a.person_id, a.status) for a in again.attendees] == [(ids[1], Attendance.ATTENDED)]
    assert [i.code for i in again.indicators] == ["2.1"]
    assert not [f for f in check_database(database).findings if f.severity is Severity.PROBLEM]


def test_bad_input_writes_nothing(office: tuple[Database, OfficeYear, list[int]]) -> None:
    database, chosen, ids = office
    no_one = pytest.raises(ValidationError, match="ยังไม่มีผู้เข้าร่วม")
    with no_one, database.transaction() as session:
        save.create_session(session, SYSTEM, chosen, draft(ids, attendees=()))
    with pytest.raises(ValidationError, match="กรุณาระบุหัวข้อ"), database.transaction() as session:
        save.create_session(session, SYSTEM, chosen, draft(ids, topic=" "))
    with database.session() as session:
        assert read.sessions(session, chosen) == []


def test_a_save_from_a_stale_form_is_refused(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        session_id = save.create_session(session, SYSTEM, chosen, draft(ids))
    with database.session() as session:
        form = read.one_session(session, chosen, session_id)
    with database.transaction() as session:  # another window edits it meanwhile
        save.edit_session(
            session, SYSTEM, chosen, session_id, draft(ids, topic="อื่น"), version=form.version
        )
    stale = pytest.raises(ConflictError, match="มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้ว")
    with stale as refused, database.transaction() as session:
        save.edit_session(session, SYSTEM, chosen, session_id, draft(ids), version=form.version)
    # The topics side by side: the form's and the one saved since; nothing else differs.
    assert [(f.label, f.mine, f.theirs) for f in refused.value.fields] == [
        ("เรื่อง", form.topic, "อื่น")
    ]
    with pytest.raises(ConflictError), database.transaction() as session:
        delete.delete_session(session, SYSTEM, chosen, session_id, version=form.version)
    with database.session() as session:
        assert read.one_session(session, chosen, session_id).topic == "อื่น"


def test_a_staff_member_may_not_record_a_session(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    database, chosen, ids = office
    with database.session() as session:
        staff = Actor.of(lookup.get_person(session, ids[0]))
    refused = pytest.raises(PermissionDeniedError, match="บันทึกการประชุม อบรม และถอดบทเรียน")
    with refused, database.transaction() as session:
        save.create_session(session, staff, chosen, draft(ids))


def test_materials_live_in_the_evidence_store_and_keep_the_bytes_they_share(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, ids = office
    store = EvidenceStore(database.evidence_dir)
    slides = tmp_path / "สไลด์ชี้แจง.pdf"
    slides.write_bytes(b"%PDF-1.4 slides")
    with database.transaction() as session:
        session_id = save.create_session(session, SYSTEM, chosen, draft(ids))
        material_id = materials.add_material(session, store, SYSTEM, chosen, session_id, slides)
        # The same bytes attached as an indicator's evidence, then that one thrown away.
        indicator = indicator_ids(database, chosen, "1.1")[0]
        lookup.get_indicator(session, indicator).state = "in_progress"
        added = evidence.add_evidence(session, store, SYSTEM, indicator, slides)
        evidence.remove_evidence(session, SYSTEM, added.id)
    with database.session() as session:
        sha = session.get(KnowledgeMaterial, material_id).sha256  # type: ignore[union-attr]
        assert [m.file_name for m in read.one_session(session, chosen, session_id).materials] == [
            "สไลด์ชี้แจง.pdf"
        ]
    with database.transaction() as session:
        evidence.empty_recycle(session, store, SYSTEM)
    assert store.path_for(sha).is_file(), "the session's material still names these bytes"
    with database.transaction() as session:
        materials.remove_material(session, store, SYSTEM, chosen, material_id)
    assert not store.path_for(sha).exists(), "no record names them any more"
    other = tmp_path / "ภาพ.png"
    other.write_bytes(b"\x89PNG photo")
    with database.transaction() as session:
        materials.add_material(session, store, SYSTEM, chosen, session_id, other)
        photo = {m.sha256 for m in read.one_session(session, chosen, session_id).materials}
    with database.transaction() as session:
        delete.delete_session(session, SYSTEM, chosen, session_id, store=store)
    assert not any(store.path_for(sha).exists() for sha in photo), "deleted with its session"
    findings = check_database(database).findings
    assert not [f for f in findings if f.severity is not Severity.OK], [f.text() for f in findings]


def test_the_check_names_a_session_changed_outside_the_program(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        save.create_session(session, SYSTEM, chosen, draft(ids))
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE knowledge_attendee SET status = 'attended'")
    found = [f.text() for f in check_database(database).findings if f.severity is Severity.PROBLEM]
    assert any(f"{PEOPLE[1][0]} ใน “{TOPIC}”" in text for text in found), found


def test_a_person_with_attendance_is_kept(office: tuple[Database, OfficeYear, list[int]]) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        save.create_session(session, SYSTEM, chosen, draft(ids))
    with pytest.raises(ValidationError, match="ลบไม่ได้"), database.transaction() as session:
        people_edit.delete_person(session, SYSTEM, ids[2])


# -- the prints -----------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    """The text in drawing order (-raw): a table cell's wrapped lines stay together."""
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def fonts_embedded(path: Path) -> None:
    rows = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        emb, _sub, uni = row.split()[-5:-2]
        assert (emb, uni) == ("yes", "yes"), row


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_attendance_sheet_and_the_record_print_the_session(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, ids = office
    links = indicator_ids(database, chosen, "1.1")
    with database.transaction() as session:
        session_id = save.create_session(session, SYSTEM, chosen, draft(ids, links))
    sheet = generate(database, "attendance", chosen, tmp_path / "sheet.pdf", session_id=session_id)
    record = generate(
        database, "knowledge-record", chosen, tmp_path / "record.pdf", session_id=session_id
    )
    for result in (sheet, record):
        fonts_embedded(result.path)
    sheet_text = squeeze(pdf_text(sheet.path))
    for wanted in (
        "ใบลงทะเบียนผู้เข้าร่วม",
        "ลำดับ",
        "ชื่อ–สกุล",
        "ตำแหน่ง",
        "ลายมือชื่อ",
        squeeze("ชี้แจงแนวทางการรายงานตัวชี้วัด KRS"),
        "๘พฤศจิกายน๒๕๖๖",
        "ห้องประชุมพระธาตุนาดูน",
        *(squeeze(name) for name, _ in PEOPLE),
        *(squeeze(position) for _, position in PEOPLE),
    ):
        assert wanted in sheet_text, wanted
    record_text = squeeze(pdf_text(record.path))
    for wanted in (
        "บันทึกการประชุม",
        "ผู้เข้าร่วม๑คนลา๑คนขาด๑คนจากผู้ได้รับเชิญ๓คน",
        squeeze(f"{PEOPLE[1][0]} {PEOPLE[1][1]} (ลา)"),
        squeeze(f"{PEOPLE[2][0]} {PEOPLE[2][1]} (ขาด)"),
        "ตัวชี้วัด๑.๑",
        "ส่งร่างให้คณะกรรมการตรวจก่อน๗วัน",
        "ผู้บันทึก",
    ):
        assert wanted in record_text, wanted


def test_a_lessons_session_prints_as_a_lessons_report(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        session_id = save.create_session(
            session, SYSTEM, chosen, draft(ids, kind=SessionKind.LESSONS, topic="ถอดบทเรียน MK3")
        )
    record = generate(
        database, "knowledge-record", chosen, tmp_path / "r.pdf", session_id=session_id
    )
    text = squeeze(pdf_text(record.path))
    assert "รายงานการถอดบทเรียน" in text and "บันทึกการประชุม" not in text


def test_a_year_without_sessions_says_how_to_add_one(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, _ids = office
    with pytest.raises(ValidationError, match="ยังไม่มีการประชุม/อบรม"):
        generate(database, "attendance", chosen, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# -- the command line -----------------------------------------------------------------------


def test_the_command_line_adds_lists_and_prints_a_session(
    office: tuple[Database, OfficeYear, list[int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from mk3desk.cli import run

    database, _chosen, _ids = office
    assert database.path is not None
    db = ["--db", str(database.path), "--year", "2567"]
    material = tmp_path / "ภาพกิจกรรม.png"
    material.write_bytes(b"\x89PNG demo")
    args = [
        "knowledge",
        "add",
        *db,
        "--date",
        "14/12/2566",
        "--topic",
        "อบรม PMQA 4.0",
        "--kind",
        "อบรม",
        "--attendee",
        PEOPLE[0][0],
        "--attendee",
        f"{PEOPLE[1][0]}=ลา",
        "--indicator",
        "4.3",
        "--material",
        str(material),
    ]
    assert run(args) == 0
    assert "ผู้เข้าร่วม 2 คน เอกสาร 1 ไฟล์" in capsys.readouterr().out
    assert run(["knowledge", "list", *db]) == 0
    listed = capsys.readouterr().out
    assert "อบรม: อบรม PMQA 4.0" in listed and "เข้าร่วม 1/2 คน (ลา 1 ขาด 0)" in listed
    assert "ตัวชี้วัด 4.3" in listed and "เอกสาร 1 ไฟล์" in listed
    session_id = listed.split("]")[0].strip("[")
    out = tmp_path / "sheet.pdf"
    assert run(["report", "attendance", *db, "--session", session_id, "--out", str(out)]) == 0
    assert squeeze(PEOPLE[1][0]) in squeeze(pdf_text(out))
    # No attendee: refused (exit 2) with the Thai message, nothing written.
    assert run(["knowledge", "add", *db, "--date", "1/1/2567", "--topic", "ว่าง"]) == 2
    assert "ยังไม่มีผู้เข้าร่วม" in capsys.readouterr().err
    assert run(["report", "attendance", *db, "--session", "999", "--out", str(out)]) == 2
    assert "ไม่พบการประชุม/อบรมรหัส 999" in capsys.readouterr().err
