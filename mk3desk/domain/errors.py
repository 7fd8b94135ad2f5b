"""Errors the user sees, with Thai messages.

The domain knows no Qt, yet every message must go through Qt translation in the
GUI. So an error keeps its *template* (Thai, the source language of the product)
and its parameters apart: the CLI prints ``str(error)``; the GUI looks the
template up with ``QCoreApplication.translate(error.context, error.template)``
and then formats it. ``QT_TRANSLATE_NOOP`` marks the templates so that
``pyside6-lupdate`` finds them in this Qt-free code.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple


class Template(str):
    """A Thai message template that remembers the translation context it was marked in."""

    context: str

    def __new__(cls, text: str, context: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy keep the context
        return (Template, (str(self), self.context))

    def format(self, *args: Any, **params: Any) -> str:
        """The Thai text with *params* filled in, still translatable: see :class:`Filled`."""
        if args:  # positional fields are not used in marked texts; keep str's behaviour
            return super().format(*args, **params)
        return Filled(self, params)


class Filled(str):
    """A marked template with its parameters filled in.

    It reads as the Thai text (the CLI prints it, the bundle history keeps it), and it
    keeps its template and parameters, so the window shows it in the UI language
    (``ui.i18n.translate_marked``): a reason built deep in Qt-free code (a bundle
    record refused) is no longer Thai for good once formatted."""

    template: Template
    params: dict[str, Any]

    def __new__(cls, template: Template, params: dict[str, Any]) -> Filled:
        filled = super().__new__(cls, str.format(template, **params))
        filled.template = template
        filled.params = params
        return filled

    def __reduce__(self) -> tuple[Any, ...]:
        return (Filled, (self.template, self.params))


class Listing(str):
    """Marked texts joined into one (what a move still needs, why a file is refused).

    It reads as the texts joined with *sep* (the CLI prints it), and keeps them, so the
    window translates each one (``ui.i18n.translate_marked``) instead of showing the
    Thai of the whole list."""

    items: tuple[str, ...]
    sep: str

    def __new__(cls, items: Iterable[str], sep: str = "; ") -> Listing:
        kept = tuple(items)
        listing = super().__new__(cls, sep.join(kept))
        listing.items = kept
        listing.sep = sep
        return listing

    def __reduce__(self) -> tuple[Any, ...]:
        return (Listing, (self.items, self.sep))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate looks for this name
    """Mark *text* for translation in *context*; the GUI translates it where it is shown."""
    return Template(text, context)


class Mk3Error(Exception):
    """Base of every error that is shown to the user."""

    context = "Mk3Error"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params) if self.params else self.template

    def __str__(self) -> str:
        return self.message


class ValidationError(Mk3Error):
    """Data that breaks a rule of the framework (weights, thresholds, missing values)."""


class WorkflowError(Mk3Error):
    """A PDCA transition or an edit that the workflow does not allow."""


class NotFoundError(Mk3Error):
    """An office, year, indicator or person that does not exist."""


class PermissionDeniedError(Mk3Error):
    """The acting person may not do this."""


class StorageError(Mk3Error):
    """The database or the evidence store cannot be used as asked."""


class FieldConflict(NamedTuple):
    """One field of a record two people changed: its label (Thai, marked for
    translation) and each side's value as the form shows it."""

    label: str
    mine: str
    theirs: str


class ConflictError(Mk3Error):
    """Someone else changed the same record since it was read: nothing was written.

    ``mine`` and ``theirs`` carry the two versions of the text (when there is one) so
    the window can show them side by side and let the clerk choose. For a record of
    several fields, ``fields`` lists those where the two differ, and ``current`` is the
    record as stored now (its version, or the values the form reloads): saving again
    *over* ``current`` keeps the clerk's values; showing ``current`` takes theirs.
    """

    def __init__(
        self,
        template: str,
        *,
        mine: str = "",
        theirs: str = "",
        fields: Sequence[FieldConflict] = (),
        current: object = None,
        **params: Any,
    ) -> None:
        super().__init__(template, **params)
        self.mine = mine
        self.theirs = theirs
        self.fields = tuple(fields)
        self.current = current


class BusyError(StorageError):
    """Another program held the database's write lock for longer than we wait."""


class ConnectionLostError(StorageError):
    """The office server cannot be reached (network down, server restarted): nothing was
    written this time; the window keeps what was typed and saves it when it is back."""
