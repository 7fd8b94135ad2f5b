"""Thai words and line-break opportunities, shared by the PDF writer and the GUI.

Thai has no spaces between words, so a line may only break where a word ends.
:func:`segment` cuts text into *line units*: words from pythainlp's ``newmm``
engine with a dictionary that also knows the office's abbreviations and terms
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

The dictionary costs about 0.3 s to load, so it is built on first use (never at
import time) and kept for the life of the process.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from mk3desk import paths

OFFICE_WORDS_FILE = ("dictionaries", "thai_office_words.txt")

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


def office_words() -> list[str]:
    """The custom dictionary entries (office abbreviations and domain terms)."""
    path = paths.resource(*OFFICE_WORDS_FILE)
    words: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            word = raw.strip()
            if word and not word.startswith("#"):
                words.append(word)
    return words


def _load_tokenizer() -> Callable[[str], list[str]]:
    """Build newmm with the default words plus the office words, once per process."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            # Imported here: pythainlp is slow to import and most start-ups never need it.
            from pythainlp.corpus import thai_words
            from pythainlp.tokenize import word_tokenize

            trie = _word_table(set(thai_words()) | set(office_words()))

            def tokenize(text: str) -> list[str]:
                tokens: list[str] = word_tokenize(
                    text, custom_dict=trie, engine="newmm", keep_whitespace=True
                )
                return tokens

            _tokenizer = tokenize
        return _tokenizer


def _word_table(words: Iterable[str]) -> Any:
    """The dictionary as newmm wants it (pythainlp's Trie), kept in one flat dict.

    pythainlp's own Trie is a tree of about 420,000 small Python objects. They
    never die, yet every full garbage collection walks them all: 0.3-0.6 s each
    time, seen in about one report build in three. A dict of str to bool holds
    no object the collector tracks. It maps every prefix of a word to whether
    that prefix is itself a word, so :meth:`prefixes` walks it exactly as the
    tree is walked and finds the same words in the same order.
    """
    from pythainlp.util import Trie

    class WordTable(Trie):
        def __init__(self, entries: Iterable[str]) -> None:
            table: dict[str, bool] = {}
            for entry in entries:
                word = entry.strip()  # as Trie.add does
                if not word:
                    continue
                for end in range(1, len(word)):
                    table.setdefault(word[:end], False)
                table[word] = True
            self.table = table
            self.root = Trie.Node()  # unused, but part of the Trie interface
            self._word_count = sum(table.values())

        def prefixes(self, text: str, start: int = 0) -> list[str]:
            found: list[str] = []
            get = self.table.get
            end = start + 1
            stop = len(text)
            while end <= stop:
                is_word = get(text[start:end])
                if is_word is None:  # no word goes on this way
                    break
                if is_word:
                    found.append(text[start:end])
                end += 1
            return found

        def __contains__(self, key: object) -> bool:
            return isinstance(key, str) and self.table.get(key) is True

        def __iter__(self) -> Iterator[str]:
            return (word for word, is_word in self.table.items() if is_word)

        def add(self, word: str) -> None:
            word = word.strip()
            if word and self.table.get(word) is not True:
                for end in range(1, len(word)):
                    self.table.setdefault(word[:end], False)
                self.table[word] = True
                self._word_count += 1

        def remove(self, word: str) -> None:
            raise NotImplementedError  # never needed: the dictionary is fixed

    return WordTable(words)


def _is_space(token: str) -> bool:
    return token.isspace()


_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")


def _is_latin(ch: str) -> bool:
    """A printable ASCII character: letters, digits and the punctuation of names and paths."""
    return "!" <= ch <= "~"


def _continues_code(previous: str, token: str) -> bool:
    """A code such as B1, MK๓ or S๓ is one unit: letters or digits run straight into digits.

    So is a Latin run written without spaces (``score-trend-chart.png``,
    ``report_2567_final.docx``, ``www.obec.go.th/krs``, ``2566-2567``).
    """
    last = previous[-1]
    if _is_latin(last) and _is_latin(token[0]):
        return True
    return token[0] in _DIGITS and (last in _DIGITS or (last.isascii() and last.isalpha()))


def _glue(tokens: Iterable[str]) -> list[str]:
    """Join tokens that must not be separated by a line break (see module doc)."""
    units: list[str] = []
    carry = ""  # opening brackets/quotes waiting for the word after them
    for token in tokens:
        if not token:
            continue
        if _is_space(token):
            if carry:
                units.append(carry)
                carry = ""
            units.append(token)
            continue
        token = carry + token
        carry = ""
        if units and not _is_space(units[-1]):
            previous = units[-1]
            if (
                token[0] in _NON_STARTERS
                or (_ABBREVIATION.match(token) and previous.endswith("."))
                or unicodedata.category(token[0]).startswith("M")
                or _continues_code(previous, token)
            ):
                units[-1] = previous + token
                token = ""
        if token:
            if token[-1] in _NON_ENDERS and token.rstrip("".join(_NON_ENDERS)) == "":
                carry = token
            else:
                units.append(token)
    if carry:
        units.append(carry)
    return units


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
    tokens = _load_tokenizer()(text)
    if "".join(tokens) != text:  # the layout must never lose a character
        tokens = [part for part in re.split(r"(\s+)", text) if part]
    return tuple(_glue(_split_whitespace(tokens)))


def clear_cache() -> None:
    """Forget remembered segmentations (benchmarks of a first build use this)."""
    _segment_cached.cache_clear()


def _split_whitespace(tokens: Iterable[str]) -> Iterable[str]:
    """Give every whitespace run its own token, except in multi-word dictionary entries."""
    for token in tokens:
        if token.isspace() or not any(ch.isspace() for ch in token):
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

    Never inside or just before a file extension at the end (``chart.png`` is
    never cut into ``chart.pn`` + ``g`` nor ``chart`` + ``.png``), never before a
    mark that belongs to the word before it (``)``, ``,``, ``.``) and never after
    one that belongs to the word after it (``(``).
    """
    tail = _EXTENSION_TAIL.search(unit)
    limit = tail.start() if tail is not None and tail.start() > 0 else len(unit)
    points: dict[int, int] = {}
    offset = 0
    for cluster in grapheme_clusters(unit):
        offset += len(cluster)
        if offset >= limit:
            break
        before, after = unit[offset - 1], unit[offset]
        if after in _NON_STARTERS or before in _NON_ENDERS:
            continue
        points[offset] = _cut_quality(before, after)
    return points


def _cut_quality(before: str, after: str) -> int:
    if before in _SEPARATORS and after not in _SEPARATORS:
        return CUT_AFTER_SEPARATOR
    latin_before = before.isascii() and before.isalnum()
    latin_after = after.isascii() and after.isalnum()
    if latin_before and latin_after:
        new_part = before.isdigit() != after.isdigit() or (before.islower() and after.isupper())
        return CUT_BETWEEN_PARTS if new_part else CUT_LAST_RESORT
    inner_dot = before == "." and after.isalnum()
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
