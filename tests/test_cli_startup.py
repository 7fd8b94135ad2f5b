"""What the command line loads before it does anything (docs/STARTUP.md, "The command
line"): `mk3desk --version` and the parser of every command import no SQLAlchemy,
reportlab, openpyxl, pythainlp, Qt or services; a command imports what it uses when it
runs. Checked on sys.modules in a fresh process: deterministic, not a timing."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mk3desk.cli import excel_cmds

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "sqlalchemy",
    "reportlab",
    "openpyxl",
    "pythainlp",
    "PySide6",
    "alembic",
    "mk3desk.services",
)

PROBE = textwrap.dedent(
    """
    import contextlib, io, sys
    from mk3desk.__main__ import main
    heavy = {heavy!r}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            code = main(sys.argv[1:])
        except SystemExit as done:
            code = done.code
    loaded = sorted(h for h in heavy if any(m == h or m.startswith(h + ".") for m in sys.modules))
    print(repr((code, out.getvalue(), loaded)))
    """
)


def loaded_by(*args: str) -> tuple[object, str, list[str]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    code, out, loaded = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    return code, out, loaded


def test_version_loads_no_database_layer_report_engine_or_qt() -> None:
    code, out, loaded = loaded_by("--version")
    assert code == 0
    assert out.startswith("mk3desk ")
    assert loaded == []


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("report", "book", "--help"),
        ("import", "--help"),
        ("bundle", "import", "--help"),
        ("move", "--help"),
    ],
)
def test_help_of_a_command_loads_nothing_heavy(args: tuple[str, ...]) -> None:
    code, out, loaded = loaded_by(*args)
    assert code == 0
    assert out.startswith("วิธีใช้: mk3desk")
    assert loaded == []


def test_a_command_that_runs_loads_what_it_uses_only(tmp_path: Path) -> None:
    # `score` on a missing database (refused, exit 2): it opened the database layer,
    # and neither the report engine, the workbooks nor Qt came with it.
    code, _, loaded = loaded_by("score", "--db", str(tmp_path / "none.sqlite3"), "--year", "2567")
    assert code == 2
    assert "sqlalchemy" in loaded
    assert not {"reportlab", "openpyxl", "pythainlp", "PySide6"} & set(loaded)


def test_the_parsers_excel_kinds_are_the_services_kinds() -> None:
    from mk3desk.services import excel

    assert {key: info.title_th for key, info in excel.KINDS.items()} == excel_cmds.KIND_TITLES
    assert excel_cmds.IMPORT_KINDS == excel.IMPORT_KINDS
