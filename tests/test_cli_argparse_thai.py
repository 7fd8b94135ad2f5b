"""The command line's own words are Thai: argparse's "usage", "options", "-h" and refusals."""

from __future__ import annotations

import argparse
import inspect

import pytest

from mk3desk import argparse_thai
from mk3desk.ui import launch
from tests.cli_support import run_cli

ENGLISH = (
    "usage:",
    "options:",
    "show this help",
    "show program",
    "error:",
    "required",
    "invalid",
    "expected",
)


def test_help_is_thai_from_the_first_line() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("วิธีใช้: mk3desk")
    assert "ตัวเลือก:" in done.stdout
    assert "แสดงคำอธิบายนี้แล้วจบ" in done.stdout  # -h's help
    assert "แสดงรุ่นของโปรแกรมแล้วจบ" in done.stdout  # --version's
    assert not [word for word in ENGLISH if word in done.stdout]


def test_a_command_without_its_required_options_is_refused_in_thai() -> None:
    done = run_cli("report", "book")
    assert done.returncode == 2
    assert done.stderr.startswith("วิธีใช้: mk3desk report book")
    assert "mk3desk report book: ผิดพลาด: ยังไม่ได้ระบุ --year, --out" in done.stderr
    assert not [word for word in ENGLISH if word in done.stderr]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["nosuch"], "ไม่มี 'nosuch' ให้เลือก (เลือกได้จาก 'demo',"),
        (["score", "--year", "สองห้า"], "--year: ค่า 'สองห้า' ใช้ไม่ได้ — ดูคำอธิบายด้วย -h"),
        (["score", "--year"], "--year: ต้องตามด้วยค่าหนึ่งค่า"),
        (["score", "--year", "2567", "--extra"], "ผิดพลาด: ไม่รู้จัก --extra"),
    ],
)
def test_wrong_arguments_are_refused_in_thai(args: list[str], said: str) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert said in done.stderr
    assert not [word for word in ENGLISH if word in done.stderr]


def test_the_window_start_options_are_refused_in_thai(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        launch.main(["--db"])
    assert stopped.value.code == 2
    assert "mk3desk: ผิดพลาด: --db: ต้องตามด้วยค่าหนึ่งค่า" in capsys.readouterr().err


def test_every_thai_word_replaces_a_message_argparse_still_has() -> None:
    """Fails on a Python whose argparse reworded a message or stopped looking its words
    up through ``_``/``ngettext``: update mk3desk/argparse_thai.py then."""
    source = inspect.getsource(argparse)

    def absent(message: str) -> bool:
        return message.replace("\n", "\\n") not in source  # as written in the source

    missing = [message for message in argparse_thai.THAI if absent(message)]
    missing += [one for pair in argparse_thai.THAI_PLURALS for one in pair if absent(one)]
    assert not missing, f"no longer argparse's messages: {missing}"
    assert "from gettext import gettext as _, ngettext" in source
    argparse_thai.install()
    assert argparse._("options") == "ตัวเลือก"  # type: ignore[attr-defined]
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == (  # type: ignore[attr-defined]
        "ต้องตามด้วยค่า %s ค่า"
    )
