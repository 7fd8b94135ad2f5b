"""The shipped Thai word list and the word table: the same words and answers as before.

The word breaker once built a dict of every prefix of every word from pythainlp's
``thai_words()`` and the office words in every process (0.5 s); it now reads a
sorted list shipped in resources/ and searches it. These tests pin that the list
is exactly those words, that a stale list is never used, that the table answers
like the prefix dict did, and that segmentation does not change (the tests in
test_thaiwords.py compare it with pythainlp itself).
"""

from __future__ import annotations

import functools
import random
import subprocess
import sys
from pathlib import Path

import pytest

from mk3desk import paths
from mk3desk.domain import thaiwords, wordcut, wordcut_words

REPO = Path(__file__).resolve().parent.parent


@functools.cache
def _from_sources() -> tuple[str, ...]:
    return wordcut_words.words_from_sources()


def test_shipped_list_is_what_the_generator_writes() -> None:
    script = REPO / "tools" / "make_word_list.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_shipped_list_holds_pythainlp_words_and_the_office_words() -> None:
    from pythainlp.corpus import thai_words

    shipped = wordcut_words.shipped_words(wordcut_words.header())
    assert shipped is not None, "the shipped list does not match the installed sources"
    expected = {word.strip() for word in thai_words()} | set(thaiwords.office_words())
    assert set(shipped) == expected - {""}
    assert list(shipped) == sorted(shipped) and len(set(shipped)) == len(shipped)
    assert shipped == _from_sources()


def test_a_list_made_from_other_sources_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = wordcut_words.header()
    assert header is not None
    # Another pythainlp (or an edited office list): the first line no longer matches.
    stale = wordcut_words.render(("กก", "ขข"), header.replace("sha256 ", "sha256 0", 1))
    resources = tmp_path / "resources"
    (resources / "dictionaries").mkdir(parents=True)
    (resources / "dictionaries" / "thai_words.txt").write_text(stale, encoding="utf-8")
    office = paths.resource(*wordcut_words.OFFICE_WORDS_FILE).read_bytes()
    (resources / "dictionaries" / "thai_office_words.txt").write_bytes(office)
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    assert wordcut_words.shipped_words(wordcut_words.header()) is None
    assert wordcut_words.sorted_words() == _from_sources()
    # The same words written with Windows line ends are the same list.
    good = wordcut_words.render(("กก", "ขข"), header)
    (resources / "dictionaries" / "thai_words.txt").write_bytes(
        good.replace("\n", "\r\n").encode("utf-8")
    )
    (resources / "dictionaries" / "thai_office_words.txt").write_bytes(
        office.replace(b"\n", b"\r\n")
    )
    assert wordcut_words.sorted_words() == ("กก", "ขข")


def test_no_shipped_list_without_pythainlp_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordcut_words, "pythainlp_words_file", lambda: None)
    assert wordcut_words.header() is None
    assert wordcut_words.shipped_words(None) is None


def _prefix_dict(words: tuple[str, ...]) -> dict[str, bool]:
    """What the word table was before: every prefix of every word -> is it a word."""
    table: dict[str, bool] = {}
    for word in words:
        for end in range(1, len(word)):
            table.setdefault(word[:end], False)
        table[word] = True
    return table


class _OldTable(dict[str, bool]):
    def __missing__(self, text: str) -> None:
        return None


def test_word_table_answers_like_a_dict_of_every_prefix() -> None:
    words = _from_sources()
    sample = words[::7]
    reference = _prefix_dict(words)
    table = wordcut.WordTable(words)
    rng = random.Random(12)
    asked = [word[:end] for word in sample for end in range(1, len(word) + 1)]
    asked += [word + tail for word in sample[::5] for tail in ("ก", "า", " ", ".", "x")]
    letters = "กขคงจชดตนบปพมยรลวสหอะาิีุู่้เแโใไ ."
    asked += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(20_000)]
    for text in asked:
        assert table[text] is reference.get(text), text
    assert len(table) == len(set(asked))  # every answer is remembered
    assert wordcut.WordTable(())["ก"] is None


def test_word_table_forgets_its_answers_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordcut, "_MEMO_LIMIT", 3)
    table = wordcut.WordTable(("กา", "ขา"))
    answers = [table[text] for text in ("ก", "กา", "ข", "ขา", "ค")]
    assert answers == [False, True, False, True, None]
    assert len(table) <= 3


def test_the_book_segments_as_the_prefix_dict_did() -> None:
    # Every office word and a sample of the dictionary run together with office
    # prose: the tokens from the shipped list equal those from the old prefix dict.
    words = _from_sources()
    old = _OldTable(_prefix_dict(words))

    def old_tokenize(text: str) -> list[str]:
        return wordcut.tokenize(text, old)  # type: ignore[arg-type]

    rng = random.Random(7)
    pieces = list(words[::97]) + thaiwords.office_words() + [" ", "๔.๗๔", "(", ")", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    tokenize = thaiwords._load_tokenizer()
    for text in texts:
        assert tokenize(text) == old_tokenize(text)
