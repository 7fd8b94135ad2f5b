"""Which evidence files are missing or altered, per the integrity check, for the panels.

After the window is up, a quick check (every file present, sizes as recorded) runs
on a pool thread; the full check — the database file itself (SQLite's integrity
check, schema version) and every evidence file re-hashed, as ``mk3desk check`` does —
runs when the clerk asks (แฟ้ม menu). The panels show the latest result per file; what
the full check found about the database itself is in ``database_findings``. One watch
per AppContext, owned by it (a child QObject), so every evidence panel of a window
shares it without a global.
"""

from __future__ import annotations

import contextlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from mk3desk.db.engine import Database
from mk3desk.ui.context import AppContext

_NAME = "evidenceIntegrityWatch"


class IntegrityWatch(QObject):
    finished = Signal()  # problems holds the new result
    _done = Signal(object)  # from the pool thread: a Result, or the error that stopped it

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName(_NAME)
        self.context = context
        self.problems: dict[int, str] = {}  # evidence id -> Thai text of the finding
        # The last full check's findings that are not about one file (text, is a problem).
        self.database_findings: list[tuple[str, bool]] = []
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False
        self.running_full = False
        self.last_full = False  # the check that just finished was a full one
        self._full_waiting = False  # a full check asked for while another ran
        self._done.connect(self._finish)

    def problem(self, evidence_id: int) -> str | None:
        return self.problems.get(evidence_id)

    def start(self, *, full: bool = False) -> None:
        """Check on a pool thread; ``finished`` follows (one check at a time). A full
        check asked for while a quick one runs follows it (never a stale answer)."""
        if self.running:
            self._full_waiting = self._full_waiting or (full and not self.running_full)
            return
        self.running, self.running_full = True, full
        database, done = self.context.database, self._done

        def work() -> None:
            try:
                result: object = _evidence_problems(database, full)
            except Exception as error:  # a check must never kill the window
                result = error  # (an Mk3Error, or a file system error): problems stay as they were
            # RuntimeError: the watch went with its window while the check ran.
            with contextlib.suppress(RuntimeError):
                done.emit(result)

        self.pool.start(work)

    def check_now(self, *, full: bool = False) -> None:
        """Check on this thread (tests, and callers that need the answer at once)."""
        self._finish(_evidence_problems(self.context.database, full))

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(msecs))

    def _finish(self, result: object) -> None:
        self.running, self.last_full = False, self.running_full
        if isinstance(result, Result):
            self.problems = result.files
            self.last_full = result.full
            if result.full:
                self.database_findings = result.database
        self.finished.emit()
        if self._full_waiting:
            self._full_waiting = False
            self.start(full=True)


class Result(NamedTuple):
    full: bool
    files: dict[int, str]
    database: list[tuple[str, bool]]


def _evidence_problems(database: Database, full: bool) -> Result:
    from mk3desk.services.integrity import Severity, check_database, check_evidence

    if full:
        findings = check_database(database).findings
    else:
        findings = check_evidence(database, verify_content=False)
    files, others = {}, []
    for f in findings:
        text = QCoreApplication.translate("Integrity", f.message).format(**f.params)
        if f.evidence_id is not None:
            files[f.evidence_id] = text
        elif f.severity is not Severity.OK:
            others.append((text, f.severity is Severity.PROBLEM))
    return Result(full, files, others)


def evidence_summary(watch: IntegrityWatch) -> tuple[str, bool]:
    """One line on the evidence files, for the status bar; whether any is wrong."""
    count = len(watch.problems)
    if count:
        text = QCoreApplication.translate(
            "IntegrityWatch", "พบไฟล์หลักฐานที่หายไปหรือถูกแก้ไข {n} รายการ (แสดงเป็นสีแดงในตัวชี้วัด)"
        ).format(n=count)
        return text, True
    return QCoreApplication.translate("IntegrityWatch", "ไฟล์หลักฐานครบและตรงกับที่แนบไว้"), False


def full_check_report(watch: IntegrityWatch) -> tuple[str, bool]:
    """What the full check found — the database itself, then the evidence files — as
    lines for a message box; whether anything is wrong."""
    found = watch.database_findings
    lines = [f"• {text}" for text, _problem in found]
    if not any(problem for _text, problem in found):
        sound = QCoreApplication.translate(
            "IntegrityWatch", "ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน"
        )
        lines.insert(0, f"• {sound}")
    evidence, evidence_wrong = evidence_summary(watch)
    lines.append(f"• {evidence}")
    return "\n".join(lines), evidence_wrong or any(problem for _text, problem in found)


def integrity_watch(context: AppContext) -> IntegrityWatch:
    """The watch of *context*, made on first use."""
    found = context.findChild(IntegrityWatch, _NAME)
    return found if isinstance(found, IntegrityWatch) else IntegrityWatch(context)
