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

_DEFAULT_MODE = 0o666


def _umask() -> int:
    """The process's umask (read by setting and restoring it: there is no getter)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def replaced_atomically(target: Path, *, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path beside *target*; it replaces *target* if the block succeeds."""
    handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        # mkstemp makes the file private (0600); the finished file gets the permissions any
        # new file of the user's would (umask), so colleagues on a shared folder can open it.
        os.chmod(temporary, _DEFAULT_MODE & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
