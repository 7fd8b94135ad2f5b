"""Pointing a PC at the office server: the URL, and the password only in the OS keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from mk3desk.domain.errors import StorageError, ValidationError
from mk3desk.services.server_connection import (
    ServerPlace,
    forget_password,
    keyring_available,
    probe,
    remember_password,
    saved_password,
    without_password,
)
from mk3desk.ui.dialogs import server_dialog
from mk3desk.ui.dialogs.server_dialog import (
    PREF_SERVER_HOST,
    PREF_SERVER_USE,
    server_at_start,
)
from tests.keyring_support import MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(before)


def test_the_url_carries_an_awkward_password_exactly() -> None:
    place = ServerPlace("192.168.1.10", "mk3desk", "mk3")
    url = make_url(place.url("p@ss:w/rd ไทย"))
    assert url.password == "p@ss:w/rd ไทย"
    assert (url.host, url.port, url.database, url.username) == (
        "192.168.1.10",
        5432,
        "mk3desk",
        "mk3",
    )
    assert "p@ss" not in without_password(place.url("p@ss:w/rd ไทย"))


def test_an_incomplete_place_is_refused_in_thai() -> None:
    with pytest.raises(ValidationError, match="โปรดกรอก"):
        ServerPlace(" ", "mk3desk", "mk3").checked()
    with pytest.raises(ValidationError, match="พอร์ต"):
        ServerPlace("server", "mk3desk", "mk3", 70000).checked()


def test_the_password_is_kept_in_the_keyring_only(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    place = ServerPlace("server", "mk3desk", "mk3")
    assert keyring_available()
    assert remember_password(place, "secret")
    assert saved_password(place) == "secret"
    assert memory_keyring.kept == {("mk3desk", "mk3@server:5432/mk3desk"): "secret"}
    forget_password(place)
    assert saved_password(place) is None


def test_without_a_keyring_nothing_is_kept_and_the_password_is_asked_at_start(
    no_keyring: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = ServerPlace("server", "mk3desk", "mk3")
    assert not keyring_available()
    assert not remember_password(place, "secret")
    assert saved_password(place) is None
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(PREF_SERVER_HOST, "server")
    settings.setValue(PREF_SERVER_USE, True)
    asked: list[ServerPlace] = []

    def ask(_parent: object, p: ServerPlace) -> str:
        asked.append(p)
        return "typed"

    monkeypatch.setattr(server_dialog, "ask_password", ask)
    url = server_at_start(settings)
    assert asked == [place]
    assert url is not None and make_url(url).password == "typed"
    monkeypatch.setattr(server_dialog, "ask_password", lambda _parent, _p: None)
    assert server_at_start(settings) == "", "cancelled: the program does not open"
    settings.sync()
    assert "secret" not in (tmp_path / "settings.ini").read_text("utf-8")
    assert "typed" not in (tmp_path / "settings.ini").read_text("utf-8")


def test_a_server_that_does_not_answer_is_said_in_thai() -> None:
    with pytest.raises(StorageError, match="เชื่อมต่อเซิร์ฟเวอร์"):
        probe(ServerPlace("127.0.0.1", "mk3desk", "mk3", 1), "x")
