"""Generated bundles (hypothesis): never a crash, never a partial import, replay is a no-op.

Records are taken from a real set-up and work bundle and then damaged at random —
fields replaced by values of the wrong type or meaning, bases invented, records
dropped, doubled or made up, deletions turned into records and back — so the
generator reaches the merge rules, not only the format checks. The work bundle
holds deletions (one against a change on the receiving side) and state history.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mk3desk.db.engine import Database
from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.workflow import State
from mk3desk.services import bundles, lookup, pdca, workflow
from tests.bundle_support import OUTCOME_CODE, SYSTEM, dump, edit, pair_in, send_work, set_value

VALUES: list[Any] = [
    "", "x", "นายใหม่ ทดสอบ", 0, -1, 2565, 2567, 2**60, True, False, None, "1.5", "NaN",
    "2024-01-01", "2024-01-01T00:00:00+00:00", "locked", "in_progress", "bogus", "B1",
    "../x", "1", [], {}, "a" * 64,
]  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("world")
    coord, laptop = pair_in(folder)
    set_value(laptop, 2566, "1")
    set_value(laptop, 2567, "2")
    bundles.apply_bundle(coord, send_work(laptop, folder, (OUTCOME_CODE,)), {}, actor=SYSTEM)
    set_value(laptop, 2566, None)  # deleted there, unchanged here
    set_value(laptop, 2567, None)  # deleted there, changed here
    set_value(coord, 2567, "3")
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        workflow.move_indicator(session, SYSTEM, indicator.id, State.PLANNING)
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "ทำแล้ว")
    edit(coord, "1.1", pdca.PdcaField.DO_LOG, "ผู้ประสานเขียน")
    with zipfile.ZipFile(send_work(laptop, folder, ("1.1", OUTCOME_CODE))) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = json.loads(archive.read("records.json"))
    with zipfile.ZipFile(folder / "setup.mk3") as archive:
        records += json.loads(archive.read("records.json"))[:40]
    laptop.close()
    yield coord, {"manifest": manifest, "records": records, "folder": folder}
    coord.close()


@st.composite
def damaged(draw: st.DrawFn, records: list[dict[str, Any]]) -> list[Any]:
    picks = draw(st.lists(st.integers(0, len(records) - 1), unique=True, max_size=12))
    chosen = [records[i] for i in picks]
    out: list[Any] = []
    for record in chosen:
        record = json.loads(json.dumps(record))
        for part in ("data", "ref"):
            if record[part] and draw(st.integers(0, 5)) == 0:
                name = draw(st.sampled_from(sorted(record[part])))
                record[part][name] = draw(st.sampled_from(VALUES))
        record["base"] = draw(st.sampled_from([None, record["base"], "0" * 64]))
        if draw(st.integers(0, 7)) == 0:
            record["deleted"] = not record["deleted"]
        out.append(record)
    if draw(st.integers(0, 3)) == 0:
        out.append(draw(st.dictionaries(st.sampled_from(["kind", "ref", "data", "base"]),
                                        st.sampled_from(VALUES), max_size=4)))  # fmt: skip
    return out


def _write(path: Path, manifest: dict[str, Any], records: list[Any]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("records.json", json.dumps(records))
    return path


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    kind=st.sampled_from(["work", "setup"]),
    prefer=st.sampled_from(["mine", "theirs"]),
)
def test_generated_bundles_never_crash_and_never_partly_apply(
    world: tuple[Database, dict[str, Any]], data: st.DataObject, kind: str, prefer: str
) -> None:
    database, source = world
    records = data.draw(damaged(source["records"]))
    bundle = _write(
        source["folder"] / "generated.mk3", {**source["manifest"], "kind": kind}, records
    )
    before = dump(database)
    try:
        plan = bundles.inspect_bundle(database, bundle)
        decisions = {item.id: prefer for item in plan.conflicts}
        bundles.apply_bundle(database, bundle, decisions, actor=SYSTEM)  # type: ignore[arg-type]
    except Mk3Error as error:
        event(f"refused: {type(error).__name__} {error.template[:30]}")
        assert dump(database) == before
        return
    event("applied")
    after = dump(database)
    bundles.apply_bundle(database, bundle, {}, actor=SYSTEM)
    assert dump(database) == after
