"""Driving real widgets in tests the way a clerk would, within what Qt allows offscreen."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from mk3desk.db.engine import Database
from mk3desk.services import lookup
from mk3desk.ui.context import AppContext
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.pages.indicators_page import IndicatorsPage
from mk3desk.ui.pdca.work_screen import WorkScreen


def type_text(widget: QWidget, text: str) -> None:
    """Type *text* into *widget*, one key event per character.

    qtbot.keyClicks aborts the process on non-ASCII text such as Thai (docs/STACK-NOTES.md).
    """
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def answer_next_box(seen: list[str], button: QMessageBox.StandardButton | None = None) -> None:
    """Answer the next modal message box (with *button*, else its default) and note its text.

    Message boxes run their own event loop; this waits for one from the event loop.
    """

    # Boxes already open (one an earlier test left open in this worker) are not the one
    # this test waits for: answering one of those instead would leave the new one waiting.
    # (The boxes themselves are held, not their ids: an id can be reused by a new object.)
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not any(box is old for old in earlier):
            seen.append(box.text())
            chosen = box.button(button) if button is not None else None
            if chosen is not None:
                chosen.click()
            else:
                box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


D = TypeVar("D", bound=QDialog)


def answer_next_dialog(kind: type[D], answer: Callable[[D], None]) -> None:
    """Call *answer* with the next modal dialog of *kind* that opens (it clicks a button).

    Like ``answer_next_box``: a dialog of *kind* already open is not the one waited for.
    """
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and not any(dialog is old for old in earlier):
            answer(dialog)
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


def year_context(database: Database, be_year: int = 2567) -> AppContext:
    """The window's context on *database* with fiscal year *be_year* chosen."""
    context = AppContext(database)
    context.set_year(context.read(lambda s: lookup.resolve_year(s, be_year)))
    return context


def plain(text: str) -> str:
    """A menu text as read, without its mnemonic: "แฟ้ม (&F)" → "แฟ้ม"."""
    return re.sub(r" \(&.\)", "", text)


def open_work(window: MainWindow, code: str) -> WorkScreen:
    """Open indicator *code*'s work screen the way a clerk does: search, select, Enter."""
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    page.search.setText(code)
    tree = page.tree
    parent = page.proxy.index(0, 0)
    exact = [
        n
        for n in range(page.proxy.rowCount(parent))
        if page.proxy.index(n, 0, parent).data() == code
    ]
    index = page.proxy.index(exact[0], 0, parent)
    tree.setCurrentIndex(index)
    QTest.keyClick(tree, Qt.Key.Key_Return)  # Enter opens the work screen
    assert page.stack.currentWidget() is page.work
    return page.work
