"""Builders shared by the bundle tests: a coordinator, a laptop set up from it, edits, dumps.

The coordinator and the coordinator/laptop pair are built once per test run
(tests/prebuilt.py) and every caller gets its own copy of the files in its folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services import bundles, lookup, pdca, people
from mk3desk.services.context import Actor
from mk3desk.services.indicator_view import IndicatorDetail, indicator_detail
from tests import prebuilt
from tests.support import fresh_database, office_with_year, staff

SYSTEM = Actor.system()

OUTCOME_CODE = "7.1.1"  # an outcome indicator of the built-in framework


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: 'the database exactly as before' made checkable."""
    with database.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        return {
            t: sorted(
                (tuple(r) for r in connection.execute(text(f'SELECT * FROM "{t}"'))), key=repr
            )
            for t in tables
        }


def office_year(database: Database, be_year: int = 2567) -> OfficeYear:
    """The database's (only) office and year *be_year*, as the window and CLI name it."""
    with database.session() as session:
        return lookup.resolve_year(session, be_year)


def _build_coordinator(folder: Path) -> None:
    database = fresh_database(folder, "coordinator.sqlite3")
    try:
        office_with_year(database)
        cast = staff(database)
        with database.transaction() as session:
            year = lookup.find_year(session, 2567)
            indicator = lookup.find_indicator(session, year, "1.1")
            people.assign(session, SYSTEM, indicator.id, owner_id=cast["owner"].person_id)
            pdca.save_text(session, SYSTEM, indicator.id, pdca.PdcaField.PLAN, "แผนเดิม")
    finally:
        database.close()


def coordinator(folder: Path) -> Database:
    """An office, year 2567, four people; indicator 1.1 has a Key Man and a planned text.

    ``folder/coordinator.sqlite3``, a copy of the one built once per run.
    """
    source = prebuilt.built("coordinator", _build_coordinator) / "coordinator.sqlite3"
    return open_database(prebuilt.copy_database(source, folder / "coordinator.sqlite3"))


def laptop_from(folder: Path, coord: Database) -> Database:
    """``folder/laptop.sqlite3`` set up from *coord*'s ``folder/setup.mk3`` (really sent)."""
    setup = folder / "setup.mk3"
    bundles.export_setup(coord, office_year(coord), setup, SYSTEM)
    laptop = fresh_database(folder, "laptop.sqlite3")
    bundles.apply_bundle(laptop, setup, {}, actor=SYSTEM)
    return laptop


def pair_in(
    folder: Path, prepare: Callable[[Database], None] | None = None
) -> tuple[Database, Database]:
    """``coordinator(folder)`` and ``laptop_from(folder, coord)``, copied from a pair built once.

    *prepare* (a module-level function) changes the coordinator before the set-up is
    sent; the pair for each distinct *prepare* is built once per run. ``folder/setup.mk3``
    is there too, as after ``laptop_from``.
    """
    key = "pair" if prepare is None else f"pair-{prepare.__module__}.{prepare.__qualname__}"

    def build(source: Path) -> None:
        coord = coordinator(source)
        try:
            if prepare is not None:
                prepare(coord)
            laptop_from(source, coord).close()
        finally:
            coord.close()

    source = prebuilt.built(key, build)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "setup.mk3", folder / "setup.mk3")
    coord, laptop = (
        open_database(prebuilt.copy_database(source / name, folder / name))
        for name in ("coordinator.sqlite3", "laptop.sqlite3")
    )
    return coord, laptop


def edit(database: Database, code: str, field: pdca.PdcaField, value: str) -> None:
    with database.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), code)
        pdca.save_text(session, SYSTEM, indicator.id, field, value)


def text_of(database: Database, code: str, field: pdca.PdcaField) -> str:
    with database.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), code)
        return "" if indicator.pdca is None else str(getattr(indicator.pdca, field.value))


def send_work(laptop: Database, folder: Path, codes: tuple[str, ...] = ("1.1",)) -> Path:
    out = folder / "work.mk3"
    bundles.export_work(laptop, office_year(laptop), codes, out, SYSTEM)
    return out


def detail(database: Database, code: str) -> IndicatorDetail:
    """The indicator as its page shows it."""
    with database.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), code)
        return indicator_detail(session, indicator.id)


def values(database: Database) -> dict[int, Decimal]:
    outcome = detail(database, OUTCOME_CODE).outcome
    assert outcome is not None
    return outcome.values


def set_value(database: Database, be_year: int, value: str | None) -> None:
    with database.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), OUTCOME_CODE)
        number = None if value is None else Decimal(value)
        pdca.set_outcome_value(session, SYSTEM, indicator.id, be_year, number)


def send(database: Database, folder: Path, name: str, codes: tuple[str, ...]) -> Path:
    out = folder / name
    bundles.export_work(database, office_year(database), codes, out, SYSTEM)
    return out


def take(database: Database, bundle: Path, **decisions: bundles.Decision) -> bundles.MergeReport:
    """Apply *bundle*; *decisions* by the kind of the conflicting record."""
    plan = bundles.inspect_bundle(database, bundle)
    chosen = {i.id: decisions[i.kind.value] for i in plan.conflicts}
    return bundles.apply_bundle(database, bundle, chosen, actor=SYSTEM)
