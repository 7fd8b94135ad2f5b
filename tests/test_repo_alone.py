"""The repository stands alone: nothing in it refers to files outside it.

The domain notes, the checklists and the engineering notes a session reads live in a
folder beside the repository on the development machines; what the code, the tests, the
tools and the benchmarks use of them was copied in (docs/, resources/). A path that
leads out of a clone would work on those machines and fail on any other.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The development machines' folder of clones and their reading material beside them
# (written in pieces, so this file does not name them itself).
OUTSIDE = re.compile("/" + "work/" + "|" + re.escape("..") + "/" + "shared" + r"\b")
TEXT = {".py", ".md", ".toml", ".spec", ".sh", ".cfg", ".ini", ".txt", ".yaml", ".yml", ".ui"}


def _tracked() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git clone: the tracked files are unknown")
    names = [ROOT / name for name in listed.split("\0") if name]
    return [p for p in names if p.suffix in TEXT or p.name == "run"]


def test_no_file_refers_to_a_path_outside_the_repository() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()[:80]}"
        for path in _tracked()
        if path.is_file()
        for number, line in enumerate(
            path.read_text(encoding="utf-8", errors="replace").splitlines(), 1
        )
        if OUTSIDE.search(line)
    ]
    assert found == []
