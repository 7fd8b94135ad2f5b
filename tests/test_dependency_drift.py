"""Dependencies held honestly: what mk3desk copied from them, and what it still leans on.

* pythainlp: ``mk3desk.domain.wordcut_patterns`` holds copies of private newmm
  patterns and functions. These tests fail when pythainlp's own change, so the
  copies (and wordcut.py, which follows newmm step by step) are brought up to date
  on purpose rather than drifting apart in silence.
* reportlab and openpyxl: the few private names mk3desk still uses (pinned to a
  tested range in pyproject.toml) must exist and behave as the code expects on a
  tiny input. A failure here after an upgrade names the internal that moved.
"""

from __future__ import annotations

import random

from mk3desk.domain import wordcut_patterns

# -- pythainlp: the copies equal the originals ---------------------------------------


def test_newmm_patterns_are_pythainlps() -> None:
    from pythainlp.tokenize import newmm, tcc_p

    assert wordcut_patterns.PAT_TCC.pattern == tcc_p._PAT_TCC.pattern
    assert wordcut_patterns.PAT_TCC.flags == tcc_p._PAT_TCC.flags
    assert wordcut_patterns.PAT_NONTHAI.pattern == newmm._PAT_NONTHAI.pattern
    assert wordcut_patterns.PAT_NONTHAI.flags == newmm._PAT_NONTHAI.flags
    assert wordcut_patterns.PAT_THAI_TWOCHARS.pattern == newmm._PAT_THAI_TWOCHARS.pattern
    assert wordcut_patterns.MAX_GRAPH_SIZE == newmm._MAX_GRAPH_SIZE


def test_number_rejoining_is_pythainlps() -> None:
    from pythainlp.tokenize import _utils

    assert wordcut_patterns._DIGITS_WITH_SEPARATOR.pattern == _utils._DIGITS_WITH_SEPARATOR.pattern
    examples = [
        [],
        ["ขณะ", "นี้", "เวลา", " ", "12", ":", "00น", " ", "1", ",", "234", ".", "5", " ", "บาท"],
        ["IP", " ", "127", ".", "0", ".", "0", ".", "1", " ", "ครับ"],
        ["PMQA", " ", "4", ".", "0"],
        ["ร้อยละ", " ", "4", ".", "74511", "%"],
        ["1", ".", "2", ".", "3", ".", ".", "4"],
        ["๔", ".", "๗๔"],
    ]
    pieces = ["1", "23", ".", ",", ":", " ", "ก", "ข้อ", "4.", ".5", "x", ""]
    chance = random.Random(9)
    examples += [[chance.choice(pieces) for _ in range(chance.randint(1, 12))] for _ in range(500)]
    for tokens in examples:
        assert wordcut_patterns.rejoin_formatted_num(list(tokens)) == (
            _utils.rejoin_formatted_num(list(tokens))
        ), tokens
