"""The same models, migrations and services on PostgreSQL (an office server).

Runs on a throwaway PostgreSQL server of its own (``pg_server``, tests/pg_support.py);
skipped where the server binaries are not installed.
"""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from alembic import command
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import FileStatus
from mk3desk.db.migrate import alembic_config, current_revision, head_revision, open_database
from mk3desk.db.models import Account, Office, YearIndicator
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import Mk3Error, StorageError
from mk3desk.domain.thaisort import thai_sort_key
from mk3desk.domain.workflow import Section
from mk3desk.services import evidence, lookup, people, scoring
from mk3desk.services.audit_check import check_audit_trail
from mk3desk.services.check_findings import Severity
from mk3desk.services.demo import create_demo
from mk3desk.services.demo_data import PUBLISHED_2567
from mk3desk.services.integrity import check_evidence
from mk3desk.services.server_connection import ServerPlace
from mk3desk.services.workflow import ensure_editable
from mk3desk.ui.context import AppContext
from mk3desk.ui.dialogs.server_dialog import ServerDialog, saved_place, server_at_start
from mk3desk.ui.first_start import OPEN_SERVER_PROPERTY, FirstStartDialog
from tests.keyring_support import MemoryKeyring
from tests.pg_support import new_database
from tests.prebuilt import demo_office_file
from tests.process_support import environment, mk3desk
from tests.support import fresh_database, office_with_year


@pytest.fixture(scope="module")
def pg_url(pg_server: str) -> str:
    return new_database(pg_server, "mk3")


