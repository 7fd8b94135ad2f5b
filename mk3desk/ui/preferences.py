"""This machine's UI choices (QSettings): language, UI font, backup folder.

Read before the QApplication exists (the language decides the translators), so this
module stays light: Qt's core and the i18n constants, nothing of the database layer.
The Settings page writes them.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QSettings

from mk3desk import paths
from mk3desk.ui.i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES

log = logging.getLogger(__name__)

ORGANIZATION = "mk3desk"
PREF_LANGUAGE = "ui/language"  # "th" | "en"
PREF_UI_FONT = "ui/font_family"  # "" = bundled Sarabun
PREF_BACKUP_DIR = "data/backup_folder"


class Preferences(NamedTuple):
    """The choices that shape the application object itself."""

    language: str = SOURCE_LANGUAGE
    font_family: str | None = None  # None: the bundled Sarabun


def read_preferences(settings: QSettings | None = None) -> Preferences:
    """Read the preferences; an unknown language falls back to Thai.

    Works before the QApplication exists: without *settings*, the same store as
    ``QSettings()`` inside the app is opened by name.
    """
    store = settings if settings is not None else QSettings(ORGANIZATION, paths.APP_NAME)
    language = str(store.value(PREF_LANGUAGE, SOURCE_LANGUAGE) or SOURCE_LANGUAGE)
    if language not in SUPPORTED_LANGUAGES:
        log.info("unknown UI language %r in the preferences, using Thai", language)
        language = SOURCE_LANGUAGE
    family = str(store.value(PREF_UI_FONT, "") or "").strip()
    return Preferences(language, family or None)
