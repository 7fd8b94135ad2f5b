"""Recognition (K – Kindness): praise and awards, the certificate register, certificates
as landscape PDFs, the year's poster, and the CLI."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from mk3desk.db.engine import Database
from mk3desk.db.models import Certificate, Group, Person
from mk3desk.domain.errors import PermissionDeniedError, ValidationError
from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.recognition import (
    RecognitionDraft,
    RecognitionKind,
    check_recognition,
    next_numbers,
)
from mk3desk.services import lookup, people
from mk3desk.services.context import Actor
from mk3desk.services.documents.recognition import certificates_data, poster_data
from mk3desk.services.recognition.certificates import issue_certificates
from mk3desk.services.recognition.read import recognitions, register
from mk3desk.services.recognition.save import add_recognition, delete_recognition
from tests.cli_support import run_cli
from tests.support import fresh_database, office_with_year

DIRECTOR = Signatory("นายประเสริฐ วงศ์ศรีสุข", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1")
DAY = date(2024, 9, 20)


def pdftotext(path: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture
def office(tmp_path: Path) -> Database:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        system = Actor.system()
        group = people.add_group(session, system, "กลุ่มนโยบายและแผน")
        for name in ("นางสาวสมศรี ใจดี", "นายสมชาย รักงาน"):
            people.add_person(session, system, name=name, position="นักวิเคราะห์", group=group)
        people.add_person(session, system, name="นางวิไล ตรวจดี", position="นิติกร")
    return database


def _ids(database: Database) -> dict[str, int]:
    with database.session() as session:
        found = {p.name: p.id for p in session.scalars(select(Person))}
        found["กลุ่ม"] = session.scalars(select(Group.id)).one()
        return found


def test_the_domain_refuses_a_recognition_without_recipient_reason_or_date() -> None:
    with pytest.raises(ValidationError, match="ผู้ได้รับการยกย่อง"):
        check_recognition(RecognitionDraft(RecognitionKind.PRAISE, "ดี", DAY))
    with pytest.raises(ValidationError, match="ผู้ได้รับการยกย่อง"):
        check_recognition(RecognitionDraft(RecognitionKind.PRAISE, "ดี", DAY, 1, 2))
    with pytest.raises(ValidationError, match="เหตุผล"):
        check_recognition(RecognitionDraft(RecognitionKind.PRAISE, "  ", DAY, 1))
    with pytest.raises(ValidationError, match="ชื่อรางวัล"):
        check_recognition(RecognitionDraft(RecognitionKind.AWARD, "ดี", DAY, 1))
    with pytest.raises(ValidationError, match="วันที่"):
        check_recognition(RecognitionDraft(RecognitionKind.PRAISE, "ดี", None, 1))


def test_register_numbers_follow_the_highest_ever_issued() -> None:
    assert next_numbers([], 2) == [1, 2]
    assert next_numbers([1, 2, 7], 1) == [8]  # a gap is never filled: 3..6 stay unused


def test_certificates_are_numbered_one_per_person_and_never_reused(office: Database) -> None:
    ids = _ids(office)
    with office.transaction() as session:
        year = lookup.resolve_year(session, 2567)
        system = Actor.system()
        single = add_recognition(
            session,
            system,
            year,
            RecognitionDraft(
                RecognitionKind.AWARD, "ทำงานดีเด่น", DAY, ids["นางวิไล ตรวจดี"], title="รางวัลคนดี"
            ),
        )
        team = add_recognition(
            session,
            system,
            year,
            RecognitionDraft(RecognitionKind.PRAISE, "ร่วมมือกันดีมาก", DAY, group_id=ids["กลุ่ม"]),
        )
        first = issue_certificates(session, system, year, [single, team], DIRECTOR, DAY)
        assert len(first) == 3  # the person, and each of the group's two members
        # The recognition goes; its certificate stays in the register, as printed.
        delete_recognition(session, system, year, single)
        again = issue_certificates(session, system, year, [team], DIRECTOR, DAY)
    with office.session() as session:
        year = lookup.resolve_year(session, 2567)
        numbers = [c.number for c in register(session, year)]
        assert numbers == [1, 2, 3, 4, 5]
        assert register(session, year)[0].recipient_name == "นางวิไล ตรวจดี"
        assert [r.certificates for r in recognitions(session, year)] == [4]
        assert len(again) == 2


def test_a_certificate_without_a_signer_is_refused_and_nothing_is_written(office: Database) -> None:
    ids = _ids(office)
    with office.transaction() as session:
        year = lookup.resolve_year(session, 2567)
        rid = add_recognition(
            session,
            Actor.system(),
            year,
            RecognitionDraft(RecognitionKind.PRAISE, "ดี", DAY, ids["นางวิไล ตรวจดี"]),
        )
    with (
        pytest.raises(ValidationError, match="ยังไม่ได้ระบุผู้ลงนามในเกียรติบัตร"),
        office.transaction() as session,
    ):
        year = lookup.resolve_year(session, 2567)
        issue_certificates(session, Actor.system(), year, [rid], Signatory(" ", ""), DAY)
    with office.session() as session:
        assert session.scalars(select(Certificate)).all() == []


def test_a_staff_member_may_not_issue_certificates(office: Database) -> None:
    ids = _ids(office)
    with office.transaction() as session:
        person = session.get(Person, ids["นายสมชาย รักงาน"])
        assert person is not None
        staff = Actor.of(person)
        year = lookup.resolve_year(session, 2567)
        with pytest.raises(PermissionDeniedError):
            issue_certificates(session, staff, year, [1], DIRECTOR, DAY)


def test_certificate_pdf_is_landscape_with_name_reason_number_and_embedded_fonts(
    office: Database,
    tmp_path: Path,
) -> None:
    from mk3desk.reports.certificates import build_certificates

    ids = _ids(office)
    with office.transaction() as session:
        year = lookup.resolve_year(session, 2567)
        rid = add_recognition(
            session,
            Actor.system(),
            year,
            RecognitionDraft(
                RecognitionKind.PRAISE,
                "ช่วยเหลือเพื่อนร่วมงานด้วยน้ำใจ",
                DAY,
                group_id=ids["กลุ่ม"],
            ),
        )
        issue_certificates(session, Actor.system(), year, [rid], DIRECTOR, DAY)
        data = certificates_data(session, year)
    target = tmp_path / "เกียรติบัตร.pdf"
    warnings = build_certificates(target, data)
    assert any("ภาพตรา" in str(w) for w in warnings)  # no emblem chosen yet: said so
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "\nPages:" in info and info.split("Pages:")[1].split()[0] == "2"
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape A4
    assert round(width) == 842 and round(height) == 595
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "Helvetica" not in fonts
    assert all(" yes yes " in line for line in fonts.splitlines()[2:])
    page_one, page_two = (
        pdftotext(target, "-f", "1", "-l", "1"),
        pdftotext(target, "-f", "2", "-l", "2"),
    )
    assert "เลขที่ ๑/๒๕๖๗" in page_one and "เลขที่ ๒/๒๕๖๗" in page_two
    assert "นางสาวสมศรี ใจดี" in page_one and "นายสมชาย รักงาน" in page_two
    assert "ช่วยเหลือเพื่อนร่วมงานด้วยน้ำใจ" in page_one
    assert "(นายประเสริฐ วงศ์ศรีสุข)" in page_one


def test_poster_pdf_and_png(office: Database, tmp_path: Path) -> None:
    from PIL import Image

    from mk3desk.services import publishing

    with office.session() as session:
        data = poster_data(session, lookup.resolve_year(session, 2567))
    pdf, png = tmp_path / "poster.pdf", tmp_path / "poster.png"
    publishing.write_poster_pdf(data, pdf)
    publishing.write_poster_png_without_qt(data, png)
    text = " ".join(pdftotext(pdf).split())
    assert "สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต ๑" in text
    assert "พ.ศ. ๒๕๖๗" in text
    assert "MK3 Model: Management · Knowledge · Kindness · Key Man" in text
    for n in range(1, 8):
        assert f"หมวด {'๐๑๒๓๔๕๖๗'[n]}" in text
    assert "คำนวณโดยโปรแกรม" in text  # no official results recorded in this office
    with Image.open(png) as image:
        assert image.size == (1080, 1350)


def test_cli_praise_issue_list_and_poster(office: Database, tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, "--db", db, "--year", "2567")  # in this process: cli_support.py

    done = run(
        "certificate", "praise", "--person", "นางวิไล ตรวจดี", "--reason", "ขยัน", "--date", "1/9/2567"
    )
    assert done.returncode == 0, done.stderr
    refused = run("certificate", "issue", "--recognition", "1", "--out", str(tmp_path / "c.pdf"))
    assert refused.returncode == 2 and "ผู้ลงนาม" in refused.stderr  # no director in Settings
    assert not (tmp_path / "c.pdf").exists()
    issued = run(
        "certificate", "issue", "--recognition", "1", "--signer", "นายใหญ่ ใจดี",
        "--position", "ผู้อำนวยการ", "--out", str(tmp_path / "c.pdf"),
    )  # fmt: skip
    assert issued.returncode == 0, issued.stderr
    assert "เลขที่ 1–1/2567" in issued.stdout
    listed = run("certificate", "list")
    assert "เลขที่ 1/2567" in listed.stdout and "นางวิไล ตรวจดี" in listed.stdout
    poster = run("poster", "--pdf", str(tmp_path / "p.pdf"))
    assert poster.returncode == 0, poster.stderr
    assert (tmp_path / "p.pdf").exists()


def test_a_person_who_was_praised_is_not_deleted_only_marked_as_left(office: Database) -> None:
    from mk3desk.services import people_edit

    ids = _ids(office)
    with office.transaction() as session:
        add_recognition(
            session,
            Actor.system(),
            lookup.resolve_year(session, 2567),
            RecognitionDraft(RecognitionKind.PRAISE, "ดี", DAY, ids["นางวิไล ตรวจดี"]),
        )
    with pytest.raises(ValidationError, match="ลบไม่ได้"), office.transaction() as session:
        people_edit.delete_person(session, Actor.system(), ids["นางวิไล ตรวจดี"])
    with office.session() as session:
        assert [r.recipient for r in recognitions(session, lookup.resolve_year(session, 2567))] == [
            "นางวิไล ตรวจดี"
        ]
