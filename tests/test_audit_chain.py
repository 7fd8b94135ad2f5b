"""The tamper-evident audit trail: the chain, the records it covers, and what check says.

Tampering is done the way someone with the file would: plain ``sqlite3`` on the file,
outside the program.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from multiprocessing.pool import Pool
from pathlib import Path

import pytest
from alembic import command

from mk3desk.db.engine import Database, make_engine
from mk3desk.db.migrate import alembic_config, open_database
from mk3desk.domain.workflow import State
from mk3desk.services import excel, lookup, pdca, people, workflow
from mk3desk.services.context import Actor
from mk3desk.services.integrity import Severity, check_database
from tests.cli_support import run_cli
from tests.support import DEADLINE, fresh_database, office_with_year, staff

SYSTEM = Actor.system()
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Database]:
    """An office with FY2567; indicator 1.1 assigned, criterion B1 met, its plan written."""
    database = fresh_database(tmp_path)
    office_with_year(database)
    cast = staff(database)
    with database.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        people.assign(
            session, SYSTEM, indicator.id, owner_id=cast["owner"].person_id, deadline=DEADLINE
        )
        pdca.save_text(session, cast["owner"], indicator.id, pdca.PdcaField.PLAN, "แผนงานเดิม")
        pdca.set_criterion(session, cast["owner"], indicator.id, "B1", met=True, narrative="ทำแล้ว")
    yield database
    database.close()


def problems(database: Database) -> list[str]:
    return [f.text() for f in check_database(database).findings if f.severity is Severity.PROBLEM]


def tamper(database: Database, *statements: str) -> None:
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        for sql in statements:
            connection.execute(sql)


def raw(database: Database, sql: str) -> list[tuple[object, ...]]:
    assert database.path is not None
    with sqlite3.connect(database.path) as connection:
        return connection.execute(sql).fetchall()


def test_work_done_through_the_program_checks_clean_and_every_change_is_a_line(
    office: Database,
) -> None:
    assert problems(office) == []
    lines = raw(
        office,
        "SELECT e.action, r.table_name, r.op, r.changes FROM audit_row r "
        "JOIN audit_entry e ON e.id = r.entry_id WHERE e.action = 'criterion.set'",
    )
    assert [line[:3] for line in lines] == [("criterion.set", "criterion_result", "insert")]
    with office.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        pdca.set_criterion(session, SYSTEM, indicator.id, "B1", met=False)
        workflow.move_indicator(session, SYSTEM, indicator.id, State.PLANNING)
    changes = raw(
        office,
        "SELECT r.changes FROM audit_row r JOIN audit_entry e ON e.id = r.entry_id "
        "WHERE r.table_name = 'criterion_result' AND r.op = 'update'",
    )
    assert changes and '"met": ["True", "False"]' in str(changes[-1][0])
    assert raw(office, "SELECT count(*) FROM audit_entry WHERE chained = 0") == [(0,)]
    assert problems(office) == []


def test_an_edited_entry_is_found(office: Database) -> None:
    tamper(office, "UPDATE audit_entry SET detail = 'met=False' WHERE action = 'criterion.set'")
    found = problems(office)
    assert len(found) == 1 and "ถูกแก้นอกโปรแกรม" in found[0] and "criterion.set" in found[0]


def test_an_edited_line_of_an_entry_is_found(office: Database) -> None:
    tamper(office, "UPDATE audit_row SET row_hash = 'x' WHERE table_name = 'pdca_record'")
    found = problems(office)
    assert any("pdca.plan_text" in f for f in found), found


def test_a_deleted_entry_breaks_the_chain(office: Database) -> None:
    (middle,) = raw(office, "SELECT id FROM audit_entry WHERE action = 'pdca.plan_text'")[0]
    tamper(
        office,
        f"DELETE FROM audit_row WHERE entry_id = {middle}",
        f"DELETE FROM audit_entry WHERE id = {middle}",
    )
    found = problems(office)
    assert any("ห่วงโซ่ประวัติการแก้ไขขาด" in f for f in found), found


def test_entries_cut_off_the_end_are_found(office: Database) -> None:
    (last,) = raw(office, "SELECT max(id) FROM audit_entry")[0]
    tamper(
        office,
        f"DELETE FROM audit_row WHERE entry_id = {last}",
        f"DELETE FROM audit_entry WHERE id = {last}",
    )
    found = problems(office)
    assert any("รายการท้ายสุด" in f for f in found), found


def test_an_inserted_entry_is_found(office: Database) -> None:
    tamper(
        office,
        "INSERT INTO audit_entry (at, actor_name, action, target, detail) "
        "VALUES ('2024-01-01 00:00:00', 'ผู้อำนวยการ', 'indicator.move', '1.1', 'x')",
    )
    assert any("ไม่อยู่ในห่วงโซ่" in f for f in problems(office))
    # Forged as chained, with made-up hashes, it fails the link and its own hash.
    tamper(
        office,
        "UPDATE audit_entry SET chained = 1, entry_hash = 'f', prev_hash = 'e' "
        "WHERE actor_name = 'ผู้อำนวยการ'",
    )
    found = problems(office)
    assert any("ห่วงโซ่ประวัติการแก้ไขขาด" in f for f in found), found


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ("UPDATE criterion_result SET met = 0", "ผลการประเมินเกณฑ์: ตัวชี้วัด 1.1 เกณฑ์ B1"),
        ("UPDATE pdca_record SET plan_text = 'แผนปลอม'", "ข้อความ PDCA: ตัวชี้วัด 1.1"),
        (
            "UPDATE year_indicator SET state = 'locked' WHERE code = '1.2'",
            "ตัวชี้วัด (รวมสถานะ PDCA): ตัวชี้วัด 1.2",
        ),
        ("UPDATE assignment SET owner_id = NULL", "การมอบหมายผู้รับผิดชอบ: ตัวชี้วัด 1.1"),
        ("DELETE FROM criterion_result", "ผลการประเมินเกณฑ์: แถวที่"),
        # Written by year.create in one packed line of 160 criteria (audit_lines.packed).
        (
            "UPDATE year_criterion SET text = 'เกณฑ์ปลอม' WHERE key = 'A1' AND indicator_id = "
            "(SELECT id FROM year_indicator WHERE code = '2.1')",
            "เกณฑ์ของตัวชี้วัด: ตัวชี้วัด 2.1 เกณฑ์ A1",
        ),
    ],
)
def test_a_record_edited_outside_the_program_is_named(
    office: Database, sql: str, named: str
) -> None:
    tamper(office, sql)
    found = problems(office)
    assert len(found) == 1 and found[0].startswith(named), found


def test_mk3desk_check_exits_1_naming_the_criterion_edited_with_sqlite(office: Database) -> None:
    assert office.path is not None
    office.close()
    tamper(office, "UPDATE criterion_result SET narrative = 'ข้อความปลอม'")
    done = subprocess.run(
        [sys.executable, "-m", "mk3desk", "check", "--db", str(office.path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "ผลการประเมินเกณฑ์: ตัวชี้วัด 1.1 เกณฑ์ B1 ถูกแก้ไขนอกโปรแกรม" in done.stdout


def test_mk3desk_check_exits_1_naming_the_account_whose_password_hash_was_edited(
    office: Database,
) -> None:
    """A password hash replaced with one whose password the editor knows is a take-over."""
    from mk3desk.services import accounts, recovery

    with office.transaction() as session:
        accounts.create_coordinator(
            session, SYSTEM, 1, name="นายผู้ประสาน หลัก", user_name="Boss", password="รหัสผ่าน1234"
        )
        recovery.issue_code(session, SYSTEM, 1)
    assert problems(office) == []
    assert office.path is not None
    office.close()
    tamper(
        office,
        "UPDATE account SET password_hash = '$argon2id$v=19$m=8,t=1,p=1$Zm9yZ2Vk$Zm9yZ2Vk'",
        "UPDATE office_setting SET value = 'x' WHERE key = 'recovery_code_hash'",
    )
    # In this process (tests/cli_support.py); the test above runs `mk3desk check` as a process.
    done = run_cli("check", "--db", office.path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "บัญชีผู้ใช้: ชื่อผู้ใช้ “Boss” ถูกแก้ไขนอกโปรแกรม" in done.stdout
    assert "การตั้งค่าสำนักงาน: ค่า “recovery_code_hash” ถูกแก้ไขนอกโปรแกรม" in done.stdout


def test_a_bulk_import_writes_one_line_per_row_and_checks_clean(
    office: Database, tmp_path: Path
) -> None:
    from mk3desk.excel.kinds import outcomes
    from mk3desk.excel.writer import write_table

    with office.session() as session:
        office_year = lookup.resolve_year(session, 2567)
        year = lookup.year_of(session, office_year)
        codes = [i.code for i in year.indicators if i.kind == "outcome"][:4]
    rows = [
        {"code": code, "be_year": be_year, "value": Decimal(n), "note": ""}
        for n, code in enumerate(codes)
        for be_year in (2565, 2566, 2567)
    ]
    book = write_table(tmp_path / "v.xlsx", [(outcomes.specs()[0], rows)], kind_marker=outcomes.KEY)
    excel.import_workbook(office, outcomes.KEY, office_year, book)
    lines = raw(
        office,
        "SELECT r.op FROM audit_row r JOIN audit_entry e ON e.id = r.entry_id "
        "WHERE e.action = 'excel.import.outcomes'",
    )
    assert lines == [("insert",)] * len(rows)
    rows[0]["value"] = Decimal(99)  # a changed value goes through the many-row UPDATE
    write_table(book, [(outcomes.specs()[0], rows)], kind_marker=outcomes.KEY)
    excel.import_workbook(office, outcomes.KEY, office_year, book)
    assert raw(office, "SELECT count(*) FROM audit_row WHERE op = 'update'") == [(1,)]
    assert problems(office) == []
    tamper(office, "UPDATE outcome_value SET value = '1.5' WHERE be_year = 2566 AND value = '1'")
    found = problems(office)
    assert len(found) == 1 and f"ตัวชี้วัด {codes[1]} ค่าของปี 2566" in found[0], found


def _writer(path: str, indicator_code: str, rounds: int) -> None:
    database = open_database(path)
    try:
        for n in range(rounds):
            with database.transaction() as session:
                year = lookup.find_year(session, 2567)
                indicator = lookup.find_indicator(session, year, indicator_code)
                pdca.save_text(session, SYSTEM, indicator.id, pdca.PdcaField.DO_LOG, f"รอบ {n}")
    finally:
        database.close()


def test_two_processes_appending_keep_one_unbroken_chain(
    office: Database, two_processes: Pool
) -> None:
    assert office.path is not None
    before = raw(office, "SELECT count(*) FROM audit_entry")[0][0]
    assert isinstance(before, int)
    jobs = [
        two_processes.apply_async(_writer, (str(office.path), code, 15)) for code in ("1.1", "1.2")
    ]
    for job in jobs:
        job.get(timeout=300)
    assert raw(office, "SELECT count(*) FROM audit_entry")[0][0] == before + 30
    assert problems(office) == []


def test_the_migration_starts_the_chain_on_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO office (name, short_name, area, address, created_at, uid) "
            "VALUES ('สพป.เก่า', '', '', '', '2024-01-01 00:00:00', 'u1')"
        )
        connection.exec_driver_sql(
            "INSERT INTO audit_entry (at, actor_name, action, target, detail) "
            "VALUES ('2024-01-01 00:00:00', 'ผู้ดูแลระบบ', 'office.create', 'สพป.เก่า', '')"
        )
    engine.dispose()
    database = open_database(path)
    try:
        entries = raw(database, "SELECT action, chained FROM audit_entry ORDER BY id")
        assert entries == [("office.create", 0), ("audit.chain_start", 1)]
        assert raw(database, "SELECT table_name, op FROM audit_row") == [("office", "baseline")]
        assert problems(database) == []
        tamper(database, "UPDATE office SET name = 'สพป.ปลอม'")
        found = problems(database)
        assert len(found) == 1 and found[0].startswith("ข้อมูลสำนักงาน: แถวที่ 1 ถูกแก้ไข"), found
    finally:
        database.close()


def test_bundles_both_ways_leave_both_chains_clean(tmp_path: Path) -> None:
    from mk3desk.services import bundles
    from tests.bundle_support import coordinator, edit, laptop_from, send_work

    coord = coordinator(tmp_path)
    laptop = laptop_from(tmp_path, coord)
    try:
        assert problems(laptop) == []
        edit(laptop, "1.1", pdca.PdcaField.PLAN, "แผนที่ปรับบนแล็ปท็อป")
        with laptop.transaction() as session:
            indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
            pdca.set_criterion(session, SYSTEM, indicator.id, "B1", met=True, narrative="ทำแล้ว")
        bundles.apply_bundle(coord, send_work(laptop, tmp_path), {}, actor=SYSTEM)
        assert problems(coord) == [] and problems(laptop) == []
        tamper(coord, "UPDATE criterion_result SET narrative = 'ปลอม'")
        assert problems(coord)[0].startswith("ผลการประเมินเกณฑ์: ตัวชี้วัด 1.1 เกณฑ์ B1")
    finally:
        coord.close()
        laptop.close()


def test_excel_imports_of_every_kind_leave_the_chain_clean(
    office: Database, tmp_path: Path
) -> None:
    other = fresh_database(tmp_path, "other.sqlite3")
    office_with_year(other)
    try:
        with office.session() as session:
            source = lookup.resolve_year(session, 2567)
        with other.session() as session:
            target = lookup.resolve_year(session, 2567)
        for kind in ("people", "framework", "assignments"):
            book = excel.export(office, kind, source, tmp_path / f"{kind}.xlsx")
            excel.import_workbook(other, kind, target, book, office_id=target.office_id)
            excel.import_workbook(
                other, kind, target, book, dry_run=True, office_id=target.office_id
            )
        assert raw(other, "SELECT count(*) FROM person")[0][0] == 4
        assert problems(other) == []
    finally:
        other.close()


def test_rows_a_service_deletes_with_a_statement_are_lines_too(office: Database) -> None:
    from mk3desk.services import scoring

    for total in (Decimal("4.5"), Decimal("4.75")):
        with office.transaction() as session:
            year = lookup.find_year(session, 2567)
            scoring.record_official(
                session, SYSTEM, year, category_scores={1: total, 2: total}, total=total
            )
    ops = raw(office, "SELECT op FROM audit_row WHERE table_name = 'official_category_score'")
    # The second record replaces the rows (SQLite may give the new rows the old ids).
    assert len(ops) >= 4 and ops.count(("insert",)) >= 4
    assert problems(office) == []
    tamper(office, "UPDATE official_category_score SET score = '5' WHERE number = 1")
    assert problems(office)[0].startswith("คะแนนทางการรายหมวด: แถวที่")
