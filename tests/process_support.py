"""Running the program as a real process on a clean machine (tests that start
``python -m mk3desk`` themselves: the start-up, the office server)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def environment(folder: Path) -> dict[str, str]:
    """A clean machine: its own data folder and QSettings, no display."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MK3DESK_DATA"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # where QSettings() lives on Linux
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("MK3DESK_DB", None)
    return env


def mk3desk(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mk3desk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
