"""Connecting a PC to the office server: where it is, and its password in the OS keyring.

The place (host, port, database, login) is this machine's setting (the window keeps
it with its other preferences); the password is kept only in the operating system's
keyring (Windows Credential Manager, macOS Keychain, the Secret Service on Linux) via
``keyring`` — never in a settings file. A machine without a keyring backend keeps no
password at all: the program asks for it at every start.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from mk3desk.db.engine import make_engine
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "mk3desk"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerPlace:
    """Where the office's database is and whose login reaches it (no password)."""

    host: str
    database: str = "mk3desk"
    user: str = "mk3"
    port: int = DEFAULT_PORT

    def checked(self) -> ServerPlace:
        place = ServerPlace(
            self.host.strip(), self.database.strip(), self.user.strip(), int(self.port)
        )
        if not (place.host and place.database and place.user):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Server", "โปรดกรอกชื่อเครื่องเซิร์ฟเวอร์ ชื่อฐานข้อมูล และชื่อผู้ใช้ให้ครบ")
            )
        if not 0 < place.port < 65536:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Server", "หมายเลขพอร์ต {port} ใช้ไม่ได้ (1–65535)"), port=place.port
            )
        return place

    @property
    def key(self) -> str:
        """The keyring's name for this login (one password per login and server)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL, the password escaped (never shown: see ``shown``)."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def shown(self) -> str:
        """How the status bar and dialogs name it: ``mk3@192.168.1.10:5432/mk3desk``."""
        return self.key


def postgres_driver() -> str:
    """The PostgreSQL driver this program connects to a server with, as ``psycopg 3.3.9
    (binary)``; raises (ImportError, OSError) when it cannot load.

    Loads what the first connection would (psycopg, its implementation with libpq, and
    SQLAlchemy's dialect) without connecting: the bundle's smoke test asks, because a
    driver left out of the bundle would show only when a clerk first reaches a server.
    """
    import psycopg

    make_engine("postgresql+psycopg://mk3desk@127.0.0.1/mk3desk").dispose()  # never connects
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__})"


def without_password(url: str) -> str:
    """*url* as it may be shown or logged (its password as ``***``)."""
    return make_url(url).render_as_string(hide_password=True)


def _keyring() -> object | None:
    """The OS keyring backend, None when this machine has none that keeps secrets."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # pragma: no cover - a dependency of mk3desk
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def keyring_available() -> bool:
    return _keyring() is not None


def saved_password(place: ServerPlace) -> str | None:
    """The password kept for *place*, None when none is (or there is no keyring)."""
    if _keyring() is None:
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, place.key)
    except KeyringError as error:
        log.info("keyring: could not read the password of %s: %s", place.key, error)
        return None


def remember_password(place: ServerPlace, password: str) -> bool:
    """Keep *password* in the OS keyring; False when there is none (ask each time then)."""
    if _keyring() is None:
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, place.key, password)
    except KeyringError as error:
        log.info("keyring: could not keep the password of %s: %s", place.key, error)
        return False
    return True


def forget_password(place: ServerPlace) -> None:
    if _keyring() is None:
        return
    import keyring
    from keyring.errors import KeyringError

    with suppress(KeyringError):  # none was kept
        keyring.delete_password(KEYRING_SERVICE, place.key)


@dataclass(frozen=True)
class Probe:
    """What a test connection found."""

    revision: str | None  # the schema's revision, None when the database is empty
    offices: tuple[str, ...]


def probe(place: ServerPlace, password: str | None) -> Probe:
    """Connect once and look (nothing is created or changed); a Thai refusal if it fails."""
    try:
        engine = make_engine(place.url(password))
    except ImportError as error:  # a pip install without ".[postgres]"
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Server",
                'โปรแกรมชุดนี้ไม่มีตัวเชื่อมต่อ PostgreSQL (psycopg) — ติดตั้งด้วย pip install ".[postgres]"',
            )
        ) from error
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            offices: tuple[str, ...] = ()
            if "alembic_version" in tables:
                revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
            if "office" in tables:
                offices = tuple(connection.scalars(text("SELECT name FROM office ORDER BY id")))
            return Probe(revision, offices)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()
        raise StorageError(
            QT_TRANSLATE_NOOP("Server", "เชื่อมต่อเซิร์ฟเวอร์ {place} ไม่ได้: {reason}"),
            place=place.shown,
            reason=reason[0] if reason else type(error).__name__,
        ) from error
    finally:
        engine.dispose()