def test_demo_office_scores_the_same_on_postgresql(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert current_revision(database.engine) == head_revision()
        create_demo(database)
        with database.session() as session:
            result = scoring.year_result(session, lookup.find_year(session, 2567))
            names = [p.name for p in people.people(session)]
        assert {c.number: c.score for c in result.score.categories} == PUBLISHED_2567
        assert result.reconciliation is not None
        assert result.reconciliation.unexplained == Decimal("-0.19154")
        # The ICU "thai" collation orders names as Thai dictionaries do, like SQLite's.
        assert names.index("นางสาวกนกวรรณ พลศรีเมือง") < names.index("นายไพโรจน์ ภูมิสถาน")
        assert names == sorted(names, key=thai_sort_key)
        # The bulk path (trend chart, benchmark: counts in SQL) scores like the per-year one.
        with database.session() as session:
            years = [lookup.find_year(session, be) for be in (2566, 2567)]
            bulk = scoring.score_years(session, [y.id for y in years])
            for year in years:
                assert bulk[year.id] == scoring.year_result(session, year).score
        # The audit chain works the same (raw values as psycopg gives them, FOR UPDATE).
        findings = check_audit_trail(database)
        assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
        with database.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE criterion_result SET met = NOT met WHERE id = 1")
        assert any("ผลการประเมินเกณฑ์" in f.text() for f in check_audit_trail(database))
    finally:
        database.close()


# -- the office server: set-up, moving an office on and off it, evidence, backup ----------


def _figures(database: Database) -> dict[int, tuple[Decimal, dict[int, Decimal]]]:
    """Each year's total and category scores, by พ.ศ. year."""
    with database.session() as session:
        found = {}
        for be in (2566, 2567):
            score = scoring.year_result(session, lookup.find_year(session, be)).score
            found[be] = (score.total, {c.number: c.score for c in score.categories})
        return found


def _sound(database: Database) -> None:
    """The audit chain and every evidence file check as they do on the SQLite file."""
    findings = check_audit_trail(database)
    assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
    problems = [f.text() for f in check_evidence(database) if f.severity is not Severity.OK]
    assert problems == []


def _editable(session: Session) -> YearIndicator:
    """An indicator whose evidence may be added now (not verified or locked)."""
    for indicator in session.scalars(select(YearIndicator).order_by(YearIndicator.id)):
        try:
            ensure_editable(indicator, Section.DO)
        except Mk3Error:
            continue
        return indicator
    raise AssertionError("the demo has no indicator open for evidence")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office_file(tmp_path_factory.mktemp("demo") / "demo.sqlite3")


IMPORTED = "imported"  # the demo office as ``server import`` left it, never opened again


@pytest.fixture(scope="module")
def office_server(pg_server: str, demo_file: Path) -> str:
    """A server database holding the demo office, moved there by ``server import``: a copy
    of database IMPORTED, kept as the import left it for tests that need it untouched."""
    url = new_database(pg_server, IMPORTED)
    assert run(["server", "init", "--db", url]) == 0
    assert run(["server", "import", "--from", str(demo_file), "--db", url]) == 0
    return new_database(pg_server, "office", template=IMPORTED)


def test_server_import_scores_the_same_and_keeps_the_chain_and_evidence(
    office_server: str, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sqlite_db = open_database(demo_file)
    server = open_database(office_server)
    try:
        assert _figures(server) == _figures(sqlite_db)
        _sound(server)
        with server.session() as session, sqlite_db.session() as file_session:
            logins = select(Account.user_name, Account.password_hash).order_by(Account.id)
            assert session.execute(logins).all() == file_session.execute(logins).all()
        capsys.readouterr()
        # The same office again: refused, in Thai, and nothing changes.
        assert run(["server", "import", "--from", str(demo_file), "--db", office_server]) == 2
        assert "มีข้อมูลของ" in capsys.readouterr().err
        assert _figures(server) == _figures(sqlite_db)
    finally:
        server.close()
        sqlite_db.close()
    # `mk3desk check` on the server: the chain and every evidence file re-hashed there.
    assert run(["check", "--db", office_server]) == 0
    assert "ผลการตรวจ: ปกติ" in capsys.readouterr().out
    # The score command reads the server like the file.
    assert run(["score", "--db", office_server, "--year", "2567"]) == 0
    on_server = capsys.readouterr().out
    assert run(["score", "--db", str(demo_file), "--year", "2567"]) == 0
    assert capsys.readouterr().out == on_server


def test_evidence_attached_on_one_client_opens_on_another(
    office_server: str, tmp_path: Path
) -> None:
    client_a, client_b = open_database(office_server), open_database(office_server)
    client_a.evidence_cache, client_b.evidence_cache = tmp_path / "cache-a", tmp_path / "cache-b"
    source = tmp_path / "ภาพกิจกรรม.bin"
    source.write_bytes(os.urandom(2 * 1024 * 1024 + 12345))  # three chunks
    try:
        with client_a.transaction() as session:
            indicator = _editable(session)
            added = evidence.add_evidence(
                session, client_a.evidence_store(), Actor.system(), indicator.id, source
            )
            sha = added.sha256
        store_b = client_b.evidence_store()
        assert store_b.has(sha) and store_b.size_of(sha) == source.stat().st_size
        opened = evidence.copy_for_opening(store_b, sha, source.name)
        assert opened.read_bytes() == source.read_bytes()
        assert (tmp_path / "cache-b").is_dir(), "client B keeps a read copy of its own"
        assert store_b.status(sha) is FileStatus.OK
        # The quick check at every start: every length in one query.
        assert store_b.stored_sizes()[sha] == source.stat().st_size
        quick = check_evidence(client_b, verify_content=False)
        assert [f.severity for f in quick] == [Severity.OK], [f.text() for f in quick]
        # The same integrity check as the file store: bytes changed on the server show.
        with client_a.engine.begin() as connection:
            connection.execute(
                text("UPDATE evidence_blob SET data = :d WHERE sha256 = :s AND chunk = 1"),
                {"d": b"x" * 1024 * 1024, "s": sha},
            )
        assert store_b.status(sha) is FileStatus.ALTERED
        assert any("ถูกแก้ไขหลังแนบ" in f.text() for f in check_evidence(client_b))
        with client_a.engine.begin() as connection:  # as it was, for the other tests
            connection.execute(
                text("UPDATE evidence_blob SET data = :d WHERE sha256 = :s AND chunk = 1"),
                {"d": source.read_bytes()[1024 * 1024 : 2 * 1024 * 1024], "s": sha},
            )
        assert store_b.status(sha) is FileStatus.OK
    finally:
        client_a.close()
        client_b.close()


def test_export_then_import_is_the_same_office(
    office_server: str, pg_server: str, demo_file: Path, tmp_path: Path
) -> None:
    # The demo office as ``server import`` made it (office_server's IMPORTED, copied).
    source = new_database(pg_server, "roundtrip_a", template=IMPORTED)
    copy = tmp_path / "copy.sqlite3"
    assert run(["server", "export", "--db", source, "--to", str(copy)]) == 0
    exported = open_database(copy)
    original = open_database(demo_file)
    try:
        assert _figures(exported) == _figures(original)
        _sound(exported)
    finally:
        exported.close()
        original.close()
    again = new_database(pg_server, "roundtrip_b")
    assert run(["server", "import", "--from", str(copy), "--db", again]) == 0
    server = open_database(again)
    try:
        _sound(server)
        with server.session() as session:
            assert len(people.people(session)) > 10
    finally:
        server.close()


def test_a_server_backup_is_a_file_that_server_import_restores(
    office_server: str, pg_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MK3DESK_PASSWORD", "demo1234")
    target = tmp_path / "usb"
    target.mkdir()
    args = ["backup", "--db", office_server, "--user", "coordinator", "--to", str(target)]
    assert run(args) == 0
    (folder,) = target.iterdir()
    copy = folder / "office.sqlite3"
    assert copy.is_file() and (folder / "office-evidence").is_dir()
    restored = new_database(pg_server, "restored")
    assert run(["server", "import", "--from", str(copy), "--db", restored]) == 0
    before, after = open_database(office_server), open_database(restored)
    try:
        assert _figures(after) == _figures(before)
        _sound(after)
    finally:
        before.close()
        after.close()


def test_the_window_opens_on_the_server(office_server: str, tmp_path: Path) -> None:
    """``mk3desk --db URL``: the window opens the server's office (the CI smoke test)."""
    env = environment(tmp_path)
    done = mk3desk(env, "--db", office_server, "--smoke-test")
    assert done.returncode == 0, done.stderr
    assert "smoke test ok" in done.stdout


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_the_connection_dialog_finds_the_office_and_keeps_the_password_in_the_keyring(
    office_server: str, tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    url = make_url(office_server)
    dialog.host.setText(str(url.host))
    dialog.port.setValue(int(url.port or 5432))
    dialog.database.setText("office")
    dialog.user.setText("postgres")
    dialog.password.setText("รหัส-ลับ")
    assert dialog.test()
    assert "มหาสารคาม เขต 3" in dialog.status.text()
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    settings.sync()
    assert "รหัส-ลับ" not in (tmp_path / "settings.ini").read_text("utf-8")
    assert list(memory_keyring.kept.values()) == ["รหัส-ลับ"]
    at_start = server_at_start(settings)
    assert at_start is not None
    assert make_url(at_start).database == "office"
    assert make_url(at_start).password == "รหัส-ลับ"
    # A place that does not answer is not saved.
    dialog = ServerDialog(settings)
    qtbot.addWidget(dialog)
    dialog.database.setText("no_such_database")
    dialog.accept()
    assert "เชื่อมต่อเซิร์ฟเวอร์" in dialog.status.text()
    assert saved_place(settings) == ServerPlace(str(url.host), "office", "postgres", url.port or 0)


def test_the_first_start_can_point_this_pc_at_the_server(
    office_server: str,
    tmp_path: Path,
    qtbot: QtBot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = make_url(office_server)

    def typed(dialog: ServerDialog) -> int:  # what the IT person types, then บันทึก
        dialog.host.setText(str(url.host))
        dialog.port.setValue(int(url.port or 5432))
        dialog.database.setText("office")
        dialog.user.setText("postgres")
        dialog.password.setText("pw")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", typed)
    database = open_database(tmp_path / "new.sqlite3")
    try:
        first = FirstStartDialog(AppContext(database))
        qtbot.addWidget(first)
        first.show()
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        assert first.connect_server(settings)
        assert not first.isVisible(), "the first start closes; the launcher opens the server"
        assert QCoreApplication.instance().property(OPEN_SERVER_PROPERTY)  # type: ignore[union-attr]
        chosen = server_at_start(settings)
        assert chosen is not None and make_url(chosen).database == "office"
    finally:
        QCoreApplication.instance().setProperty(OPEN_SERVER_PROPERTY, None)  # type: ignore[union-attr]
        database.close()


def test_a_50_mb_scan_travels_in_chunks_never_whole_in_memory(
    office_server: str, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as out:
        for _ in range(50):
            out.write(os.urandom(1024 * 1024))
    client_a, client_b = open_database(office_server), open_database(office_server)
    client_a.evidence_cache, client_b.evidence_cache = tmp_path / "cache-a", tmp_path / "cache-b"
    try:
        tracemalloc.start()
        stored = client_a.evidence_store().put(big)
        _, sending = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        fetched = client_b.evidence_store().local_path(stored.sha256)
        _, fetching = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert stored.size == 50 * 1024 * 1024
        assert fetched.stat().st_size == stored.size
        # A few 1 MiB chunks at a time, not the 50 MB file (let alone twice).
        assert sending < 10 * 1024 * 1024, sending
        assert fetching < 10 * 1024 * 1024, fetching
        with client_a.engine.begin() as connection:  # leave the office as it was
            connection.execute(
                text("DELETE FROM evidence_blob WHERE sha256 = :s"), {"s": stored.sha256}
            )
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        client_a.close()
        client_b.close()


def test_a_server_holding_another_office_takes_no_second_file(
    office_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = fresh_database(tmp_path, "other.sqlite3")
    office_with_year(other)
    other.close()
    capsys.readouterr()
    assert (
        run(["server", "import", "--from", str(tmp_path / "other.sqlite3"), "--db", office_server])
        == 2
    )
    refusal = capsys.readouterr().err
    assert "มีข้อมูลของ" in refusal and "ฐานข้อมูลที่ยังว่าง" in refusal
    server = open_database(office_server)
    try:
        with server.session() as session:
            names = [o.name for o in session.scalars(select(Office))]
        assert names == ["สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3"]
    finally:
        server.close()
    # A file is no server: the set-up commands say so.
    assert run(["server", "init", "--db", str(tmp_path / "x.sqlite3")]) == 2
    assert "ไม่ใช่ที่อยู่เซิร์ฟเวอร์" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()


def test_an_older_server_is_upgraded_only_by_server_upgrade(
    pg_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = new_database(pg_server, "older")
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0009")
    engine.dispose()
    # A client with a newer program: refused in Thai, the schema left for the IT person.
    with pytest.raises(StorageError, match="server upgrade"):
        open_database(url)
    capsys.readouterr()
    assert run(["server", "upgrade", "--db", url]) == 0
    assert f"จากรุ่น 0009 เป็นรุ่น {head_revision()}" in capsys.readouterr().out
    database = open_database(url)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()
    assert run(["server", "upgrade", "--db", url]) == 0
    assert "รุ่นล่าสุดอยู่แล้ว" in capsys.readouterr().out
