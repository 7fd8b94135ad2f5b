"""Live enough: what others write appears within seconds, and a lost server is said and outlived.

``LiveWatch`` polls the database's change counter (``Database.poll_changes``: the audit
chain's head, one primary-key read — ≈0.1 ms on a SQLite file) every ``INTERVAL_MS``
while the window is idle (a QTimer only fires from the event loop), on a pool thread so
an unreachable server never freezes the window. When someone else wrote — another
window on the same file, the CLI, another client of the server — the pages hear
``Topic.ELSEWHERE``: the page on show reads again (typing not saved yet stays: see
``TextAutosave.load``), the others are marked stale. Not while a dialog is open (the
text conflict dialog, say): then once it closes. A page slow to read is not read again
at every poll while many clerks save: refreshing takes at most a tenth of the time.

On a server, the status bar names it ("เชื่อมต่อเซิร์ฟเวอร์ host/db"). When a poll, a read
or a save finds the connection lost, ``AppContext.set_online(False)`` turns the label
into the warning that typed work is kept; the poll then retries with a growing pause
(up to ``RETRY_MAX_MS``), and when the server answers again ``AppContext.connection``
says so: the texts waiting for it are saved (PDCA texts, criterion narratives and Best
Practice texts: ui/pdca/text_save.py; the Settings page's sections) and every page reads
again.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mk3desk.db.errors import connection_lost
from mk3desk.ui.context import AppContext
from mk3desk.ui.drafts import Drafts
from mk3desk.ui.topics import Topic

log = logging.getLogger(__name__)

INTERVAL_MS = 2500  # the pause between two polls while connected
RETRY_MAX_MS = 10_000  # the longest pause between two tries while the server is lost
# After refreshing for others' changes in t seconds, the next such refresh waits 9·t
# more: at most a tenth of the window's time goes to showing others' work.
REFRESH_SHARE = 10

CONNECTED_STYLE = "color: #1b5e20; padding: 0 8px;"
LOST_STYLE = "color: white; background: #b71c1c; padding: 2px 8px; font-weight: bold;"
DRAFTS_STYLE = "color: #8d6e00; padding: 0 8px;"


class LiveWatch(QObject):
    """Polls for others' changes while idle, and follows the server connection."""

    _polled = Signal(object)  # from the pool thread: True/False (someone else wrote) or the error
    answered = Signal()  # a poll is done (the drafts note looks again)

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int | None = None,
        retry_max_ms: int | None = None,
    ) -> None:
        """Polls every *interval_ms* (default ``INTERVAL_MS``, read now: tests shorten it)."""
        super().__init__(parent)
        self.context = context
        self.interval_ms = interval_ms or INTERVAL_MS
        self.retry_max_ms = retry_max_ms or RETRY_MAX_MS
        self._pause_ms = self.interval_ms
        self._polling = False
        self._stopped = False
        self._missed = False  # others wrote while a dialog was open: tell the pages later
        self._quiet_until = 0.0  # (monotonic) no refresh for others' changes before this
        self.polls = 0  # how many polls answered (tests wait on it)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)
        self._polled.connect(self._answered)
        context.connection.connect(self._connection_changed)

    def start(self) -> None:
        """Learn the counter now, then poll every ``interval_ms``."""
        self.poll()

    def stop(self) -> None:
        """No more polls (the window closes before its database)."""
        self._stopped = True
        self.timer.stop()
        self.pool.waitForDone()

    def poll(self) -> None:
        """Read the change counter on the pool thread (one poll at a time)."""
        if self._polling or self._stopped:
            return
        self._polling = True
        database = self.context.database

        def work() -> None:
            try:
                answer: object = database.poll_changes()
            except Exception as exc:  # handed to the UI thread, judged there
                answer = exc
            self._polled.emit(answer)

        self.pool.start(work)

    def _answered(self, answer: object) -> None:
        try:
            self._judge(answer)  # still "polling": a connection change now schedules nothing
        finally:
            self._polling = False
            self.polls += 1

    def _judge(self, answer: object) -> None:
        if self._stopped:
            return
        self.answered.emit()
        if isinstance(answer, BaseException):
            if connection_lost(answer):
                self.context.set_online(False)
            else:  # a busy SQLite file, say: the next poll will do
                log.warning("change poll failed: %s", answer)
            self._schedule()
            return
        back = not self.context.online
        self._pause_ms = self.interval_ms
        if back:
            self.context.set_online(True)  # waiting texts are saved (text_save.py)
        if answer is True or back or self._missed:
            self._tell_pages()
        self._schedule()

    def _schedule(self) -> None:
        if self.context.online:
            self._pause_ms = self.interval_ms
        self.timer.start(self._pause_ms)
        if not self.context.online:
            self._pause_ms = min(self._pause_ms * 2, self.retry_max_ms)

    def _connection_changed(self, online: bool) -> None:
        if not online and not self._polling:
            # Lost during a save: try again soon, then less and less often.
            self._pause_ms = min(self._pause_ms, self.interval_ms)
            self._schedule()

    def _tell_pages(self) -> None:
        if QApplication.activeModalWidget() is not None or time.monotonic() < self._quiet_until:
            # Never under an open dialog; and with many clerks saving every few seconds,
            # a page that takes long to read is not read again and again: at most a
            # tenth of the time goes to refreshing for others.
            self._missed = True
            return
        self._missed = False
        started = time.monotonic()
        self.context.changed.emit(Topic.ELSEWHERE.value)  # the pages read now (same thread)
        took = time.monotonic() - started
        self._quiet_until = time.monotonic() + REFRESH_SHARE * took


