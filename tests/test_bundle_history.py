"""State history that arrives in a bundle agrees with the state kept.

The Key Man moves an indicator on the laptop while the coordinator moves it too: the
states conflict. Keeping the coordinator's state ("mine") must not add the laptop's
moves to the history, or the history would show moves the state does not reflect.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.workflow import State
from mk3desk.services import bundles, lookup, people, workflow
from mk3desk.services.bundles import Outcome
from mk3desk.services.indicator_view import indicator_detail
from tests.bundle_support import SYSTEM, dump, pair_in, send_work


def _with_a_deadline(coord: Database) -> None:
    with coord.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        assert indicator.assignment is not None
        owner = indicator.assignment.owner_id
        people.assign(session, SYSTEM, indicator.id, owner_id=owner, deadline=date(2024, 6, 30))


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path, _with_a_deadline)
    yield coord, laptop
    coord.close()
    laptop.close()


def move(database: Database, *targets: State) -> None:
    for target in targets:
        with database.transaction() as session:
            indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
            workflow.move_indicator(session, SYSTEM, indicator.id, target)


def shown(database: Database) -> tuple[State, list[tuple[State, State]]]:
    """The state and the history, as the indicator's page shows them."""
    with database.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        detail = indicator_detail(session, indicator.id)
    return detail.state, [(t.from_state, t.to_state) for t in detail.transitions]


def consistent(state: State, history: list[tuple[State, State]]) -> bool:
    """Each move starts where the one before ended, and the last ends at the state."""
    chain = [State.NOT_STARTED]
    for source, target in history:
        if source is not chain[-1]:
            return False
        chain.append(target)
    return chain[-1] is state


def conflicting_moves(pair: tuple[Database, Database], folder: Path) -> Path:
    coord, laptop = pair
    move(laptop, State.PLANNING, State.IN_PROGRESS)
    move(coord, State.PLANNING)
    return send_work(laptop, folder)


def test_the_review_shows_the_moves_that_come_with_the_senders_state(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    work = conflicting_moves(pair, tmp_path)
    plan = bundles.inspect_bundle(pair[0], work)
    [conflict] = plan.conflicts
    assert conflict.title == "สถานะ PDCA — ตัวชี้วัด 1.1"
    rows = {d.label: (d.mine, d.theirs) for d in conflict.diffs}
    assert rows["สถานะ"] == ("วางแผน", "กำลังดำเนินการ")
    mine, theirs = rows["ประวัติการเปลี่ยนสถานะ"]
    assert mine == "—" and theirs.count("\n") == 1
    assert theirs.startswith("ยังไม่เริ่ม → วางแผน · ")
    assert "จะเพิ่มประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะนั้น 2 รายการ" in conflict.note
    # The moves are not "new" on their own: they depend on the decision.
    assert not [i for i in plan.added if i.kind == "transition"]
    assert [i.follows for i in plan.of(Outcome.WITH_THEIRS)] == [conflict.id, conflict.id]


def test_keeping_my_state_adds_none_of_the_senders_moves(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, _laptop = pair
    work = conflicting_moves(pair, tmp_path)
    [conflict] = bundles.inspect_bundle(coord, work).conflicts
    report = bundles.apply_bundle(coord, work, {conflict.id: "mine"}, actor=SYSTEM)
    state, history = shown(coord)
    assert (state, history) == (State.PLANNING, [(State.NOT_STARTED, State.PLANNING)])
    assert report.applied.added == 0
    # Decided once: the same bundle again shows and changes nothing.
    after = dump(coord)
    assert not bundles.inspect_bundle(coord, work).changes_anything
    bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after


def test_taking_the_senders_state_adds_its_moves(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, _laptop = pair
    work = conflicting_moves(pair, tmp_path)
    [conflict] = bundles.inspect_bundle(coord, work).conflicts
    report = bundles.apply_bundle(coord, work, {conflict.id: "theirs"}, actor=SYSTEM)
    state, history = shown(coord)
    assert state is State.IN_PROGRESS
    assert history[-2:] == [
        (State.NOT_STARTED, State.PLANNING),
        (State.PLANNING, State.IN_PROGRESS),
    ]
    assert report.applied.added == 2 and report.applied.took_theirs == 1
    after = dump(coord)
    bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after


def test_moves_made_only_on_the_laptop_arrive_with_its_state(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    move(laptop, State.PLANNING, State.IN_PROGRESS)
    report = bundles.apply_bundle(coord, send_work(laptop, tmp_path), {}, actor=SYSTEM)
    state, history = shown(coord)
    assert state is State.IN_PROGRESS and consistent(state, history) and len(history) == 2
    assert report.applied.taken == 1 and report.applied.added == 2


def test_moves_are_refused_with_a_state_the_coordinator_refuses(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    move(laptop, State.PLANNING)
    with coord.transaction() as session:
        lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1").state = "locked"
    plan = bundles.inspect_bundle(coord, send_work(laptop, tmp_path))
    assert {i.kind.value for i in plan.refused} == {"state", "transition"}
    bundles.apply_bundle(coord, tmp_path / "work.mk3", {}, actor=SYSTEM)
    assert shown(coord) == (State.LOCKED, [])


def test_moves_without_their_state_are_refused(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    move(laptop, State.PLANNING)
    work = send_work(laptop, tmp_path)
    without = tmp_path / "without-state.mk3"
    with zipfile.ZipFile(work) as old, zipfile.ZipFile(without, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "records.json":
                records = [r for r in json.loads(data) if r["kind"] != "state"]
                data = json.dumps(records).encode()
            new.writestr(info.filename, data)
    [refused] = bundles.inspect_bundle(coord, without).refused
    assert refused.kind == "transition"
    assert "สถานะของตัวชี้วัดในเครื่องนี้ไม่ได้เปลี่ยนตามที่ส่งมา" in refused.reason
    bundles.apply_bundle(coord, without, {}, actor=SYSTEM)
    assert shown(coord) == (State.NOT_STARTED, [])
