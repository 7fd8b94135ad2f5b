"""Writing a file so that a reader never sees half of it.

Every file the program produces for the clerk (PDFs, workbooks, copies) is written
to a temporary file in the target's folder and renamed over the target only when
complete: a crash, a full disk or a refused write leaves the old file as it was and
no temporary file behind. Callers turn an OSError into their own Thai message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


@contextmanager
def replaced_atomically(target: Path, *, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside *target*; it replaces *target* if the block succeeds."""
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
