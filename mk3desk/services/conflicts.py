"""Refusing a save that would overwrite what someone else saved since the form read it.

Every form that edits a record passes what it read: the record's ``version`` (the
people, assignments, committees, knowledge sessions, recognitions, SWOT) or, for a
record without one, the values it showed (the office profile, the settings, a group's
name). When the stored record is no longer that, another clerk, the CLI, a bundle or
another client of the office server saved in between; the save is refused with a
``ConflictError`` listing each field the clerk's values and the stored ones differ in,
and carrying the stored record (``current``) so that the form can either show it
("ใช้ของเขา") or save again over it ("เก็บของฉัน").

When every field the form saves already holds the clerk's value, saving changes nothing
someone else wrote, and it goes ahead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, FieldConflict

T = TypeVar("T")

RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "Conflict",
    "{what}: มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้วหลังจากที่คุณเปิดดู จึงยังไม่ได้บันทึกของคุณ",
)


def read_locked(session: Session, row: object) -> None:
    """Read *row* again, locked until the transaction ends (``SELECT … FOR UPDATE`` on
    the office server), so that two clients saving the same record at the same moment
    take turns: the second reads what the first saved and is refused with both values
    instead of failing on the stale version. (SQLite's write transactions already take
    turns: ``BEGIN IMMEDIATE``.)

    Everything the session read before the lock is read again after it (its related
    rows too: an indicator's assignment, criteria and values), once this transaction's
    own changes are written."""
    session.flush()
    session.expire_all()  # before the locked read: the row itself is not read twice
    session.refresh(row, with_for_update=True)


def get_locked(session: Session, entity: type[T], ident: int, *loads: ORMOption) -> T | None:
    """:func:`read_locked` for a row found by its primary key, None when there is none.

    On the office server the row is locked first (``SELECT id … FOR UPDATE``), then read
    with the related rows *loads* names (``joinedload``) in one statement: a statement
    run after the lock is granted sees what the client it waited for committed, the
    related rows too (one statement that both waited for the lock and joined them
    would give the locked row as now and the joined rows as they were when it began).
    Everything the session read before is read again after the lock."""
    session.flush()
    session.expire_all()
    if session.get_bind().dialect.name != "sqlite":  # SQLite: BEGIN IMMEDIATE holds it
        key = inspect(entity).primary_key[0]
        session.execute(select(key).where(key == ident).with_for_update())
    return session.get(entity, ident, options=loads, populate_existing=True)


def refuse_if_changed(
    changed: bool,
    what: str,
    fields: Iterable[FieldConflict],
    current: object,
) -> None:
    """Raise the conflict when the record *changed* since it was read and one of
    *fields* (label, the clerk's value, the stored value) differs; *what* names the
    record ("บุคลากร นางอรุณี ศรีสวัสดิ์")."""
    if not changed:
        return
    differing = tuple(f for f in fields if f.mine != f.theirs)
    if differing:
        raise ConflictError(RECORD_CHANGED, fields=differing, current=current, what=what)


def yes_no(value: bool) -> str:
    return QT_TRANSLATE_NOOP("Conflict", "ใช่") if value else QT_TRANSLATE_NOOP("Conflict", "ไม่ใช่")
