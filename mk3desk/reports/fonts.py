"""Thai fonts for the PDFs: the bundled Sarabun, or the user's TH Sarabun.

Official Thai documents are set in TH SarabunPSK / TH Sarabun New 16 pt. When
one of those is installed (or a path is given in the settings) it is used at
16 pt. Otherwise the bundled OFL "Sarabun" family is used at the size that
*looks* like TH Sarabun 16 pt, found by comparing x-heights:

====================================  ==========  ============================
font (unitsPerEm 1000)                 x-height    Thai consonant top (ก น อ)
====================================  ==========  ============================
Laksaman (metric clone of TH Sarabun   511         602
New, Debian fonts-tlwg-laksaman)
Sarabun 2018 (Cadson Demak, bundled)   500         586
====================================  ==========  ============================

(measured with harfbuzz glyph extents and the OS/2 ``sxHeight`` field). So
Sarabun is drawn about 2 % *smaller*, not larger, than TH Sarabun at the same
point size; x-heights give 16 × 511 / 500 = 16.35 pt and the Thai consonants
16 × 602 / 586 = 16.44 pt. :data:`SARABUN_BODY_SIZE` is 16.4 pt. Any other font
gets its size from its own x-height by the same rule (:func:`body_size_for`).
"""

from __future__ import annotations

import hashlib
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from mk3desk import caches, paths
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError

# x-height of TH Sarabun New in em/1000 (via its metric clone Laksaman), and the
# point size every Thai official document is specified in.
REFERENCE_X_HEIGHT = 511
REFERENCE_SIZE = 16.0
SARABUN_BODY_SIZE = 16.4

BUNDLED_FILES = {
    "regular": "Sarabun-Regular.ttf",
    "bold": "Sarabun-Bold.ttf",
    "italic": "Sarabun-Italic.ttf",
    "bold_italic": "Sarabun-BoldItalic.ttf",
}

# File names of the TH Sarabun families as they ship on Windows (lower case),
# best first. TH Sarabun New is the newer cut of TH SarabunPSK.
_TH_SARABUN_NAMES = (
    {
        "regular": "thsarabunnew.ttf",
        "bold": "thsarabunnew bold.ttf",
        "italic": "thsarabunnew italic.ttf",
        "bold_italic": "thsarabunnew bolditalic.ttf",
    },
    {
        "regular": "thsarabun.ttf",
        "bold": "thsarabun bold.ttf",
        "italic": "thsarabun italic.ttf",
        "bold_italic": "thsarabun bolditalic.ttf",
    },
)


@dataclass(frozen=True)
class FontSet:
    """reportlab font names of one registered family and its body size."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    body_size: float
    source: str  # "bundled" or the folder the family was loaded from
    problem: StorageError | None = None  # why a requested font was not used

    def name(self, *, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def font_search_dirs() -> list[Path]:
    """Folders where a user's installed fonts usually are (Windows first)."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    dirs += [home / ".fonts", home / ".local" / "share" / "fonts"]
    dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    return [d for d in dirs if d.is_dir()]


