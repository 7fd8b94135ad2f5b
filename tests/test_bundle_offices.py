"""A database with several offices: bundles are exported from the office-year chosen and
go, when received, to the office they name (by uid) — never to "the first office"."""

from __future__ import annotations

from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.domain.errors import ValidationError
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import bundles, lookup, pdca, years
from mk3desk.services.bundles import ForeignBundleError
from mk3desk.sync.format import read_bundle
from tests.bundle_support import SYSTEM, coordinator, edit, laptop_from, send_work
from tests.support import fresh_database

OTHER = "สำนักงานเขตพื้นที่การศึกษาอื่น เขต 2"


def _add_office(database: Database, name: str = OTHER) -> None:
    with database.transaction() as session:
        office = years.create_office(session, SYSTEM, name=name)
        years.create_year(session, SYSTEM, be_year=2567, office_id=office.id)


def _plan_text(database: Database, office_year: OfficeYear, code: str) -> str:
    with database.session() as session:
        year = lookup.year_of(session, office_year)
        indicator = lookup.find_indicator(session, year, code)
        return "" if indicator.pdca is None else indicator.pdca.plan_text


def _office_years(database: Database) -> dict[str, OfficeYear]:
    with database.session() as session:
        return {oy.office_name: oy for oy in lookup.office_years(session)}


def test_a_bundle_goes_to_the_office_it_names_whichever_is_in_view(tmp_path: Path) -> None:
    coord = coordinator(tmp_path)
    laptop = laptop_from(tmp_path, coord)
    _add_office(coord)
    chosen = _office_years(coord)
    mine, other = chosen["สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1"], chosen[OTHER]
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "งานจากแล็ปท็อป")
    work = send_work(laptop, tmp_path)
    # The other office in view, or none: the bundle names the coordinator's office.
    plan = bundles.inspect_bundle(coord, work, office_year=other)
    assert not plan.foreign and plan.target_year == 2567
    report = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert not report.plan.foreign
    assert _plan_text(coord, mine, "1.1") == "งานจากแล็ปท็อป"
    assert _plan_text(coord, other, "1.1") == ""
    # Exporting names the office-year: each office sends its own.
    out = tmp_path / "other.mk3"
    bundles.export_setup(coord, other, out, SYSTEM)
    assert bundles.inspect_bundle(coord, out).manifest.office_name == OTHER
    coord.close()
    laptop.close()


def test_a_bundle_of_an_office_not_here_needs_the_office_it_goes_to(tmp_path: Path) -> None:
    coord = coordinator(tmp_path)
    laptop = laptop_from(tmp_path, coord)
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "งานจากสำนักงานอื่น")
    work = send_work(laptop, tmp_path)
    two = fresh_database(tmp_path, "two.sqlite3")
    _add_office(two, "สำนักงานที่หนึ่ง")
    _add_office(two, "สำนักงานที่สอง")
    with pytest.raises(ValidationError, match="หลายสำนักงาน"):
        bundles.inspect_bundle(two, work, accept_foreign=True)
    second = _office_years(two)["สำนักงานที่สอง"]
    with pytest.raises(ForeignBundleError, match="ไม่ใช่ “สำนักงานที่สอง”"):
        bundles.inspect_bundle(two, work, office_year=second)
    bundles.apply_bundle(two, work, {}, accept_foreign=True, office_year=second, actor=SYSTEM)
    assert _plan_text(two, second, "1.1") == "งานจากสำนักงานอื่น"
    assert _plan_text(two, _office_years(two)["สำนักงานที่หนึ่ง"], "1.1") == ""
    two.close()
    coord.close()
    laptop.close()


def test_the_command_line_names_the_office_to_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord = coordinator(tmp_path)
    _add_office(coord)
    coord.close()
    out = tmp_path / "ตั้งค่า.mk3"
    args = ["bundle", "export", "--db", str(tmp_path / "coordinator.sqlite3"), "--year", "2567",
            "--setup", "--out", str(out)]  # fmt: skip
    assert run(args) == 2 and "หลายสำนักงาน" in capsys.readouterr().err
    assert not out.exists()
    assert run([*args, "--office", OTHER]) == 0
    assert read_bundle(out).manifest.office_name == OTHER
