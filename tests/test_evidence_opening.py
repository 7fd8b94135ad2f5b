"""Opening evidence off the UI thread: a server's file comes from the database in chunks.

The panel's store here is the server's (DatabaseEvidenceStore: the ``evidence_blob``
table exists on SQLite too), held at a gate so the fetch is seen running while the
window keeps answering; then the copy opens, or the clerk reads in Thai why not.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import ClassVar, NamedTuple

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from mk3desk.db.engine import Database
from mk3desk.db.evidence_blobs import DatabaseEvidenceStore
from mk3desk.services.indicator_view import EvidenceView
from mk3desk.ui import evidence_opening
from mk3desk.ui.context import AppContext
from mk3desk.ui.evidence_panel import EvidencePanel
from tests.qt_support import answer_next_box
from tests.support import fresh_database


class GatedStore(DatabaseEvidenceStore):
    """The server's store; each fetch waits at the gate and notes the thread it ran on."""

    def __init__(self, database: Database, cache: Path) -> None:
        super().__init__(database.engine, cache)
        self.gate = threading.Event()
        self.threads: list[threading.Thread] = []
        self.fail_with: Exception | None = None

    def local_path(self, sha256: str) -> Path:
        self.threads.append(threading.current_thread())
        if not self.gate.wait(20):
            raise TimeoutError("the test never opened the gate")
        if self.fail_with is not None:
            raise self.fail_with
        return super().local_path(sha256)


class Desktop:
    """QDesktopServices as far as opening goes: notes the URLs instead of launching."""

    urls: ClassVar[list[QUrl]] = []

    @staticmethod
    def openUrl(url: QUrl) -> bool:  # noqa: N802 - Qt's name
        Desktop.urls.append(url)
        return True


class Opening(NamedTuple):
    """The evidence panel showing one server file, its gated store, and the file's original."""

    panel: EvidencePanel
    store: GatedStore
    source: Path


@pytest.fixture
def opening(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opening]:
    database = fresh_database(tmp_path)
    context = AppContext(database)
    store = GatedStore(database, tmp_path / "cache")
    context.store = store
    source = tmp_path / "สแกนรายงานการประชุม.pdf"
    source.write_bytes(os.urandom(2 * 1024 * 1024 + 4321))  # three chunks on the server
    stored = store.put(source)
    shutil.rmtree(tmp_path / "cache")  # this PC has no copy yet: it comes from the database
    monkeypatch.setattr(evidence_opening, "QDesktopServices", Desktop)
    Desktop.urls = []
    widget = EvidencePanel(context)
    qtbot.addWidget(widget)
    view = EvidenceView(
        1, source.name, stored.size, "", "", datetime(2026, 12, 7, 9, 0), stored.sha256
    )
    widget.show_evidence(1, [view], [], editable=False)
    widget.table.selectRow(0)
    yield Opening(widget, store, source)
    store.gate.set()  # never leave a pool thread waiting
    if QGuiApplication.overrideCursor() is not None:  # a failed test left it up
        QGuiApplication.restoreOverrideCursor()
    database.close()


def test_a_server_file_is_fetched_off_the_ui_thread_then_opens(
    opening: Opening, qtbot: QtBot
) -> None:
    panel, store, source = opening
    panel.open_selected()  # returns at once: the fetch waits at the gate in a pool thread
    assert panel.opener.fetching
    assert not panel.open_button.isEnabled()
    assert "กำลังดึงไฟล์" in panel.hint.text()
    assert QGuiApplication.overrideCursor() is not None
    # The window keeps answering meanwhile: its event loop runs a timer.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2000)
    assert not Desktop.urls

    with qtbot.waitSignal(panel.opener.opened, timeout=20000) as opened:
        store.gate.set()
    copy: Path = opened.args[0]
    assert copy.name == source.name
    assert copy.read_bytes() == source.read_bytes()
    assert [u.toLocalFile() for u in Desktop.urls] == [str(copy)]
    assert store.threads and threading.main_thread() not in store.threads
    assert panel.open_button.isEnabled() and not panel.opener.fetching
    assert "ลากไฟล์มาวาง" in panel.hint.text()
    assert QGuiApplication.overrideCursor() is None


def test_a_file_altered_on_the_server_is_refused_in_thai(opening: Opening, qtbot: QtBot) -> None:
    panel, store = opening.panel, opening.store
    sha = panel.model.file_at(0).sha256
    with store.engine.begin() as connection:
        connection.execute(
            text("UPDATE evidence_blob SET data = :d WHERE sha256 = :s AND chunk = 1"),
            {"d": b"x" * 1024 * 1024, "s": sha},
        )
    seen: list[str] = []
    answer_next_box(seen)
    store.gate.set()
    with qtbot.waitSignal(panel.opener.finished, timeout=20000):
        panel.open_selected()
    qtbot.waitUntil(lambda: bool(seen))
    assert "ไม่ตรงกับค่า SHA-256" in seen[0]
    assert not Desktop.urls and panel.open_button.isEnabled()


def test_the_server_out_of_reach_is_said_in_thai(opening: Opening, qtbot: QtBot) -> None:
    panel, store = opening.panel, opening.store
    store.fail_with = ConnectionResetError("server closed the connection")
    seen: list[str] = []
    answer_next_box(seen)
    store.gate.set()
    with qtbot.waitSignal(panel.opener.finished, timeout=20000):
        panel.open_selected()
    qtbot.waitUntil(lambda: bool(seen))
    assert "ดึงไฟล์ สแกนรายงานการประชุม.pdf มาเปิดไม่สำเร็จ" in seen[0]
    assert "การเชื่อมต่อกับเซิร์ฟเวอร์" in seen[0]
    assert not Desktop.urls and panel.open_button.isEnabled()
