"""Starting the next fiscal year: Act carried into Plan, assignments and committees copied,
and the bad input (a year that exists, Act items with nowhere to go) refused with nothing
written. The service, then the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.db.models import AuditEntry, Committee, FiscalYear, PdcaRecord
from mk3desk.domain.errors import PermissionDeniedError, ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.excel.problems import ImportRefused
from mk3desk.services import lookup
from mk3desk.services.backup import backups_of
from mk3desk.services.next_year import NextYearRequest, preview_next_year, start_next_year
from tests.next_year_support import prepared_office


def _source(database: Database, be_year: int = 2567) -> OfficeYear:
    with database.session() as s:
        return lookup.resolve_year(s, be_year)


def _counts(database: Database) -> tuple[int, int]:
    with database.session() as s:
        years = s.scalar(select(func.count()).select_from(FiscalYear)) or 0
        entries = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return years, entries


def test_the_next_year_starts_from_the_one_that_ends(tmp_path: Path) -> None:
    database, cast = prepared_office(tmp_path)
    source = _source(database)
    with database.session() as s:
        preview = preview_next_year(s, source, 2568)
    assert preview.carried == {"1.1": ("จัดประชุมชี้แจงก่อนเริ่มปี", "ทบทวนแผนทุกไตรมาส")}
    assert [a.code for a in preview.assignments] == ["1.1"]
    assert preview.assignments[0].owner == "นางสาวสมศรี ใจดี"
    assert preview.committees == ("คณะกรรมการดำเนินงาน",) and not preview.unmatched
    request = NextYearRequest(2568, assignments=frozenset({"1.1"}), committees=True)
    with database.transaction() as s:
        result = start_next_year(s, cast["coordinator"], source, request)
    assert (result.carried, result.assignments, result.committees) == (
        1,
        1,
        ("คณะกรรมการดำเนินงาน",),
    )
    with database.session() as s:
        year = lookup.year_of(s, result.office_year)
        first = lookup.find_indicator(s, year, "1.1")
        assert first.pdca is not None
        assert first.pdca.plan_text == (
            "ข้อปรับปรุงจากปีงบประมาณ 2567 (Act):\n- จัดประชุมชี้แจงก่อนเริ่มปี\n- ทบทวนแผนทุกไตรมาส"
        )
        assert first.assignment is not None
        assert first.assignment.owner_id == cast["owner"].person_id
        assert first.assignment.backup_id == cast["backup"].person_id
        assert first.assignment.deadline == date(2025, 2, 28)  # a year later; no 29 Feb
        other = lookup.find_indicator(s, year, "1.2")
        assert other.assignment is None and other.pdca is None
        committee = s.scalars(select(Committee).where(Committee.year_id == year.id)).one()
        # A draft to confirm: no number, no date; the year in its texts moved on.
        assert (committee.order_number, committee.order_date) == ("", None)
        assert committee.subject == "ปี 2568" and committee.preamble.endswith("2568")
        assert [m.role for m in committee.members] == ["chair", "member"]
    database.close()


def test_a_year_that_exists_is_refused_and_nothing_written(tmp_path: Path) -> None:
    database, cast = prepared_office(tmp_path)
    source = _source(database)
    before = _counts(database)
    existing = pytest.raises(ValidationError, match="ปีงบประมาณ 2567 มีอยู่แล้ว")
    with existing, database.transaction() as s:
        start_next_year(s, cast["coordinator"], source, NextYearRequest(2567))
    with pytest.raises(PermissionDeniedError), database.transaction() as s:
        start_next_year(s, cast["owner"], source, NextYearRequest(2568))
    assert _counts(database) == before
    database.close()


def test_act_items_whose_indicator_is_gone_are_listed_first(tmp_path: Path) -> None:
    database, cast = prepared_office(tmp_path)
    with database.transaction() as s:
        year = lookup.find_year(s, 2567)
        gone = lookup.find_indicator(s, year, "1.2")
        gone.code = "9.9"  # an indicator the next year's framework no longer has
        gone.pdca = PdcaRecord(act_improvements="ขยายผลไปทุกกลุ่ม")
    source = _source(database)
    before = _counts(database)
    with pytest.raises(ValidationError) as refused, database.transaction() as s:
        start_next_year(s, cast["coordinator"], source, NextYearRequest(2568))
    message = str(refused.value)
    assert "ยังไม่ได้สร้างปีงบประมาณ" in message and "9.9" in message and "1 ข้อ" in message
    assert _counts(database) == before
    with database.transaction() as s:
        result = start_next_year(
            s,
            cast["coordinator"],
            source,
            NextYearRequest(2568, accept_unmatched=True),
        )
    assert result.carried == 1 and len(result.unmatched) == 1 and "9.9" in result.unmatched[0]
    database.close()


def test_the_command_line_starts_the_next_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _cast = prepared_office(tmp_path)
    database.close()
    db = str(tmp_path / "office.sqlite3")
    args = ["year", "create", "--db", db, "--year", "2568", "--from", "2567"]
    assert run([*args, "--assignments", "--committees"]) == 0
    out = capsys.readouterr().out
    assert "สร้างปีงบประมาณ 2568 ต่อจากปี 2567 แล้ว" in out
    assert "ยกข้อปรับปรุง (Act) ไปเป็นจุดเริ่มของแผน: 1 ตัวชี้วัด" in out
    assert "คัดลอกผู้รับผิดชอบ: 1 ตัวชี้วัด" in out and "คณะกรรมการดำเนินงาน" in out
    assert [b.reason for b in backups_of(tmp_path / "office.sqlite3")] == ["before-year"]
    assert run(args) != 0
    assert "ปีงบประมาณ 2568 มีอยู่แล้ว" in capsys.readouterr().err


def test_the_next_year_from_a_framework_workbook(tmp_path: Path) -> None:
    from mk3desk.services import excel

    database, cast = prepared_office(tmp_path)
    source = _source(database)
    workbook = tmp_path / "กรอบ.xlsx"
    with database.session() as s:
        excel.export_session(s, "framework", source, workbook)
    with database.transaction() as s:
        result = start_next_year(
            s, cast["coordinator"], source, NextYearRequest(2568, framework_file=workbook)
        )
    assert result.carried == 1 and result.indicators == 34
    with database.session() as s:
        assert lookup.year_of(s, result.office_year).template_source == "กรอบ.xlsx"
    # A file that is no workbook: refused in Thai, nothing written.
    broken = tmp_path / "เสีย.xlsx"
    broken.write_bytes(b"not a workbook")
    before = _counts(database)
    request = NextYearRequest(2569, framework_file=broken)
    with pytest.raises(ImportRefused, match="ยังไม่ได้นำเข้าข้อมูลใด"), database.transaction() as s:
        start_next_year(s, cast["coordinator"], source, request)
    assert _counts(database) == before
    database.close()


def test_the_command_line_lists_act_items_with_nowhere_to_go(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, _cast = prepared_office(tmp_path)
    with database.transaction() as s:
        gone = lookup.find_indicator(s, lookup.find_year(s, 2567), "1.2")
        gone.code = "9.9"
        gone.pdca = PdcaRecord(act_improvements="ขยายผลไปทุกกลุ่ม")
    database.close()
    db = tmp_path / "office.sqlite3"
    args = ["year", "create", "--db", str(db), "--year", "2568", "--from", "2567"]
    assert run(args) == 2
    err = capsys.readouterr().err
    assert "ยังไม่ได้สร้างปีงบประมาณ" in err and "ตัวชี้วัด 9.9" in err
    assert not backups_of(db)  # refused before the backup: nothing written at all
    assert run([*args, "--accept-unmatched"]) == 0
    out = capsys.readouterr().out
    assert "ข้อปรับปรุงที่ยกไปไม่ได้ (โปรดยกไปเอง):" in out and "9.9" in out
