"""Excel sheets of the MK3 Model's records: the year's SWOT, a committee's members, a
session's attendance (round trips, hostile sheets refused whole with the Thai problem
named) and the certificate register (export only).

Each refusal checks the Thai message a clerk reads AND that the database is exactly as
before (a dump of every table).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import Person
from mk3desk.domain.committees import CommitteeRole
from mk3desk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from mk3desk.domain.knowledge import Attendance
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.swot import Quadrant
from mk3desk.excel.problems import ImportRefused
from mk3desk.services import excel
from mk3desk.services.committees import read as committees
from mk3desk.services.context import Actor
from mk3desk.services.knowledge import read as knowledge
from mk3desk.services.lookup import resolve_year
from mk3desk.services.recognition import read as recognition
from mk3desk.services.swot import load_swot
from tests import prebuilt

TODAY = date(2025, 3, 1)  # the day the GUI and Excel tests use too: one prebuilt demo
YEAR = 2567  # the demo's year with a SWOT, a committee order, sessions and certificates


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = prebuilt.demo_office(tmp_path / "office.sqlite3", TODAY)
    yield database
    database.close()


def year(database: Database) -> OfficeYear:
    with database.session() as session:
        return resolve_year(session, YEAR)


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    assert database.path is not None
    connection = sqlite3.connect(database.path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
            )
        ]
        return {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
    finally:
        connection.close()


def refused(database: Database, kind: str, path: Path, **where: Any) -> list[str]:
    """Import *path*, expecting a refusal that leaves the database unchanged; the problems."""
    before = dump(database)
    with pytest.raises(ImportRefused) as caught:
        excel.import_workbook(database, kind, year(database), path, **where)
    assert dump(database) == before
    return [str(problem) for problem in caught.value.problems]


def rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(min_row=2, values_only=True))


# -- SWOT ------------------------------------------------------------------------------


def test_swot_exports_and_an_edited_sheet_replaces_the_years_analysis(
    db: Database, tmp_path: Path
) -> None:
    chosen = year(db)
    before = load_swot_view(db)
    path = excel.export(db, "swot", chosen, tmp_path / "swot.xlsx")
    listed = rows(path, "SWOT")
    assert listed[0] == ("จุดแข็ง", before.swot.strengths[0])
    assert ("อุปสรรค", before.swot.threats[-1]) in listed
    assert len(listed) == sum(len(before.swot.items(q)) for q in Quadrant)
    assert [r[0] for r in rows(path, "ผู้ร่วมวิเคราะห์")] == list(before.swot.participants)
    # Imported back unchanged: nothing saved (the version stays).
    report = excel.import_workbook(db, "swot", chosen, path)
    assert report.added == 0 and report.unchanged == len(listed)
    assert load_swot_view(db).version == before.version

    book = openpyxl.load_workbook(path)
    sheet = book["SWOT"]
    sheet.delete_rows(2)  # the first strength goes
    sheet.append(["อุปสรรค", "  • ภัยแล้งทำให้โรงเรียนปิดเรียนบ่อย  "])
    book["วันที่วิเคราะห์"]["A2"] = "5/11/2566"
    book.save(path)
    report = excel.import_workbook(db, "swot", chosen, path)
    assert report.added == 1 and report.changed == 2  # a strength taken out, the day
    after = load_swot_view(db)
    assert after.swot.strengths == before.swot.strengths[1:]
    assert after.swot.threats[-1] == "ภัยแล้งทำให้โรงเรียนปิดเรียนบ่อย"
    assert after.swot.held_on == date(2023, 11, 5)
    assert after.version != before.version


def load_swot_view(database: Database) -> Any:
    chosen = year(database)
    with database.session() as session:
        return load_swot(session, chosen)


def test_a_hostile_swot_sheet_is_refused_whole_with_each_problem_named(
    db: Database, tmp_path: Path
) -> None:
    path = excel.export(db, "swot", year(db), tmp_path / "swot.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["SWOT"]
    sheet.append(["จุดแข็ง", "ก" * 501])  # row 11: a pasted document, not an item
    sheet.append(["จุดเด่น", "คำที่ไม่ใช่ด้านของ SWOT"])  # row 12
    sheet.append(["โอกาส", None])  # row 13: an empty item
    sheet.append(["โอกาส", '=HYPERLINK("http://x","คลิก")'])  # a formula: never run
    book.save(path)
    problems = refused(db, "swot", path)
    text = "\n".join(problems)
    assert "แถว 11" in text and "ยาว 501 ตัวอักษร" in text
    assert "แถว 12" in text
    assert "แถว 13" in text
    assert all("«SWOT»" in p for p in problems)


def test_a_swot_sheet_with_renamed_columns_or_no_participants_is_refused(
    db: Database, tmp_path: Path
) -> None:
    path = excel.export(db, "swot", year(db), tmp_path / "swot.xlsx")
    book = openpyxl.load_workbook(path)
    book["SWOT"]["B1"] = "ข้อความ"  # the column «รายการ» renamed
    book.save(path)
    assert any("ไม่พบคอลัมน์ «รายการ»" in p for p in refused(db, "swot", path))

    path = excel.export(db, "swot", year(db), tmp_path / "swot2.xlsx")
    book = openpyxl.load_workbook(path)
    book["ผู้ร่วมวิเคราะห์"].delete_rows(2, 10)
    book.save(path)
    assert any("ผู้ร่วมวิเคราะห์" in p and "อย่างน้อยหนึ่งราย" in p for p in refused(db, "swot", path))


def test_importing_the_swot_needs_the_coordinators_right(db: Database, tmp_path: Path) -> None:
    path = excel.export(db, "swot", year(db), tmp_path / "swot.xlsx")
    with db.session() as session:
        keyman = session.query(Person).filter(Person.roles == "staff").first()
        assert keyman is not None
        actor = Actor.of(keyman)
    before = dump(db)
    with pytest.raises(PermissionDeniedError):
        excel.import_workbook(db, "swot", year(db), path, actor=actor)
    assert dump(db) == before


# -- a committee's members -------------------------------------------------------------


def committee(database: Database) -> committees.CommitteeView:
    chosen = year(database)
    with database.session() as session:
        return committees.committees(session, chosen)[0]


def test_committee_members_round_trip_and_an_edited_list_replaces_them(
    db: Database, tmp_path: Path
) -> None:
    shown = committee(db)
    path = excel.export(
        db, "committee-members", year(db), tmp_path / "c.xlsx", record_id=shown.committee_id
    )
    members = rows(path, "กรรมการ")
    assert (members[0][0], members[0][3]) == (shown.members[0].name, "ประธานกรรมการ")
    assert members[0][1] == shown.members[0].position
    assert len(rows(path, "หน้าที่")) == len(shown.duties.splitlines())
    report = excel.import_workbook(
        db, "committee-members", year(db), path, record_id=shown.committee_id
    )
    assert report.unchanged == len(shown.members) and report.added == report.changed == 0
    assert committee(db).version == shown.version

    book = openpyxl.load_workbook(path)
    sheet = book["กรรมการ"]
    sheet["D3"] = "กรรมการ"  # the first vice chair becomes a member
    sheet.delete_rows(5)  # someone leaves the committee
    duties = book["หน้าที่"]
    duties.delete_rows(2, 20)
    duties.append(["จัดทำรายงานผลการดำเนินงานเสนอผู้บริหาร"])
    book.save(path)
    report = excel.import_workbook(
        db, "committee-members", year(db), path, record_id=shown.committee_id
    )
    assert report.changed == 2  # a role, and a member taken off
    after = committee(db)
    assert after.members[1].role is CommitteeRole.MEMBER
    assert len(after.members) == len(shown.members) - 1
    assert shown.members[3].person_id not in {m.person_id for m in after.members}
    assert after.duties == "จัดทำรายงานผลการดำเนินงานเสนอผู้บริหาร"


def test_a_hostile_member_sheet_is_refused_whole(db: Database, tmp_path: Path) -> None:
    shown = committee(db)
    where: dict[str, Any] = {"record_id": shown.committee_id}
    path = excel.export(db, "committee-members", year(db), tmp_path / "c.xlsx", **where)
    book = openpyxl.load_workbook(path)
    sheet = book["กรรมการ"]
    chair = shown.members[0].name
    sheet.append(["นายไม่มี ตัวตน", None, None, "กรรมการ"])  # an unknown person
    sheet.append([chair, None, None, "รองประธานกรรมการ"])  # the chair again, as vice chair
    sheet.append([shown.members[4].name, None, None, "หัวหน้า"])  # no such role
    book.save(path)
    last = len(shown.members) + 1
    problems = refused(db, "committee-members", path, **where)
    text = "\n".join(problems)
    assert f"แถว {last + 1}" in text and "ไม่พบบุคลากรชื่อ “นายไม่มี ตัวตน”" in text
    assert f"แถว {last + 2}" in text and f"“{chair}” เป็นประธานกรรมการอยู่แล้ว" in text
    assert f"แถว {last + 3}" in text and "ไม่รู้จักบทบาท “หัวหน้า”" in text

    path = excel.export(db, "committee-members", year(db), tmp_path / "c2.xlsx", **where)
    book = openpyxl.load_workbook(path)
    book["กรรมการ"]["D2"] = "กรรมการ"  # no chair left
    book.save(path)
    assert any(
        "ต้องมีประธานกรรมการหนึ่งคน" in p for p in refused(db, "committee-members", path, **where)
    )


def test_a_member_import_over_a_committee_changed_since_is_refused(
    db: Database, tmp_path: Path
) -> None:
    shown = committee(db)
    path = excel.export(
        db, "committee-members", year(db), tmp_path / "c.xlsx", record_id=shown.committee_id
    )
    book = openpyxl.load_workbook(path)
    book["กรรมการ"]["D3"] = "กรรมการ"
    book.save(path)
    rows_, problems = excel.read_rows("committee-members", path)
    before = dump(db)
    with pytest.raises(ConflictError), db.transaction() as session:
        excel.import_rows(
            session,
            Actor.system(),
            "committee-members",
            year(db),
            rows_,
            tuple(problems),
            record_id=shown.committee_id,
            version=shown.version - 1,  # what a window read before someone else saved
        )
    assert dump(db) == before


def test_a_swot_import_from_a_window_that_read_no_analysis_is_refused_once_one_exists(
    db: Database, tmp_path: Path
) -> None:
    path = excel.export(db, "swot", year(db), tmp_path / "swot.xlsx")
    book = openpyxl.load_workbook(path)
    book["SWOT"].append(["โอกาส", "เครือข่ายผู้ปกครองเข้มแข็ง"])
    book.save(path)
    rows_, problems = excel.read_rows("swot", path)
    before = dump(db)
    with pytest.raises(ConflictError), db.transaction() as session:
        excel.import_rows(
            session, Actor.system(), "swot", year(db), rows_, tuple(problems), version=None
        )  # the window opened before the analysis was first saved elsewhere
    assert dump(db) == before


def test_record_kinds_need_their_record(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="กรุณาเลือกคณะกรรมการ"):
        excel.export(db, "committee-members", year(db), tmp_path / "c.xlsx")
    with pytest.raises(ValidationError, match="กรุณาเลือกการประชุม"):
        excel.export(db, "attendance", year(db), tmp_path / "a.xlsx")


# -- a session's attendance ------------------------------------------------------------


def first_session(database: Database) -> knowledge.SessionView:
    chosen = year(database)
    with database.session() as session:
        return knowledge.sessions(session, chosen)[0]


def test_attendance_round_trip_and_statuses_come_back(db: Database, tmp_path: Path) -> None:
    shown = first_session(db)
    where: dict[str, Any] = {"record_id": shown.session_id}
    path = excel.export(db, "attendance", year(db), tmp_path / "a.xlsx", **where)
    listed = rows(path, "ผู้เข้าร่วม")
    assert [r[0] for r in listed] == [a.name for a in shown.attendees]
    assert {r[2] for r in listed} <= {"เข้าร่วม", "ขาด", "ลา"}
    report = excel.import_workbook(db, "attendance", year(db), path, **where)
    assert report.unchanged == len(shown.attendees)
    assert first_session(db).version == shown.version

    book = openpyxl.load_workbook(path)
    sheet = book["ผู้เข้าร่วม"]
    sheet["C2"] = "ลา"
    sheet["C3"] = "ขาด"
    sheet["C4"] = "ลงชื่อ"  # as written on a paper sign-in sheet: attended
    book.save(path)
    excel.import_workbook(db, "attendance", year(db), path, **where)
    after = first_session(db)
    assert [a.status for a in after.attendees[:3]] == [
        Attendance.LEAVE,
        Attendance.ABSENT,
        Attendance.ATTENDED,
    ]
    assert len(after.attendees) == len(shown.attendees)


def test_a_hostile_attendance_sheet_is_refused_whole(db: Database, tmp_path: Path) -> None:
    shown = first_session(db)
    where: dict[str, Any] = {"record_id": shown.session_id}
    path = excel.export(db, "attendance", year(db), tmp_path / "a.xlsx", **where)
    book = openpyxl.load_workbook(path)
    sheet = book["ผู้เข้าร่วม"]
    sheet["C2"] = "มาสาย"
    sheet.append(["นายไม่มี ตัวตน", None, "เข้าร่วม"])
    book.save(path)
    text = "\n".join(refused(db, "attendance", path, **where))
    assert "แถว 2" in text and "ไม่รู้จักสถานะการเข้าร่วม “มาสาย”" in text
    assert "ไม่พบบุคลากรชื่อ “นายไม่มี ตัวตน”" in text


# -- the certificate register ----------------------------------------------------------


def test_the_certificate_register_exports_the_clerks_columns(db: Database, tmp_path: Path) -> None:
    chosen = year(db)
    with db.session() as session:
        issued = recognition.register(session, chosen)
    assert issued
    path = excel.export(db, "certificates", chosen, tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path)["ทะเบียนเกียรติบัตร"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["เลขที่", "วันที่ให้ไว้", "ชื่อ-นามสกุล"] and "ผู้ลงนาม" in header
    listed = list(sheet.iter_rows(min_row=2, values_only=True))
    first = issued[0]
    assert listed[0][0] == f"{first.number}/{YEAR}"
    assert listed[0][1].date() == first.issued_on
    assert listed[0][2] == first.recipient_name
    assert listed[0][header.index("เหตุผล")] == first.reason
    assert listed[0][header.index("ผู้ลงนาม")] == first.signer.name
    assert len(listed) == len(issued)
    with pytest.raises(ValidationError):
        excel.import_workbook(db, "certificates", chosen, path)  # a register is never typed in


def test_a_filled_member_template_replaces_the_committees_members(
    db: Database, tmp_path: Path
) -> None:
    shown = committee(db)
    chosen = year(db)
    with db.session() as session:
        path = excel.save_template(
            "committee-members",
            tmp_path / "t.xlsx",
            session,
            chosen,
            record_id=shown.committee_id,
        )
    book = openpyxl.load_workbook(path)
    sheet = book["กรรมการ"]
    chair, secretary = shown.members[0].name, shown.members[-1].name
    sheet.delete_rows(2, 2)  # the grey example rows
    sheet.append([chair, None, None, "ประธาน"])  # the short word a clerk types
    sheet.append([secretary, None, None, "กรรมการและเลขานุการ"])
    book["หน้าที่"].delete_rows(2)
    book.save(path)
    excel.import_workbook(db, "committee-members", chosen, path, record_id=shown.committee_id)
    after = committee(db)
    assert [(m.name, m.role) for m in after.members] == [
        (chair, CommitteeRole.CHAIR),
        (secretary, CommitteeRole.SECRETARY),
    ]
    assert after.duties == shown.duties  # an empty duty sheet keeps the duties


def test_a_name_the_office_holds_twice_refuses_the_rows_that_give_it(
    db: Database, tmp_path: Path
) -> None:
    """Two people of one name (an older database, a received bundle): a sheet row giving
    that name cannot say which one it means — refused with the row, nothing written."""
    shown = first_session(db)
    where: dict[str, Any] = {"record_id": shown.session_id}
    attendance = excel.export(db, "attendance", year(db), tmp_path / "a.xlsx", **where)
    assignments = excel.export(db, "assignments", year(db), tmp_path / "b.xlsx")
    owner = next(r[2] for r in rows(assignments, "ผู้รับผิดชอบ") if r[2])
    twice = {shown.attendees[0].name, owner}
    with db.transaction() as session:
        office_id = session.scalars(select(Person.office_id)).first()
        session.add_all(Person(office_id=office_id, name=name, position="") for name in twice)
    text = "\n".join(refused(db, "attendance", attendance, **where))
    assert f"บุคลากรชื่อ “{shown.attendees[0].name}” มากกว่าหนึ่งคน" in text and "แถว 2" in text
    text = "\n".join(refused(db, "assignments", assignments))
    assert f"บุคลากรชื่อ “{owner}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร" in text
