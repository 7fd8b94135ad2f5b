"""Word-boundary hints so that Qt wraps Thai lines between words on every platform.

Thai writes no spaces between words. Qt finds Thai word breaks only through libthai,
which Linux has and Windows does not: there a wrapped label or table cell breaks only
at spaces, so a long Thai sentence overflows or breaks anywhere. Inserting U+200B
(zero width space) between words gives Qt a break opportunity it honours everywhere
and draws as nothing.

Use ``wrap_hint`` only for text that is *displayed* (labels, read-only cells, tool
tips) and ``strip_hints`` on anything that is edited, compared or saved — a U+200B
in the database would make equal names differ.

Start-up: the word dictionary costs ≈0.5 s and ≈80 MiB to load, and the first page
asks for hints before it is painted. The hints already worked out are therefore kept
in a small file in the data folder (``cache/thai-wrap.json``) and answered from it
on the next start, so a start whose texts were all seen before never loads the
dictionary. The cache holds exact results only, keyed by the text; it is thrown away
whenever anything that decides the segmentation changes (mk3desk's version, the
office-word dictionary, ``thaiwords.py``, this module's rules, pythainlp's word list).
A text not in it is segmented exactly, as before.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import json
import logging
import threading
from pathlib import Path

from mk3desk import caches
from mk3desk.safe_write import replaced_atomically

log = logging.getLogger(__name__)

ZWSP = "\u200b"
_THAI_FIRST, _THAI_LAST = "\u0e00", "\u0e7f"
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# Never start a line with these: ๆ repeats the word before it, ฯ abbreviates it.
_NO_BREAK_BEFORE = "ๆฯ"

# A dictionary word this long is a compound (a group's name): hinted inside too.
LONG_COMPOUND = 12

CACHE_FILE = ("cache", "thai-wrap.json")
# Enough for every label and cell a clerk meets in a week; the file stays < 1 MB.
CACHE_LIMIT = 5000


def _is_thai_letter(ch: str) -> bool:
    return _THAI_FIRST <= ch <= _THAI_LAST and ch not in _THAI_DIGITS


def _has_thai(text: str) -> bool:
    return any(_is_thai_letter(ch) for ch in text)


def _breakable(before: str, after: str) -> bool:
    # Only between two Thai words: around spaces, digits, Latin text and punctuation
    # Qt's own rules already do the right thing (and a hint would split "(สพป.)").
    return _is_thai_letter(before) and _is_thai_letter(after) and after not in _NO_BREAK_BEFORE


def _segmented_offsets(text: str) -> list[int]:
    """Offsets in *text* where a hint goes, from the real word segmentation.

    Between the line units of ``thaiwords.segment`` (names, dates, label+number stay
    whole), and inside a long compound the office dictionary holds as one word (a
    group's name, "คำรับรองการปฏิบัติราชการ") between its own words: a column narrower
    than the compound then wraps it after "การปฏิบัติ" rather than inside "ปฏิบั|ติ"
    (Qt, finding no hint in a too-wide word, cuts it anywhere). Qt fills each line
    before breaking, so a compound that fits stays whole.
    """
    # Imported here: segmentation loads a dictionary, which start-up must not pay for.
    from mk3desk.domain.thaiwords import inner_word_ends, is_dictionary_word, segment

    offsets: list[int] = []
    position = 0
    for word in segment(text):
        if not word:
            continue
        if position and _breakable(text[position - 1], word[0]):
            offsets.append(position)
        if len(word) >= LONG_COMPOUND and is_dictionary_word(word):  # never a name
            offsets += [
                position + end
                for end in sorted(inner_word_ends(word))
                if _breakable(word[end - 1], word[end])
            ]
        position += len(word)
    return offsets


def _insert_hints(text: str, offsets: list[int]) -> str:
    pieces: list[str] = []
    start = 0
    for offset in offsets:
        pieces.append(text[start:offset])
        start = offset
    pieces.append(text[start:])
    return ZWSP.join(pieces)


class HintCache:
    """Hint offsets worked out before, persisted between runs (see the module doc)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, list[int]] = {}
        self._loaded = False
        self._dirty = False
        self._lock = threading.Lock()

    def get(self, text: str) -> list[int] | None:
        with self._lock:
            self._load()
            return self._entries.get(text)

    def put(self, text: str, offsets: list[int]) -> None:
        with self._lock:
            self._load()
            self._entries.pop(text, None)  # re-inserted last: the newest survive trimming
            self._entries[text] = offsets
            self._dirty = True

    def save(self) -> None:
        """Write the cache if it grew (atomically: a second copy may be saving too)."""
        with self._lock:
            if not self._dirty:
                return
            kept = dict(list(self._entries.items())[-CACHE_LIMIT:])
            payload = {"signature": segmentation_signature(), "hints": kept}
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with replaced_atomically(self.path, suffix=".tmp") as temporary:
                    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
                    temporary.write_text(text, encoding="utf-8")
                self._dirty = False
            except OSError as exc:  # a cache is never worth an error for the clerk
                log.info("could not save the Thai wrap cache %s: %s", self.path, exc)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.info("ignoring the Thai wrap cache %s: %s", self.path, exc)
            return
        if not isinstance(payload, dict) or payload.get("signature") != segmentation_signature():
            return  # written by another dictionary or program version: start afresh
        hints = payload.get("hints")
        if isinstance(hints, dict):
            self._entries = {
                text: offsets
                for text, offsets in hints.items()
                if isinstance(text, str) and _valid_offsets(text, offsets)
            }


