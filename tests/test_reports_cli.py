"""`mk3desk report …` as a clerk runs it: Thai help, exit codes, no file left on failure."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from mk3desk.cli import run
from mk3desk.reports.documents.registry import KINDS
from tests import prebuilt

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    return prebuilt.demo_office_file(folder / "office.sqlite3", date(2024, 7, 26))


def test_report_help_lists_every_kind_with_its_thai_title(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["report"]) == 0
    out = capsys.readouterr().out
    for kind in KINDS:
        assert kind.key in out and kind.title in out


def test_summary_is_written_and_reported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "สรุปผล.pdf"
    code = run(["report", "summary", "--db", str(db), "--year", "2567", "--out", str(out_file)])
    assert code == 0
    assert out_file.read_bytes().startswith(b"%PDF")
    out = capsys.readouterr().out
    assert "บันทึก" in out and "1 หน้า" in out and "รหัสตรวจสอบ" in out


def test_one_indicator_and_an_unknown_indicator(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", "indicator", "--db", str(db), "--year", "2567"]
    assert run([*args, "--indicator", "1.1", "--out", str(tmp_path / "a.pdf")]) == 0
    assert run([*args, "--indicator", "9.9", "--out", str(tmp_path / "b.pdf")]) == 2
    assert "ไม่พบตัวชี้วัด 9.9" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()


def test_unknown_year_exits_2_with_a_thai_message(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "x.pdf"
    code = run(["report", "book", "--db", str(db), "--year", "2599", "--out", str(out_file)])
    assert code == 2
    assert "ไม่พบปีงบประมาณ 2599" in capsys.readouterr().err
    assert not out_file.exists()


def test_unwritable_target_exits_2_and_leaves_no_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "missing-folder" / "x.pdf"
    code = run(["report", "committee", "--db", str(db), "--year", "2567", "--out", str(out_file)])
    assert code == 2
    assert "บันทึกไฟล์ PDF" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_garbage_collector_is_put_back_after_a_report(db: Path, tmp_path: Path) -> None:
    # The command tunes the collector for one document (cli/report_cmds._batch_collection);
    # a process that goes on afterwards (these tests) gets it back as it was, even on failure.
    import gc

    args = ["report", "summary", "--db", str(db), "--year", "2567"]
    settings = (gc.isenabled(), gc.get_threshold())
    # Nothing frozen before (the program itself): nothing is left frozen after.
    gc.unfreeze()
    assert run([*args, "--out", str(tmp_path / "a.pdf")]) == 0
    assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()) == (*settings, 0)
    assert run([*args, "--out", str(tmp_path / "no" / "such" / "b.pdf")]) == 2
    assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()) == (*settings, 0)
    # The caller's own frozen objects (the test workers freeze theirs) stay frozen.
    mine = [object()]
    gc.freeze()
    assert run([*args, "--out", str(tmp_path / "c.pdf")]) == 0
    assert (gc.isenabled(), gc.get_threshold()) == settings
    assert gc.get_freeze_count() > 0
    assert not any(thing is mine for thing in gc.get_objects())  # still out of view


def test_the_program_ends_itself_after_a_report_with_its_output_whole(
    db: Path, tmp_path: Path
) -> None:
    # As the program (`python -m mk3desk`), `report` ends the process with os._exit once
    # the PDF is written (cli._leave_now): the exit handlers still run, the piped
    # (block-buffered) message is still printed, the file is whole, the code is 0; and
    # a refused command still says why and exits 2.
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root) + os.pathsep + env.get("PYTHONPATH", "")
    marker = tmp_path / "exit-handler-ran"
    probe = (
        "import atexit, pathlib, sys; from mk3desk.__main__ import main;"
        f"atexit.register(pathlib.Path({str(marker)!r}).touch); sys.exit(main())"
    )
    out_file = tmp_path / "สรุปผล.pdf"
    args = ["report", "summary", "--db", str(db), "--year", "2567"]
    done = subprocess.run(
        [sys.executable, "-c", probe, *args, "--out", str(out_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "บันทึก" in done.stdout and "1 หน้า" in done.stdout
    data = out_file.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert marker.exists()
    refused = subprocess.run(
        [sys.executable, "-c", probe, *args[:-1], "2599", "--out", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert refused.returncode == 2
    assert "ไม่พบปีงบประมาณ 2599" in refused.stderr
