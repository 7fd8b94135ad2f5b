"""A received bundle's reviewer actions are judged as the services judge them: the
reviewers of an indicator are the year's working committee (which the setup bundle
carries), not everyone holding the reviewer role; a year without a working committee
falls back to the role, as the services do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.migrate import open_database
from mk3desk.domain.errors import PermissionDeniedError
from mk3desk.domain.workflow import Role, State
from mk3desk.services import bundles, lookup, workflow
from tests.bundle_reviewers import (
    CHECKER,
    CODE,
    SYSTEM,
    YEAR,
    Sent,
    actor,
    drop_committees,
    sent,
    set_roles,
    state_of,
    take_off_working_committee,
)

OFF_COMMITTEE = "ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Database, Sent]]:
    copies = sent(tmp_path)
    database = open_database(copies.coordinator)
    yield database, copies
    database.close()


def _refused_here(database: Database) -> str:
    """The services' refusal of CHECKER verifying CODE on *database* ('' if allowed)."""
    with database.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, YEAR), CODE)
        try:
            workflow.move_indicator(session, actor(database, CHECKER), indicator.id, State.VERIFIED)
        except PermissionDeniedError as error:
            return error.message
        finally:
            session.rollback()
    return ""


def test_a_verification_by_a_working_committee_member_is_taken(
    office: tuple[Database, Sent],
) -> None:
    database, copies = office
    assert state_of(database) == State.SUBMITTED
    assert _refused_here(database) == ""  # the services let her verify here
    plan = bundles.inspect_bundle(database, copies.bundle)
    assert plan.refused == [] and plan.refused_by_rights == []
    assert plan.manifest.sent_by is not None and plan.manifest.sent_by.name == CHECKER
    bundles.apply_bundle(database, copies.bundle, {}, actor=SYSTEM)
    assert state_of(database) == State.VERIFIED
    with database.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, YEAR), CODE)
        assert indicator.transitions[-1].actor_name == CHECKER


def test_a_reviewer_role_holder_off_the_working_committee_is_refused_and_named(
    office: tuple[Database, Sent],
) -> None:
    """She holds the reviewer role here, but the coordinator took her off the year's
    working committee after the laptop was set up: her verification is refused, the
    reason naming her, the action and why — as the services here refuse her."""
    database, copies = office
    take_off_working_committee(database, CHECKER)
    here = _refused_here(database)
    assert "รับรองผลการตรวจสอบ" in here and OFF_COMMITTEE in here

    plan = bundles.inspect_bundle(database, copies.bundle)
    assert {i.kind.value for i in plan.refused_by_rights} == {"state", "transition"}
    assert plan.refused == plan.refused_by_rights
    for item in plan.refused:
        assert f"ผู้แก้ไขคือ “{CHECKER}”" in item.reason
        assert here in item.reason  # the services' own words
    with pytest.raises(bundles.BundleError, match="ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์"):
        bundles.apply_bundle(database, copies.bundle, {}, actor=SYSTEM)
    report = bundles.apply_bundle(database, copies.bundle, {}, actor=SYSTEM, skip_refused=True)
    assert len(report.plan.refused) == 2
    assert state_of(database) == State.SUBMITTED


def test_a_year_without_a_working_committee_falls_back_to_the_reviewer_role(
    office: tuple[Database, Sent],
) -> None:
    database, copies = office
    take_off_working_committee(database, CHECKER)
    drop_committees(database)  # no committee at all: the reviewer role stands in
    assert _refused_here(database) == ""
    assert bundles.inspect_bundle(database, copies.bundle).refused == []

    # Without the reviewer role she reviews nothing there, here or in a bundle.
    set_roles(database, CHECKER, [Role.STAFF])
    here = _refused_here(database)
    assert "ไม่มีสิทธิ์รับรองผลการตรวจสอบ" in here and OFF_COMMITTEE not in here
    plan = bundles.inspect_bundle(database, copies.bundle)
    assert {i.kind.value for i in plan.refused_by_rights} == {"state", "transition"}
    assert all(here in i.reason for i in plan.refused)

    set_roles(database, CHECKER, [Role.STAFF, Role.REVIEWER])
    bundles.apply_bundle(database, copies.bundle, {}, actor=SYSTEM)
    assert state_of(database) == State.VERIFIED
