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
* ``on_conflict=OnConflict(again, reload)`` — a form's save that passes the version it
  read (``services.conflicts``): when someone saved the record since, the refusal
  carries the fields that differ and ``RecordConflictDialog`` shows them side by side.
  "เก็บของฉัน" calls ``again(error)``, which saves the form's values once more over
  ``error.current`` (asked again if yet another save came in between); "ใช้ของเขา"
  calls ``reload(error)``, which shows ``error.current`` in the form. ``try_change``
  takes the two as ``again=`` (the change to run instead) and ``reload=``::

      try_change(self, context, lambda s, a: save(s, a, version=read.version), Topic.PEOPLE,
                 again=lambda e: lambda s, a: save(s, a, version=e.current.version),
                 reload=lambda e: self.show(e.current))

Only ``Mk3Error`` is caught: anything else is a bug and goes to the log and the crash
dialog as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mk3desk.domain.errors import ConflictError, Mk3Error
from mk3desk.ui.context import AppContext, Change, Topic, show_error
from mk3desk.ui.dialogs.record_conflict_dialog import Choice, RecordConflictDialog
from mk3desk.ui.i18n import translate_error

__all__ = ["OnConflict", "Refusal", "busy_cursor", "run_action", "try_action", "try_change"]

T = TypeVar("T")

# Shows a refusal instead of the dialog (e.g. in a status label).
Refusal = Callable[[Mk3Error], None]


@dataclass(frozen=True)
class OnConflict(Generic[T]):
    """What a form does when its save finds the record saved by someone else since."""

    # "เก็บของฉัน": save the form's values again over ``error.current``; its result.
    again: Callable[[ConflictError], T]
    # "ใช้ของเขา": show ``error.current`` in the form.
    reload: Callable[[ConflictError], None]


def _resolve(parent: QWidget | None, error: ConflictError) -> Choice | None:
    """The clerk's choice in the side-by-side view of *error*'s fields."""
    return RecordConflictDialog.ask(parent, translate_error(error), error.fields)


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
    on_conflict: OnConflict[T] | None = None,
) -> T | None:
    """Do *fn* and return its result; on a refusal show it and return None.

    The refusal is shown in a dialog over *parent* (``show_error``), or handed to
    *on_refused* instead; a record saved by someone else since the form read it goes to
    the side-by-side choice when the form says how to choose (*on_conflict*). For an
    action whose result may itself be None, use ``try_action``.
    """
    try:
        if busy:
            with busy_cursor():
                return fn()
        return fn()
    except ConflictError as error:
        if on_conflict is None or not error.fields:
            _refused(parent, error, on_refused)
            return None
        conflict, resolve = error, on_conflict
        choice = _resolve(parent, conflict)
        if choice is Choice.KEEP_MINE:
            return run_action(
                parent,
                lambda: resolve.again(conflict),
                busy=busy,
                on_refused=on_refused,
                on_conflict=on_conflict,
            )
        if choice is Choice.TAKE_THEIRS:
            on_conflict.reload(error)
        return None
    except Mk3Error as error:
        _refused(parent, error, on_refused)
        return None


def _refused(parent: QWidget | None, error: Mk3Error, on_refused: Refusal | None) -> None:
    if on_refused is not None:
        on_refused(error)
    else:
        show_error(parent, error)


def try_action(
    parent: QWidget | None,
    fn: Callable[[], object],
    *,
    busy: bool = False,
    on_refused: Refusal | None = None,
    on_conflict: OnConflict[object] | None = None,
) -> bool:
    """Do *fn*: True when done, False when refused (the refusal shown as ``run_action``)."""
    done = False

    def marked(action: Callable[[], object]) -> None:
        nonlocal done
        action()
        done = True

    resolve: OnConflict[None] | None = None
    if on_conflict is not None:
        chosen = on_conflict
        resolve = OnConflict(lambda e: marked(lambda: chosen.again(e)), chosen.reload)
    run_action(parent, lambda: marked(fn), busy=busy, on_refused=on_refused, on_conflict=resolve)
    return done


def try_change(
    parent: QWidget | None,
    context: AppContext,
    fn: Change[object],
    topic: Topic,
    *,
    busy: bool = False,
    on_refused: Refusal | None = None,
    again: Callable[[ConflictError], Change[object]] | None = None,
    reload: Callable[[ConflictError], None] | None = None,
) -> bool:
    """``context.run(fn, topic)``: one transaction, then ``changed`` emitted with *topic*.

    True when done; False when refused (nothing written, the refusal shown as
    ``run_action``; a read-only copy is refused too). When the change's result is
    needed: ``run_action(parent, lambda: context.run(fn, topic))``. A form that saves
    over the version it read gives *again* (the change that saves over
    ``error.current``) and *reload*: the clerk then chooses between the two records.
    """
    on_conflict: OnConflict[object] | None = None
    if again is not None:
        save_again = again
        on_conflict = OnConflict(
            lambda e: context.run(save_again(e), topic), reload or (lambda _e: None)
        )
    return try_action(
        parent,
        lambda: context.run(fn, topic),
        busy=busy,
        on_refused=on_refused,
        on_conflict=on_conflict,
    )


def save_record(
    parent: QWidget | None,
    context: AppContext,
    topic: Topic,
    *,
    create: Change[int],
    edit: Callable[[int, int], Change[object]],
    shown: tuple[int, int] | None,
    reload: Callable[[int], None],
) -> int | None:
    """Create a record (*shown* None) or save the one a form shows, *shown* = (its id,
    the version the form read), over that version: saved by someone else since, the
    clerk chooses ("เก็บของฉัน" saves ``edit(id, stored version)``, "ใช้ของเขา" calls
    ``reload(id)``). The record's id when saved, else None (the refusal shown)."""
    if shown is None:
        return run_action(parent, lambda: context.run(create, topic))
    record_id, version = shown
    edited = try_change(
        parent,
        context,
        edit(record_id, version),
        topic,
        again=lambda error: edit(record_id, stored_version(error, version)),
        reload=lambda _error: reload(record_id),
    )
    return record_id if edited else None


def stored_version(error: ConflictError, version_read: int) -> int:
    """The version of the record as stored, which a conflict carries (``error.current``)."""
    version = getattr(error.current, "version", None)
    return version if isinstance(version, int) else version_read
