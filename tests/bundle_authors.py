"""Builders for the tests of bundles carrying who: people of tests/support.staff, a
Key Man's honest work on her laptop, and hand edits of a bundle (a forged history)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mk3desk.db.engine import Database
from mk3desk.db.models import Person
from mk3desk.domain.workflow import State
from mk3desk.services import bundles, lookup, pdca, people, workflow
from mk3desk.services.context import Actor
from tests.bundle_support import OUTCOME_CODE, SYSTEM, office_year
from tests.support import DEADLINE

OWNER = "นางสาวสมศรี ใจดี"  # Key Man of 1.1 (tests/support.staff)
BACKUP = "นายสมชาย รักงาน"
REVIEWER = "นางวิไล ตรวจดี"
COORDINATOR = "นายประสาน งานไว"


def give_outcome_to_backup(coord: Database) -> None:
    """Before the set-up is sent: the outcome indicator is another Key Man's; 1.1 has a
    deadline (its Key Man may then start it)."""
    with coord.transaction() as session:
        year = lookup.find_year(session, 2567)
        indicator = lookup.find_indicator(session, year, OUTCOME_CODE)
        people.assign(session, SYSTEM, indicator.id, owner_id=person_named(session, BACKUP).id)
        indicator = lookup.find_indicator(session, year, "1.1")
        owner = person_named(session, OWNER).id
        people.assign(session, SYSTEM, indicator.id, owner_id=owner, deadline=DEADLINE)


def person_named(session: Any, name: str) -> Person:
    return next(p for p in lookup.get_office(session).people if p.name == name)


def actor(database: Database, name: str) -> Actor:
    with database.session() as session:
        return Actor.of(person_named(session, name))


def person_id(database: Database, name: str) -> int:
    with database.session() as session:
        return person_named(session, name).id


def uid_of(database: Database, name: str) -> str:
    with database.session() as session:
        return person_named(session, name).uid


def key_man_work(laptop: Database, folder: Path, name: str = "งาน.mk3") -> Path:
    """The Key Man's honest work on 1.1 on her laptop: a Do text and a move to in progress,
    sent by her."""
    owner = actor(laptop, OWNER)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        pdca.save_text(session, owner, indicator.id, pdca.PdcaField.DO_LOG, "ทำกิจกรรมครบแล้ว")
        for target in (State.PLANNING, State.IN_PROGRESS):
            workflow.move_indicator(session, owner, indicator.id, target)
    out = folder / name
    bundles.export_work(laptop, office_year(laptop), ["1.1"], out, owner)
    return out


def rewrite(
    source: Path, target: Path, change: Callable[[dict[str, Any], list[dict[str, Any]]], None]
) -> Path:
    """A hand-edited copy of *source*: *change*(manifest, records) edits them in place."""
    with zipfile.ZipFile(source) as old:
        members = {i.filename: old.read(i) for i in old.infolist()}
    manifest = json.loads(members["manifest.json"])
    records = json.loads(members["records.json"])
    change(manifest, records)
    members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    members["records.json"] = json.dumps(records, ensure_ascii=False).encode()
    with zipfile.ZipFile(target, "w") as new:
        for name, data in members.items():
            new.writestr(name, data)
    return target


Change = Callable[[dict[str, Any], list[dict[str, Any]]], None]


def forge(
    laptop: Database, coord: Database, target: str, *, state_by: str, moves_by: str
) -> Change:
    """The Key Man's indicator moved on to *target* (verified or locked) by hand: the state
    named as *state_by*'s, the moves after her submission as *moves_by*'s."""
    people = {
        name: {"uid": uid_of(laptop, name), "name": name} for name in {OWNER, state_by, moves_by}
    }
    moves = [("in_progress", "submitted", OWNER), ("submitted", "verified", moves_by)]
    if target == "locked":
        moves.append(("verified", "locked", moves_by))

    def change(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        state = next(r for r in records if r["kind"] == "state")
        state["data"]["state"], state["author"] = target, people[state_by]
        for day, (source, into, who) in enumerate(moves, start=1):
            data = {
                "from_state": source,
                "to_state": into,
                "actor_name": who,
                "at": f"2024-07-0{day}T03:00:00+00:00",
                "comment": "",
            }
            records.append(
                {
                    "kind": "transition",
                    "ref": state["ref"],
                    "data": data,
                    "base": None,
                    "deleted": False,
                    "author": people[who],
                }
            )

    return change


def forge_lock(laptop: Database, coord: Database) -> Change:
    """The Key Man locks her own indicator, with a history naming the reviewer."""
    return forge(laptop, coord, "locked", state_by=OWNER, moves_by=REVIEWER)