def _valid_offsets(text: str, offsets: object) -> bool:
    if not isinstance(offsets, list) or not all(isinstance(o, int) for o in offsets):
        return False
    return all(0 < o < len(text) for o in offsets) and offsets == sorted(set(offsets))


def _stat_token(path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        info = path.stat()
    except OSError:
        return "-"
    return f"{info.st_size}:{info.st_mtime_ns}"


def segmentation_signature() -> str:
    """A digest of everything that decides where the hints go (cheap: no imports)."""
    import mk3desk
    from mk3desk import paths
    from mk3desk.domain import thaiwords

    # The word breaker is thaiwords and the newmm port beside it (not imported here).
    here = Path(thaiwords.__file__)
    parts = [mk3desk.__version__, _stat_token(here), _stat_token(Path(__file__))]
    parts += [
        _stat_token(here.with_name(name))
        for name in ("wordcut.py", "wordcut_patterns.py", "line_units.py")
    ]
    try:
        parts.append(paths.resource(*thaiwords.OFFICE_WORDS_FILE).read_bytes().hex())
    except OSError:
        parts.append("-")
    spec = importlib.util.find_spec("pythainlp")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    words = Path(locations[0]) / "corpus" / "words_th.txt" if locations else None
    parts.append(_stat_token(words))
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


_cache: HintCache | None = None
_cache_lock = threading.Lock()


def hint_cache() -> HintCache:
    """The process's cache, in the data folder; saved when the process exits."""
    global _cache
    with _cache_lock:
        if _cache is None:
            from mk3desk import paths

            _cache = HintCache(paths.data_dir().joinpath(*CACHE_FILE))
            atexit.register(_cache.save)
        return _cache


def _forget_hints() -> None:
    """Drop the process's hint cache (the file stays; it is read again when next asked)."""
    global _cache
    with _cache_lock:
        _cache = None


caches.register("thai_wrap.hints", _forget_hints)


def wrap_hint(text: str) -> str:
    """*text* with U+200B between adjacent Thai words; nothing else changes."""
    text = strip_hints(text)
    if not _has_thai(text):
        return text
    cache = hint_cache()
    offsets = cache.get(text)
    if offsets is None:
        offsets = _segmented_offsets(text)
        cache.put(text, offsets)
    return _insert_hints(text, offsets)


def strip_hints(text: str) -> str:
    """*text* without the hints ``wrap_hint`` added (nor any other U+200B)."""
    return text.replace(ZWSP, "")
