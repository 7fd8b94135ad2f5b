"""Benchmark: a new laptop receiving the demo office's setup bundle.

Run ``PYTHONPATH=. python3 bench/bundle_setup.py [runs]``. Builds the demo office, has
its coordinator send the setup bundle of 2567 (people, the framework, every indicator's
work, committees, sessions: ~790 records), then times in the same run, alternating,
best of *runs* (default 3), in CPU time of this process:

(a) the review: ``inspect_bundle`` on a new, empty database (reading, checking and
    planning every record; what the review dialog waits for) — the baseline;
(b) receiving it: ``apply_bundle`` into a new, empty database (the review again, then
    writing every row, the audit entry and the sync state, one transaction).

Prints both and the ratio b / a: what writing costs on top of reading. Each record used
to be flushed on its own, with a query per new row for its uid: b / a was ≈19 (2.05 s
against 0.11 s on the shared 2-core development machine, December 2026); flushing an
indicator's rows together and reading the uids in use once per model made it ≈10
(0.8-1.0 s), and keeping a new indicator in the lookup maps instead of reading the
year's indicators again ≈8 (0.66-0.9 s). Asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mk3desk.db.migrate import open_database
from mk3desk.services import bundles
from mk3desk.services.context import Actor
from tests import prebuilt
from tests.bundle_mk3_support import demo_with_setup


def _one_run(target: Path, setup: Path) -> tuple[float, float, int]:
    """CPU seconds of the review and of receiving into a new database at *target*; records."""
    laptop = open_database(prebuilt.empty_database_file(target))
    try:
        start = time.process_time()
        plan = bundles.inspect_bundle(laptop, setup)
        review = time.process_time() - start
        start = time.process_time()
        bundles.apply_bundle(laptop, setup, {}, actor=Actor.system())
        receive = time.process_time() - start
        return review, receive, len(plan.items)
    finally:
        laptop.close()


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="mk3-bench-") as folder_name:
        folder = Path(folder_name)
        # The demo office and its coordinator's setup bundle, as the bundle tests build them.
        setup = demo_with_setup(folder / "office").setup
        found = [_one_run(folder / f"laptop-{n}.sqlite3", setup) for n in range(runs)]
        review = min(f[0] for f in found)
        receive = min(f[1] for f in found)
        size = setup.stat().st_size // 1024
        print(f"setup bundle of the demo office: {found[0][2]} records, {size} KB")
        print(f"(a) review into an empty database:   {review:.2f} s CPU")
        print(f"(b) receive into an empty database:  {receive:.2f} s CPU")
        print(f"ratio b / a: {receive / review:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
