"""Accounts: logging in, and the coordinator creating, disabling and resetting logins.

Passwords are hashed with Argon2id (argon2-cffi) and never stored or logged in clear.
The parameters below make one verification take about 0.2–0.5 s on an office PC
(``python3 bench/login.py`` prints the figure on this machine). A failed login is
*recorded* (the counter and the time) and answered with how long to wait before the
next try; the service never sleeps — the window shows the wait, the CLI refuses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mk3desk.db.models import Account, Person
from mk3desk.db.types import utcnow
from mk3desk.domain.actor import Actor, parse_roles
from mk3desk.domain.errors import (
    QT_TRANSLATE_NOOP,
    Mk3Error,
    PermissionDeniedError,
    ValidationError,
)
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.domain.workflow import Role
from mk3desk.services.context import audit
from mk3desk.services.lookup import get_person
from mk3desk.services.rights import require

# Argon2id: 64 MiB, 3 passes, 2 lanes (bench/login.py).
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 2
HASHER = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, type=Type.ID
)

MIN_PASSWORD_LENGTH = 8
FREE_TRIES = 3  # failures before the growing delay starts
MAX_WAIT_SECONDS = 300


class LoginError(Mk3Error):
    """Wrong user name or password, a disabled account, or too many tries."""


@dataclass(frozen=True)
class LoginResult:
    actor: Actor | None  # None: refused (see error)
    must_change: bool = False  # a reset: the person must choose a new password now
    error: Mk3Error | None = None
    wait_seconds: int = 0  # before the next try is even looked at


@dataclass(frozen=True)
class AccountRow:
    account_id: int
    person_id: int
    person_name: str
    user_name: str
    roles: frozenset[Role]
    disabled: bool
    must_change: bool


def user_key(user_name: str) -> str:
    return normalise_text(user_name).casefold()


def has_accounts(session: Session, office_id: int | None = None) -> bool:
    query = select(func.count(Account.id))
    if office_id is not None:
        query = query.where(Account.office_id == office_id)
    return bool(session.scalar(query))


def wait_after(failures: int) -> int:
    """Seconds to wait after *failures* failed tries in a row: 0, 0, 2, 4, 8 … 300."""
    if failures < FREE_TRIES:
        return 0
    return int(min(2 ** (failures - FREE_TRIES + 1), MAX_WAIT_SECONDS))


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร"),
            length=MIN_PASSWORD_LENGTH,
        )
    return password


def _check_user_name(session: Session, office_id: int, user_name: str) -> str:
    name = normalise_text(user_name)
    if not name or any(c.isspace() for c in name):
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "กรุณาระบุชื่อผู้ใช้ (ไม่มีช่องว่าง)"))
    taken = session.scalar(
        select(Account.id).where(Account.office_id == office_id, Account.user_key == user_key(name))
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "มีชื่อผู้ใช้ “{name}” ในสำนักงานนี้แล้ว — โปรดเลือกชื่ออื่น"),
            name=name,
        )
    return name


def add_account(
    session: Session,
    person: Person,
    user_name: str,
    password: str,
    *,
    must_change: bool,
    hashed: str | None = None,
) -> Account:
    """Write an account (no rights asked: create_account and the office set-up call it).

    *hashed*: ``hash_password(password)`` made already, for accounts given one known
    password together (the demo's five: Argon2 costs ≈0.14 s a hash)."""
    if session.scalar(select(Account.id).where(Account.person_id == person.id)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Accounts", "{person} มีบัญชีผู้ใช้อยู่แล้ว"), person=person.name
        )
    name = _check_user_name(session, person.office_id, user_name)
    account = Account(
        office_id=person.office_id,
        person=person,
        user_name=name,
        user_key=user_key(name),
        password_hash=hashed if hashed is not None else hash_password(password),
        must_change=must_change,
        failed_attempts=0,
        disabled=False,
    )
    session.add(account)
    session.flush()
    return account


def hash_password(password: str) -> str:
    """The stored form of *password*, once it passes the password rules."""
    return HASHER.hash(check_password(password))


def create_account(
    session: Session,
    actor: Actor,
    person_id: int,
    user_name: str,
    password: str,
    *,
    must_change: bool = True,
) -> int:
    """The coordinator gives *person* a login; they choose their own password at first login."""
    require(session, actor, Action.ACCOUNTS)
    person = get_person(session, person_id)
    account = add_account(session, person, user_name, password, must_change=must_change)
    audit(session, actor, "account.create", account.user_name, person.name)
    return account.id


def _get(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "ไม่พบบัญชีผู้ใช้ที่เลือก"))
    return account


def _logs_in_as_coordinator(account: Account) -> bool:
    person = account.person
    return not account.disabled and person.active and Role.COORDINATOR in parse_roles(person.roles)


def check_not_last_coordinator(session: Session, office_id: int, person_id: int) -> None:
    """Refuse a change that leaves the office with no coordinator who can log in."""
    accounts = session.scalars(select(Account).where(Account.office_id == office_id)).all()
    able = [a for a in accounts if _logs_in_as_coordinator(a)]
    if able and all(a.person_id == person_id for a in able):
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Accounts",
                "นี่คือผู้ประสานคนสุดท้ายที่เข้าสู่ระบบได้ — สร้างบัญชีผู้ประสานอีกคนก่อน แล้วจึงปิดบัญชีหรือเปลี่ยนบทบาทนี้",
            )
        )


