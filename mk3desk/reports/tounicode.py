"""ToUnicode maps that give every shaped Thai glyph back the characters it draws.

Shaping replaces some Thai marks by alternate glyphs (a tone mark lowered over a
short consonant, a vowel moved left under the tail of ป, a tone mark and ํ joined in
one glyph). Those glyphs have no code point of their own, so reportlab gives each a
private-use stand-in (``TTFont.hbAddPrivate``, from U+E000) and writes the stand-in
into the subset's ToUnicode map. A viewer that reads /ActualText (poppler, Acrobat)
never notices; pdf.js, Apple Preview, pypdf and pdfminer.six read only the ToUnicode
map, and copy or search there gave private-use characters and lost tone marks
(issue #12 item 6, docs/STACK-NOTES.md).

:class:`ThaiTTFont` is reportlab's ``TTFont`` whose subsets map each such glyph to
the Thai it stands for, found from the glyph's name (``uni0E48.small`` → ่,
``uni0E4D0E49.narrow`` → ้ํ, which with the า after it reads ้ำ after NFKC), or
for the legacy Thai private-use code points of older fonts such as TH SarabunPSK
(U+F700-U+F71A, mapped by their cmap) from their fixed meaning. The exact form stays
in each line's /ActualText (:mod:`mk3desk.reports.thai_draw`).

Relies on reportlab internals pinned in tests/test_dependency_drift.py: ``addObjects``
writes one ToUnicode stream per subset under the name ``"toUnicodeCMap:" + base font
name`` (built with ``SUBSETN``), from ``state.subsets``.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

PRIVATE_USE = range(0xE000, 0xF900)
# Codes for glyphs shown with their own advance (ThaiTTFont.offset_code): below the
# legacy Thai private-use codes, above the stand-ins reportlab gives out from U+E000.
OFFSET_CODES = range(0xF000, 0xF700)

# The Thai private-use glyphs of Windows (U+F700-U+F71A) and Mac (U+F884-U+F89E) Thai
# fonts (TH SarabunPSK, Tahoma): each a shifted or reshaped form of one Thai character.
_MAC_THAI_PUA = (
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47"
    "\u0e48\u0e48\u0e48\u0e49\u0e49\u0e49\u0e4a\u0e4a\u0e4a\u0e4b\u0e4b\u0e4b\u0e4c\u0e4c\u0e4c"
    "\u0e4d\u0e0d\u0e38\u0e39\u0e3a\u0e10"
)
LEGACY_THAI_PUA: dict[int, str] = {
    **{0xF884 + i: ch for i, ch in enumerate(_MAC_THAI_PUA)},
    0xF700: "\u0e10",  # ฐ without its lower part
    0xF701: "\u0e34",
    0xF702: "\u0e35",
    0xF703: "\u0e36",
    0xF704: "\u0e37",
    0xF705: "\u0e48",
    0xF706: "\u0e49",
    0xF707: "\u0e4a",
    0xF708: "\u0e4b",
    0xF709: "\u0e4c",
    0xF70A: "\u0e48",
    0xF70B: "\u0e49",
    0xF70C: "\u0e4a",
    0xF70D: "\u0e4b",
    0xF70E: "\u0e4c",
    0xF70F: "\u0e0d",  # ญ without its lower part
    0xF710: "\u0e31",
    0xF711: "\u0e4d",
    0xF712: "\u0e47",
    0xF713: "\u0e48",
    0xF714: "\u0e49",
    0xF715: "\u0e4a",
    0xF716: "\u0e4b",
    0xF717: "\u0e4c",
    0xF718: "\u0e38",
    0xF719: "\u0e39",
    0xF71A: "\u0e3a",
}

# Adobe Glyph List names of the Thai block, U+0E01 onwards (lower case; "-" unassigned).
_AGL_THAI = [
    "kokaithai",
    "khokhaithai",
    "khokhuatthai",
    "khokhwaithai",
    "khokhonthai",
    "khorakhangthai",
    "ngonguthai",
    "chochanthai",
    "chochingthai",
    "chochangthai",
    "sosothai",
    "chochoethai",
    "yoyingthai",
    "dochadathai",
    "topatakthai",
    "thothanthai",
    "thonangmonthothai",
    "thophuthaothai",
    "nonenthai",
    "dodekthai",
    "totaothai",
    "thothungthai",
    "thothahanthai",
    "thothongthai",
    "nonuthai",
    "bobaimaithai",
    "poplathai",
    "phophungthai",
    "fofathai",
    "phophanthai",
    "fofanthai",
    "phosamphaothai",
    "momathai",
    "yoyakthai",
    "roruathai",
    "ruthai",
    "lolingthai",
    "luthai",
    "wowaenthai",
    "sosalathai",
    "sorusithai",
    "sosuathai",
    "hohipthai",
    "lochulathai",
    "oangthai",
    "honokhukthai",
    "paiyannoithai",
    "saraathai",
    "maihanakatthai",
    "saraaathai",
    "saraamthai",
    "saraithai",
    "saraiithai",
    "sarauethai",
    "saraueethai",
    "sarauthai",
    "sarauuthai",
    "phinthuthai",
    "-",
    "-",
    "-",
    "-",
    "bahtthai",
    "saraethai",
    "saraaethai",
    "saraothai",
    "saraaimaimuanthai",
    "saraaimaimalaithai",
    "lakkhangyaothai",
    "maiyamokthai",
    "maitaikhuthai",
    "maiekthai",
    "maithothai",
    "maitrithai",
    "maichattawathai",
    "thanthakhatthai",
    "nikhahitthai",
    "yamakkanthai",
    "fongmanthai",
    "zerothai",
    "onethai",
    "twothai",
    "threethai",
    "fourthai",
    "fivethai",
    "sixthai",
    "seventhai",
    "eightthai",
    "ninethai",
    "angkhankhuthai",
    "khomutthai",
]
_AGL: dict[str, str] = {name: chr(0x0E01 + i) for i, name in enumerate(_AGL_THAI) if name != "-"}
# "uni0E48", "uni0E4D0E49" (several characters), "u0E48".
_UNI_NAME = re.compile(r"^(?:uni((?:[0-9A-Fa-f]{4})+)|u([0-9A-Fa-f]{4,6}))$")
_TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
_NIKHAHIT = "\u0e4d"


def _component_text(part: str) -> str | None:
    match = _UNI_NAME.match(part)
    if match is None:
        return _AGL.get(part.lower())
    if match.group(1):
        hexes = match.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    return chr(int(match.group(2), 16))


def text_of_glyph_name(name: str) -> str | None:
    """The characters a glyph named *name* draws, in typing order; None if unknown.

    Names as fonts write them: "uni0E48.small", "uni0E4D0E49.narrow",
    "thoThanthai.less" (Adobe Glyph List), "maiEkthai_nikhahitthai" (a ligature).
    A joined tone mark and nikhahit is typed tone first (น้ำ is น ้ ำ, and ำ is ํ + า
    after NFKC).
    """
    chars: list[str] = []
    for part in name.split(".")[0].split("_"):
        text = _component_text(part)
        if not text:
            return None
        chars += text
    if not chars or any(ord(ch) in PRIVATE_USE for ch in chars):
        return None
    if _NIKHAHIT in chars and _TONES & set(chars):
        chars.sort(key=lambda ch: ch == _NIKHAHIT)  # the tone first, ํ last
    return "".join(chars)


class ThaiTTFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """A TrueType font whose PDF subsets map shaped glyphs back to Thai (module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._glyph_texts: dict[int, str | None] = {}
        self._offset_codes: dict[tuple[int, float], int] = {}
        self._offset_codes_given: set[int] = set()
        self._next_offset_code = OFFSET_CODES.stop - 1

    def offset_code(self, gid: int, width: float) -> int | None:
        """A private-use code that shows glyph *gid* with the PDF advance *width*.

        Harfbuzz moves some marks sideways (x offset). Written as reportlab writes it —
        move left, the mark (no advance), move back right — a reader that takes a move
        to the right for a space (pypdf, pdf.js) reads "ปิ่ นโต". Shown with a code whose
        advance in the PDF is the move back, the same mark needs no move to the right
        after it. Codes are given out from the top of the private-use area down (reportlab
        gives its own from U+E000 up); None when they run out (then the move is written).
        """
        key = (gid, width)
        code = self._offset_codes.get(key)
        if code is None:
            face = self.face
            code = self._next_offset_code
            while code in face.charToGlyph:
                code -= 1
            if code < OFFSET_CODES.start:
                return None
            self._next_offset_code = code - 1
            face.charToGlyph[code] = gid
            face.charWidths[code] = width
            self._offset_codes[key] = code
            self._offset_codes_given.add(code)
        return code

    def text_of(self, code: int) -> str | None:
        """The Thai a private-use *code* of this font stands for (None: not known)."""
        found = self._glyph_texts.get(code, "")
        if found != "":
            return found
        text = None if code in self._offset_codes_given else LEGACY_THAI_PUA.get(code)
        if text is None:
            gid = self.face.charToGlyph.get(code)
            if gid is not None:
                import uharfbuzz  # present whenever shaping made a stand-in

                name = uharfbuzz.Font(self.hbFace).glyph_to_string(gid)
                text = text_of_glyph_name(name)
                own = self.face.glyphToChar.get(gid, [])
                if text is None and own and own[0] not in PRIVATE_USE:
                    text = chr(own[0])  # a glyph of a character, shown with its own advance
        self._glyph_texts[code] = text
        return text

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's API
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in PRIVATE_USE for code in subset):
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject.get("toUnicodeCMap:" + base.decode("pdfdoc"))
            if stream is not None:
                stream.content = self.to_unicode_cmap(base.decode("pdfdoc"), subset)

    def to_unicode_cmap(self, font_name: str, subset: list[int]) -> str:
        """reportlab's ToUnicode CMap for *subset*, with private-use codes mapped to Thai."""
        cmap: str = makeToUnicodeCMap(font_name, subset)
        for i, code in enumerate(subset):
            if code not in PRIVATE_USE:
                continue
            text = self.text_of(code)
            if text:
                target = text.encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{target}>", 1)
        return cmap
