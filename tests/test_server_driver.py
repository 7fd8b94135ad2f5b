"""The PostgreSQL driver the office server needs, and the bundle's check that it loads."""

from __future__ import annotations

import sys

import pytest

from mk3desk.services.server_connection import postgres_driver
from mk3desk.ui.smoke_test import SmokeTest


def test_the_driver_loads_with_its_compiled_implementation() -> None:
    pytest.importorskip("psycopg")
    driver = postgres_driver()
    assert driver.startswith("psycopg 3.") and driver.endswith(("(binary)", "(c)")), driver


def test_the_frozen_smoke_test_fails_when_the_driver_is_not_in_the_bundle(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("psycopg")
    smoke = SmokeTest()
    smoke.check_driver()
    assert smoke.problems == []
    assert "PostgreSQL driver: psycopg" in capsys.readouterr().out
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if build.spec had left it out
    smoke.check_driver()
    assert len(smoke.problems) == 1 and "PostgreSQL driver does not load" in smoke.problems[0]
