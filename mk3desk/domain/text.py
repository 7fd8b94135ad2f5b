"""Cleaning text that clerks type or paste (from Word, LINE, PDFs, web pages).

``normalise_text`` fixes the Thai typing errors that ``pythainlp.util.normalize``
fixes, written out here because that function also does things wrong for stored
text: it collapses runs of spaces and *blank lines* (an evidence description loses
its paragraphs), drops repeated vowels even across spaces, and turns ๅ into า — but
on the Kedmanee keyboard ๅ sits on the unshifted "1" key, so a stray ๅ is more often
a mistyped 1 than a mistyped า, and we leave it alone. It also costs a ~30 ms import.

The fixes, each a mistake that renders (almost) the same on screen but breaks
searching, sorting and duplicate checks:

* ํ + า (nikhahit + sara aa, as some fonts and PDF copies produce) → ำ, keeping a
  tone mark typed between them: น ํ ้ า → น ้ ำ;
* เ + เ → แ;
* a tone mark or ์ typed before an above/below vowel is moved after it (ก่ี → กี่), and one
  typed after ะ า ำ is moved before it (กำ้ → ก้ำ);
* the same mark typed twice is kept once (ก่่ → ก่); of two different tone marks on one
  consonant the last typed wins (ก่้ → ก้), as in pythainlp;
* a space typed between a consonant and its mark is removed (พ ุ่ม → พุ่ม); a mark with no
  consonant before it (at the start, after a space or a line break) is removed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clip_text", "is_blank", "normalise_text"]

# Invisible characters that break equality and searching; U+200B is also what the UI
# inserts for Qt line breaking, so it must never be stored.
_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\ufeff\u00ad"))

_CONSONANTS = "\u0e01-\u0e2e"
_ABOVE_BELOW_VOWELS = "\u0e31\u0e34-\u0e39"  # ั ิ ี ึ ื ุ ู
_TONES = "\u0e48-\u0e4b"  # ่ ้ ๊ ๋
_FOLLOW_VOWELS = "\u0e30\u0e32\u0e33"  # ะ า ำ
# Every Thai mark that needs a consonant (or a vowel on one) to sit on.
_MARKS = f"{_ABOVE_BELOW_VOWELS}\u0e3a\u0e47-\u0e4e"

_RE_NIKHAHIT_AA = re.compile(f"\u0e4d([{_TONES}]?)\u0e32")
_RE_TONE_BEFORE_VOWEL = re.compile(f"([{_TONES}\u0e4c]+)([{_ABOVE_BELOW_VOWELS}]+)")
_RE_TONE_AFTER_FOLLOW = re.compile(f"([{_FOLLOW_VOWELS}]+)([{_TONES}]+)")
_RE_REPEATED_MARK = re.compile(f"([{_MARKS}{_FOLLOW_VOWELS}])\\1+")
_RE_TONE_RUN = re.compile(f"[{_TONES}]{{2,}}")
_RE_SPACE_BEFORE_MARK = re.compile(f"([{_CONSONANTS}]) +(?=[{_MARKS}])")
_RE_DANGLING = re.compile(f"(^|\\s)[{_MARKS}]+")
# Where a fix below could change anything: the characters or pairs each one needs.
# Most text has none of them, and one search is far cheaper than running every fix
# (an Excel import cleans tens of thousands of cells). Must cover every fix: a test
# checks that text without a match comes out of _fix_thai unchanged.
_RE_NEEDS_FIX = re.compile(
    f"\u0e4d|เเ|[{_TONES}\u0e4c][{_ABOVE_BELOW_VOWELS}]|[{_FOLLOW_VOWELS}][{_TONES}]"
    f"|[{_TONES}]{{2}}|[{_CONSONANTS}] +[{_MARKS}]|(?:^|\\s)[{_MARKS}]"
    f"|(?P<repeated>[{_MARKS}{_FOLLOW_VOWELS}])(?P=repeated)"
)
_RE_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad]")

_MAX_PASSES = 8
_GRAPHEME_EXTEND = frozenset("\u0e33\u200d")  # ำ is a spacing mark (UAX #29); ZWJ joins
_LEAD_VOWELS = frozenset("เแโใไ")


def _fix_thai(text: str) -> str:
    text = _RE_NIKHAHIT_AA.sub("\\1\u0e33", text)
    text = text.replace("เเ", "แ")
    text = _RE_TONE_BEFORE_VOWEL.sub("\\2\\1", text)
    text = _RE_TONE_AFTER_FOLLOW.sub("\\2\\1", text)
    text = _RE_REPEATED_MARK.sub("\\1", text)
    text = _RE_TONE_RUN.sub(lambda match: match.group()[-1], text)
    text = _RE_SPACE_BEFORE_MARK.sub("\\1", text)
    return _RE_DANGLING.sub("\\1", text)


def normalise_text(text: str) -> str:
    """Text as it should be stored: trimmed, invisible characters removed, NFC, Thai typos fixed.

    Line breaks become "\\n"; inner spaces and blank lines are kept as typed.
    """
    if _RE_INVISIBLE.search(text):  # (translate is slow on Thai: only when needed)
        text = text.translate(_INVISIBLE)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.strip()
    if _RE_NEEDS_FIX.search(text) is None:
        return text
    # One fix can expose another (a tone moved off a vowel may land at the start and
    # dangle), so repeat to a fixed point; real text settles in one or two passes.
    for _ in range(_MAX_PASSES):
        fixed = unicodedata.normalize("NFC", _fix_thai(text)).strip()
        if fixed == text:
            break
        text = fixed
    return text


def is_blank(text: str | None) -> bool:
    """True for None, "" and text of only spaces, line breaks and invisible characters."""
    return text is None or not text.translate(_INVISIBLE).strip()


def _extends_cluster(ch: str) -> bool:
    return ch in _GRAPHEME_EXTEND or unicodedata.category(ch) in ("Mn", "Me", "Mc")


def clip_text(text: str, limit: int) -> str:
    """At most *limit* characters of *text*, never cutting a consonant from its marks.

    When the cut would fall inside a cluster (ก|้ำ), the whole cluster is left out; a
    leading vowel (เ แ โ ใ ไ) left at the end without its consonant is dropped too.
    """
    if limit < 0:
        raise ValueError("limit must be >= 0")
    if len(text) <= limit:
        return text
    cut = limit
    # text[cut] is the first character left out: while it belongs to the character
    # before it, the cut moves back so that the whole cluster goes.
    while cut > 0 and (_extends_cluster(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    while cut > 0 and text[cut - 1] in _LEAD_VOWELS:
        cut -= 1
    return text[:cut]


def normalise_name(text: str) -> str:
    """A person's or a group's name as stored: cleaned like any text, and one space
    between its words (two spaces typed by mistake must not make a second person)."""
    return " ".join(normalise_text(text).split())
