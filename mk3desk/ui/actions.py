"""One way to run a user's action and show its refusal in Thai.

Services refuse with ``Mk3Error`` (nothing written); the window shows the Thai reason
and goes on. Instead of a ``try: … except Mk3Error: show_error(…)`` block at every
button, a widget calls one of these::

    rows = run_action(self, lambda: self.context.read(lambda s: calendar(s, office_year, today)))
    if rows is None:
        return  # refused: the reason was shown

    if try_change(self, self.context, lambda s, a: people.add_group(s, a, name), Topic.PEOPLE):
        ...  # done, and every page showing PEOPLE refreshed itself

    if try_action(dialog, lambda: save(dialog)):  # a refused dialog stays open
        dialog.accept()

``run_action`` gives the result (``None`` when refused), ``try_action`` / ``try_change``
say whether it was done. All three take the same options:

* ``busy=True`` — the wait cursor while the action runs (taken down before the refusal
  is shown, so the message box has the normal cursor);
* ``on_refused=fn`` — show the refusal some other way than the dialog (beside the field
  being typed, in a status line): *fn* gets the ``Mk3Error``; ``translate_error(error)``
  is its Thai text.

Only ``Mk3Error`` is caught: anything else is a bug and goes to the log and the crash
dialog as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mk3desk.domain.errors import Mk3Error
from mk3desk.ui.context import AppContext, Change, Topic, show_error

__all__ = ["Refusal", "busy_cursor", "run_action", "try_action", "try_change"]

T = TypeVar("T")

# Shows a refusal instead of the dialog (e.g. in a status label).
Refusal = Callable[[Mk3Error], None]


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor while the block runs (long reads, backups, imports)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def run_action(
    parent: QWidget | None,
    fn: Callable[[], T],
    *,
    busy: bool = False,
    on_refused: Refusal | None = None,
) -> T | None:
    """Do *fn* and return its result; on a refusal show it and return None.

    The refusal is shown in a dialog over *parent* (``show_error``), or handed to
    *on_refused* instead. For an action whose result may itself be None, use
    ``try_action``.
    """
    try:
        if busy:
            with busy_cursor():
                return fn()
        return fn()
    except Mk3Error as error:
        if on_refused is not None:
            on_refused(error)
        else:
            show_error(parent, error)
        return None


def try_action(
    parent: QWidget | None,
    fn: Callable[[], object],
    *,
    busy: bool = False,
    on_refused: Refusal | None = None,
) -> bool:
    """Do *fn*: True when done, False when refused (the refusal shown as ``run_action``)."""
    done = False

    def act() -> None:
        nonlocal done
        fn()
        done = True

    run_action(parent, act, busy=busy, on_refused=on_refused)
    return done


def try_change(
    parent: QWidget | None,
    context: AppContext,
    fn: Change[object],
    topic: Topic,
    *,
    busy: bool = False,
    on_refused: Refusal | None = None,
) -> bool:
    """``context.run(fn, topic)``: one transaction, then ``changed`` emitted with *topic*.

    True when done; False when refused (nothing written, the refusal shown as
    ``run_action``; a read-only copy is refused too). When the change's result is
    needed: ``run_action(parent, lambda: context.run(fn, topic))``.
    """
    return try_action(parent, lambda: context.run(fn, topic), busy=busy, on_refused=on_refused)
