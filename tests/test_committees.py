"""Committees as records: the rules, the services, the migration from the settings, the order."""

from __future__ import annotations

import base64
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from mk3desk.db.engine import Database, make_engine
from mk3desk.db.migrate import alembic_config, open_database
from mk3desk.db.models import AuditEntry, AuditRow, Committee, Person
from mk3desk.domain.committees import (
    ROLE_TITLES,
    CommitteeDraft,
    CommitteeOrder,
    CommitteeRole,
    MemberEntry,
    check_members,
    working_members,
)
from mk3desk.domain.errors import ConflictError, ValidationError
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.workflow import Role
from mk3desk.services import lookup, people, people_edit, settings
from mk3desk.services.committees import delete, members, order_options, read, save
from mk3desk.services.context import Actor
from mk3desk.services.integrity import Severity, check_database
from mk3desk.services.reports import generate
from tests.support import fresh_database, office_with_year

SYSTEM = Actor.system()
C, V, M, S, A = (
    CommitteeRole.CHAIR,
    CommitteeRole.VICE_CHAIR,
    CommitteeRole.MEMBER,
    CommitteeRole.SECRETARY,
    CommitteeRole.ASSISTANT_SECRETARY,
)
DIRECTOR = ("นายผู้อำนวย การดี", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1")
PEOPLE = (
    DIRECTOR,
    ("นางรอง ผู้อำนวยการ", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1"),
    ("นายหัวหน้า กลุ่มแผน", "ผู้อำนวยการกลุ่มนโยบายและแผน"),
    ("นางสาวประสาน งานไว", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ"),
)


# -- the rules --------------------------------------------------------------------------


def entry(pid: int, role: CommitteeRole) -> MemberEntry:
    return MemberEntry(pid, f"คนที่ {pid}", role)


def test_a_committee_without_a_chair_is_refused() -> None:
    with pytest.raises(ValidationError, match="ต้องมีประธานกรรมการ"):
        check_members([entry(1, V), entry(2, M), entry(3, S)])


@pytest.mark.parametrize(("first", "second"), [(C, V), (C, S), (V, S), (V, C)])
def test_one_person_in_two_leading_roles_is_refused(
    first: CommitteeRole, second: CommitteeRole
) -> None:
    chair = [] if C in (first, second) else [entry(9, C)]
    with pytest.raises(ValidationError, match="ต้องเป็นคนละคน") as raised:
        check_members([*chair, entry(1, first), entry(1, second)])
    assert "คนที่ 1" in str(raised.value)


def test_two_chairs_or_a_person_listed_twice_are_refused() -> None:
    with pytest.raises(ValidationError, match="ประธานได้คนเดียว"):
        check_members([entry(1, C), entry(2, C)])
    with pytest.raises(ValidationError, match="หนึ่งคนมีได้หนึ่งบทบาท"):
        check_members([entry(1, C), entry(2, M), entry(2, A)])
    check_members([entry(1, C), entry(2, V), entry(3, V), entry(4, M), entry(5, S), entry(6, A)])


def test_the_settings_that_held_one_person_as_chair_and_vice_give_one_role() -> None:
    deputy = Signatory("นางรอง ผู้อำนวยการ", "รองผู้อำนวยการ")
    listed = working_members(
        chair=deputy,
        deputy=deputy,
        coordinator=Signatory(),
        director=Signatory("นายผู้อำนวย การดี", "ผู้อำนวยการ"),
        people=[],
    )
    assert [(n, r) for n, _, r in listed] == [("นางรอง ผู้อำนวยการ", C)]


# -- the services ---------------------------------------------------------------------------


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, OfficeYear, list[int]]]:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        ids = [
            people.add_person(session, SYSTEM, name=n, position=p, roles=(Role.EXECUTIVE,)).id
            for n, p in PEOPLE
        ]
        chosen = lookup.resolve_year(session, 2567)
    yield database, chosen, ids
    database.close()


def draft(ids: list[int], roles: tuple[CommitteeRole, ...] = (C, V, M, S)) -> CommitteeDraft:
    return CommitteeDraft(
        name="คณะกรรมการดำเนินงาน PMQA",
        order=CommitteeOrder(
            number="๑๒๓",
            signed_on=date(2023, 10, 16),
            subject="แต่งตั้งคณะกรรมการดำเนินงาน PMQA ประจำปีงบประมาณ พ.ศ. 2567",
            signer_name=DIRECTOR[0],
            signer_position=DIRECTOR[1],
        ),
        preamble="เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย",
        duties="กำกับ ติดตาม\nตรวจสอบหลักฐาน",
        members=tuple(zip(ids, roles, strict=False)),
    )


def test_creating_and_editing_a_committee_is_audited_line_by_line(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        committee_id = save.create_committee(session, SYSTEM, chosen, draft(ids))
    with database.session() as session:
        view = read.committee(session, chosen, committee_id)
        entry_row = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "committee.create")
        ).one()
        tables = {
            r.table_name
            for r in session.scalars(select(AuditRow).where(AuditRow.entry_id == entry_row.id))
        }
    assert [m.role for m in view.members] == [C, V, M, S]
    assert view.order.number == "๑๒๓" and view.order.signed_on == date(2023, 10, 16)
    assert tables == {"committee", "committee_member"}

    changed = draft(ids, (C, M, M, S))
    with database.transaction() as session:
        new_version = save.edit_committee(
            session, SYSTEM, chosen, committee_id, changed, version=view.version
        )
    assert new_version > view.version
    with database.session() as session:
        assert [m.role for m in read.committee(session, chosen, committee_id).members] == [
            C,
            M,
            M,
            S,
        ]
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "committee.edit" in actions
    assert not [f for f in check_database(database).findings if f.severity is Severity.PROBLEM], (
        "the chain holds every committee record"
    )


