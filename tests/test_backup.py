"""Backing up to a chosen folder: a complete, openable copy, or nothing that looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.migrate import open_database
from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import StorageError
from mk3desk.services import lookup, scoring
from mk3desk.services.backup import backup_now
from mk3desk.services.integrity import check_database
from tests import prebuilt
from tests.support import fresh_database, office_with_year

AS = ("--user", "coordinator")


@pytest.fixture(autouse=True)
def _demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing commands on the demo act as its coordinator (README: the demo's accounts)."""
    monkeypatch.setenv("MK3DESK_PASSWORD", "demo1234")


def test_cli_backup_is_an_openable_copy_with_its_evidence(tmp_path: Path) -> None:
    # The demo office as `mk3desk demo` makes it (tests/prebuilt.py runs that command).
    db = prebuilt.demo_office_file(tmp_path / "office" / "demo.sqlite3")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run(["backup", "--db", str(db), "--to", str(usb), *AS]) == 0
    [folder] = [p for p in usb.iterdir()]
    assert folder.name.startswith("mk3desk-สำรอง-")
    copy = open_database(folder / "demo.sqlite3", create=False)
    try:
        assert check_database(copy).ok, "the copy's evidence files are all there and unaltered"
        with copy.session() as s:
            total = scoring.year_result(s, lookup.find_year(s, 2567)).score.total
        assert str(total) == "4.93665"
    finally:
        copy.close()


def test_a_failed_backup_leaves_no_folder_that_looks_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    target = tmp_path / "usb"
    target.mkdir()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    database.evidence_dir.mkdir(exist_ok=True)
    (database.evidence_dir / "x").write_bytes(b"1")
    monkeypatch.setattr("mk3desk.services.backup.shutil.copytree", full_disk)
    with pytest.raises(StorageError) as raised:
        backup_now(database, target, actor=Actor.system())
    assert "พื้นที่" in str(raised.value) and "ไม่พอ" in str(raised.value)
    assert list(target.iterdir()) == []
    database.close()


def test_a_missing_backup_folder_is_a_thai_message(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    with pytest.raises(StorageError) as raised:
        backup_now(database, tmp_path / "no-such-drive", actor=Actor.system())
    assert "ไม่พบโฟลเดอร์สำรองข้อมูล" in str(raised.value)
    database.close()
