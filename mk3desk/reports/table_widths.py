"""Table column widths from their content: no column narrower than its widest word.

A column narrower than its widest unbreakable unit forces a cut inside a word, and
issue #12 found them everywhere: "ประธานกรรมกา|ร", "สินทรั|พย์", row numbers "๑|๐",
codes "๗.|๑.๑", the header "ตัวชี้|วัด". :func:`fit_columns` widens such a column
with room from the columns that can spare it; a table that cannot fit tells the
build's warnings.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from mk3desk import caches
from mk3desk.domain import line_units, thaiwords
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import Run, TextStyle, units, word_width

CELL_PADDING = 4.0  # left and right, as blocks.thai_table sets them
POINTS_PER_CM = 28.3465


# A unit this long (characters) is a compound (a group's name) that a column may
# break between its words; a shorter one ("ตัวชี้วัด", "สินทรัพย์") is one word.
LONG_UNIT = 15


def narrowest_width(runs: Sequence[Run], style: TextStyle) -> float:
    """The narrowest line *runs* can be set in without cutting inside a word.

    The widest unit (``segment``: a code, a row number, a given name, a label and its
    number), where a unit of several words counts from its preferred cuts only (after
    a date's day, between the dictionary words of a group's name, after the
    separators of a file name). A table column narrower than this cuts a word
    (issue #12: "ประธานกรรมกา|ร", "๑|๐", "ตัวชี้|วัด").
    """
    return _narrowest_width(tuple(runs), style)


@functools.lru_cache(maxsize=4096)
def _narrowest_width(runs: tuple[Run, ...], style: TextStyle) -> float:
    widest = 0.0
    size = style.font_size
    for text, width, name in units(runs, style):
        if width <= widest:  # (its pieces are narrower still)
            continue
        if " " in text:
            cuts = line_units.preferred_breaks(text)
        elif len(text) >= LONG_UNIT:  # a group's name, a file name; never "ตัวชี้|วัด"
            cuts = thaiwords.inner_word_ends(text)
            cuts |= {  # a file name or path after its separators ("score-trend-|chart.png")
                offset
                for offset, quality in thaiwords.cut_points(text).items()
                if quality == thaiwords.CUT_AFTER_SEPARATOR
            }
        else:
            cuts = set()
        if not cuts:
            widest = width
            continue
        start = 0
        for stop in [*sorted(cuts), len(text)]:
            widest = max(widest, word_width(text[start:stop].strip(), name, size))
            start = stop
    return widest


caches.register("table_widths.narrowest", _narrowest_width.cache_clear)


def _narrowest(cell: Any) -> float:
    if isinstance(cell, ThaiParagraph):
        style = cell.style
        return narrowest_width(cell.runs, style) + style.left_indent + style.right_indent
    if isinstance(cell, list | tuple):
        return max((_narrowest(item) for item in cell), default=0.0)
    return 0.0


def fit_columns(
    data: Sequence[Sequence[Any]],
    wished: Sequence[float],
    warn: Callable[[Mk3Error], None] | None = None,
) -> list[float]:
    """Column widths no narrower than each column's widest unbreakable unit.

    A column too narrow for its content is widened; the room comes from the
    columns wider than they need, in proportion to what each can spare, so the
    table keeps its total width. When the total cannot hold every column's
    narrowest width, the wished widths are kept and *warn* hears which column
    will have words cut.
    """
    needs = [
        max((_narrowest(row[c]) for row in data), default=0.0) + 2 * CELL_PADDING
        for c in range(len(wished))
    ]
    widths = list(wished)
    short = sum(max(0.0, need - width) for need, width in zip(needs, widths, strict=True))
    if short <= 0.01:
        return widths
    spare = [max(0.0, width - need) for need, width in zip(needs, widths, strict=True)]
    total_spare = sum(spare)
    if total_spare + 0.01 < short:
        if warn is not None:
            worst = max(range(len(widths)), key=lambda c: needs[c] - widths[c])
            header = data[0][worst] if data else None
            column = header.text if isinstance(header, ThaiParagraph) else str(worst + 1)
            warn(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "ตารางหนึ่งกว้างไม่พอสำหรับข้อความ: คอลัมน์ “{column}” ต้องกว้างอย่างน้อย "
                        "{need} ซม. บางคำในคอลัมน์นี้จึงถูกตัดขึ้นบรรทัดใหม่กลางคำ",
                    ),
                    column=column,
                    need=f"{needs[worst] / POINTS_PER_CM:.1f}",
                )
            )
        return widths
    for c, (need, width) in enumerate(zip(needs, widths, strict=True)):
        if width < need:
            widths[c] = need
        else:
            widths[c] = width - short * spare[c] / total_spare
    return widths
