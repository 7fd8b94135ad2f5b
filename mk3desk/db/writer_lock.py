"""The single-writer lock, as the command line honours it (no Qt here).

The window takes ``<database>.lock`` with Qt's ``QLockFile`` (``ui/single_instance.py``):
a second window opens the file read-only. A CLI command that writes must respect the
same lock, or a window plus one command is enough to make two writers. It also takes
the lock itself while it writes, so a window started meanwhile opens read-only.

The file is QLockFile's: lines ``pid``, program name, host name (Qt may add more lines;
they are ignored here). Created with ``O_CREAT | O_EXCL`` so two takers cannot both
win. A lock held by a live process — or by another machine, where we cannot tell — is
waited for a few seconds and then refused in Thai; one left by a dead process on this
machine is stale and taken over (as QLockFile does).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, BusyError

# How long a command waits for the window (or another command) to let go.
WAIT_SECONDS = float(os.environ.get("MK3DESK_LOCK_WAIT", "5"))
_POLL_SECONDS = 0.2
APP_NAME = "mk3desk"


class Holder(NamedTuple):
    pid: int
    app_name: str
    hostname: str


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def read_holder(db_path: Path) -> Holder | None:
    """Who holds the lock, or None when there is no (readable) lock file."""
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    except OSError:  # held open exclusively (Windows): someone has it
        return Holder(0, "", "?")
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return Holder(0, "", "?")  # half written: treat as held, look again shortly
    return Holder(pid, lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else "")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return True  # unknown: assume held
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, another user's
    except OSError:
        return True  # Windows: os.kill(pid, 0) is not a probe there; assume held
    return True


def is_stale(holder: Holder) -> bool:
    """A lock left by a process on this machine that has died."""
    same_host = holder.hostname in ("", socket.gethostname())
    return same_host and holder.pid > 0 and not _alive(holder.pid)


def _take(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(f"{os.getpid()}\n{APP_NAME}\n{socket.gethostname()}\n")
    return True


def busy_error(db_path: Path, holder: Holder | None) -> BusyError:
    return BusyError(
        QT_TRANSLATE_NOOP(
            "Database",
            "ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine}) "
            "รอแล้ว {seconds} วินาที — ยังไม่ได้บันทึก ปิดโปรแกรมอีกชุดหนึ่งแล้วลองอีกครั้ง",
        ),
        path=str(db_path),
        machine=(holder.hostname if holder and holder.hostname else "?"),
        seconds=int(WAIT_SECONDS),
    )


@contextmanager
def writer_lock(db_path: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the database's single-writer lock while the block runs (CLI writes)."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    while not _take(path):
        holder = read_holder(db_path)
        if holder is not None and is_stale(holder):
            path.unlink(missing_ok=True)  # its process is gone: take it over
            continue
        if time.monotonic() >= deadline:
            raise busy_error(db_path, holder)
        time.sleep(_POLL_SECONDS)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
