"""Which words of a Thai text must stay on one line together (plain Python, no layout).

:func:`mk3desk.domain.thaiwords.segment` cuts text into words; these rules then keep
together what a Thai reader expects never to see split across two lines (issue #12):

* **a person's name**: title and given name are one unit, the surname another, so a
  name breaks only at the space between them ("นางสาวกนกวรรณ | พลศรีเมือง", never
  "นางสาวกนก|วรรณ"). Found by its title (:data:`TITLES`): in the text before the
  words are cut (the word breaker knows no names), or as a word of its own right
  after another word ("โดยนางสาวณัฐธิดา คำภูเมือง");
* **a label and its number**: "พ.ศ. ๒๕๖๗", "เขต ๓", "ฉบับที่ ๒", "(PMQA ๔.๐)", and
  any word ending in "ที่" before a number ("ตัวชี้วัดที่ ๒", "วันที่ ๓");
* **a number and its unit**: "๒๐ ชั่วโมง", "๕ คน", "๓๐ วัน";
* **a date**: "๑๖ ก.ค. ๖๗", "๓ ธันวาคม พ.ศ. ๒๕๖๙" (with the label before it, when
  there is one: "ณ วันที่ ๓ ธันวาคม ๒๕๖๙");
* **fixed phrases**: "ข้อมูล ณ วันที่".

A unit that holds a space may still be cut at that space when it alone is wider than
a line (``thaiwords.cut_points`` ranks such cuts first), so a date in a narrow column
breaks after its day at most. Codes ("๗.๑.๑", "B1") and numbers are single words
already (``thaiwords``).

The window uses the same units (``ui/thai_wrap.py`` puts its wrap hints only between
them), so a name never wraps inside in a table cell either; its table cells also keep
a date or a label and its number whole (:func:`glued_spaces`: their inner spaces are
not breaks there, but after a date's day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mk3desk.domain.thaidate import THAI_MONTHS, THAI_MONTHS_ABBR

__all__ = ["TITLES", "glued_spaces", "join_units", "name_spans", "preferred_breaks"]

# Titles a name may start with, longest first where one is the start of another.
TITLES: tuple[str, ...] = (
    "ว่าที่ร้อยตรีหญิง",
    "ว่าที่ร้อยตรี",
    "ว่าที่ ร.ต.หญิง",
    "ว่าที่ ร.ต.",
    "ผศ.ดร.",
    "รศ.ดร.",
    "ศ.ดร.",
    "ผศ.",
    "รศ.",
    "ดร.",
    "นางสาว",
    "น.ส.",
    "นาง",
    "นาย",
    "นพ.",
    "พญ.",
    "เด็กชาย",
    "เด็กหญิง",
    "ด.ช.",
    "ด.ญ.",
)

_THAI_LETTERS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"  # letters, vowels, marks (no digits)
_WORD_START = "\u0e01-\u0e2e\u0e40-\u0e44"  # a consonant or a leading vowel
_TITLE_RE = "|".join(re.escape(title) for title in TITLES)
# Title, an optional space, given name, one space, surname; not inside a longer word.
# A Thai given name or surname is rarely over 20 letters: a longer run after "นาย" is
# a sentence ("นายกรัฐมนตรีได้มอบนโยบาย…"), not a name, and is left to the word breaker.
NAME_PART_LIMIT = 24
_NAME = re.compile(
    rf"(?<![{_THAI_LETTERS}.])(?:{_TITLE_RE}) ?"
    rf"[{_WORD_START}][{_THAI_LETTERS}]{{0,{NAME_PART_LIMIT - 1}}}"
    rf" [{_WORD_START}][{_THAI_LETTERS}]{{0,{NAME_PART_LIMIT - 1}}}(?![{_THAI_LETTERS}])"
)

# Words printed before a number that names it.
LABELS = frozenset(
    {
        "พ.ศ.",
        "ค.ศ.",
        "เขต",
        "ข้อ",
        "ชั้น",
        "หน้า",
        "ปี",
        "รุ่น",
        "ระดับ",
        "ร้อยละ",
        "จำนวน",
        "เลขที่",
        "ที่",
        "PMQA",
        "ฉบับ",
        "ครั้ง",
        "ภาค",
        "มาตรา",
        "หมวด",
        "ตัวชี้วัด",
        "ประเด็น",
        "เกณฑ์",
        "ปีงบประมาณ",
        "ปีการศึกษา",
        "ภาคเรียน",
        "ไตรมาส",
        "รอบ",
        "งวด",
    }
)
# Words printed after a number that counts them.
UNIT_WORDS = frozenset(
    {
        "ชั่วโมง",
        "ชม.",
        "นาที",
        "วัน",
        "สัปดาห์",
        "เดือน",
        "ปี",
        "คน",
        "ราย",
        "ครั้ง",
        "เรื่อง",
        "ฉบับ",
        "แห่ง",
        "โรงเรียน",
        "บาท",
        "หน้า",
        "ตัวชี้วัด",
        "คะแนน",
        "ข้อ",
        "เปอร์เซ็นต์",
        "%",
        "รายการ",
        "กิจกรรม",
        "โครงการ",
    }
)
MONTHS = frozenset(THAI_MONTHS + THAI_MONTHS_ABBR)
# Words that are never separated from the words after them (a phrase, word by word).
PHRASES: tuple[tuple[str, ...], ...] = (
    ("ข้อมูล", " ", "ณ", " ", "วันที่"),
    ("ณ", " ", "วันที่"),
    ("ณ", " ", "วัน", "ที่"),
)

_OPENERS = "([{“‘«"
_CLOSERS = ")]}”’»,:;"
_DIGITS = frozenset("0123456789๐๑๒๓๔๕๖๗๘๙")
_NUMBER = re.compile(r"^[0-9๐-๙]+(?:[.,/:\-–][0-9๐-๙]+)*$")


_MONTH_RE = "|".join(re.escape(month) for month in sorted(MONTHS, key=len, reverse=True))
# The space after the day of a date, and the one before a date (after its label).
_DATE_BREAK = re.compile(
    rf"(?<=[0-9๐-๙] )(?=(?:{_MONTH_RE}))|(?<= )(?=[0-9๐-๙]{{1,2}} (?:{_MONTH_RE}))"
)


def preferred_breaks(unit: str) -> set[int]:
    """Offsets inside a joined *unit* where it is best cut when it must be: after the
    day of a date and before the date ("ณ วันที่ | ๓ | ธันวาคม ๒๕๖๙"); other spaces
    inside a unit ("เขต ๓", "ธันวาคม ๒๕๖๙") are cut only when nothing else fits."""
    return {match.start() for match in _DATE_BREAK.finditer(unit)}


_APART = re.compile("(\\s+|\u200b)")


def glued_spaces(text: str) -> set[int]:
    """Offsets of the spaces in *text* a line should not break at: inside a date (but
    not after its day, nor before the date), between a label and its number, a number
    and its unit, in a fixed phrase ("31 ธ.ค.|69" is glued, "31|ธ.ค." is not).

    Without the word breaker: *text* is cut at whitespace and word hints (U+200B) only,
    so a label written against the word before it ("ประจำปีพ.ศ. ๒๕๖๗") is not found.
    What the window's table cells use (``ui/widgets/thai_cells.py``); the PDFs cut
    with ``thaiwords.segment``, which finds every unit."""
    if " " not in text:
        return set()
    glued: set[int] = set()
    position = 0
    for unit in join_units([part for part in _APART.split(text) if part]):
        if " " in unit and not unit.isspace():
            preferred = preferred_breaks(unit)
            glued.update(
                position + offset
                for offset, ch in enumerate(unit)
                if ch == " " and offset + 1 not in preferred
            )
        position += len(unit)
    return glued


def name_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each given name (with its title) and each surname in *text*, in order.

    The word breaker keeps each span whole; the space between a given name and its
    surname stays a break.
    """
    spans: list[tuple[int, int]] = []
    for match in _NAME.finditer(text):
        space = match.start() + match.group().rindex(" ")
        spans += [(match.start(), space), (space + 1, match.end())]
    return spans


