"""`mk3desk bundle export|import` as a clerk would type them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.services import pdca
from tests.bundle_support import coordinator, dump, edit, text_of


@pytest.fixture
def machines(tmp_path: Path) -> Iterator[tuple[Database, Path, Path]]:
    """The coordinator's database and a laptop set up from it through the CLI."""
    coord = coordinator(tmp_path)
    setup = tmp_path / "ตั้งค่า.mk3"
    laptop_db = tmp_path / "laptop.sqlite3"
    coord_db = tmp_path / "coordinator.sqlite3"
    assert run(["bundle", "export", "--db", str(coord_db), "--year", "2567", "--setup",
                "--out", str(setup)]) == 0  # fmt: skip
    assert run(["bundle", "import", "--db", str(laptop_db), "--file", str(setup)]) == 0
    yield coord, coord_db, laptop_db
    coord.close()


def _laptop(path: Path) -> Database:
    from mk3desk.db.migrate import open_database

    return open_database(path)


def _export_work(laptop_db: Path, out: Path) -> int:
    return run(["bundle", "export", "--db", str(laptop_db), "--year", "2567",
                "--indicators", "1.1", "--out", str(out)])  # fmt: skip


def test_a_conflict_without_prefer_is_listed_in_thai_and_nothing_is_written(
    machines: tuple[Database, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, coord_db, laptop_db = machines
    laptop = _laptop(laptop_db)
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "ฉบับแล็ปท็อป")
    laptop.close()
    edit(coord, "1.1", pdca.PdcaField.PLAN, "ฉบับผู้ประสาน")
    work = tmp_path / "งาน.mk3"
    assert _export_work(laptop_db, work) == 0
    capsys.readouterr()
    before = dump(coord)
    assert run(["bundle", "import", "--db", str(coord_db), "--file", str(work)]) == 2
    out = capsys.readouterr()
    assert "แก้ไขทั้งสองฝั่ง (ข้อขัดแย้ง): 1 รายการ" in out.out
    assert "เครื่องนี้ “ฉบับผู้ประสาน” / ในไฟล์ “ฉบับแล็ปท็อป”" in out.out
    assert "ยังไม่ได้รับข้อมูลใด ๆ" in out.err
    assert dump(coord) == before
    assert run(["bundle", "import", "--db", str(coord_db), "--file", str(work),
                "--prefer", "theirs"]) == 0  # fmt: skip
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "ฉบับแล็ปท็อป"


def test_dry_run_shows_the_plan_and_writes_nothing(
    machines: tuple[Database, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, coord_db, laptop_db = machines
    laptop = _laptop(laptop_db)
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "ทำแล้ว")
    laptop.close()
    work = tmp_path / "งาน.mk3"
    _export_work(laptop_db, work)
    before = dump(coord)
    capsys.readouterr()
    assert run(["bundle", "import", "--db", str(coord_db), "--file", str(work), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "รับฉบับที่แก้ไขจากไฟล์: 1 รายการ" in out and "ทดลองเท่านั้น" in out
    assert dump(coord) == before
    assert run(["bundle", "import", "--db", str(coord_db), "--file", str(work)]) == 0
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == "ทำแล้ว"


def test_other_office_needs_the_flag(
    machines: tuple[Database, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coord, _coord_db, laptop_db = machines
    work = tmp_path / "งาน.mk3"
    _export_work(laptop_db, work)
    other_db = tmp_path / "other.sqlite3"
    assert run(["office", "create", "--db", str(other_db), "--name", "สพป.อื่น"]) == 0
    assert run(["year", "create", "--db", str(other_db), "--year", "2567"]) == 0
    other = _laptop(other_db)
    before = dump(other)
    capsys.readouterr()
    code = run(["bundle", "import", "--db", str(other_db), "--file", str(work)])
    assert code == 2 and "ต้องยืนยันก่อน" in capsys.readouterr().err
    assert dump(other) == before
    assert run(["bundle", "import", "--db", str(other_db), "--file", str(work),
                "--accept-other-office"]) == 0  # fmt: skip
    other.close()


def test_an_unknown_indicator_code_is_refused_with_exit_2(
    machines: tuple[Database, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coord, coord_db, _laptop_db = machines
    out = tmp_path / "x.mk3"
    code = run(["bundle", "export", "--db", str(coord_db), "--year", "2567",
                "--indicators", "1.1,9.9", "--out", str(out)])  # fmt: skip
    assert code == 2 and "ไม่พบตัวชี้วัด 9.9" in capsys.readouterr().err
    assert not out.exists()
