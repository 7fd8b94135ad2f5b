# SPDX-FileCopyrightText: 2016-2026 PyThaiNLP Project
# SPDX-License-Identifier: Apache-2.0
#
# Copied from PyThaiNLP 5.4.0 (https://github.com/PyThaiNLP/pythainlp), licensed
# under the Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0):
# _RE_TCC and _PAT_TCC from pythainlp/tokenize/tcc_p.py; _PAT_NONTHAI,
# _PAT_THAI_TWOCHARS and _MAX_GRAPH_SIZE from pythainlp/tokenize/newmm.py;
# _DIGITS_WITH_SEPARATOR and rejoin_formatted_num from pythainlp/tokenize/_utils.py.
# Changes: public names, comments and docstrings shortened, type hints for mypy;
# the patterns and the code are otherwise as in PyThaiNLP.
"""The patterns and the number rejoining of pythainlp's ``newmm``, held here.

They are private names in pythainlp (``tcc_p._PAT_TCC``, ``newmm._PAT_NONTHAI``...),
which a pythainlp release may rename or change without notice, so
:mod:`mk3desk.domain.wordcut` uses these copies instead.
tests/test_dependency_drift.py compares them with pythainlp's own: when a
pythainlp upgrade changes newmm, that test names what changed, and these copies
are updated together with wordcut.py (tests/test_thaiwords.py then compares the
words cut).
"""

from __future__ import annotations

import re

# Thai character clusters (TCC): Theeramunkong et al. 2000 with the improved
# rules that newmm uses. Credits (PyThaiNLP): TCC Jakkrit TeCho; grammar Wittawat
# Jitkrittum (https://github.com/wittawatj/jtcc/blob/master/TCC.g); Python code
# Korakot Chaovavanich.
_RE_TCC: list[str] = (
    """\
เc็ck
เcctาะk
เccีtยะk
เccีtย(?=[เ-ไก-ฮ]|$)k
เcc็ck
เcิc์ck
เcิtck
เcีtยะ?k
เcืtอะ?k
เc[ิีุู]tย(?=[เ-ไก-ฮ]|$)k
เctา?ะ?k
cัtวะk
c[ัื]tc[ุิะ]?k
c[ิุู]์
c[ะ-ู]tk
cรรc์
c็
ct[ะาำ]?k
ck
แc็c
แcc์
แctะ
แcc็c
แccc์
โctะ
[เ-ไ]ct
ก็
อึ
หึ
""".replace("k", "(cc?[dิ]?[์])?")
    .replace("c", "[ก-ฮ]")
    .replace("t", "[่-๋]?")
    .replace("d", "อูอุ".replace("อ", ""))  # lower vowels
    .split()
)

PAT_TCC: re.Pattern[str] = re.compile("|".join(_RE_TCC))

# A non-Thai token: "|" works as an early return, so "abc123" gives "abc", "123".
PAT_NONTHAI: re.Pattern[str] = re.compile(
    r"""(?x)
[-a-zA-Z]+|        # Latin characters
\d+([,\.]\d+)*|    # numbers
[ \t]+|            # spaces
\r?\n|             # newlines
[^\u0E00-\u0E7F \t\r\n]+  # other non-Thai characters, and stops matching until space/newline
"""
)

# A Thai token of at most two consonants.
PAT_THAI_TWOCHARS: re.Pattern[str] = re.compile("[ก-ฮ]{,2}$")

# The graph size at which newmm stops adding words (no exponential waiting time).
MAX_GRAPH_SIZE: int = 50

_DIGITS_WITH_SEPARATOR: re.Pattern[str] = re.compile(r"(\d+[\.\,:])+\d+")


def rejoin_formatted_num(segments: list[str]) -> list[str]:
    """Rejoin numbers cut at ":", "," or "." (times, decimals, IP addresses).

    ``["12", ":", "00น"]`` -> ``["12:00น"]``; ``["1", ",", "234", ".", "5"]`` -> ``["1,234.5"]``.
    """
    original = "".join(segments)
    matching_results = _DIGITS_WITH_SEPARATOR.finditer(original)
    tokens_joined = []
    pos = 0
    segment_idx = 0

    match = next(matching_results, None)
    while segment_idx < len(segments) and match:
        is_span_beginning = pos >= match.start()
        token = segments[segment_idx]
        if is_span_beginning:
            connected_token = ""
            while pos < match.end() and segment_idx < len(segments):
                connected_token += segments[segment_idx]
                pos += len(segments[segment_idx])
                segment_idx += 1
            if connected_token:
                tokens_joined.append(connected_token)
            match = next(matching_results, None)
        else:
            tokens_joined.append(token)
            segment_idx += 1
            pos += len(token)
    tokens_joined += segments[segment_idx:]
    return tokens_joined
