"""The recovery code: the way back when the coordinator's password is forgotten.

At set-up (the first start, ``mk3desk office create --coordinator``) and whenever a
coordinator asks for a new one, a random code is made (:data:`GROUPS` groups of
:data:`GROUP_LENGTH` characters from an alphabet without look-alikes, about 99 bits)
and shown once, to be printed and kept in the office safe. Only its Argon2id hash is
stored, as the office setting ``recovery_code_hash`` (so it is in the audit chain, and
the history shows it hidden like a password hash); a new code replaces it.

With the code, anyone may set a new password for one of the office's coordinator
accounts (:func:`recover`). The code is then used up and a new one is made at once.
A wrong code is a failed login of that account: it counts toward the same growing
delay (``accounts.wait_after``), recorded in the database. Like ``verify_login`` the
service answers rather than raises, so that the caller's transaction commits the
failure; it never sleeps.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import Account, OfficeSetting
from mk3desk.db.types import utcnow
from mk3desk.domain.actor import Actor, parse_roles
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.domain.workflow import Role
from mk3desk.services import accounts
from mk3desk.services.context import audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require

SETTING_KEY = "recovery_code_hash"
# Capital letters and digits a clerk cannot mistake for one another: no I, L, O, 0, 1.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
GROUPS = 4
GROUP_LENGTH = 5
CODE_LENGTH = GROUPS * GROUP_LENGTH


@dataclass(frozen=True)
class RecoveryResult:
    actor: Actor | None  # the coordinator whose password was set; None: refused (see error)
    new_code: str = ""  # the next code, to be shown once (the used one is gone)
    user_name: str = ""
    error: Mk3Error | None = None
    wait_seconds: int = 0


@dataclass(frozen=True)
class CoordinatorLogin:
    user_name: str
    person_name: str


def new_code() -> str:
    """A fresh random code, grouped for reading aloud: ``ABCDE FGHJK MNPQR STUVW``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return " ".join(chars[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))


def _has_thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


def normalise_code(text: str) -> str:
    """The code as typed, the way it is hashed: capitals, no spaces or dashes.

    Refuses (ValidationError) what cannot be a code — typed with the Thai keyboard, or
    of the wrong length — before anything is checked or counted."""
    if _has_thai(text):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Recovery",
                "รหัสกู้คืนมีแต่อักษรภาษาอังกฤษและตัวเลข — โปรดเปลี่ยนแป้นพิมพ์เป็นภาษาอังกฤษแล้วพิมพ์ใหม่",
            )
        )
    code = "".join(c for c in text.upper() if c.isalnum())
    if len(code) != CODE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Recovery",
                "รหัสกู้คืนมี {length} ตัวอักษร (4 กลุ่ม กลุ่มละ 5 ตัว) — ที่พิมพ์มามี {typed} ตัว",
            ),
            length=CODE_LENGTH,
            typed=len(code),
        )
    return code


def _setting(session: Session, office_id: int) -> OfficeSetting | None:
    return session.scalar(
        select(OfficeSetting).where(
            OfficeSetting.office_id == office_id, OfficeSetting.key == SETTING_KEY
        )
    )


def code_issued_at(session: Session, office_id: int) -> datetime | None:
    """When the office's current code was made; None: it has none."""
    row = _setting(session, office_id)
    return row.updated_at if row is not None and row.value else None


def _store(session: Session, office_id: int) -> str:
    code = new_code()
    hashed = accounts.HASHER.hash(normalise_code(code))
    row = _setting(session, office_id)
    if row is None:
        office = get_office(session, office_id)  # held: the append needs its parent alive
        office.settings.append(OfficeSetting(key=SETTING_KEY, value=hashed))
    else:
        row.value = hashed
    session.flush()
    return code


def issue_code(session: Session, actor: Actor, office_id: int) -> str:
    """A new code for the office (the old one no longer works): shown once, never stored.

    The coordinator's right; at set-up the system acts (no account exists yet)."""
    require(session, actor, Action.ACCOUNTS)
    code = _store(session, office_id)
    audit(session, actor, "account.recovery_code", get_office(session, office_id).name)
    return code


