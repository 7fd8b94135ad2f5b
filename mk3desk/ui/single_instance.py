"""One writer per database: a lock file next to it.

Two copies of the program writing the same SQLite file (a clerk double-clicks the
icon twice, or two machines open one file on a shared drive) would interleave their
PDCA moves and audit entries. So the first copy takes ``<database>.lock``; a second
copy **refuses to open that database for writing** and offers to open it read-only
(view and print, no edits) — the app shows ``busy_message()`` and decides.

The lock is a ``QLockFile``: it holds the owner's PID, host and program name. On the
same machine a lock whose process has died (a crash, a power cut) is stale and is
taken over at once. On another machine Qt cannot see the process, and the lock file
is not touched while held, so no age would tell a live lock from a dead one: such a
lock is never broken automatically; ``break_lock`` exists for the app to offer after
the clerk confirms the other machine is off.
"""

from __future__ import annotations

import socket
from pathlib import Path
from types import TracebackType
from typing import Literal, NamedTuple

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class LockHolder(NamedTuple):
    """Who holds the lock, as written in the lock file."""

    pid: int
    hostname: str
    app_name: str


class InstanceLock:
    """A held lock on one database; release it when the database is closed."""

    def __init__(self, db_path: Path, lock: QLockFile) -> None:
        self.db_path = db_path
        self._lock = lock

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _qlock(db_path: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(db_path)))
    # 0 = never treat a lock as stale by age; a dead process on this host is still
    # detected through its PID (see module docstring).
    lock.setStaleLockTime(0)
    return lock


def acquire(db_path: Path) -> InstanceLock | None:
    """Lock *db_path* for this process; ``None`` if another live copy holds it."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = _qlock(db_path)
    if lock.tryLock(0):
        return InstanceLock(db_path, lock)
    return None


def holder(db_path: Path) -> LockHolder | None:
    """Who holds the lock on *db_path*, if anyone does and the file is readable."""
    if not lock_path(db_path).exists():
        return None
    # PySide6 returns (pid, hostname, app_name); pid 0 when the file cannot be read.
    pid, hostname, app_name = _qlock(db_path).getLockInfo()
    if not pid:
        return None
    return LockHolder(pid=int(pid), hostname=str(hostname), app_name=str(app_name))


def break_lock(db_path: Path) -> bool:
    """Delete the lock file of *db_path* — only after the clerk confirmed the holder is gone."""
    try:
        lock_path(db_path).unlink()
    except FileNotFoundError:
        return False
    return True


def busy_message(db_path: Path) -> str:
    """The Thai (translated) text the app shows when ``acquire`` returned ``None``."""
    who = holder(db_path)
    machine = who.hostname if who and who.hostname else "?"
    return QCoreApplication.translate(
        "SingleInstance",
        "ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})\n"
        "เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)\n"
        "หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน",
    ).format(path=db_path, machine=machine)


def held_elsewhere(db_path: Path) -> bool:
    """The lock is held by another machine (a laptop on a shared drive): Qt cannot
    tell whether that copy still runs, so only the clerk can decide to break it."""
    who = holder(db_path)
    return who is not None and bool(who.hostname) and who.hostname != socket.gethostname()


LockChoice = Literal["read_only", "break", "cancel"]


def ask_about_lock(db_path: Path) -> LockChoice:
    """Say the database is in use; open read-only, or — when another machine holds the
    lock — let the clerk break it after a clear warning. Returns what was chosen."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("Launch", "ฐานข้อมูลกำลังถูกใช้งาน")
    if not held_elsewhere(db_path):
        QMessageBox.information(None, title, busy_message(db_path))
        return "read_only"
    who = holder(db_path)
    box = QMessageBox(QMessageBox.Icon.Warning, title, busy_message(db_path))
    box.setInformativeText(
        QCoreApplication.translate(
            "SingleInstance",
            "ถ้าแน่ใจว่าเครื่อง {machine} ปิดไปแล้ว (เช่น เครื่องค้างหรือไฟดับ) ปลดล็อกเพื่อแก้ไขได้ "
            "— ถ้าเครื่องนั้นยังเปิดโปรแกรมอยู่ การปลดล็อกจะทำให้บันทึกทับกันและข้อมูลเสียหายได้",
        ).format(machine=who.hostname if who is not None else "?")
    )
    read_only = box.addButton(
        QCoreApplication.translate("SingleInstance", "เปิดแบบดูอย่างเดียว"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    unlock = box.addButton(
        QCoreApplication.translate("SingleInstance", "ปลดล็อก (เครื่องนั้นปิดแล้ว)"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is unlock:
        break_lock(db_path)
        return "break"
    return "read_only" if clicked is read_only else "cancel"