def test_a_save_from_a_stale_form_is_refused_and_writes_nothing(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        committee_id = save.create_committee(session, SYSTEM, chosen, draft(ids))
    with database.session() as session:
        form = read.committee(session, chosen, committee_id)  # the window reads it
    with database.transaction() as session:  # the CLI changes a member meanwhile
        members.change_role(session, SYSTEM, chosen, committee_id, ids[2], A)
    stale = pytest.raises(ConflictError, match="มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้ว")
    with stale as refused, database.transaction() as session:
        save.edit_committee(session, SYSTEM, chosen, committee_id, draft(ids), version=form.version)
    # The member lists side by side: the form's and the one stored since.
    assert [f.label for f in refused.value.fields] == ["รายชื่อกรรมการ"]
    mine, theirs = refused.value.fields[0].mine, refused.value.fields[0].theirs
    assert mine.splitlines()[:2] == theirs.splitlines()[:2]
    assert mine.splitlines()[2] != theirs.splitlines()[2]
    assert theirs.splitlines()[2].endswith(ROLE_TITLES[A])
    with database.session() as session:
        assert read.committee(session, chosen, committee_id).members[2].role is A
    with pytest.raises(ConflictError), database.transaction() as session:
        delete.delete_committee(session, SYSTEM, chosen, committee_id, version=form.version)


def test_member_changes_keep_the_rules(office: tuple[Database, OfficeYear, list[int]]) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        committee_id = save.create_committee(session, SYSTEM, chosen, draft(ids[:3], (C, V, M)))
    with pytest.raises(ValidationError, match="ต้องเป็นคนละคน"), database.transaction() as s:
        members.add_member(s, SYSTEM, chosen, committee_id, ids[1], S)  # the vice chair
    with pytest.raises(ValidationError, match="ประธานได้คนเดียว"), database.transaction() as s:
        members.change_role(s, SYSTEM, chosen, committee_id, ids[1], C)
    with pytest.raises(ValidationError, match="ต้องมีประธาน"), database.transaction() as s:
        members.remove_member(s, SYSTEM, chosen, committee_id, ids[0])
    with pytest.raises(ValidationError, match="ต้องมีประธาน"), database.transaction() as s:
        other = draft(ids[1:], (V, M, S))
        save.create_committee(s, SYSTEM, chosen, replace(other, name="คณะทำงานอีกคณะ"))
    with database.transaction() as session:
        members.add_member(session, SYSTEM, chosen, committee_id, ids[3], S)
        members.remove_member(session, SYSTEM, chosen, committee_id, ids[2])
    with database.session() as session:
        view = read.committee(session, chosen, committee_id)
        assert [(m.person_id, m.role) for m in view.members] == [
            (ids[0], C),
            (ids[1], V),
            (ids[3], S),
        ]
        person = session.get(Person, ids[3])
        assert person is not None
    with pytest.raises(ValidationError, match="จึงลบไม่ได้"), database.transaction() as s:
        people_edit.delete_person(s, SYSTEM, ids[3])


# -- the migration --------------------------------------------------------------------------


def test_the_upgrade_builds_each_years_working_committee_from_the_settings(
    tmp_path: Path,
) -> None:
    """A database of the last release: the committee was settings fields. Upgraded, each
    year has its committee; a chair named only in Settings becomes a person."""
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    office_with_year(database, 2566)
    with database.transaction() as session:
        years_module = __import__("mk3desk.services.years", fromlist=["create_year"])
        years_module.create_year(session, SYSTEM, be_year=2567)
        deputy = people.add_person(
            session, SYSTEM, name=PEOPLE[1][0], position=PEOPLE[1][1], roles=(Role.EXECUTIVE,)
        )
        people.add_person(session, SYSTEM, name=PEOPLE[2][0], roles=(Role.REVIEWER,))
        people.add_person(
            session, SYSTEM, name=PEOPLE[3][0], roles=(Role.COORDINATOR, Role.REVIEWER)
        )
        settings.save_settings(
            session,
            SYSTEM,
            settings.OfficeSettings(
                director=Signatory(*DIRECTOR),  # in Settings only, no person
                deputy=Signatory(deputy.name, deputy.position),
                committee_chair=Signatory("นายประธาน นอกบัญชี", "ศึกษาธิการจังหวัด"),
            ),
        )
    database.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
        assert "committee" not in {
            n for (n,) in connection.exec_driver_sql("SELECT name FROM sqlite_master")
        }
    engine.dispose()

    database = open_database(path)  # upgrades to the head
    with database.session() as session:
        found = {}
        for be in (2566, 2567):
            listed = read.committees(session, lookup.resolve_year(session, be))
            assert len(listed) == 1
            found[be] = [(m.name, m.role) for m in listed[0].members]
            assert listed[0].order.signer_name == DIRECTOR[0]
            assert "2567" in listed[0].order.subject or be == 2566
        names = session.scalars(select(Person.name)).all()
    assert found[2567] == [
        ("นายประธาน นอกบัญชี", C),  # the chair setting
        (PEOPLE[1][0], V),  # the deputy
        (PEOPLE[2][0], M),  # a reviewer
        (PEOPLE[3][0], S),  # the person with the coordinator role
    ]
    assert found[2566] == found[2567]
    assert "นายประธาน นอกบัญชี" in names and DIRECTOR[0] not in names  # the director signs
    assert not [f for f in check_database(database).findings if f.severity is Severity.PROBLEM]
    database.close()


# -- the order ---------------------------------------------------------------------------------

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_order_prints_its_own_number_and_date_with_no_footer(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, ids = office
    with database.transaction() as session:
        save.create_committee(session, SYSTEM, chosen, draft(ids))
    out = tmp_path / "order.pdf"
    result = generate(database, "committee", chosen, out, today=date(2026, 12, 7))
    text = pdf_text(out)
    assert "ที่ ๑๒๓/๒๕๖๖" in text  # the order's number, the year it was signed in
    assert "สั่ง ณ วันที่ ๑๖ ตุลาคม พ.ศ. ๒๕๖๖" in text
    assert "๒๕๖๙" not in text, "never the print day"
    assert "พิมพ์เมื่อ" not in text and "รหัสตรวจสอบ" not in text and result.code not in text
    assert "(ลงชื่อ)" not in text
    # Under the bracketed name, the position on at most two lines, then nothing.
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index(f"({DIRECTOR[0]})")
    rest = [line for line in lines[at + 1 :] if line]
    assert 1 <= len(rest) <= 2
    assert "".join(rest).replace(" ", "") == DIRECTOR[1].replace("1", "๑").replace(" ", "")
    assert "ที่ ที่" not in text
    assert any("ตราครุฑ" in str(w) for w in result.warnings)
    for name, _ in PEOPLE:
        assert name.split()[0] in text

    # With the emblem set and the code asked for: no warning, the code at the foot only.
    from PIL import Image

    image = tmp_path / "garuda.png"
    Image.new("L", (60, 66), 0).save(image)  # a dark stand-in: its top edge is easy to find
    with database.transaction() as session:
        order_options.set_emblem(session, SYSTEM, image)
        order_options.set_verification_code(session, SYSTEM, True)
    result = generate(
        database, "committee", chosen, out, today=date(2026, 12, 7), signed_on=date(2023, 11, 1)
    )
    text = pdf_text(out)
    assert not any("ตราครุฑ" in str(w) for w in result.warnings)
    assert emblem_top_cm(out) == pytest.approx(1.5, abs=0.1)  # ระเบียบงานสารบรรณ: 1.5 cm
    assert f"รหัสตรวจสอบ {result.code}" in text and "พิมพ์เมื่อ" not in text
    assert "สั่ง ณ วันที่ ๑ พฤศจิกายน พ.ศ. ๒๕๖๖" in text


def emblem_top_cm(pdf: Path) -> float:
    """How far below the paper's top edge the first image on page 1 starts, in cm
    (read from the page drawn at 100 dpi: the first row that is not white)."""
    subprocess.run(
        ["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
        check=True,
    )
    from PIL import Image

    page = Image.open(next(pdf.parent.glob(pdf.stem + "-*1.png"))).convert("L")
    width, height = page.size
    grey = page.tobytes()  # greyscale ("L"): one byte per pixel, row after row
    for y in range(height):
        if any(grey[y * width + x] < 128 for x in range(0, width, 2)):
            return y / 100 * 2.54
    return float("nan")


def test_an_emblem_that_is_no_image_is_refused(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, _, _ = office
    bogus = tmp_path / "garuda.png"
    bogus.write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    with pytest.raises(ValidationError, match="ไฟล์อาจเสียหาย"), database.transaction() as s:
        order_options.set_emblem(s, SYSTEM, bogus)
    with database.session() as session:
        assert order_options.load_order_options(session).emblem is None


def test_a_year_without_a_committee_says_how_to_add_one(
    office: tuple[Database, OfficeYear, list[int]], tmp_path: Path
) -> None:
    database, chosen, _ = office
    with database.session() as session:
        assert session.scalars(select(Committee)).first() is None
    with pytest.raises(ValidationError, match="ยังไม่มีคณะกรรมการ"):
        generate(database, "committee", chosen, tmp_path / "x.pdf")


# -- the command line -------------------------------------------------------------------------


def test_the_command_line_adds_a_committee_changes_members_and_prints_a_dated_order(
    office: tuple[Database, OfficeYear, list[int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from mk3desk.cli import run

    database, _, _ = office
    with database.transaction() as session:
        settings.save_settings(
            session,
            SYSTEM,
            settings.OfficeSettings(
                director=Signatory(*DIRECTOR), committee_chair=Signatory(*DIRECTOR)
            ),
        )
    path = str(database.path)
    database.close()
    base = ["--db", path, "--year", "2567"]
    # The settings name the director as chair: a person of the office, so the draft has a chair.
    assert run(["committee", "add", *base, "--number", "45", "--date", "2/10/2566"]) == 0
    assert run(["committee", "member", *base, "--person", PEOPLE[1][0], "--role", "รองประธาน"]) == 0
    assert run(["committee", "member", *base, "--person", PEOPLE[1][0], "--role", "ประธาน"]) == 2
    assert "ประธานได้คนเดียว" in capsys.readouterr().err
    assert run(["committee", "list", *base]) == 0
    listed = capsys.readouterr().out
    assert "คำสั่งที่ 45" in listed and "รองประธานกรรมการ" in listed
    chair = PEOPLE[2][0]
    assert run(["committee", "add", *base, "--name", "คณะทำงานที่สอง", "--chair", chair]) == 0
    capsys.readouterr()
    assert run(["committee", "list", *base]) == 0
    second = capsys.readouterr().out.split("คณะทำงานที่สอง")[1]
    assert f"{chair}" in second.splitlines()[1] and "ประธานกรรมการ" in second.splitlines()[1]
    out = tmp_path / "order.pdf"
    assert run(["report", "committee", *base, "--date", "5/10/2566", "--out", str(out)]) == 0
    text = pdf_text(out)
    assert "ที่ ๔๕/๒๕๖๖" in text and "สั่ง ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๖" in text


def test_a_long_position_is_cut_in_two_where_it_reads_best() -> None:
    from mk3desk.reports.documents.committee_order import SIGN_WIDTH, two_lines
    from mk3desk.reports.page import document_styles

    style = document_styles().body_left
    office = "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3"
    assert two_lines(office, style, SIGN_WIDTH) == [
        "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        "ประถมศึกษามหาสารคาม เขต 3",
    ]
    assert two_lines("ผู้อำนวยการ สพป.มหาสารคาม เขต 3", style, SIGN_WIDTH) == [
        "ผู้อำนวยการ สพป.มหาสารคาม เขต 3"
    ]
    assert two_lines("รองผู้อำนวยการ\nรักษาราชการแทน", style, SIGN_WIDTH) == [
        "รองผู้อำนวยการ",
        "รักษาราชการแทน",
    ]


def test_a_member_changed_outside_the_program_is_named_by_the_check(
    office: tuple[Database, OfficeYear, list[int]],
) -> None:
    import sqlite3

    database, chosen, ids = office
    with database.transaction() as session:
        save.create_committee(session, SYSTEM, chosen, draft(ids))
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE committee_member SET role = 'chair' WHERE role = 'vice_chair'")
    found = [f.text() for f in check_database(database).findings if f.severity is Severity.PROBLEM]
    assert any(f"{PEOPLE[1][0]} ใน “คณะกรรมการดำเนินงาน PMQA”" in text for text in found), found
