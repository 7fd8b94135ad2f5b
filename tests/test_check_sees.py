"""`mk3desk check` sees damage PRAGMA integrity_check does not, and changes nothing;
`score` on a damaged file is a Thai message, never a traceback."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.evidence_store import INCOMING_PREFIX
from mk3desk.services.integrity import check_file
from mk3desk.services.leftovers import clean_leftovers, find_leftovers
from tests.damage import DAMAGES, folder_state, random_damage, sound_database


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sound_database(tmp_path_factory.mktemp("pristine"))


def _copy(pristine: Path, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy2(pristine, folder / pristine.name)
    evidence = pristine.with_name(pristine.stem + "-evidence")
    shutil.copytree(evidence, folder / evidence.name)
    return folder / pristine.name


def test_a_sound_database_checks_clean_and_nothing_is_created(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _copy(pristine, tmp_path / "office")
    before = folder_state(tmp_path)
    assert run(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "อ่านข้อมูลได้ครบทุกแถว" in out and "ผลการตรวจ: ปกติ" in out
    assert folder_state(tmp_path) == before, "no -wal, no -shm, nothing changed"


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_check_names_the_damage_and_leaves_the_file_byte_identical(
    damage: str, pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _copy(pristine, tmp_path / "office")
    how, words = DAMAGES[damage]
    how(db)
    before = folder_state(tmp_path)
    capsys.readouterr()
    assert run(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert words in out, out
    assert "ผลการตรวจ: พบปัญหา" in out
    assert folder_state(tmp_path) == before, "the check changed or created a file"
    # Checking again finds the same: the first check destroyed no evidence (the -shm).
    assert run(["check", "--db", str(db)]) == 1
    assert words in capsys.readouterr().out


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_score_on_a_damaged_database_is_a_thai_message(
    damage: str, pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _copy(pristine, tmp_path / "office")
    DAMAGES[damage][0](db)
    capsys.readouterr()
    code = run(["score", "--db", str(db), "--year", "2567"])
    err = capsys.readouterr().err
    assert code in (1, 2), f"{damage}: exit {code}"
    assert err.startswith("ผิดพลาด:") and "Traceback" not in err


@pytest.mark.parametrize("seed", range(8))
def test_randomly_damaged_files_never_give_a_traceback(
    seed: int, pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _copy(pristine, tmp_path / "office")
    random_damage(db, seed)
    before = folder_state(tmp_path)
    assert run(["check", "--db", str(db)]) in (0, 1)
    assert folder_state(tmp_path) == before
    assert run(["score", "--db", str(db), "--year", "2567"]) in (0, 1, 2)
    assert "Traceback" not in capsys.readouterr().err


def test_a_relative_db_path_is_the_current_folder(
    pristine: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _copy(pristine, tmp_path / "office")
    monkeypatch.chdir(tmp_path)
    assert run(["check", "--db", "office/office.sqlite3"]) == 0
    assert run(["score", "--db", os.path.join("office", "office.sqlite3"), "--year", "2567"]) == 0


def test_leftovers_of_killed_attaches_and_backups_are_listed_and_cleaned(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _copy(pristine, tmp_path / "office")
    evidence = db.with_name(db.stem + "-evidence")
    old = (datetime.now() - timedelta(hours=2)).timestamp()
    half = evidence / f"{INCOMING_PREFIX}abc123"
    half.write_bytes(b"x" * 5000)
    os.utime(half, (old, old))
    usb = tmp_path / "usb"
    partial = usb / ".mk3desk-สำรอง-2569-12-07-0830-k1.partial"
    (partial / "office-evidence").mkdir(parents=True)
    (partial / "office.sqlite3").write_bytes(b"y" * 7000)
    for p in (partial / "office.sqlite3", partial / "office-evidence", partial):
        os.utime(p, (old, old))
    running = evidence / f"{INCOMING_PREFIX}being-written"
    running.write_bytes(b"z")
    capsys.readouterr()
    assert run(["check", "--db", str(db), "--backups", str(usb)]) == 0, "leftovers are warnings"
    out = capsys.readouterr().out
    assert "คัดลอกค้างไม่เสร็จ 2 ไฟล์" in out and "เขียนค้างไม่เสร็จ 1 ชุด" in out
    assert half.exists() and partial.exists(), "listing removes nothing"
    assert run(["check", "--db", str(db), "--backups", str(usb), "--clean-leftovers"]) == 0
    assert "ลบไฟล์ที่ค้างแล้ว 2 รายการ" in capsys.readouterr().out
    assert not half.exists() and not partial.exists()
    assert running.exists(), "a temporary still being written is left alone"
    leftovers = find_leftovers(evidence, [usb])
    assert [x.path for x in leftovers] == [running]
    assert clean_leftovers(leftovers, now=datetime.now() + timedelta(hours=1)).removed == 1


def test_check_file_reports_a_lost_wal_as_the_first_problem(pristine: Path, tmp_path: Path) -> None:
    db = _copy(pristine, tmp_path / "office")
    DAMAGES["lost wal"][0](db)
    report = check_file(db)
    assert not report.ok
    lost = report.problems()[0]
    assert "-wal" in lost.text()
    frames = lost.params["frames"]
    assert isinstance(frames, int) and frames >= 50, "at least a page for each of the 50 commits"
