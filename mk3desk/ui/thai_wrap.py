"""Word-boundary hints so that Qt wraps Thai lines between words on every platform.

Thai writes no spaces between words. Qt finds Thai word breaks only through libthai,
which Linux has and Windows does not: there a wrapped label or table cell breaks only
at spaces, so a long Thai sentence overflows or breaks anywhere. Inserting U+200B
(zero width space) between words gives Qt a break opportunity it honours everywhere
and draws as nothing.

Use ``wrap_hint`` only for text that is *displayed* (labels, read-only cells, tool
tips) and ``strip_hints`` on anything that is edited, compared or saved — a U+200B
in the database would make equal names differ.
"""

from __future__ import annotations

ZWSP = "\u200b"
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# Never start a line with these: ๆ repeats the word before it, ฯ abbreviates it.
_NO_BREAK_BEFORE = "ๆฯ"


def _is_thai_letter(ch: str) -> bool:
    return _THAI_FIRST <= ch <= _THAI_LAST and ch not in _THAI_DIGITS


def _has_thai(text: str) -> bool:
    return any(_is_thai_letter(ch) for ch in text)


def _breakable(before: str, after: str) -> bool:
    # Only between two Thai words: around spaces, digits, Latin text and punctuation
    # Qt's own rules already do the right thing (and a hint would split "(สพป.)").
    return _is_thai_letter(before) and _is_thai_letter(after) and after not in _NO_BREAK_BEFORE


def wrap_hint(text: str) -> str:
    """*text* with U+200B between adjacent Thai words; nothing else changes."""
    text = strip_hints(text)
    if not _has_thai(text):
        return text
    # Imported here: segmentation loads a dictionary, which start-up must not pay for.
    from mk3desk.domain.thaiwords import segment

    out: list[str] = []
    for word in segment(text):
        if not word:
            continue
        if out and _breakable(out[-1][-1], word[0]):
            out.append(ZWSP)
        out.append(word)
    return "".join(out)


def strip_hints(text: str) -> str:
    """*text* without the hints ``wrap_hint`` added (nor any other U+200B)."""
    return text.replace(ZWSP, "")
