"""A cheap counter of changes, the same on a SQLite file and on the office server.

Every unit of work that writes is chained into the audit trail as it commits
(audit_chain.py), and the chain's head row names its newest entry. So the head's
entry id is a change counter: one primary-key read (``change_token``) tells whether
anything was written since it was last read — by this window, another window on the
same file, the CLI, or another client of the server.

``ChangeCounter`` keeps the last token one program has seen and tells *its own*
writes from the others': ``Database.transaction`` reports each commit's (head before,
head after) with ``own``; a commit that started from the token the counter holds moves
it on, so only someone else's write makes ``poll`` answer True. (On PostgreSQL entry
ids come from a sequence and need not grow in commit order: the token is compared for
equality, never for "newer".)
"""

from __future__ import annotations

import threading

from sqlalchemy import Connection, Engine, text

_TOKEN = text("SELECT entry_id FROM audit_chain_head WHERE id = 1")


def change_token(connection: Connection) -> int:
    """The newest chained audit entry's id (0: nothing written yet)."""
    return int(connection.execute(_TOKEN).scalar() or 0)


class ChangeCounter:
    """The last change token a program has seen; thread-safe (the window polls off the UI
    thread while its own saves commit on it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: int | None = None  # None: never read

    @property
    def token(self) -> int | None:
        return self._token

    def own(self, before: int, after: int) -> None:
        """This program committed, moving the head from *before* to *after*."""
        with self._lock:
            if self._token is not None and before == self._token:
                self._token = after

    def poll(self, engine: Engine) -> bool:
        """Read the token: True when someone else wrote since the last poll (the first
        poll only learns the token). Database errors go to the caller."""
        with self._lock:
            start = self._token
        with engine.connect() as connection:
            token = change_token(connection)
        with self._lock:
            if self._token != start:
                return False  # this program committed meanwhile: the next poll decides
            self._token = token
            return start is not None and token != start