def find_installed_th_sarabun(dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """The four files of an installed TH Sarabun New (or PSK) family, if all are there."""
    found: dict[str, Path] = {}
    for folder in font_search_dirs() if dirs is None else dirs:
        try:
            for path in folder.rglob("*"):
                found.setdefault(path.name.lower(), path)
        except OSError:
            continue  # an unreadable folder is not worth an error here
    for names in _TH_SARABUN_NAMES:
        if all(name in found for name in names.values()):
            return {style: found[name] for style, name in names.items()}
    return None


def family_from_regular(regular: Path) -> dict[str, Path]:
    """Guess the bold/italic files next to *regular* ("X.ttf" → "X Bold.ttf", "X-Bold.ttf").

    A style that cannot be found falls back to the regular file, so a single
    file chosen in the settings still prints (without true bold).
    """
    stem = regular.stem
    for suffix in ("-Regular", " Regular", "Regular"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    family = {"regular": regular}
    tails = {"bold": "Bold", "italic": "Italic", "bold_italic": "BoldItalic"}
    for style, tail in tails.items():
        family[style] = regular
        for sep in (" ", "-", ""):
            candidate = regular.with_name(f"{stem}{sep}{tail}{regular.suffix}")
            if candidate.is_file():
                family[style] = candidate
                break
    return family


def x_height(path: Path) -> int:
    """The OS/2 x-height of a TrueType file in units of 1/1000 em."""
    try:
        data = path.read_bytes()
        num_tables = struct.unpack(">H", data[4:6])[0]
        tables: dict[str, int] = {}
        for i in range(num_tables):
            entry = data[12 + 16 * i : 28 + 16 * i]
            tag = entry[:4].decode("latin-1")
            offset = struct.unpack(">I", entry[8:12])[0]
            tables[tag] = offset
        units_per_em: int = struct.unpack(">H", data[tables["head"] + 18 : tables["head"] + 20])[0]
        os2 = tables["OS/2"]
        version = struct.unpack(">H", data[os2 : os2 + 2])[0]
        if version < 2:
            return REFERENCE_X_HEIGHT  # no sxHeight: assume it is drawn like TH Sarabun
        value: int = struct.unpack(">h", data[os2 + 86 : os2 + 88])[0]
        return round(value * 1000 / units_per_em)
    except (OSError, KeyError, struct.error, UnicodeDecodeError) as exc:
        raise _unreadable(path, exc) from exc


def body_size_for(path: Path) -> float:
    """The size at which *path* looks like TH Sarabun at 16 pt (rounded to 0.1 pt)."""
    height = x_height(path)
    if height <= 0:
        return REFERENCE_SIZE
    return round(REFERENCE_SIZE * REFERENCE_X_HEIGHT / height, 1)


def _unreadable(path: Path, exc: BaseException) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("Fonts", "อ่านไฟล์ฟอนต์ {path} ไม่ได้ ({reason})"),
        path=str(path),
        reason=str(exc) or type(exc).__name__,
    )


_lock = threading.Lock()
_registered: dict[str, FontSet] = {}  # reportlab keeps the fonts; this, their names
caches.register("fonts.families", _registered.clear)


def _register_family(files: dict[str, Path], body_size: float, source: str) -> FontSet:
    """Register four TTF files with reportlab under names unique to their contents."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from mk3desk.reports.tounicode import ThaiTTFont

    names: dict[str, str] = {}
    for style, path in files.items():
        try:
            digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
            name = f"mk3-{path.stem.replace(' ', '')}-{digest}"
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(ThaiTTFont(name, str(path)))
        except (OSError, TTFError, ValueError, AssertionError, struct.error) as exc:
            raise _unreadable(path, exc) from exc
        names[style] = name
    pdfmetrics.registerFontFamily(
        names["regular"],
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    return FontSet(
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        body_size=body_size,
        source=source,
    )


def bundled_fonts() -> FontSet:
    """The bundled Sarabun family (always available)."""
    with _lock:
        cached = _registered.get("bundled")
        if cached is None:
            files = {style: paths.fonts_dir() / name for style, name in BUNDLED_FILES.items()}
            cached = _register_family(files, SARABUN_BODY_SIZE, "bundled")
            _registered["bundled"] = cached
        return cached


def load_font_file(regular: Path) -> FontSet:
    """Register the family of *regular* (a path from the settings).

    Raises StorageError (Thai message) when a file cannot be read as a font.
    """
    key = str(regular)
    with _lock:
        cached = _registered.get(key)
        if cached is not None:
            return cached
    if not regular.is_file():
        raise StorageError(QT_TRANSLATE_NOOP("Fonts", "ไม่พบไฟล์ฟอนต์ {path}"), path=str(regular))
    files = family_from_regular(regular)
    size = (
        REFERENCE_SIZE
        if "sarabun" in regular.name.lower() and regular.name.lower().startswith("th")
        else body_size_for(regular)
    )
    font_set = _register_family(files, size, str(regular.parent))
    with _lock:
        _registered[key] = font_set
    return font_set


def choose_fonts(settings_path: Path | None = None, *, search: bool = True) -> FontSet:
    """The fonts a document is printed with.

    Order: the file from the settings, an installed TH Sarabun New / PSK, the
    bundled Sarabun. A settings file that cannot be used does not stop printing:
    the fallback is returned with ``problem`` telling the user why.
    """
    problem: StorageError | None = None
    if settings_path is not None:
        try:
            return load_font_file(settings_path)
        except StorageError as exc:
            problem = exc
    if search:
        installed = find_installed_th_sarabun()
        if installed is not None:
            try:
                return load_font_file(installed["regular"])
            except StorageError as exc:
                problem = problem or exc
    fonts = bundled_fonts()
    if problem is not None:
        return FontSet(
            regular=fonts.regular,
            bold=fonts.bold,
            italic=fonts.italic,
            bold_italic=fonts.bold_italic,
            body_size=fonts.body_size,
            source=fonts.source,
            problem=problem,
        )
    return fonts
