"""The year's SWOT analysis: its rules, saving and reading it, the migration that adds it,
the audit trail, and its section of the annual book."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from mk3desk.db.engine import make_engine
from mk3desk.db.migrate import alembic_config, current_revision, head_revision, open_database
from mk3desk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from mk3desk.domain.swot import Quadrant, Swot, check_swot, from_texts
from mk3desk.services import lookup
from mk3desk.services.context import Actor
from mk3desk.services.reports import generate
from mk3desk.services.swot import load_swot, save_swot
from tests.support import fresh_database, office_with_year, staff

TODAY = date(2024, 6, 1)
SWOT = from_texts(
    "- ครูและบุคลากรมีความมุ่งมั่น\n- มีเครือข่ายโรงเรียนเข้มแข็ง",
    "1. ระบบข้อมูลยังกระจัดกระจาย",
    "• นโยบายการศึกษาที่ชัดเจน",
    "งบประมาณลดลง\nพื้นที่ห่างไกล",
    "กลุ่มนโยบายและแผน\nโรงเรียนบ้านหนองบัว",
    date(2023, 11, 20),
)


def test_lists_are_cleaned_and_the_rules_kept() -> None:
    assert SWOT.strengths == ("ครูและบุคลากรมีความมุ่งมั่น", "มีเครือข่ายโรงเรียนเข้มแข็ง")
    assert SWOT.items(Quadrant.WEAKNESSES) == ("ระบบข้อมูลยังกระจัดกระจาย",)
    assert SWOT.threats == ("งบประมาณลดลง", "พื้นที่ห่างไกล")
    check_swot(SWOT, TODAY)
    check_swot(Swot(), TODAY)  # empty: the year has none yet
    with pytest.raises(ValidationError, match="ผู้ร่วมวิเคราะห์"):
        check_swot(Swot(strengths=("ก",), held_on=TODAY), TODAY)
    with pytest.raises(ValidationError, match="ระบุวันที่"):
        check_swot(Swot(strengths=("ก",), participants=("ข",)), TODAY)
    with pytest.raises(ValidationError, match="อนาคต"):
        check_swot(Swot(strengths=("ก",), participants=("ข",), held_on=date(2024, 6, 2)), TODAY)


def test_saving_and_reading_the_years_swot(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.session() as s:
        office_year = lookup.resolve_year(s, 2567)
        assert load_swot(s, office_year).version is None
    with database.transaction() as s:
        version = save_swot(s, cast["coordinator"], office_year, SWOT, version=None, today=TODAY)
    with database.session() as s:
        view = load_swot(s, office_year)
    assert view.swot == SWOT and view.version == version
    # A Key Man reads it but may not change it; a save based on an old read is refused.
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        save_swot(s, cast["owner"], office_year, SWOT, version=version, today=TODAY)
    changed = Swot(**{**SWOT.__dict__, "threats": ("ภัยแล้ง",)})
    # (A form that read no analysis yet, saving other threats: the stored ones beside its.)
    with pytest.raises(ConflictError) as refused, database.transaction() as s:
        save_swot(s, cast["coordinator"], office_year, changed, version=None, today=TODAY)
    assert [(f.label, f.mine) for f in refused.value.fields] == [("อุปสรรค (Threats)", "ภัยแล้ง")]
    assert refused.value.fields[0].theirs == "\n".join(SWOT.threats)
    with database.transaction() as s:
        save_swot(s, cast["coordinator"], office_year, changed, version=version, today=TODAY)
    with database.session() as s:
        assert load_swot(s, office_year).swot.threats == ("ภัยแล้ง",)
    # Audited: the check of the whole trail finds the record unaltered.
    from mk3desk.services.audit_check import check_audit_trail
    from mk3desk.services.integrity import Severity

    assert [f.severity for f in check_audit_trail(database)] == [Severity.OK]
    # Changed behind the program's back (an SQLite tool): the check names the record.
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE swot_analysis SET threats = 'ไม่มี'")
    found = [f for f in check_audit_trail(database) if f.severity is not Severity.OK]
    assert found and any("SWOT ปี 2567" in str(f.params) + f.message for f in found)
    database.close()


def test_migration_0012_adds_the_table_after_0009(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0009")
        assert "swot_analysis" not in inspect(connection).get_table_names()
    engine.dispose()
    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        columns = {c["name"] for c in inspect(connection).get_columns("swot_analysis")}
    assert {"strengths", "threats", "participants", "held_on", "uid", "version"} <= columns
    database.close()
    engine = make_engine(path)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
        assert "swot_analysis" not in inspect(connection).get_table_names()
    engine.dispose()


def _pdf(args: list[str]) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_the_annual_book_prints_the_swot_section(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as s:
        office_year = lookup.resolve_year(s, 2567)
        save_swot(s, Actor.system(), office_year, SWOT, version=None, today=TODAY)
    out = tmp_path / "book.pdf"
    generate(database, "book", office_year, out, today=TODAY)
    text = " ".join(_pdf(["pdftotext", str(out), "-"]).split())
    heading = "การวิเคราะห์ SWOT ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"
    assert text.count(heading) == 2  # in the contents and as the section's heading
    assert "วันที่วิเคราะห์ ๒๐ พฤศจิกายน ๒๕๖๖" in text
    # A line may break inside a name: compare without the spaces lines leave.
    assert "ผู้ร่วมวิเคราะห์กลุ่มนโยบายและแผน,โรงเรียนบ้านหนองบัว" in text.replace(" ", "")
    section = text[text.rindex(heading) :]
    order = [
        "จุดแข็ง (Strengths)",
        "๑. ครูและบุคลากรมีความมุ่งมั่น",
        "๒. มีเครือข่ายโรงเรียนเข้มแข็ง",
        "จุดอ่อน (Weaknesses)",
        "๑. ระบบข้อมูลยังกระจัดกระจาย",
        "โอกาส (Opportunities)",
        "๑. นโยบายการศึกษาที่ชัดเจน",
        "อุปสรรค (Threats)",
        "๑. งบประมาณลดลง",
        "๒. พื้นที่ห่างไกล",
    ]
    places = [section.index(part) for part in order]
    assert places == sorted(places)
    fonts = _pdf(["pdffonts", str(out)]).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded
    database.close()


def test_a_year_without_swot_prints_no_section(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.session() as s:
        office_year = lookup.resolve_year(s, 2567)
    out = tmp_path / "book.pdf"
    generate(database, "book", office_year, out, today=TODAY)
    assert "SWOT" not in _pdf(["pdftotext", str(out), "-"])
    database.close()


def test_the_demo_office_has_the_fy2567_swot(tmp_path: Path) -> None:
    """The demo shows real content on the SWOT screen and in the book (issue #14 item 8)."""
    from mk3desk.services import demo_data
    from tests import prebuilt

    database = prebuilt.demo_office(tmp_path / "demo.sqlite3")
    try:
        with database.session() as s:
            view = load_swot(s, lookup.resolve_year(s, 2567))
        assert view.swot.strengths == demo_data.SWOT_2567["strengths"]
        assert view.swot.threats == demo_data.SWOT_2567["threats"]
        assert view.swot.participants == demo_data.SWOT_2567["participants"]
    finally:
        database.close()
