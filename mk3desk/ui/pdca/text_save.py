"""Saving a PDCA text (or a criterion's narrative) typed in the window, and what happens
when someone saved it first.

Every save passes ``base=``: the text the editor was loaded with or last saved (the
autosave's ``base``). When the stored text changed since — the CLI, a received bundle,
another client saved the same field — ``pdca.save_text`` refuses with a
``ConflictError`` carrying both texts, and the clerk chooses in ``TextConflictDialog``:

* "เก็บของฉัน": the typed text is saved over the other one (a new save, with the other
  text as its base; if yet another save came in between, the clerk is asked again).
  The other text is copied to the clipboard.
* "ใช้ของเขา": the stored text replaces the typed one in the editor, as one edit Ctrl+Z
  takes back, and the typed text is copied to the clipboard.

Either way nothing typed or saved is lost without the clerk seeing it.

When the office server cannot be reached (the save fails for the connection, or the
window already knows it is lost), nothing is asked: the text stays in the editor,
waiting (``TextAutosave.wait_for_connection``), and is kept on this machine too
(ui/drafts.py) in case the program is closed before the server is back; the status
bar says so (ui/live.py). When the connection returns the work screen retries it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mk3desk.domain.errors import ConflictError, ConnectionLostError, Mk3Error
from mk3desk.services import pdca
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.actions import try_change
from mk3desk.ui.context import AppContext, Change, Topic, show_error
from mk3desk.ui.dialogs.text_conflict_dialog import Choice, TextConflictDialog
from mk3desk.ui.drafts import Draft, Drafts, Owner
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.widgets.autosave import TextAutosave


def save_pdca_text(
    parent: QWidget,
    context: AppContext,
    autosave: TextAutosave,
    indicator_id: int,
    field: PdcaField,
    text: str,
) -> bool:
    """Save *text* over ``autosave.base``: True when saved (the autosave's contract)."""
    return save_text_over(
        parent,
        context,
        autosave,
        text,
        lambda typed, base: (
            lambda s, a: pdca.save_text(s, a, indicator_id, field, typed, base=base)
        ),
        draft=(indicator_id, field.value),
    )


def save_text_over(
    parent: QWidget,
    context: AppContext,
    autosave: TextAutosave,
    text: str,
    save: Callable[[str, str], Change[object]],
    topic: Topic = Topic.INDICATOR,
    *,
    draft: tuple[Owner, str] | None = None,
) -> bool:
    """Save *text* with ``save(text, base)`` (a change refusing with both texts when the
    stored one is no longer *base*), starting from ``autosave.base``; True when saved.

    *draft*: (owner, drafts key) under which the text is kept on this machine while
    the server cannot be reached (ui/drafts.py: an indicator's id for the PDCA texts
    and criteria narratives, ``Drafts.best_practice(…)`` for the Best Practice texts).
    Without it the text waits in its editor only."""
    base = autosave.base
    drafts = drafts_of(context) if draft is not None else None
    while True:
        if not context.online:
            outcome: bool | Mk3Error = ConnectionLostError("")
        else:
            outcome = _save_over(parent, context, save(text, base), topic)
        if isinstance(outcome, ConnectionLostError):
            # Kept in the editor (and, with a drafts key, on this machine); saved when
            # the server is back.
            if drafts is not None and draft is not None:
                drafts.keep(*draft, Draft(text, base))
            autosave.wait_for_connection()
            return False
        if outcome is True and drafts is not None and draft is not None:
            drafts.drop(*draft)
        if not isinstance(outcome, ConflictError):
            return bool(outcome)  # saved, or refused for another reason (shown; text kept)
        choice = TextConflictDialog.ask(
            parent, translate_error(outcome), outcome.mine, outcome.theirs
        )
        clipboard = QGuiApplication.clipboard()
        if choice is Choice.KEEP_MINE:
            clipboard.setText(outcome.theirs)
            base = outcome.theirs  # saved over theirs next time round, unless newer again
            continue
        clipboard.setText(text)
        if choice is Choice.TAKE_THEIRS:
            autosave.replace(outcome.theirs)
            if drafts is not None and draft is not None:
                drafts.drop(*draft)
        return False


def criterion_draft_key(key: str) -> str:
    """The drafts key of a criterion's narrative (beside the PDCA fields' own names)."""
    return f"criterion:{key}"


def drafts_of(context: AppContext) -> Drafts:
    """The texts kept on this machine for the database *context* has open."""
    return Drafts.of(context.database)


def _save_over(
    parent: QWidget, context: AppContext, change: Change[object], topic: Topic
) -> bool | Mk3Error:
    """One save: True when done; the text conflict, or the lost connection, when refused
    for one (not shown); else False (the refusal shown)."""
    conflicts: list[Mk3Error] = []

    def refused(error: Mk3Error) -> None:
        if isinstance(error, ConflictError) and (error.mine or error.theirs):
            conflicts.append(error)
        elif isinstance(error, ConnectionLostError):
            conflicts.append(error)  # the status bar says it; no dialog at every pause
        else:
            show_error(parent, error)

    if try_change(parent, context, change, topic, on_refused=refused):
        return True
    return conflicts[0] if conflicts else False