def set_disabled(session: Session, actor: Actor, account_id: int, disabled: bool) -> None:
    require(session, actor, Action.ACCOUNTS)
    account = _get(session, account_id)
    if disabled:
        check_not_last_coordinator(session, account.office_id, account.person_id)
    account.disabled = disabled
    account.failed_attempts = 0
    session.flush()
    audit(session, actor, "account.disable" if disabled else "account.enable", account.user_name)


def reset_password(session: Session, actor: Actor, account_id: int, new_password: str) -> None:
    """A temporary password from the coordinator; the person must change it at next login."""
    require(session, actor, Action.ACCOUNTS)
    account = _get(session, account_id)
    account.password_hash = hash_password(new_password)
    account.must_change = True
    account.failed_attempts = 0
    account.last_failure_at = None
    session.flush()
    audit(session, actor, "account.reset", account.user_name)


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """The logged-in person changes their own password (after a reset: must)."""
    account = session.scalar(select(Account).where(Account.person_id == actor.person_id))
    if account is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "ผู้ใช้นี้ยังไม่มีบัญชีผู้ใช้"))
    if not _verify(account, old_password):
        raise LoginError(QT_TRANSLATE_NOOP("Accounts", "รหัสผ่านเดิมไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน"))
    if new_password == old_password:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม"))
    account.password_hash = hash_password(new_password)
    account.must_change = False
    session.flush()
    audit(session, actor, "account.password", account.user_name)


def verify_hash(stored: str, secret: str) -> bool:
    """Whether *secret* matches the Argon2id hash *stored* (a damaged hash: no)."""
    try:
        return HASHER.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def _verify(account: Account, password: str) -> bool:
    return verify_hash(account.password_hash, password)


_WRONG = QT_TRANSLATE_NOOP("Accounts", "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง")


def verify_login(
    session: Session,
    user_name: str,
    password: str,
    *,
    office_id: int | None = None,
    now: datetime | None = None,
) -> LoginResult:
    """Check a login; a failure is recorded (call inside a transaction that commits)."""
    now = now or utcnow()
    query = select(Account).where(Account.user_key == user_key(user_name))
    if office_id is not None:
        query = query.where(Account.office_id == office_id)
    found = session.scalars(query).all()
    if len(found) != 1:
        # Unknown (or the same name in two offices without saying which): the same answer.
        HASHER.hash(password)  # about as slow as a real check: the answer tells nothing
        return LoginResult(None, error=LoginError(_WRONG))
    account = found[0]
    wait = wait_after(account.failed_attempts)
    if wait and account.last_failure_at is not None:
        left = account.last_failure_at + timedelta(seconds=wait) - now
        if left.total_seconds() > 0:
            seconds = math.ceil(left.total_seconds())
            return LoginResult(
                None,
                error=LoginError(
                    QT_TRANSLATE_NOOP(
                        "Accounts", "ใส่รหัสผ่านผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่"
                    ),
                    seconds=seconds,
                ),
                wait_seconds=seconds,
            )
    if not _verify(account, password):
        account.failed_attempts += 1
        account.last_failure_at = now
        session.flush()
        wait = wait_after(account.failed_attempts)
        return LoginResult(None, error=LoginError(_WRONG), wait_seconds=wait)
    if account.disabled or not account.person.active:
        return LoginResult(
            None,
            error=LoginError(
                QT_TRANSLATE_NOOP("Accounts", "บัญชีผู้ใช้ “{name}” ถูกปิดใช้งาน — โปรดติดต่อผู้ประสาน"),
                name=account.user_name,
            ),
        )
    if account.failed_attempts:
        account.failed_attempts = 0
        account.last_failure_at = None
        session.flush()
    return LoginResult(Actor.of(account.person), must_change=account.must_change)


def create_coordinator(
    session: Session,
    actor: Actor,
    office_id: int,
    *,
    name: str,
    user_name: str,
    password: str,
    position: str = "",
) -> int:
    """Set-up: the office's coordinator (a new person) with a login; the person's id.

    While the office has no account at all, set-up may do it (first start, ``mk3desk
    office create``); afterwards it is the coordinator's right to manage accounts."""
    if has_accounts(session, office_id):
        require(session, actor, Action.ACCOUNTS)
    name = normalise_text(name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "กรุณาระบุชื่อ-นามสกุลของผู้ประสาน"))
    person = Person(
        office_id=office_id,
        name=name,
        position=normalise_text(position),
        roles=",".join(sorted({Role.COORDINATOR.value, Role.REVIEWER.value})),
    )
    session.add(person)
    session.flush()
    account = add_account(session, person, user_name, password, must_change=False)
    audit(session, actor, "account.create", account.user_name, person.name)
    return person.id


def account_rows(session: Session, office_id: int) -> list[AccountRow]:
    accounts = session.scalars(
        select(Account).where(Account.office_id == office_id).order_by(Account.user_key)
    )
    return [
        AccountRow(
            a.id,
            a.person_id,
            a.person.name,
            a.user_name,
            parse_roles(a.person.roles),
            a.disabled,
            a.must_change,
        )
        for a in accounts
    ]
