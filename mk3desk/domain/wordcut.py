"""pythainlp's ``newmm`` word breaker, run on a flat word table, nearly twice as fast.

:func:`tokenize` gives exactly what ``pythainlp.tokenize.word_tokenize(text,
custom_dict=trie, engine="newmm", keep_whitespace=True)`` gives for a trie of
the same words: tests/test_thaiwords.py compares the two on office texts, on
runs of real words and on random text, tests/test_reports_documents.py on every
text of the demo office's annual book, so a pythainlp upgrade that changes
newmm fails them. It follows pythainlp 5's ``newmm._onecut`` step by step
(adapted from PyThaiNLP, Apache-2.0) and uses newmm's own patterns and number
rejoining, copied into :mod:`mk3desk.domain.wordcut_patterns` (no private
pythainlp name is imported; tests/test_dependency_drift.py compares the copies);
only the work is done with less Python per character:

* Thai character clusters (TCC) are found by one ``finditer`` over the text
  instead of one ``match`` per cluster on a fresh copy of the rest of the text
  (the patterns look ahead only, so matching in place finds the same clusters);
* the dictionary is a :class:`WordTable`: the sorted words, asked whether a text
  is a word, only the start of one or neither (a binary search, remembered), and
  walked only at cluster boundaries: newmm drops words that end inside a
  cluster, and a text that is no prefix at one boundary is no prefix at a later
  one either, so the same words are found in the same order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from heapq import heappop, heappush

from mk3desk.domain.wordcut_patterns import (
    MAX_GRAPH_SIZE,
    PAT_NONTHAI,
    PAT_TCC,
    PAT_THAI_TWOCHARS,
    rejoin_formatted_num,
)

# One cluster, or any single character where no cluster starts (as tcc_p.tcc does).
_CLUSTER = re.compile(f"(?:{PAT_TCC.pattern})|.", re.DOTALL)

# A WordTable remembers at most this many texts asked about, then starts again.
_MEMO_LIMIT = 200_000


class WordTable(dict[str, bool | None]):
    """The dictionary: ``table[text]`` is True for a word, False for the start of a
    word that is not one itself, None for neither.

    It holds the sorted words only and answers a text not asked about before by a
    binary search (``__missing__``), remembered. Building a dict of every prefix of
    every word instead (236,000 entries) cost 0.2-0.3 s in every process; a book
    asks about some 8,000 distinct texts. Neither the tuple of words nor the dict
    of answers holds an object the garbage collector tracks (pythainlp's Trie is
    about 420,000 small objects that every full collection walks).
    """

    __slots__ = ("words",)

    def __init__(self, sorted_words: tuple[str, ...]) -> None:
        super().__init__()
        self.words = sorted_words

    def __missing__(self, text: str) -> bool | None:
        words = self.words
        index = bisect_left(words, text)
        found = words[index] if index < len(words) else ""
        # The words that start with *text* sort together, *text* itself first.
        answer = True if found == text else (False if found.startswith(text) else None)
        if len(self) >= _MEMO_LIMIT:
            self.clear()
        self[text] = answer
        return answer


def word_table(words: Iterable[str]) -> WordTable:
    """The table of *words*, each stripped (as pythainlp's Trie.add does), empty ones dropped."""
    unique = {entry.strip() for entry in words}
    unique.discard("")
    return WordTable(tuple(sorted(unique)))


def _next_boundaries(text: str) -> list[int]:
    """For each offset, the first cluster boundary after it (len + 1 past the end)."""
    following: list[int] = []
    previous = 0
    for match in _CLUSTER.finditer(text):
        end = match.end()
        following += [end] * (end - previous)
        previous = end
    following.append(len(text) + 1)
    return following


def _skip_end(text: str, begin: int, following: list[int], table: WordTable) -> int:
    """Where a word not in the dictionary that starts at *begin* ends (newmm._find_skip_end)."""
    size = len(text)
    match = PAT_NONTHAI.match(text, begin)
    if match:
        return match.end()
    get = table.__getitem__
    pos = following[begin]
    while pos < size:
        end = following[pos]
        while end <= size:
            is_word = get(text[pos:end])
            if is_word is None:
                break
            if is_word and not PAT_THAI_TWOCHARS.match(text[pos:end]):
                return pos  # a dictionary word of more than two consonants starts here
            end = following[end]
        if PAT_NONTHAI.match(text, pos):
            return pos
        pos = following[pos]
    return size


def _first_path(graph: dict[int, list[int]], start: int, goal: int) -> list[int]:
    """The first path breadth-first from *start* to *goal* (newmm._bfs_paths_graph)."""
    visited = {start}
    queue = [(start, [start])]
    while queue:
        vertex, path = queue.pop(0)
        for pos in graph.get(vertex, ()):
            if pos == goal:
                return [*path, pos]
            if pos not in visited:
                visited.add(pos)
                queue.append((pos, [*path, pos]))
    raise AssertionError("newmm's graph always reaches the next unambiguous position")


def _onecut(text: str, table: WordTable) -> list[str]:
    get = table.__getitem__
    following = _next_boundaries(text)
    size = len(text)
    graph: dict[int, list[int]] = {}
    graph_size = 0
    pos_list = [0]  # heap of positions a word may start at
    end_pos = 0
    tokens: list[str] = []
    while pos_list[0] < size:
        begin = heappop(pos_list)
        end = following[begin]
        while end <= size:  # every dictionary word from *begin* that ends on a boundary
            is_word = get(text[begin:end])
            if is_word is None:
                break
            if is_word:
                ends = graph.get(begin)
                if ends is None:
                    graph[begin] = [end]
                else:
                    ends.append(end)
                graph_size += 1
                if end not in pos_list:
                    heappush(pos_list, end)
                if graph_size > MAX_GRAPH_SIZE:
                    break
            end = following[end]
        if len(pos_list) == 1:  # one candidate: no longer ambiguous
            path = _first_path(graph, end_pos, pos_list[0])
            graph_size = 0
            graph.clear()
            for pos in path[1:]:
                tokens.append(text[end_pos:pos])
                end_pos = pos
        elif not pos_list:  # no word starts here
            end_pos = _skip_end(text, begin, following, table)
            graph_size = 0
            graph.clear()
            tokens.append(text[begin:end_pos])
            heappush(pos_list, end_pos)
    return tokens


def tokenize(text: str, table: WordTable) -> list[str]:
    """newmm's words of *text*, whitespace kept, broken numbers such as ``4.0`` rejoined."""
    if not text:
        return []
    return rejoin_formatted_num(_onecut(text, table))