def coordinator_logins(session: Session, office_id: int) -> list[CoordinatorLogin]:
    """The accounts a recovery code may set a password for: enabled, of active coordinators."""
    found = session.scalars(
        select(Account).where(Account.office_id == office_id).order_by(Account.user_key)
    )
    return [CoordinatorLogin(a.user_name, a.person.name) for a in found if _recoverable(a)]


def _recoverable(account: Account) -> bool:
    person = account.person
    return not account.disabled and person.active and Role.COORDINATOR in parse_roles(person.roles)


def _refused(template: str, **params: object) -> RecoveryResult:
    return RecoveryResult(None, error=ValidationError(template, **params))


def recover(
    session: Session,
    office_id: int,
    user_name: str,
    code: str,
    new_password: str,
    *,
    now: datetime | None = None,
) -> RecoveryResult:
    """Set a coordinator's password with the office's recovery code, which is used up.

    Call inside a transaction that commits: a wrong code is recorded as a failed login
    of that account. Bad input (not a coordinator, a malformed code, a short password,
    an office without a code) is refused before the code is checked or counted."""
    now = now or utcnow()
    account = session.scalar(
        select(Account).where(
            Account.office_id == office_id, Account.user_key == accounts.user_key(user_name)
        )
    )
    if account is None or not _recoverable(account):
        return _refused(
            QT_TRANSLATE_NOOP(
                "Recovery", "“{name}” ไม่ใช่บัญชีผู้ประสานที่ใช้งานได้ในสำนักงานนี้ — รหัสกู้คืนใช้กับบัญชีผู้ประสานเท่านั้น"
            ),
            name=user_name.strip(),
        )
    wait = accounts.wait_after(account.failed_attempts)
    if wait and account.last_failure_at is not None:
        left = (account.last_failure_at + timedelta(seconds=wait) - now).total_seconds()
        if left > 0:
            seconds = math.ceil(left)
            return RecoveryResult(
                None,
                error=accounts.LoginError(
                    QT_TRANSLATE_NOOP(
                        "Recovery", "ใส่รหัสผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่"
                    ),
                    seconds=seconds,
                ),
                wait_seconds=seconds,
            )
    row = _setting(session, office_id)
    if row is None or not row.value:
        return _refused(
            QT_TRANSLATE_NOOP(
                "Recovery",
                "สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ (หน้าบัญชีผู้ใช้) "
                "ถ้าไม่มี โปรดดูหัวข้อ “ลืมรหัสผ่าน” ในคู่มือ",
            )
        )
    try:
        typed = normalise_code(code)
        accounts.check_password(new_password)
    except ValidationError as error:
        return RecoveryResult(None, error=error)
    if not accounts.verify_hash(row.value, typed):
        account.failed_attempts += 1
        account.last_failure_at = now
        session.flush()
        return RecoveryResult(
            None,
            error=accounts.LoginError(
                QT_TRANSLATE_NOOP("Recovery", "รหัสกู้คืนไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน")
            ),
            wait_seconds=accounts.wait_after(account.failed_attempts),
        )
    account.password_hash = accounts.HASHER.hash(new_password)
    account.must_change = False
    account.failed_attempts = 0
    account.last_failure_at = None
    session.flush()
    actor = Actor.of(account.person)
    audit(session, actor, "account.recover", account.user_name, "ใช้รหัสกู้คืน")
    fresh = _store(session, office_id)
    audit(session, actor, "account.recovery_code", get_office(session, office_id).name)
    return RecoveryResult(actor, new_code=fresh, user_name=account.user_name)


def write_sheet(session: Session, office_id: int, code: str, target: Path, today: date) -> None:
    """The one-page PDF to keep in the office safe: office, date (พ.ศ.), code, how to use it."""
    from mk3desk.reports.recovery_sheet import RecoverySheet, write_recovery_sheet

    office = get_office(session, office_id)
    users = tuple(c.user_name for c in coordinator_logins(session, office_id))
    write_recovery_sheet(target, RecoverySheet(office.name, code, today, users))
