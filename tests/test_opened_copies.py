"""Opening evidence writes a copy under its own name inside this run's scratch folder —
never outside it, whatever name the database holds (a bundle may have carried any)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.paths import scratch_dir
from mk3desk.services.evidence import copy_for_opening


def test_a_hostile_stored_name_still_opens_inside_the_scratch_folder(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "evidence")
    source = tmp_path / "รายงานการประชุม.pdf"
    source.write_bytes(b"%PDF-1.4 hostile name test")
    stored = store.put(source)
    for name in ("../../../Startup/run.bat", "C:\\Windows\\evil.pdf", "..", "/etc/cron.d/x"):
        copy = copy_for_opening(store, stored.sha256, name)
        assert scratch_dir() in copy.parents
        assert copy.read_bytes() == source.read_bytes()
        assert "/" not in copy.name and "\\" not in copy.name


def test_the_scratch_folder_is_gone_when_the_program_exits(tmp_path: Path) -> None:
    script = (
        "from mk3desk.paths import scratch_dir\n"
        "folder = scratch_dir()\n"
        "(folder / 'ภาพ.jpg').write_bytes(b'x')\n"
        "print(folder)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.strip()
    assert out and not Path(out).exists()
