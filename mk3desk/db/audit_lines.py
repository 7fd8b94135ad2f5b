"""The format of the audit chain's entries and lines, as written and as checked.

An entry's lines say which records its unit of work wrote (table, row id, op, the
record's hash as stored, old → new of an update's columns). Many plain lines of one
table and op are packed into one (:func:`packed`, read back by :func:`unpacked`); an
entry's hash chains the previous one, its own columns and its lines' digest. The
session events that write them are in ``audit_chain``; ``services.audit_check`` reads
them back with the same functions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from hashlib import sha256
from typing import Any

from mk3desk.db.audit_rows import content_hash

GENESIS = "0" * 64  # the "previous hash" of the first entry
PACK = 100  # more plain lines than this of one table and op in one entry are packed
MANY = "many:"
ENTRY_COLUMNS = ("id", "at", "actor_id", "actor_name", "action", "target", "detail")

Line = tuple[str, int, str, str, str]  # table, row id, op, row hash, changes (JSON or "")


def packed(lines: list[Line]) -> list[Line]:
    """Many plain inserts (updates, deletes) of one table as one line: ``many:<op>``,
    the number of records as its row id and ``"<id> <hash>"`` a line as its changes.

    A 10,000-row import stores one line, not 10,000 (which would cost more than the
    import's own writes).
    """
    groups: dict[tuple[str, str], list[Line]] = {}
    for line in lines:
        if not line[4]:
            groups.setdefault((line[0], line[2]), []).append(line)
    big = {key for key, group in groups.items() if len(group) > PACK}
    if not big:
        return lines
    kept = [line for line in lines if line[4] or (line[0], line[2]) not in big]
    for table_name, op in sorted(big):
        group = groups[(table_name, op)]
        listed = "\n".join([f"{line[1]} {line[3]}" for line in group])
        kept.append((table_name, len(group), MANY + op, "", listed))
    return kept


def unpacked(line: Sequence[Any]) -> Iterator[tuple[str, int, str, str]]:
    """The records of one line: (table, row id, op, hash) each (the inverse of :func:`packed`)."""
    table_name, row_id, op, digest, changes = line
    if not op.startswith(MANY):
        yield table_name, row_id, op, digest
        return
    for item in changes.splitlines():
        listed_id, _, listed_hash = item.partition(" ")
        yield table_name, int(listed_id), op[len(MANY) :], listed_hash


def rows_digest(lines: Sequence[Sequence[Any]]) -> str:
    """The digest of an entry's lines (table, row id, op, row hash, changes), in order."""
    if not lines:
        return ""
    text = "\x1e".join([f"{t}\x1f{r}\x1f{o}\x1f{h}\x1f{c}" for t, r, o, h, c in lines])
    return sha256(text.encode("utf-8")).hexdigest()


def entry_digest(prev_hash: str, values: Sequence[Any], rows_hash: str) -> str:
    """``entry_hash``: the previous hash, the entry's raw ENTRY_COLUMNS, its rows' digest."""
    return content_hash([prev_hash, *values, rows_hash])