class ConnectionLabel(QLabel):
    """The status bar's permanent note of the office server: connected, or lost."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionLabel")
        self.server = context.database.server_name
        self.setVisible(bool(self.server))  # a SQLite file has no connection to show
        context.connection.connect(self.show_state)
        self.show_state(context.online)

    def show_state(self, online: bool) -> None:
        if online:
            self.setText(self.tr("เชื่อมต่อเซิร์ฟเวอร์ {server}").format(server=self.server))
            self.setStyleSheet(CONNECTED_STYLE)
        else:
            self.setText(self.tr("ขาดการเชื่อมต่อเซิร์ฟเวอร์ — งานที่พิมพ์ไว้ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้"))
            self.setStyleSheet(LOST_STYLE)
        self.setToolTip(
            self.tr("ฐานข้อมูลบนเซิร์ฟเวอร์ {server}").format(server=self.server)
            if online
            else self.tr(
                "ติดต่อเซิร์ฟเวอร์ {server} ไม่ได้ โปรแกรมจะลองใหม่เรื่อย ๆ — "
                "ข้อความที่พิมพ์ไว้ยังอยู่ในช่องและเก็บสำรองไว้ในเครื่องนี้ด้วย"
            ).format(server=self.server)
        )


class DraftsLabel(QLabel):
    """The status bar's note of texts kept on this machine and not saved yet (typed while
    the server was lost, the program closed since): which indicators (or the Best
    Practice dialog) to open to save them. Hidden when there are none; looked at after
    every poll (a small file read)."""

    def __init__(self, context: AppContext, drafts: Drafts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsLabel")
        self.setStyleSheet(DRAFTS_STYLE)
        self.context = context
        self.drafts = drafts
        self._shown: tuple[frozenset[str], bool] | None = None
        self.setVisible(False)
        self.look()

    def look(self) -> None:
        keys = frozenset(self.drafts.all())
        state = (keys, self.context.online)
        if state == self._shown:
            return
        self._shown = state
        self.setVisible(bool(keys))
        if not keys:
            return
        codes = self._codes(keys) if self.context.online else []
        indicators = any(Drafts.indicator_of(key) is not None for key in keys)
        best_practice = any(Drafts.indicator_of(key) is None for key in keys)
        if not self.context.online or (indicators and not codes):
            text = self.tr("ข้อความรอบันทึก {n} ช่อง (เก็บไว้ในเครื่องนี้)").format(n=len(keys))
        elif codes and best_practice:
            text = self.tr(
                "ข้อความรอบันทึก: ตัวชี้วัด {codes} และข้อความ Best Practice — "
                "เปิดตัวชี้วัดหรือหน้าต่างข้อความ Best Practice เพื่อบันทึก"
            ).format(codes=", ".join(codes))
        elif codes:
            text = self.tr("ข้อความรอบันทึก: ตัวชี้วัด {codes} — เปิดตัวชี้วัดเพื่อบันทึก").format(
                codes=", ".join(codes)
            )
        else:
            text = self.tr(
                "ข้อความรอบันทึก: ข้อความ Best Practice — "
                "เปิดหน้าต่างข้อความ Best Practice ในหน้ารายงานเพื่อบันทึก"
            )
        self.setText(text)
        self.setToolTip(
            self.tr(
                "ข้อความที่พิมพ์ไว้ตอนขาดการเชื่อมต่อเซิร์ฟเวอร์ยังไม่ได้บันทึก — "
                "เปิดตัวชี้วัดนั้น (หรือหน้าต่างข้อความ Best Practice) "
                "ข้อความจะกลับมาในช่องและบันทึกให้"
            )
        )

    def _codes(self, keys: frozenset[str]) -> list[str]:
        from mk3desk.domain.errors import Mk3Error
        from mk3desk.services.lookup import get_indicator

        ids = sorted({i for i in map(Drafts.indicator_of, keys) if i is not None})
        if not ids:
            return []
        try:
            return self.context.read(lambda s: [get_indicator(s, i).code for i in ids])
        except Mk3Error:  # lost again, or an indicator since deleted: the count will do
            return []
