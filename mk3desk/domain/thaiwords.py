"""Thai words and line-break opportunities, shared by the PDF writer and the GUI.

Thai has no spaces between words, so a line may only break where a word ends.
:func:`segment` cuts text into *line units*: words from pythainlp's ``newmm``
engine (run by :mod:`mk3desk.domain.wordcut`, which cuts exactly alike, faster)
with a dictionary that also knows the office's abbreviations and terms
(``resources/dictionaries/thai_office_words.txt``), then glued so that a unit
never starts with a mark that must follow something (``ๆ``, ``)``, ``%``, ``,``)
and never ends with one that must precede something (``(``, ``“``).

Guarantees that the layout code relies on:

* ``"".join(segment(text)) == text`` — nothing is lost, added or reordered;
* every whitespace run is a token of its own, except inside a dictionary entry
  that holds a space (``รอง ผอ.``), which stays one unbreakable token;
* dotted abbreviations (``สพป.``, ``ผอ.สพท.``, ``อ.ก.ค.ศ.``), Latin words and
  numbers with decimals in Arabic or Thai digits (``4.74511``, ``๔.๗๔๕๑๑``) are
  single tokens;
* a Latin run without spaces — a file name, path, URL, code or range such as
  ``score-trend-chart.png``, ``KRS/PMQA`` or ``2566-2567`` — is a single token
  (newmm cuts such runs at their punctuation: ``meeting-minutes-`` + ``2567`` +
  ``.pdf``), so a line breaks before the name rather than inside it.

Only a unit wider than a whole line is ever cut, at the places :func:`cut_points`
names: after the separators of a Latin run (``score-trend-|chart.png``), then
between letters and digits, and only as a last resort between grapheme
clusters, never inside or just before a file extension (``chart.png`` keeps
``.png``).

The dictionary is read on first use (never at import time; about 0.02 s from the
shipped word list, :mod:`mk3desk.domain.wordcut_words`) and kept for the life of
the process.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from mk3desk import caches
from mk3desk.domain import line_units
from mk3desk.domain.wordcut_words import OFFICE_WORDS_FILE as OFFICE_WORDS_FILE
from mk3desk.domain.wordcut_words import office_words as office_words

if TYPE_CHECKING:
    from mk3desk.domain.wordcut import WordTable

# A unit may not start with these: they belong to the word before them.
_NON_STARTERS = frozenset(")]}>,.:;!?%/”’»ๆฯ")
# A unit may not end with these: they belong to the word after them.
_NON_ENDERS = frozenset("([{<“‘«")
# A dotted Thai abbreviation such as "ก.ค.ศ." or "สพป." (one to four letters a part).
_ABBREVIATION = re.compile(r"^(?:[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,4}\.)+$")
# Thai characters that attach to the one before them: vowels above, below and
# after (ะ า ำ ๅ), tone marks, and the other signs U+0E47-U+0E4E.
_THAI_FOLLOWERS = frozenset("\u0e30\u0e31\u0e32\u0e33\u0e45")
_THAI_FOLLOWERS |= frozenset(chr(c) for c in range(0x0E34, 0x0E3B))
_THAI_FOLLOWERS |= frozenset(chr(c) for c in range(0x0E47, 0x0E4F))
# Leading vowels are written before the consonant they follow in speech.
_THAI_LEADERS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")

_lock = threading.Lock()
_tokenizer: Callable[[str], list[str]] | None = None
_table: WordTable | None = None  # the dictionary: is a text a word, the start of one?


def _load_tokenizer() -> Callable[[str], list[str]]:
    """newmm with the default words plus the office words, built once per process."""
    global _tokenizer, _table
    with _lock:
        if _tokenizer is None:
            from mk3desk.domain import wordcut, wordcut_words

            table = _table = wordcut.WordTable(wordcut_words.sorted_words())

            def tokenize(text: str) -> list[str]:
                return wordcut.tokenize(text, table)

            _tokenizer = tokenize
        return _tokenizer


def _forget_dictionary() -> None:
    global _tokenizer, _table
    with _lock:
        _tokenizer = None
        _table = None


caches.register("thaiwords.dictionary", _forget_dictionary)


def _is_space(token: str) -> bool:
    return token.isspace()


_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")
_NON_ENDER_CHARS = "".join(sorted(_NON_ENDERS))
_WHITESPACE = re.compile(r"\s")  # one character for which str.isspace() holds


def _is_latin(ch: str) -> bool:
    """A printable ASCII character: letters, digits and the punctuation of names and paths."""
    return "!" <= ch <= "~"


@functools.lru_cache(maxsize=1024)
def _is_mark(ch: str) -> bool:
    """A combining mark, which never starts a unit of its own."""
    return unicodedata.category(ch).startswith("M")


caches.register("thaiwords.marks", _is_mark.cache_clear)


def _continues_code(last: str, first: str) -> bool:
    """A code such as B1, MK๓ or S๓ is one unit: letters or digits run straight into digits.

    So is a Latin run written without spaces (``score-trend-chart.png``,
    ``report_2567_final.docx``, ``www.obec.go.th/krs``, ``2566-2567``).
    *last* ends the unit before, *first* starts the token after it.
    """
    if _is_latin(last) and _is_latin(first):
        return True
    return first in _DIGITS and (last in _DIGITS or (last.isascii() and last.isalpha()))


def _glue(tokens: Iterable[str]) -> list[str]:
    """Join tokens that must not be separated by a line break (see module doc)."""
    units: list[str] = []
    carry = ""  # opening brackets/quotes waiting for the word after them
    after_word = False  # units[-1] is a word, not whitespace
    for token in tokens:
        if not token:
            continue
        if token.isspace():
            if carry:
                units.append(carry)
                carry = ""
            units.append(token)
            after_word = False
            continue
        if carry:
            token = carry + token
            carry = ""
        if after_word:
            previous = units[-1]
            first = token[0]
            if (
                first in _NON_STARTERS
                or (previous[-1] == "." and _ABBREVIATION.match(token))
                or _is_mark(first)
                or _continues_code(previous[-1], first)
            ):
                units[-1] = previous + token
                continue
        if token[-1] in _NON_ENDERS and not token.rstrip(_NON_ENDER_CHARS):
            carry = token
        else:
            units.append(token)
            after_word = True
    if carry:
        units.append(carry)
    return units


def segment_name(name: str) -> list[str]:
    """A person's name as line units: each of its words whole, a break only at its
    spaces ("นางสาวกนกวรรณ", " ", "พลศรีเมือง"), whatever its title (or none)."""
    return [part for part in re.split(r"(\s+)", name) if part]


def glue(tokens: Iterable[str]) -> list[str]:
    """Units from *tokens* cut apart by their source (text, then a name, then text):
    an opening bracket stays with the word after it, a closing one with the word
    before ("(" + "นายสมชาย" -> "(นายสมชาย")."""
    return _glue(tokens)


def segment(text: str) -> list[str]:
    """Cut *text* into line units: words, abbreviations, numbers and whitespace runs.

    ``"".join(segment(text)) == text`` always holds.
    """
    if not text:
        return []
    return list(_segment_cached(text))


# Headers, footers and table cells repeat the same short strings on every page.
@functools.lru_cache(maxsize=4096)
def _segment_cached(text: str) -> tuple[str, ...]:
    tokenize = _load_tokenizer()
    tokens: list[str] = []
    position = 0
    for start, end in line_units.name_spans(text):  # names: the word breaker knows none
        if position < start:
            tokens += tokenize(text[position:start])
        tokens.append(text[start:end])
        position = end
    if position < len(text):
        tokens += tokenize(text[position:])
    if "".join(tokens) != text:  # the layout must never lose a character
        tokens = [part for part in re.split(r"(\s+)", text) if part]
    return tuple(line_units.join_units(_glue(_split_whitespace(tokens))))


caches.register("thaiwords.segments", _segment_cached.cache_clear)


def _split_whitespace(tokens: Iterable[str]) -> Iterable[str]:
    """Give every whitespace run its own token, except in multi-word dictionary entries."""
    for token in tokens:
        if _WHITESPACE.search(token) is None or token.isspace():
            yield token
        elif "\n" in token or token != token.strip():
            yield from (part for part in re.split(r"(\s+)", token) if part)
        else:
            yield token  # "รอง ผอ.": a dictionary entry with an inner space


def break_opportunities(text: str) -> list[int]:
    """Offsets (0 < i < len(text)) where a line of *text* may break."""
    offsets: list[int] = []
    position = 0
    for unit in segment(text):
        position += len(unit)
        offsets.append(position)
    return [offset for offset in offsets if 0 < offset < len(text)]


def with_zero_width_spaces(text: str) -> str:
    """*text* with U+200B at each word boundary, for Qt wrapping on Windows (display only)."""
    pieces: list[str] = []
    previous = ""
    for unit in segment(text):
        if pieces and not _is_space(unit) and not _is_space(previous):
            pieces.append("\u200b")
        pieces.append(unit)
        previous = unit
    return "".join(pieces)


# Cut quality of :func:`cut_points`: lower is better.
CUT_AFTER_SEPARATOR = 1
CUT_BETWEEN_PARTS = 2
CUT_LAST_RESORT = 3
# A Latin run may be cut after these (the character stays at the end of the line).
_SEPARATORS = frozenset("-_/\\,;&?=+|~")
# A file extension (or the decimals of a number) at the end of a unit, with any
# closing marks after it: never cut inside it or just before its dot.
_EXTENSION_TAIL = re.compile(r"\.[A-Za-z0-9๐-๙]{1,5}[)\]}>,.:;!?%”’»]*$")


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def cut_points(unit: str) -> dict[int, int]:
    """Where a unit wider than a whole line may be cut: offset -> quality (1 is best).

    * ``CUT_AFTER_SEPARATOR``: after ``-``, ``_``, ``/``, ``\\`` and the like inside a
      Latin run (``score-trend-|chart.png``, ``C:\\Users\\|report.pdf``);
    * ``CUT_BETWEEN_PARTS``: between a Latin letter and a digit, a lower-case and an
      upper-case letter, Thai and Latin, or after an inner dot (``KRS|2567``,
      ``www.|obec.go.th``);
    * ``CUT_LAST_RESORT``: between any two grapheme clusters (a long Thai word).

    A unit of several words (``line_units``: a date, a label and its number) is cut
    best after the day of a date or before the date (``line_units.preferred_breaks``),
    at its other spaces ("เขต ๓", "ก.ค. ๖๗") only as a last resort; a long Thai unit
    (a group's name) between its dictionary words (``CUT_BETWEEN_PARTS``).

    Never inside or just before a file extension at the end (``chart.png`` is
    never cut into ``chart.pn`` + ``g`` nor ``chart`` + ``.png``), never before a
    mark that belongs to the word before it (``)``, ``,``, ``.``) and never after
    one that belongs to the word after it (``(``).
    """
    tail = _EXTENSION_TAIL.search(unit)
    limit = tail.start() if tail is not None and tail.start() > 0 else len(unit)
    words = inner_word_ends(unit)
    preferred = line_units.preferred_breaks(unit) if " " in unit else set()
    points: dict[int, int] = {}
    offset = 0
    for cluster in grapheme_clusters(unit):
        offset += len(cluster)
        if offset >= limit:
            break
        before, after = unit[offset - 1], unit[offset]
        if after in _NON_STARTERS or before in _NON_ENDERS:
            continue
        if before.isspace():  # a unit of several words (a date, a label and its number)
            points[offset] = CUT_AFTER_SEPARATOR if offset in preferred else CUT_LAST_RESORT
        elif offset in words:
            points[offset] = CUT_BETWEEN_PARTS
        else:
            points[offset] = _cut_quality(before, after)
    return points


def is_dictionary_word(text: str) -> bool:
    """Whether *text* is one entry of the dictionary (after ``segment`` loaded it): a
    group's name or "คำรับรองการปฏิบัติราชการ" is, a person's name is not."""
    table = _table
    return table is not None and table[text] is True


def inner_word_ends(unit: str) -> set[int]:
    """Where the dictionary words inside a Thai *unit* end (longest words first).

    A group's name ("กลุ่มบริหารงานการเงินและสินทรัพย์") is one dictionary entry, so one
    unit; too wide for a column it is cut after one of its words rather than inside one.
    """
    table = _table
    ends: set[int] = set()
    if table is None or not any(_is_thai(ch) for ch in unit):
        return ends
    start = 0
    while start < len(unit):
        best = 0
        for end in range(start + 1, len(unit) + 1):
            found = table[unit[start:end]]
            if found is None:
                break
            if found and end - start < len(unit):
                best = end
        if not best:
            break
        ends.add(best)
        start = best
    ends.discard(len(unit))
    return ends


def _cut_quality(before: str, after: str) -> int:
    if before in _SEPARATORS and after not in _SEPARATORS:
        return CUT_AFTER_SEPARATOR
    latin_before = before.isascii() and before.isalnum()
    latin_after = after.isascii() and after.isalnum()
    if latin_before and latin_after:
        new_part = before.isdigit() != after.isdigit() or (before.islower() and after.isupper())
        return CUT_BETWEEN_PARTS if new_part else CUT_LAST_RESORT
    inner_dot = before == "." and latin_after  # never inside "ก.ค." or "สพป.สพฐ."
    script_change = (_is_thai(before) and latin_after) or (latin_before and _is_thai(after))
    return CUT_BETWEEN_PARTS if inner_dot or script_change else CUT_LAST_RESORT


def grapheme_clusters(word: str) -> list[str]:
    """Cut *word* where it may be broken as a last resort, never inside a cluster.

    A cluster keeps a leading vowel with its consonant (``ไ|ด้`` is never cut)
    and a consonant with every mark above or below it and with ``ำ``.
    """
    clusters: list[str] = []
    current = ""
    for ch in word:
        attach = current and (
            ch in _THAI_FOLLOWERS
            or unicodedata.category(ch).startswith("M")
            or current[-1] in _THAI_LEADERS
        )
        if attach:
            current += ch
        else:
            if current:
                clusters.append(current)
            current = ch
    if current:
        clusters.append(current)
    return clusters
