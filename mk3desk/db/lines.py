"""A record's list of lines (a committee's members, a session's attendees and linked
indicators) made to match a new list, as a save or a received bundle gives it.

Lines are matched by a key (the person, the indicator): a line whose key stays keeps
its record — and its uid, so a bundle and the audit trail see the same line — and only
the columns that changed are set (an unchanged line is not an update); a new key gets a
new line, a key no longer listed loses its line.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, TypeVar

L = TypeVar("L")
K = TypeVar("K", bound=Hashable)


def match_lines(
    lines: list[L],
    key: Callable[[L], K],
    wanted: Sequence[tuple[K, Mapping[str, Any]]],
    make: Callable[[K], L],
) -> None:
    """Make *lines* hold one line per key of *wanted* (key, column values), in its order
    for new lines; *make* builds the line of a new key."""
    kept = {key(line): line for line in lines}
    keys = {k for k, _ in wanted}
    for gone in [line for line in lines if key(line) not in keys]:
        lines.remove(gone)
    for k, values in wanted:
        line = kept.get(k)
        if line is None:
            line = kept[k] = make(k)  # (a key listed twice: one line)
            lines.append(line)
        for name, value in values.items():
            if getattr(line, name) != value:
                setattr(line, name, value)