def _core(word: str) -> str:
    """*word* without the brackets or quotes around it ("(PMQA" -> "PMQA")."""
    return word.lstrip(_OPENERS).rstrip(_CLOSERS) or word


def _is_number(word: str) -> bool:
    return _NUMBER.match(_core(word)) is not None


def _is_label(word: str) -> bool:
    core = _core(word)
    return core in LABELS or (len(core) > 3 and core.endswith("ที่"))


def _is_day(word: str) -> bool:
    core = word.lstrip(_OPENERS)
    return 1 <= len(core) <= 2 and _is_number(core) and word == core


def _space(units: Sequence[str], i: int) -> bool:
    """units[i] is one ordinary space (a break, not a line end)."""
    return i < len(units) and units[i] == " "


def _date_length(units: Sequence[str], i: int) -> int:
    """How many units from *i* make a date ("๑๖", " ", "ก.ค.", " ", "๖๗"); 0 if none."""
    if not (i < len(units) and _is_day(units[i]) and _space(units, i + 1)):
        return 0
    if not (i + 2 < len(units) and _core(units[i + 2]) in MONTHS):
        return 0
    n = 3
    if _space(units, i + n) and i + n + 1 < len(units):
        after = units[i + n + 1]
        era = _core(after) in ("พ.ศ.", "ค.ศ.") and _space(units, i + n + 2)
        if era and i + n + 3 < len(units) and _is_number(units[i + n + 3]):
            return n + 4
        if _is_number(after):
            return n + 2
    return n


