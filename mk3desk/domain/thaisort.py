"""Thai dictionary order (ราชบัณฑิตยสถาน) for lists and as a SQLite collation.

SQLite and Python compare code points, which puts every word that starts with
เ แ โ ใ ไ after all other Thai words. The dictionary instead files a word under its
first consonant: เกม is read as ก-เ-ม. The key is built in levels, compared in turn:

1. letters: a leading vowel (เ แ โ ใ ไ) swaps places with the consonant after it;
   tone marks, ็ ์ ํ ฺ and other combining marks are left out. Thai consonants come
   before vowels and the vowels keep their Unicode order (ะ ั า ำ ิ ี ึ ื ุ ู เ แ โ ใ ไ),
   which is the dictionary order: กก < กะ < กัน < กา < กิ < เก < แก < โก < ใก < ไก.
2. marks: only to break ties, no mark before any mark, then ICU's order
   ๎ ์ ็ ่ ้ ๊ ๋ ํ ฺ (กา < ก่า < ก้า, แคร์ < แคร่).
3. variants: lower case before upper case, Arabic digits before Thai digits.
4. the text itself, so that two different texts never compare equal.

Groups on level 1, decided to match the ICU/Qt Thai collation (QCollator with the
Thai locale), so that a list sorted in SQL and one sorted by a Qt view agree:
spaces, then punctuation and symbols (ๆ and ฯ count as punctuation, so "กๆ" follows
"ก" and precedes "กก"), then digits by value (๑๒ = 12), then Thai, then Latin letters
(case-insensitive), then anything else. A run of spaces counts as one space, so
"สมชาย ใจดี" comes before "สมชายา" — names sort word by word.

Checked against QCollator (Thai) on pythainlp's 62,000 dictionary words and 22,000
person names: the orders agree except where ICU gives phinthu (ฺ, Pali spellings such
as วรฺณ) a letter's weight and for a handful of misspelt entries.

pythainlp's ``collate`` is close but "almost" (its own word): it strips tone marks
without keeping them as a tie-break level and knows nothing of Latin or digits.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from mk3desk import caches

__all__ = ["SortKey", "name_without_title", "person_sort_key", "thai_compare", "thai_sort_key"]

SortKey = tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...], str]

# Level-1 groups, spaced so that group * _GROUP + value never overlaps.
_GROUP = 0x110000
_SPACE, _PUNCT, _DIGIT, _THAI, _LATIN, _OTHER = range(6)

_LEAD_VOWELS = frozenset("เแโใไ")
# Thai combining marks that do not count as letters: phinthu, maitaikhu, tone marks,
# thanthakhat, nikhahit, yamakkan. The above/below vowels (ั ิ ี ึ ื ุ ู) are letters.
_THAI_MARKS = frozenset("\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
_THAI_PUNCT = frozenset("ฯๆ฿๏๚๛")
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_IGNORED = frozenset("\u200b\u200c\u200d\ufeff\u00ad")
# Tie-break order of the Thai marks, as ICU has it: ๎ ์ ็ ่ ้ ๊ ๋ ํ ฺ. Mapped to low
# code points so that they also sort before the marks of other scripts.
_MARK_RANK = str.maketrans({mark: chr(rank) for rank, mark in enumerate("๎์็่้๊๋ํฺ", start=1)})


def _is_thai_consonant(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e2e"


def _reorder(text: str) -> str:
    """Swap each leading vowel with the consonant after it, the way the dictionary reads."""
    chars = list(text.replace("\u0e4d\u0e32", "\u0e33"))  # ํ+า typed for ำ
    i = 0
    while i < len(chars) - 1:
        if chars[i] in _LEAD_VOWELS and _is_thai_consonant(chars[i + 1]):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            i += 2
        else:
            i += 1
    return "".join(chars)


def _is_mark(ch: str) -> bool:
    if ch in _THAI_MARKS:
        return True
    if "\u0e00" <= ch <= "\u0e7f":
        return False  # Thai above/below vowels are category Mn but are letters here
    return unicodedata.category(ch) in ("Mn", "Me")


def _weights(ch: str) -> tuple[int, int]:
    """(level-1 weight, level-3 variant) of a base character."""
    if "\u0e00" <= ch <= "\u0e7f":
        if ch in _THAI_DIGITS:
            return _DIGIT * _GROUP + _THAI_DIGITS.index(ch), 1
        if ch in _THAI_PUNCT:
            return _PUNCT * _GROUP + ord(ch), 0
        if ch == "ๅ":  # lakkhangyao: the า of ฤๅ / ฦๅ, so ฤๅ files with ฤา
            return _THAI * _GROUP + ord("า"), 1
        return _THAI * _GROUP + ord(ch), 0
    if ch.isspace():
        return _SPACE * _GROUP, 0
    if "0" <= ch <= "9":
        return _DIGIT * _GROUP + ord(ch) - ord("0"), 0
    if ch.isalpha():
        folded = ch.casefold()
        variant = 0 if folded == ch else 1
        group = _LATIN if ch.isascii() or "LATIN" in unicodedata.name(ch, "") else _OTHER
        return group * _GROUP + ord(folded[0]), variant
    return _PUNCT * _GROUP + ord(ch), 0


@lru_cache(maxsize=65536)
def thai_sort_key(text: str) -> SortKey:
    """Key for ``sorted(..., key=thai_sort_key)`` in Thai dictionary order."""
    # NFD splits accented Latin letters into letter + mark (é → e + ´); Thai is unchanged
    # by NFD except ำ, which stays as it is because its decomposition is not canonical.
    decomposed = unicodedata.normalize("NFD", _reorder(text))
    primary: list[int] = []
    marks: list[str] = []
    variants: list[int] = []
    for ch in decomposed:
        if ch in _IGNORED:
            continue
        if _is_mark(ch):
            if marks:
                marks[-1] += ch
            continue
        weight, variant = _weights(ch)
        if weight == _SPACE * _GROUP and primary and primary[-1] == weight:
            continue  # a run of spaces counts once
        primary.append(weight)
        marks.append("")
        variants.append(variant)
    return tuple(primary), tuple(m.translate(_MARK_RANK) for m in marks), tuple(variants), text


caches.register("thaisort.keys", thai_sort_key.cache_clear)


def thai_compare(a: str, b: str) -> int:
    """-1, 0 or 1 as *a* sorts before, with or after *b*; for ``sqlite3.create_collation``.

    0 only for equal texts.
    """
    key_a, key_b = thai_sort_key(a), thai_sort_key(b)
    return (key_a > key_b) - (key_a < key_b)


# Titles written before a Thai name, longest first so "นางสาว" is not read as "นาง".
# A list of people files each under the given name, not under its title.
_TITLE_LIST = (
    "นาย|นาง|นางสาว|น.ส.|เด็กชาย|เด็กหญิง|ด.ช.|ด.ญ.|ดร.|ศ.|รศ.|ผศ.|ศาสตราจารย์|"
    "รองศาสตราจารย์|ผู้ช่วยศาสตราจารย์|นพ.|พญ.|ทพ.|ทพญ.|ภก.|ภญ.|ว่าที่ร้อยตรี|"
    "ว่าที่ร้อยตรีหญิง|ว่าที่ ร.ต.|ว่าที่ร.ต.|ว่าที่ ร.ต.หญิง|ร.ต.|ร.ท.|ร.อ.|พ.ต.|พ.ท.|พ.อ.|"
    "จ.ส.อ.|จ.ส.ท.|จ.ส.ต.|ส.อ.|ส.ท.|ส.ต.|ด.ต.|ร.ต.อ.|ร.ต.ท.|ร.ต.ต.|พ.ต.ต.|พ.ต.ท.|พ.ต.อ."
)
_TITLES = tuple(sorted(_TITLE_LIST.split("|"), key=len, reverse=True))


def name_without_title(name: str) -> str:
    """*name* without the titles before it: "นางสาวกนกวรรณ พลศรีเมือง" → "กนกวรรณ พลศรีเมือง",
    "ว่าที่ร้อยตรี ดร.สมชาย ใจดี" → "สมชาย ใจดี". After the first title only abbreviated
    ones (ending in ".") are taken off, so a given name that starts like a title word
    keeps its letters. A name that is only a title stays as it is."""
    rest = name.strip()
    first = True
    while True:
        for title in _TITLES:
            if (first or title.endswith(".")) and rest.startswith(title) and len(rest) > len(title):
                rest = rest[len(title) :].lstrip()
                first = False
                break
        else:
            return rest or name.strip()


def given_name(name: str) -> str:
    """The given name alone: "นางสาวกนกวรรณ พลศรีเมือง" → "กนกวรรณ" (file names the program
    proposes say who sent them)."""
    words = name_without_title(name).split()
    return words[0] if words else ""


def person_sort_key(name: str) -> tuple[SortKey, SortKey]:
    """Key for a list of people as Thai lists sort them: by given name, then surname
    (the titles นาย/นาง/นางสาว… left out), then the full name with its title."""
    return thai_sort_key(name_without_title(name)), thai_sort_key(name)
