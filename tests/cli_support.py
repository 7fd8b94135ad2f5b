"""The command line run inside the test process, read as a clerk reads a finished command.

``mk3desk COMMAND ...`` is ``mk3desk.cli.run`` behind ``sys.exit`` (mk3desk/__main__.py);
calling ``run`` here tests the same parsing, services and Thai messages without paying a
new interpreter's imports (about a second) for every command. Tests whose point is the
process itself (the exit code through the real entry point, a killed process, what a
start imports) keep ``subprocess``.

The result has a subprocess's shape, so a test reads ``returncode``, ``stdout`` and
``stderr`` either way. The environment is the caller's with the password variables
removed (as the subprocess helpers did), plus *env*; standard input is empty and not a
terminal, as ``stdin=subprocess.DEVNULL`` gave.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

from mk3desk.cli import run

# Variables a test must set itself: never inherited from the developer's shell or another test.
CLEARED = ("MK3DESK_PASSWORD", "MK3DESK_NEW_PASSWORD", "MK3DESK_RECOVERY_CODE")


class _Output(io.StringIO):
    """A captured stream that, like a pipe, can be reconfigured to UTF-8 (cli.common does)."""

    def reconfigure(self, **_settings: object) -> None:
        pass


@contextmanager
def _environment(extra: dict[str, str]) -> Iterator[None]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(CLEARED)}
    environment.update(extra)
    with mock.patch.dict(os.environ, environment, clear=True):
        yield


def run_cli(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``mk3desk *args`` with the variables *env*; what it printed and its exit code."""
    argv = [str(arg) for arg in args]
    out, err = _Output(), _Output()
    with (
        _environment(env),
        mock.patch.object(sys, "stdin", io.StringIO("")),
        redirect_stdout(out),
        redirect_stderr(err),
    ):
        try:
            code = run(argv)
        except SystemExit as exit_:  # argparse: --help, --version, refused arguments
            code = 0 if exit_.code is None else exit_.code if isinstance(exit_.code, int) else 1
    return subprocess.CompletedProcess(["mk3desk", *argv], code, out.getvalue(), err.getvalue())
