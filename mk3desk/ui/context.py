"""What every page of the window shares: the open database, the office-year in view,
and who is working.

Pages hold no sessions. They read with ``read(fn)`` and change data with
``run(fn, topic)``: one transaction per user action (all or nothing), after which
``changed`` is emitted with the topic so every page that shows it refreshes
itself (Anki's "operations" idea, without a global window).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.errors import connection_lost, lost_connection_error
from mk3desk.db.evidence_store import EvidenceFiles
from mk3desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    ConnectionLostError,
    Mk3Error,
    PermissionDeniedError,
)
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services.context import Actor
from mk3desk.ui.topics import Topic

__all__ = ["AppContext", "Change", "Topic", "show_error"]

T = TypeVar("T")

# One user action as ``AppContext.run`` does it: the session of its transaction and who
# acts. Widgets name the type of their actions with this (``Change[object]``) instead of
# importing SQLAlchemy's Session.
Change: TypeAlias = Callable[[Session, Actor], T]


class AppContext(QObject):
    changed = Signal(str)  # a Topic value
    # The office server reached again (True) or lost (False): a read or a save failed
    # for the connection, or ui/live.py's poll found it back.
    connection = Signal(bool)

    def __init__(
        self, database: Database, *, read_only: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.store: EvidenceFiles = database.evidence_store()
        self.read_only = read_only
        # The office-year in view: the one value every service is given (never a bare
        # พ.ศ. year, which two offices of one database can share).
        self.office_year: OfficeYear | None = None
        self.actor: Actor = Actor.system()
        self.online = True  # False from a lost connection until it is found back

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.connection.emit(online)

    @property
    def office_id(self) -> int | None:
        return self.office_year.office_id if self.office_year is not None else None

    @property
    def year_id(self) -> int | None:
        return self.office_year.year_id if self.office_year is not None else None

    def set_year(self, office_year: OfficeYear) -> None:
        self.office_year = office_year
        self.changed.emit(Topic.YEAR.value)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.changed.emit(Topic.ACTOR.value)

    def read(self, fn: Callable[[Session], T]) -> T:
        """*fn* on a session that only reads; a lost server is the Thai ConnectionLostError."""
        try:
            with self.database.session() as session:
                return fn(session)
        except DBAPIError as exc:
            if not connection_lost(exc):
                raise
            self.set_online(False)
            raise lost_connection_error() from exc

    def require_writable(self) -> None:
        """Raise the Thai refusal when this copy opened the database read-only."""
        if self.read_only:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP(
                    "AppContext",
                    "เปิดฐานข้อมูลแบบอ่านอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งเปิดไฟล์นี้อยู่) จึงบันทึกไม่ได้",
                )
            )

    def run(self, fn: Change[T], topic: Topic) -> T:
        """Do one user action in one transaction, then tell the pages what changed.

        Raises Mk3Error (nothing written) for the caller to show: ``ui.actions.try_change``
        does both.
        """
        self.require_writable()
        try:
            with self.database.transaction() as session:
                result = fn(session, self.actor)
        except ConnectionLostError:
            self.set_online(False)
            raise
        self.changed.emit(topic.value)
        return result


def show_error(parent: QWidget | None, error: Mk3Error) -> None:
    """A refusal shown in Thai: the message says what was wrong; nothing was written.

    Widgets do not catch Mk3Error themselves: ``mk3desk.ui.actions`` runs an action
    and calls this (``run_action``, ``try_action``, ``try_change``)."""
    from mk3desk.ui.i18n import translate_error

    title = QCoreApplication.translate("AppContext", "ทำรายการไม่สำเร็จ")
    QMessageBox.warning(parent, title, translate_error(error))
