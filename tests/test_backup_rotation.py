"""Automatic backups: a day's first, before a change, thinned by the rotation; names a
clerk reads; two in one second distinct; a killed backup's leftover cleaned by the next."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.migrate import open_database
from mk3desk.domain.errors import Mk3Error
from mk3desk.services.backup import (
    BackupReason,
    backup_before,
    backup_name,
    backup_now,
    backup_rotating,
    backups_of,
    daily_backup_if_due,
)
from mk3desk.services.rotation import keep
from tests.damage import sound_database

START = datetime(2026, 1, 1, 8, 30)


def test_rotation_over_a_year_of_daily_backups() -> None:
    taken = [START + timedelta(days=n) for n in range(365)]
    now = taken[-1]
    kept = keep(taken, now)
    days = sorted({t.date() for t in kept})
    last_week = [now.date() - timedelta(days=n) for n in range(7)]
    assert set(last_week) <= set(days), "today and the 6 days before"
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) >= 4
    months = {(t.year, t.month) for t in kept}
    recent_months = {((now.month - 1 - n) % 12 + 1) for n in range(12)}
    assert {m for _y, m in months} == recent_months and len(months) >= 12
    assert len(kept) <= 7 + 4 + 12
    # each kept month's backup is that month's newest one
    for year, month in months:
        in_month = [t for t in taken if (t.year, t.month) == (year, month)]
        assert max(in_month) in kept


def test_rotation_keeps_every_backup_of_today() -> None:
    now = START + timedelta(days=30)
    taken = [now.replace(hour=h) for h in (8, 10, 14)] + [
        START + timedelta(days=29, hours=h) for h in (1, 2)
    ]
    kept = keep(taken, now.replace(hour=15))
    assert {now.replace(hour=h) for h in (8, 10, 14)} <= kept
    assert START + timedelta(days=29, hours=2) in kept
    assert START + timedelta(days=29, hours=1) not in kept, "yesterday's newest only"


def test_backups_on_disk_follow_the_rotation(tmp_path: Path) -> None:
    database = open_database(sound_database(tmp_path / "office"))
    try:
        for n in range(40):
            moment = START + timedelta(days=n)
            assert daily_backup_if_due(database, moment) is not None
            assert daily_backup_if_due(database, moment + timedelta(hours=3)) is None, "once a day"
        listed = backups_of(database.path or Path())
        created = [b.created for b in listed]
        now = START + timedelta(days=39)
        taken = [START + timedelta(days=n) for n in range(40)]
        assert sorted(created) == sorted(keep(taken, now))
        assert listed[0].folder.name == backup_name(now) == "mk3desk-สำรอง-2569-02-09-0830"
        assert listed[0].reason == "daily" and listed[0].years == (2567,)
        assert listed[0].offices == ("สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1",)
        evidence = [
            p for p in listed[0].folder.rglob("*") if p.parent.parent.name.endswith("-evidence")
        ]
        assert len(evidence) == 1
        # Evidence never changes: later backups share the file with earlier ones (hard link).
        assert evidence[0].stat().st_nlink >= 2
    finally:
        database.close()


def test_two_backups_in_one_second_get_distinct_names(tmp_path: Path) -> None:
    database = open_database(sound_database(tmp_path / "office"))
    try:
        first = backup_before(database, BackupReason.BEFORE_IMPORT, now=START)
        second = backup_before(database, BackupReason.BEFORE_YEAR, now=START)
        assert first is not None and second is not None
        assert first.folder != second.folder
        assert second.folder.name == first.folder.name + "-2"
        assert {b.reason for b in backups_of(database.path or Path())} == {
            "before-import",
            "before-year",
        }
    finally:
        database.close()


_KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from mk3desk.db.migrate import open_database
    from mk3desk.services import backup

    def killed(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    backup._write_manifest = killed  # the database and evidence are copied, then: killed
    backup.backup_now(open_database(sys.argv[1]), Path(sys.argv[2]))
    """
)


def test_a_killed_backup_leaves_no_backup_and_the_next_cleans_its_leftover(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    usb = tmp_path / "usb"
    usb.mkdir()
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", _KILLED, str(db), str(usb)], env=env, cwd=root)
    assert done.returncode == -signal.SIGKILL
    [leftover] = list(usb.iterdir())
    assert leftover.name.startswith(".mk3desk-") and leftover.name.endswith(".partial")
    assert backups_of(db, [usb]) == [] or all(b.folder.parent != usb for b in backups_of(db, [usb]))
    database = open_database(db)
    try:
        later = datetime.now() + timedelta(hours=1)
        result = backup_now(database, usb, now=later)
    finally:
        database.close()
    assert [p.name for p in usb.iterdir()] == [result.folder.name], "the leftover is gone"


def test_a_fresh_partial_of_a_running_backup_is_left_alone(tmp_path: Path) -> None:
    database = open_database(sound_database(tmp_path / "office"))
    usb = tmp_path / "usb"
    running = usb / ".mk3desk-running.partial"
    running.mkdir(parents=True)
    try:
        backup_now(database, usb)
    finally:
        database.close()
    assert running.exists()


def test_cli_backup_without_to_uses_the_data_folder_and_rotates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sound_database(tmp_path / "office")
    assert run(["backup", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    [backup] = backups_of(db)
    assert backup.folder.parent == db.parent / "backups"
    assert f"สำรองข้อมูลแล้วที่ {backup.folder}" in out
    assert backup.created.date() == date.today()


def test_year_create_and_bundle_import_back_up_first(tmp_path: Path) -> None:
    db = sound_database(tmp_path / "office")
    assert run(["year", "create", "--db", str(db), "--year", "2568"]) == 0
    [before_year] = backups_of(db)
    assert before_year.reason == "before-year" and before_year.years == (2567,)
    bundle = tmp_path / "setup.mk3"
    assert (
        run(
            ["bundle", "export", "--db", str(db), "--year", "2568", "--setup", "--out", str(bundle)]
        )
        == 0
    )
    assert run(["bundle", "import", "--db", str(db), "--file", str(bundle)]) == 0
    assert [b.reason for b in backups_of(db)] == ["before-import", "before-year"]


def test_a_failed_backup_before_a_change_stops_the_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sound_database(tmp_path / "office")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mk3desk.services.backup.shutil.copytree", full_disk)
    assert run(["year", "create", "--db", str(db), "--year", "2568"]) == 2
    assert "ไม่พอ" in capsys.readouterr().err
    database = open_database(db)
    try:
        from mk3desk.services.lookup import resolve_year

        with database.session() as session, pytest.raises(Mk3Error):
            resolve_year(session, 2568, None)
    finally:
        database.close()


def test_a_second_folder_that_is_not_there_is_a_thai_message_after_the_main_backup(
    tmp_path: Path,
) -> None:
    from mk3desk.domain.errors import StorageError

    database = open_database(sound_database(tmp_path / "office"))
    unplugged = tmp_path / "E" / "backups"
    try:
        with pytest.raises(StorageError) as raised:
            daily_backup_if_due(database, START, second_folder=unplugged)
        assert "ไม่พบโฟลเดอร์สำรองข้อมูล" in str(raised.value)
        assert not unplugged.exists()
        assert [b.reason for b in backups_of(database.path or Path())] == ["daily"]
        usb = tmp_path / "usb"
        usb.mkdir()
        assert daily_backup_if_due(database, START, second_folder=usb) is not None
        assert daily_backup_if_due(database, START, second_folder=usb) is None
        assert len(backups_of(database.path or Path(), [usb])) == 2
        assert backup_rotating(database, usb, START).folder.parent == usb
    finally:
        database.close()
