"""The command line run inside the test process, read as a clerk reads a finished command.

``mk3desk COMMAND ...`` is ``mk3desk.cli.run`` behind ``sys.exit`` (mk3desk/__main__.py);
calling ``run`` here tests the same parsing, services and Thai messages without paying a
new interpreter's imports (about a second) for every command. Tests whose point is the
process itself (the exit code through the real entry point, a killed process, what a
start imports) keep ``subprocess``. :func:`run_cli_watching_output` calls a check at the
moment the command first writes to its standard output: what a process killed at its
first byte of output would have left in the database, seen while the command still runs.

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
from collections.abc import Callable, Iterator
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


class _Watched(_Output):
    """Standard output that calls *first* (once) before its first text is written."""

    def __init__(self, first: Callable[[], None]) -> None:
        super().__init__()
        self._first: Callable[[], None] | None = first

    def write(self, text: str) -> int:
        if text and self._first is not None:
            first, self._first = self._first, None
            first()
        return super().write(text)


def run_cli(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``mk3desk *args`` with the variables *env*; what it printed and its exit code."""
    return _run([str(arg) for arg in args], _Output(), env)


def run_cli_watching_output(
    first: Callable[[], None], *args: str | Path, **env: str
) -> subprocess.CompletedProcess[str]:
    """:func:`run_cli`, calling *first* just before the command's first output reaches
    its standard output (while the command is still running)."""
    return _run([str(arg) for arg in args], _Watched(first), env)


def _run(argv: list[str], out: _Output, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    err = _Output()
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
