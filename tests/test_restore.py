"""Restoring a backup: checked first, the current file kept aside, the data back."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.migrate import open_database
from mk3desk.db.models import Office
from mk3desk.domain.errors import BusyError, StorageError
from mk3desk.services.backup import BackupReason, backup_before, backups_of
from mk3desk.services.restore import restore
from tests.damage import digest, flip_page, sound_database

YESTERDAY = datetime.now() - timedelta(days=1)


def _office_names(db: Path) -> list[str]:
    database = open_database(db, create=False)
    try:
        with database.session() as session:
            return [o.name for o in session.query(Office).order_by(Office.id)]
    finally:
        database.close()


def _rename_office(db: Path, name: str) -> None:
    database = open_database(db, create=False)
    try:
        with database.transaction() as session:
            office = session.query(Office).one()
            office.name = name
    finally:
        database.close()


def _yesterdays_backup(db: Path) -> Path:
    database = open_database(db, create=False)
    try:
        result = backup_before(database, BackupReason.BEFORE_IMPORT, now=YESTERDAY)
    finally:
        database.close()
    assert result is not None
    return result.folder


def test_restore_round_trip_keeps_the_current_file_aside(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    original = _office_names(db)
    backup = _yesterdays_backup(db)
    _rename_office(db, "ชื่อที่แก้ไขวันนี้")
    evidence = db.with_name(db.stem + "-evidence")
    lost = next(p for p in evidence.rglob("*") if p.is_file())
    lost.unlink()  # an evidence file lost since: the backup brings it back
    result = restore(db, backup)
    assert _office_names(db) == original
    assert result.kept_aside is not None and result.kept_aside.parent == db.parent
    assert "ก่อนกู้คืน" in result.kept_aside.name and result.kept_aside.suffix == ".sqlite3"
    assert _office_names(result.kept_aside) == ["ชื่อที่แก้ไขวันนี้"], "kept, not deleted"
    assert result.evidence_added == 1 and lost.is_file()
    assert not list(db.parent.glob(".mk3desk-*")), "no temporary left"


def test_a_damaged_backup_is_refused_and_nothing_moves(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    flip_page(backup / db.name)
    before = digest(db)
    with pytest.raises(StorageError) as raised:
        restore(db, backup)
    assert "ใช้กู้คืนไม่ได้" in str(raised.value)
    assert digest(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == sorted(
        ["office.sqlite3", "office-evidence", "backups"]
    )


def test_a_backup_from_a_newer_mk3desk_is_refused(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    copy = sqlite3.connect(backup / db.name)
    copy.execute("UPDATE alembic_version SET version_num = '9999'")
    copy.commit()
    copy.close()
    with pytest.raises(StorageError) as raised:
        restore(db, backup)
    assert "ใหม่กว่า" in str(raised.value)


def test_a_backup_with_altered_evidence_is_refused(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    stored = next(p for p in (backup / "office-evidence").rglob("*") if p.is_file())
    stored.unlink()
    stored.write_bytes(b"changed")  # unlinked first: it may share its bytes with another backup
    with pytest.raises(StorageError) as raised:
        restore(db, backup)
    assert "SHA-256" in str(raised.value)


def test_a_database_still_open_elsewhere_is_not_restored_over(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    other = sqlite3.connect(db)  # another program holds the file (a read in progress)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM office").fetchall()
    try:
        with pytest.raises(BusyError):
            restore(db, backup)
    finally:
        other.close()
    assert _office_names(db)


def test_restoring_a_damaged_database_keeps_it_aside(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    db.write_bytes(b"")
    result = restore(db, backup)
    assert result.kept_aside is not None and result.kept_aside.stat().st_size == 0
    assert _office_names(db)


def test_cli_restore_list_and_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = sound_database(tmp_path / "office")
    backup = _yesterdays_backup(db)
    _rename_office(db, "ชื่อใหม่")
    capsys.readouterr()
    assert run(["restore", "--db", str(db), "--list"]) == 0
    out = capsys.readouterr().out
    assert backup.name in out and "ก่อนรับไฟล์ .mk3" in out and "2567" in out
    assert str(YESTERDAY.year + 543) in out, "the date in พ.ศ."
    assert run(["restore", "--db", str(db), "--from", backup.name]) == 0
    out = capsys.readouterr().out
    assert "กู้คืนจาก" in out and "เก็บไฟล์เดิมไว้ที่" in out
    assert _office_names(db) != ["ชื่อใหม่"]
    assert [b.folder for b in backups_of(db)] == [backup]
