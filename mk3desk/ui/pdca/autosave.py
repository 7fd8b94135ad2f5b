"""Moved to ``mk3desk.ui.widgets.autosave`` (one autosave for the PDCA texts and Settings);
this name stays until every importer uses the new one."""

from mk3desk.ui.widgets.autosave import DELAY_MS, TextAutosave

__all__ = ["DELAY_MS", "TextAutosave"]
