"""Measurement: how long the worst hostile bundles take to be refused (or merged).

Run ``PYTHONPATH=. python3 bench/bundles_hostile.py``. Builds a small office and a
genuine work bundle (tests/hostile_bundles.py), then times, into a copy of the
coordinator's database: the review (``inspect_bundle``) of the heaviest hostile
bundles — 200,000 records in a ~600 KB file, more of one kind than the caps allow,
JSON nested 200,000 deep, a zip bomb — and, for bundles just under the caps
(as many distinct state moves of one indicator as the cap allows), the review, the import and the
review of a replay (where a quadratic lookup would show). Prints figures; asserts
nothing. The aim: each hostile bundle refused in at most 5 s.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mk3desk.domain.errors import Mk3Error
from mk3desk.services import bundles
from mk3desk.services.context import Actor
from mk3desk.sync.limits import KIND_CAPS
from mk3desk.sync.schema import RecordKind
from tests.hostile_bundles import (
    Source,
    at_the_caps,
    copy_database,
    deep_json,
    many_records,
    source,
    zip_bomb,
)


def _timed(what: str, run: Callable[[], object]) -> float:
    start = time.perf_counter()
    try:
        run()
        result = "accepted"
    except Mk3Error as error:
        result = "refused: " + error.message[:90]
    took = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{what:<46} {took:7.2f} s  (peak RSS so far {rss:5.0f} MB)  {result}")
    return took


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="mk3-bench-") as folder_name:
        folder = Path(folder_name)
        src: Source = source(folder)
        hostile = {
            "200,000 transitions (refused)": many_records(200_000),
            "30,000 outcome values (refused)": many_records(30_000, "outcome"),
            "records.json nested 200,000 deep": deep_json,
            "zip bomb (64 MB of zeros)": zip_bomb,
        }
        worst = 0.0
        for number, (name, make) in enumerate(hostile.items()):
            bundle = folder / f"h{number}.mk3"
            bundle.write_bytes(make(src))
            database = copy_database(src.coordinator, folder / f"h{number}.sqlite3")
            size = bundle.stat().st_size // 1024
            worst = max(
                worst,
                _timed(f"{name} [{size} KB]", partial(bundles.inspect_bundle, database, bundle)),
            )
            database.close()
        cap = KIND_CAPS[RecordKind.TRANSITION]
        at_cap = folder / "cap.mk3"
        at_cap.write_bytes(many_records(cap)(src))
        database = copy_database(src.coordinator, folder / "cap.sqlite3")
        actor = Actor.system()
        review = _timed(
            f"{cap:,} transitions: review", lambda: bundles.inspect_bundle(database, at_cap)
        )
        _timed(
            f"{cap:,} transitions: import",
            lambda: bundles.apply_bundle(database, at_cap, {}, actor=actor),
        )
        replay = _timed(
            f"{cap:,} transitions: review of a replay",
            lambda: bundles.inspect_bundle(database, at_cap),
        )
        database.close()
        mixed = folder / "mixed.mk3"
        limit = KIND_CAPS[RecordKind.RESULT]
        mixed.write_bytes(at_the_caps(cap, limit)(src))
        database = copy_database(src.coordinator, folder / "mixed.sqlite3")
        worst = max(
            worst,
            _timed(
                f"{cap:,} moves + {limit:,} unknown results: review",
                lambda: bundles.inspect_bundle(database, mixed),
            ),
        )
        database.close()
        print(
            f"worst hostile bundle: {worst:.2f} s; at the caps: review {review:.2f} s, "
            f"replay {replay:.2f} s"
        )


if __name__ == "__main__":
    main()
