"""The UI font: the bundled Sarabun, or a TH Sarabun font the user chose and has installed.

Windows' default UI font (Segoe UI 9 pt) falls back to Leelawadee/Tahoma for Thai and
mixes two designs in one line; the product sets one Thai font for the whole UI instead.
TH Sarabun New / TH SarabunPSK are drawn much smaller than Sarabun at the same point
size (their x-height is about 3/4 of Sarabun's), so each family gets its own size.
Sarabun's line height (ascent + descent ≈ 1.6 em) already leaves room for stacked
marks (ปู่, ผู้ใหญ่), so item views that size rows from the font metrics do not clip them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from mk3desk import paths

log = logging.getLogger(__name__)

BUNDLED_FAMILY = "Sarabun"
# Families a clerk may pick in the settings, if installed on the machine.
INSTALLED_CHOICES = ("TH Sarabun New", "TH SarabunPSK")
# Point sizes that read alike on a Windows desktop at 100 % scaling.
POINT_SIZES: dict[str, float] = {
    BUNDLED_FAMILY: 10.5,
    "TH Sarabun New": 14.0,
    "TH SarabunPSK": 14.0,
}
DEFAULT_POINT_SIZE = 10.5


# The faces the windows use; the italic ones are for documents, which reportlab loads.
UI_FACES = ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf")


def load_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled UI faces with Qt; return the families found.

    Safe to call twice: Qt hands back the same families for a file already added.
    """
    families: set[str] = set()
    for ttf in ((folder or paths.fonts_dir()) / name for name in UI_FACES):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id < 0:
            log.warning("could not load font %s", ttf)
            continue
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def available(family: str) -> bool:
    return family in QFontDatabase.families()


def ui_font(preferred_family: str | None = None) -> QFont:
    """The font for the whole UI: *preferred_family* if installed, else bundled Sarabun.

    Only the TH Sarabun families are honoured as a preference: another font may lack
    Thai glyphs or have metrics that clip the stacked marks.
    """
    family = BUNDLED_FAMILY
    if preferred_family in INSTALLED_CHOICES and available(preferred_family):
        family = preferred_family
    elif preferred_family:
        log.info("font %r not available, using %s", preferred_family, BUNDLED_FAMILY)
    font = QFont(family)
    font.setPointSizeF(POINT_SIZES.get(family, DEFAULT_POINT_SIZE))
    # Full hinting squashes Thai marks at small sizes on Windows; vertical-only keeps
    # them apart while staying sharp.
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font


def apply_ui_font(app: QApplication, preferred_family: str | None = None) -> QFont:
    """Load the bundled fonts and make the chosen font the application default."""
    load_bundled_fonts()
    font = ui_font(preferred_family)
    app.setFont(font)
    return font
