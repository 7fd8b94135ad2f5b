"""A file the clerk already has is replaced whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mk3desk.safe_write import replaced_atomically


def test_a_completed_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "สรุปผล.pdf"
    target.write_bytes(b"old")
    with replaced_atomically(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "สรุปผล.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OSError), replaced_atomically(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_finished_file_follows_the_umask_not_private_0600(tmp_path: Path) -> None:
    target = tmp_path / "รายงาน.pdf"
    previous = os.umask(0o002)  # a shared office folder: the group may read and write
    try:
        with replaced_atomically(target) as temporary:
            temporary.write_bytes(b"%PDF")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
