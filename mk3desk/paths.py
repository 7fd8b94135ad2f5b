"""Where mk3desk finds its resources and keeps the user's data.

The one place that knows about PyInstaller's ``sys._MEIPASS``: every other
module asks here. Resources (fonts, templates, translations) sit in
``resources/`` and ``i18n/`` beside the package in a checkout, in
``mk3desk/_data/`` when installed with pip, and under the bundle's root when frozen.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

APP_NAME = "mk3desk"
APP_AUTHOR = "mk3desk"


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    package = Path(__file__).resolve().parent
    installed = package / "_data"  # `pip install .` copies resources/ and i18n/ here (setup.py)
    if installed.is_dir():
        return installed
    return package.parent  # a source checkout or an editable install


def resources_dir() -> Path:
    return _root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def frameworks_dir() -> Path:
    return resource("frameworks")


def i18n_dir() -> Path:
    return _root() / "i18n"


def data_dir() -> Path:
    """The per-user data folder (database, evidence store, backups).

    ``MK3DESK_DATA`` overrides it (tests, portable installs).
    """
    override = os.environ.get("MK3DESK_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """The per-user cache folder (a server's evidence files read on this machine).

    ``MK3DESK_CACHE`` overrides it; under ``MK3DESK_DATA`` it is ``cache/`` there.
    """
    override = os.environ.get("MK3DESK_CACHE")
    if override:
        return Path(override)
    data = os.environ.get("MK3DESK_DATA")
    if data:
        return Path(data) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    """``MK3DESK_DB`` if set, else ``mk3desk.sqlite3`` in the data folder."""
    override = os.environ.get("MK3DESK_DB")
    if override:
        return Path(override)
    return data_dir() / "mk3desk.sqlite3"


# Folders of earlier runs older than this are swept away (a file still open in a viewer
# when the program exited could not be removed then).
_SCRATCH_KEEP_SECONDS = 24 * 3600
_scratch: Path | None = None


def scratch_dir() -> Path:
    """This run's own temporary folder (copies of evidence being opened, previews).

    Removed when the program exits; what could not be removed then is swept at the
    next start of any run a day later. Nothing is left in the temporary folder beside it.
    """
    global _scratch
    if _scratch is None or not _scratch.is_dir():
        root = Path(tempfile.gettempdir()) / APP_NAME
        root.mkdir(exist_ok=True)
        now = time.time()
        for old in root.glob("run-*"):
            try:
                if now - old.stat().st_mtime > _SCRATCH_KEEP_SECONDS:
                    shutil.rmtree(old, ignore_errors=True)
            except OSError:
                continue
        _scratch = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=root))
        atexit.register(shutil.rmtree, _scratch, ignore_errors=True)
    return _scratch
