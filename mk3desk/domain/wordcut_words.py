"""The words the Thai word breaker knows: pythainlp's word list and the office's words.

Reading them from their sources costs about 0.5 s in every process that segments
(importing pythainlp, reading its 62,000 words, merging the office words, sorting
them), so the merged list is shipped ready to use, sorted, one word a line, in
``resources/dictionaries/thai_words.txt`` (written by ``tools/make_word_list.py``;
``.ci/run`` fails when it is stale). Its first line names what it was made from:
the SHA-256 of pythainlp's ``corpus/words_th.txt`` and of the office words file
(with LF line ends).
:func:`sorted_words` reads the shipped list (about 0.01 s) when that line matches
the sources installed beside the program, and otherwise (another pythainlp, an
edited office list) builds the list from the sources, so the words are always
exactly pythainlp's ``thai_words()`` and the office words, stripped, without
duplicates, sorted.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path

from mk3desk import paths

OFFICE_WORDS_FILE = ("dictionaries", "thai_office_words.txt")
WORD_LIST_FILE = ("dictionaries", "thai_words.txt")
FORMAT = "mk3desk thai word list 1"


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


def pythainlp_words_file() -> Path | None:
    """pythainlp's word list (what ``thai_words()`` reads), found without importing
    pythainlp (its import alone costs about 0.05 s); None when it cannot be found."""
    try:
        spec = importlib.util.find_spec("pythainlp")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:
        return None
    return Path(locations[0]) / "corpus" / "words_th.txt"


def header() -> str | None:
    """The first line a list made from the sources installed now has (None: pythainlp's
    word list cannot be read, so no shipped list can be checked against it)."""
    source = pythainlp_words_file()
    if source is None:
        return None
    try:
        thai = source.read_bytes()
        office = paths.resource(*OFFICE_WORDS_FILE).read_bytes()
    except OSError:
        return None
    return (
        f"# {FORMAT}; pythainlp words_th.txt sha256 {_digest(thai)}"
        f"; thai_office_words.txt sha256 {_digest(office)}"
    )


def _digest(data: bytes) -> str:
    """SHA-256 of *data* read with either line ending (a checkout on Windows may turn
    the office words' LF into CRLF: the words are the same)."""
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


def words_from_sources() -> tuple[str, ...]:
    """pythainlp's words and the office words, stripped, without duplicates, sorted."""
    # Imported here: pythainlp is slow to import. Read-only: mk3desk needs only the
    # word list pythainlp ships, and pythainlp would otherwise create ~/pythainlp-data
    # in the clerk's home folder.
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    from pythainlp.corpus import thai_words

    words = {word.strip() for word in thai_words()} | {word.strip() for word in office_words()}
    words.discard("")
    return tuple(sorted(words))


def render(words: tuple[str, ...], first_line: str) -> str:
    """The shipped file's text: *first_line*, then one word a line."""
    return first_line + "\n" + "\n".join(words) + "\n"


def shipped_words(expected_header: str | None) -> tuple[str, ...] | None:
    """The shipped list when its first line is *expected_header*, else None."""
    if expected_header is None:
        return None
    try:
        text = paths.resource(*WORD_LIST_FILE).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if "\r" in text:  # (no word holds one: pythainlp splits its file at every line end)
        text = text.replace("\r\n", "\n")
    first, _, rest = text.partition("\n")
    if first != expected_header or not rest.endswith("\n"):
        return None
    return tuple(rest[:-1].split("\n"))


def sorted_words() -> tuple[str, ...]:
    """The word breaker's words: the shipped list when it is up to date, else the sources."""
    words = shipped_words(header())
    return words if words is not None else words_from_sources()