def _phrase_length(units: Sequence[str], i: int) -> int:
    for phrase in PHRASES:
        if tuple(units[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _number_and_unit(units: Sequence[str], i: int) -> int:
    """Units from *i*, a number, that take the unit word after it along (0: none)."""
    if not (i + 1 < len(units) and _is_number(units[i])):
        return 0
    if units[i + 1] in UNIT_WORDS:  # "๒๐ชั่วโมง": no space, no break
        return 2
    if _space(units, i + 1) and i + 2 < len(units) and _core(units[i + 2]) in UNIT_WORDS:
        return 3
    return 0


def _unit_length(units: Sequence[str], i: int) -> int:
    """How many units from *i* must stay on one line (1: only units[i] itself)."""
    n = _phrase_length(units, i) or _date_length(units, i)
    if n == 0:
        n = 1
        if _is_label(units[i]) and _space(units, i + 1) and i + 2 < len(units):
            date = _date_length(units, i + 2)
            if date:
                return 2 + date
            if _is_number(units[i + 2]):
                n = 3
    elif _is_label(units[i + n - 1]) and _space(units, i + n):
        # "ข้อมูล ณ วันที่" + a date or a number
        date = _date_length(units, i + n + 1)
        if date:
            return n + 1 + date
        if i + n + 1 < len(units) and _is_number(units[i + n + 1]):
            n += 2
    last = i + n - 1
    counted = _number_and_unit(units, last)
    return n + counted - 1 if counted else n


def _join_numbers(units: Sequence[str]) -> list[str]:
    """ "๑๒/" + "๒๕๖๗" -> "๑๒/๒๕๖๗": a number written with / or - is one word."""
    if _ANY_DIGIT.search("".join(units)) is None:
        return list(units)  # (most texts hold no number)
    joined: list[str] = []
    for word in units:
        dash = word in ("-", "/", "–") and joined and joined[-1][-1:] in _DIGITS
        after_dash = (
            joined
            and word[:1] in _DIGITS
            and len(joined[-1]) > 1
            and joined[-1][-1] in "/-–"
            and joined[-1][-2] in _DIGITS
        )
        if dash or after_dash:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


_WORD_TITLES = frozenset(title for title in TITLES if " " not in title)


def _is_thai_word(unit: str) -> bool:
    return not unit.isspace() and "\u0e01" <= unit[0] <= "\u0e4e"


def _join_names(units: Sequence[str]) -> list[str]:
    """A title the word breaker found as a word of its own, right after another word
    ("โดย" + "นางสาว" + "ณัฐ" + "ธิดา" + " " + "คำ" + "ภู" + "เมือง"): the title and
    the words up to the next space become the given name, the words after that one
    space the surname (``name_spans`` finds only names that do not follow a word)."""
    joined: list[str] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if unit in _WORD_TITLES and i + 1 < len(units) and _is_thai_word(units[i + 1]):
            end = i + 1
            while end < len(units) and not units[end].isspace():
                end += 1
            given = "".join(units[i + 1 : end])
            if len(given) > NAME_PART_LIMIT:  # a sentence after "นาย", not a name
                joined.append(unit)
                i += 1
                continue
            joined.append(unit + given)
            if end + 1 < len(units) and units[end] == " " and _is_thai_word(units[end + 1]):
                stop = end + 1
                while stop < len(units) and not units[stop].isspace():
                    stop += 1
                surname = "".join(units[end + 1 : stop])
                if len(surname) <= NAME_PART_LIMIT:
                    joined += [" ", surname]
                    end = stop
            i = end
            continue
        joined.append(unit)
        i += 1
    return joined


_ANY_DIGIT = re.compile("[0-9๐-๙]")
_STARTERS = LABELS | {phrase[0] for phrase in PHRASES}
_OPENER_OR_DIGIT = frozenset(_OPENERS) | _DIGITS


def _may_start_unit(word: str) -> bool:
    """Whether *word* can start a joined unit: a label, a phrase, a number or a day."""
    if word in _STARTERS or word[0] in _OPENER_OR_DIGIT:
        return True
    return word.endswith("ที่") or (word[-1] in _CLOSERS and _core(word) in _STARTERS)


def join_units(units: Sequence[str]) -> list[str]:
    """*units* (words and whitespace, as ``segment`` cuts them) with the ones that must
    stay on one line joined: labels and their numbers, numbers and their units, dates,
    fixed phrases. ``"".join`` of the result is ``"".join(units)``."""
    units = _join_numbers(_join_names(units))
    joined: list[str] = []
    i = 0
    count = len(units)
    while i < count:
        word = units[i]
        if not _may_start_unit(word):  # most words (one cheap test each)
            joined.append(word)
            i += 1
            continue
        n = _unit_length(units, i)
        unit = "".join(units[i : i + n])
        if n > 1 and word == "ที่" and joined and not joined[-1].isspace():
            joined[-1] += unit  # "ฉบับ" + "ที่ ๒": the word before "ที่" names the number
        else:
            joined.append(unit)
        i += n
    return joined
