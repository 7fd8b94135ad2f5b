"""Hostile ``.xlsx`` files, generated from a real template (no checked-in blobs).

:func:`hostile_files` mutates one good workbook (an outcome-values template made
by ``services.excel.save_template`` and filled with openpyxl) into a few hundred
files an attacker or a broken USB stick could hand a clerk, grouped in classes:
damaged archives (truncated, flipped bytes, wrong CRCs, exotic compression,
missing parts, bombs), damaged XML (entities, deep nesting, bad shared-string
indexes, absurd dimensions) and hostile content (huge texts, formulas, wrong
sheets and headers, digit mixtures, values beyond the limits, a tampered marker).

Used by ``tests/test_hostile_excel.py`` and ``bench/reliability.py``. Everything
is deterministic (a seeded random generator), so a failure names a file that
the next run builds again.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl

SHEET = "ค่าผลลัพธ์"
MARKER = "_mk3desk"
DATA_PART = "xl/worksheets/sheet2.xml"  # the outcome sheet (after the instructions)
MARKER_PART = "xl/worksheets/sheet3.xml"
STRINGS_PART = "xl/sharedStrings.xml"
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# The rows the good workbook carries under the template's own example row.
GOOD_ROWS: tuple[tuple[Any, ...], ...] = (
    ("7.1.2", "", 2567, 55.5, "ระบบ DMC"),
    ("7.2.1", "", 2566, "๘๒.๕", ""),
    ("7.2.2", "", 2565, 1234, "ตัวเลขจำนวนเต็ม"),
)

Files = list[tuple[str, bytes]]


def good_workbook(template: Path) -> bytes:
    """The template with a few real rows, its texts moved to a shared-string table.

    openpyxl writes every text inline; Excel writes a shared-string table, which
    is what an attacker's index out of range needs.
    """
    book = openpyxl.load_workbook(template)
    sheet = book[SHEET]
    for row in GOOD_ROWS:
        sheet.append(list(row))
    return to_shared_strings(_save(book))


_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)


def to_shared_strings(data: bytes) -> bytes:
    """*data* with the inline texts of every sheet in ``xl/sharedStrings.xml``."""
    texts: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        index = texts.setdefault(match[3], len(texts))
        return b"<c " + match[1] + b't="s"' + match[2] + b"><v>%d</v></c>" % index

    members = []
    for name, body in _members(data):
        if name.startswith("xl/worksheets/"):
            body = _INLINE.sub(shared, body)
        elif name == "[Content_Types].xml":
            body = body.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        elif name == "xl/_rels/workbook.xml.rels":
            body = body.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/'
                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                b"</Relationships>",
            )
        members.append((name, body))
    items = b"".join(b'<si><t xml:space="preserve">' + t + b"</t></si>" for t in texts)
    table = b'<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (
        MAIN_NS.encode(),
        len(texts),
        len(texts),
        items,
    )
    return _zip([*members, (STRINGS_PART, table)])


def _save(book: Any) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _edit_book(base: bytes, change: Callable[[Any], object]) -> bytes:
    """*base* opened, changed by *change* (what it returns is ignored) and saved again."""
    book = openpyxl.load_workbook(io.BytesIO(base))
    change(book)
    return _save(book)


def _members(base: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _zip(
    members: list[tuple[str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
    only: str | None = None,
) -> bytes:
    """A new archive of *members*; *only* limits *compression* to one member."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members:
            method = compression if only is None or name == only else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), data, method)
    return out.getvalue()


def _replace(base: bytes, changes: dict[str, bytes | None]) -> bytes:
    """*base* with members replaced, added or (``None``) removed."""
    members = [(n, changes.get(n, d)) for n, d in _members(base) if changes.get(n, d) is not None]
    names = {n for n, _ in members}
    members += [(n, d) for n, d in changes.items() if d is not None and n not in names]
    return _zip([(n, d) for n, d in members if d is not None])


def _sub(base: bytes, part: str, pattern: bytes, replacement: bytes, count: int = 1) -> bytes:
    data = dict(_members(base))[part]
    changed = re.sub(pattern, replacement, data, count=count)
    assert changed != data, (part, pattern)
    return _replace(base, {part: changed})


class _Layout:
    """Where each member's headers and data are in a zip (for patching raw bytes)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.infos = archive.infolist()
        self.central: dict[str, int] = {}
        offset = data.rindex(b"PK\x05\x06")
        (start,) = struct.unpack_from("<I", data, offset + 16)
        position = start
        while data[position : position + 4] == b"PK\x01\x02":
            name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, position + 28)
            name = data[position + 46 : position + 46 + name_len].decode("utf-8")
            self.central[name] = position
            position += 46 + name_len + extra_len + comment_len

    def data_start(self, info: zipfile.ZipInfo) -> int:
        name_len, extra_len = struct.unpack_from("<HH", self.data, info.header_offset + 26)
        return int(info.header_offset + 30 + name_len + extra_len)

    def patch(self, info: zipfile.ZipInfo, local: int, central: int, fmt: str, value: int) -> bytes:
        data = bytearray(self.data)
        struct.pack_into(fmt, data, info.header_offset + local, value)
        struct.pack_into(fmt, data, self.central[info.filename] + central, value)
        return bytes(data)


# --- damaged archives -------------------------------------------------------------


def truncated(base: bytes, rng: random.Random) -> Files:
    size = len(base)
    offsets = sorted({0, 1, 4, 29, 30, 100, size - 1, size - 22, size - 23, size // 2})
    offsets += sorted(rng.sample(range(31, size - 23), 30))
    return [(f"cut-{o}", base[:o]) for o in offsets]


def flipped(base: bytes, rng: random.Random) -> Files:
    """Bytes flipped inside the deflate streams: zlib errors or CRC mismatches."""
    layout = _Layout(base)
    files = []
    for info in layout.infos:
        start = layout.data_start(info)
        for where in sorted({0, 1, info.compress_size // 2, info.compress_size - 1}):
            data = bytearray(base)
            data[start + where] ^= 0xFF
            files.append((f"flip-{info.filename}-{where}", bytes(data)))
        # A stream whose first block header says "reserved block type" (invalid).
        data = bytearray(base)
        data[start] = (data[start] & 0xF8) | 0x07
        files.append((f"badblock-{info.filename}", bytes(data)))
    return files


def compression(base: bytes, rng: random.Random) -> Files:
    members = _members(base)
    files = [
        ("lzma-all", _zip(members, zipfile.ZIP_LZMA)),
        ("bzip2-all", _zip(members, zipfile.ZIP_BZIP2)),
        ("stored-all", _zip(members, zipfile.ZIP_STORED)),
    ]
    for compressor, label in ((zipfile.ZIP_LZMA, "lzma"), (zipfile.ZIP_BZIP2, "bzip2")):
        damaged = _zip(members, compressor, only=DATA_PART)
        layout = _Layout(damaged)
        info = next(i for i in layout.infos if i.filename == DATA_PART)
        data = bytearray(damaged)
        start = layout.data_start(info)
        for k in range(8, min(40, info.compress_size)):
            data[start + k] ^= 0x55
        files.append((f"{label}-damaged", bytes(data)))
    layout = _Layout(base)
    for info in layout.infos:
        if info.filename not in (DATA_PART, "xl/workbook.xml", "[Content_Types].xml"):
            continue
        # Declared with another method than the data really has (deflate).
        for method in (zipfile.ZIP_LZMA, zipfile.ZIP_BZIP2, 6, 9, 99):
            files.append(
                (f"method-{method}-{info.filename}", layout.patch(info, 8, 10, "<H", method))
            )
    return files


def wrong_crc(base: bytes, rng: random.Random) -> Files:
    layout = _Layout(base)
    files = []
    for info in layout.infos:
        files.append((f"crc-{info.filename}", layout.patch(info, 14, 16, "<I", info.CRC ^ 1)))
    info = next(i for i in layout.infos if i.filename == DATA_PART)
    # A declared size that lies (smaller than the data: the CRC check sees a short read).
    files.append(("size-lie-small", layout.patch(info, 22, 24, "<I", max(info.file_size // 3, 1))))
    files.append(("size-lie-large", layout.patch(info, 22, 24, "<I", info.file_size * 2)))
    files.append(("csize-lie", layout.patch(info, 18, 20, "<I", 7)))
    return files


def missing_parts(base: bytes, rng: random.Random) -> Files:
    files = [(f"without-{name}", _replace(base, {name: None})) for name, _ in _members(base)]
    files.append(("only-content-types", _zip([m for m in _members(base) if m[0][0] == "["])))
    files.append(("empty-zip", _zip([])))
    files.append(
        (
            "empty-parts",
            _zip([(name, b"") for name, _ in _members(base)]),
        )
    )
    return files


def shared_strings(base: bytes, rng: random.Random) -> Files:
    files = []
    for index in (b"99999", b"-1", b"-99999", b"abc", b"1e3", b"", b"9" * 5000, b"3.5"):
        changed = _sub(base, DATA_PART, rb'(t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>" + index + rb"\2")
        files.append((f"sst-index-{index[:10].decode()}", changed))
    # Every shared-string cell of the marker sheet pointing nowhere.
    files.append(
        (
            "sst-marker-index",
            _sub(base, MARKER_PART, rb'(t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>123456\2", count=0),
        )
    )
    files.append(("sst-no-table", _replace(base, {STRINGS_PART: b""})))
    files.append(
        (
            "sst-count-lies",
            _sub(base, STRINGS_PART, rb'count="\d+"', b'count="999999999"'),
        )
    )
    return files


def dimensions(base: bytes, rng: random.Random) -> Files:
    files = []
    for ref in (
        b"A1:XFD1048576",
        b"A1:XFD99999999999",
        b"A1:ZZZZZZ5",
        b"A0:B-1",
        b"",
        b"A1:A1:A1",
    ):
        files.append(
            (
                f"dimension-{ref.decode()[:20]}",
                _sub(base, DATA_PART, rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"'),
            )
        )
    far_cells = (
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        b'<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>',
        b'<row r="3000000"><c r="D3000000"><v>1</v></c></row>',
        b'<row r="5"><c r="ZZZZ5"><v>1</v></c></row>',
        b'<row r="5"><c r="A0"><v>1</v></c></row>',
        b'<row r="-5"><c r="A-5"><v>1</v></c></row>',
        b'<row r="6"><c r="D6" s="999999"><v>1</v></c></row>',
        b'<row r="7" spans="1:99999999"><c r="D7"><v>1</v></c></row>',
    )
    for index, cells in enumerate(far_cells):
        files.append(
            (f"far-cell-{index}", _sub(base, DATA_PART, rb"</sheetData>", cells + b"</sheetData>"))
        )
    return files


def nested(base: bytes, rng: random.Random) -> Files:
    depth = 50_000  # far beyond Python's recursion limit (1,000)
    deep = b"<x>" * depth + b"</x>" * depth
    files = [
        (
            "deep-sheet-cell",
            _sub(
                base,
                DATA_PART,
                rb"</sheetData>",
                b'<row r="50"><c r="A50">' + deep + b"</c></row></sheetData>",
            ),
        ),
        ("deep-sheet-root", _sub(base, DATA_PART, rb"<sheetData>", b"<sheetData>" + deep)),
        (
            "deep-sheet-beyond-tags",  # 1.2 million tags (and a ratio of a bomb)
            _sub(base, DATA_PART, rb"<sheetData>", b"<sheetData>" + deep * 12),
        ),
        ("deep-workbook", _sub(base, "xl/workbook.xml", rb"<sheets>", deep + b"<sheets>")),
        ("deep-styles", _sub(base, "xl/styles.xml", rb"<fonts", deep + b"<fonts")),
        (
            "deep-strings",
            _sub(
                base, STRINGS_PART, rb"<si>", b"<si>" + b"<r>" * 50_000 + b"</r>" * 50_000, count=1
            ),
        ),
        ("deep-content-types", _sub(base, "[Content_Types].xml", rb"<Default", deep + b"<Default")),
        ("deep-marker-sheet", _sub(base, MARKER_PART, rb"<sheetData>", b"<sheetData>" + deep)),
    ]

    # The marker's example rows are JSON: a deeply nested one (json.loads recursion).
    def deep_json(book: Any) -> None:
        book[MARKER].cell(row=2, column=3).value = "[" * 30_000 + "]" * 30_000

    def deep_json_object(book: Any) -> None:
        book[MARKER].cell(row=2, column=3).value = '{"a":' * 20_000 + "1" + "}" * 20_000

    files.append(("deep-marker-json", _edit_book(base, deep_json)))
    files.append(("deep-marker-json-object", _edit_book(base, deep_json_object)))
    return files


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
_EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


def entities(base: bytes, rng: random.Random) -> Files:
    files = []
    parts = dict(_members(base))
    for part in (
        DATA_PART,
        MARKER_PART,
        STRINGS_PART,
        "xl/workbook.xml",
        "xl/styles.xml",
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "docProps/core.xml",
    ):
        body = re.sub(rb"^<\?xml[^>]*\?>", b"", parts[part])
        files.append((f"laughs-{part}", _replace(base, {part: _LAUGHS + body})))
        files.append((f"external-{part}", _replace(base, {part: _EXTERNAL + body})))
    files.append(
        (
            "laughs-used-in-cell",
            _replace(
                base,
                {
                    DATA_PART: _LAUGHS
                    + re.sub(rb"^<\?xml[^>]*\?>", b"", parts[DATA_PART]).replace(
                        b"</sheetData>",
                        b'<row r="40"><c r="A40" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
                        b"</sheetData>",
                    )
                },
            ),
        )
    )
    return files


def bombs(base: bytes, rng: random.Random) -> Files:
    members = _members(base)
    zeros = bytes(64 << 20)  # 64 MiB of zeros: about 64 KB deflated
    files = [("bomb-ratio", _zip([*members, ("xl/media/image1.bin", zeros)]))]
    # A sheet that inflates to 30 MiB of one repeated cell (under the ratio floor per part).
    row = b'<row r="9"><c r="E9" t="inlineStr"><is><t>' + b"A" * (30 << 20) + b"</t></is></c></row>"
    sheet = dict(members)[DATA_PART].replace(b"</sheetData>", row + b"</sheetData>")
    files.append(("bomb-huge-sheet", _replace(base, {DATA_PART: sheet})))
    many = [*members, *((f"xl/media/x{i}.bin", b"") for i in range(10_050))]
    files.append(("bomb-many-members", _zip(many, zipfile.ZIP_STORED)))
    # Harmless: nothing opens an embedded archive (a clean import).
    inner = _zip([("a.bin", zeros[: 20 << 20])])
    files.append(("bomb-nested-zip", _zip([*members, ("xl/embeddings/inner.zip", inner)])))
    return files


# --- not a workbook at all ------------------------------------------------------


def not_zip(base: bytes, rng: random.Random) -> Files:
    return [
        ("empty-file", b""),
        ("random-bytes", bytes(rng.getrandbits(8) for _ in range(5000))),
        ("pdf", b"%PDF-1.7\n" + b"0" * 1000),
        ("csv", "รหัสตัวชี้วัด,ปี พ.ศ.,ค่าที่ได้\n7.1.1,2567,82.5\n".encode()),
        ("html", b"<html><body><table><tr><td>1</td></tr></table></body></html>"),
        ("ole-xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)),
        ("zip-magic-only", b"PK\x03\x04" + bytes(100)),
        ("gzip", zlib.compress(base)),
    ]


# --- hostile content in a well-formed workbook -------------------------------------


def _with_rows(base: bytes, rows: list[tuple[Any, ...]], *, clear: bool = False) -> bytes:
    def change(book: Any) -> None:
        sheet = book[SHEET]
        if clear:
            sheet.delete_rows(3, sheet.max_row)
        for row in rows:
            sheet.append(list(row))

    return _edit_book(base, change)


def huge_texts(base: bytes, rng: random.Random) -> Files:
    files = []
    for length in (10_001, 100_000, 1_000_000):
        files.append(
            (f"huge-note-{length}", _with_rows(base, [("7.3.1", "", 2567, 1, "ก" * length)]))
        )
        files.append((f"huge-code-{length}", _with_rows(base, [("7" * length, "", 2567, 1, "")])))
    files.append(("huge-value-text", _with_rows(base, [("7.3.1", "", 2567, "1" * 32_000, "")])))
    files.append(
        ("huge-header-cell", _edit_book(base, lambda b: _set(b[SHEET], 1, 7, "ค" * 32_000)))
    )
    return files


def _set(sheet: Any, row: int, column: int, value: Any) -> None:
    sheet.cell(row=row, column=column).value = value


def _date_beyond_9999(book: Any) -> None:
    cell = book[SHEET].cell(row=3, column=5)  # the source: text
    cell.value = 4.5e16
    cell.number_format = "yyyy-mm-dd"


def formulas(base: bytes, rng: random.Random) -> Files:
    return [
        ("formula-value", _with_rows(base, [("7.3.1", "", 2567, "=1+1", "")])),
        ("formula-code", _with_rows(base, [('=HYPERLINK("http://x","7.3.1")', "", 2567, 1, "")])),
        ("formula-dde", _with_rows(base, [("7.3.1", "", 2567, 1, "=cmd|' /C calc'!A0")])),
        ("formula-webservice", _with_rows(base, [("7.3.1", "", '=WEBSERVICE("http://x")', 1, "")])),
        (
            "formula-cached",
            _sub(base, DATA_PART, rb"(<c r=\"D3\"[^>]*>)", rb"\1<f>1+1</f>"),
        ),
        (
            "error-value",
            _sub(
                base, DATA_PART, rb"<c r=\"D3\"[^>]*><v>[^<]*</v>", b'<c r="D3" t="e"><v>#N/A</v>'
            ),
        ),
        # A number in a date-formatted text cell that no date can be (after the year
        # 9999): openpyxl reads it as the text "#VALUE!".
        ("date-beyond-9999", _edit_book(base, _date_beyond_9999)),
        (
            "formula-shared-huge",
            _sub(
                base,
                DATA_PART,
                rb"(<c r=\"D3\"[^>]*>)",
                rb'\1<f t="shared" ref="D3:D1048576" si="0">1+1</f>',
            ),
        ),
    ]


def sheet_names(base: bytes, rng: random.Random) -> Files:
    def rename(old: str, new: str) -> Callable[[Any], None]:
        def change(book: Any) -> None:
            book[old].title = new

        return change

    def drop(name: str) -> Callable[[Any], None]:
        return lambda book: book.remove(book[name])

    def show_marker(book: Any) -> None:
        book[MARKER].sheet_state = "visible"

    return [
        ("sheet-renamed", _edit_book(base, rename(SHEET, "ข้อมูล"))),
        ("sheet-spaced", _edit_book(base, rename(SHEET, " ค่าผลลัพธ์ "))),
        ("sheet-removed", _edit_book(base, drop(SHEET))),
        ("marker-removed", _edit_book(base, drop(MARKER))),
        ("marker-renamed", _edit_book(base, rename(MARKER, "mk3desk"))),
        ("marker-visible", _edit_book(base, show_marker)),
        (
            "sheet-name-is-marker",
            _edit_book(base, lambda b: (b.remove(b[MARKER]), rename(SHEET, MARKER)(b))),
        ),
        (
            "sheet-name-xml-lies",
            _sub(
                base, "xl/workbook.xml", 'name="ค่าผลลัพธ์"'.encode(), b'name="' + b"\xe0" * 40 + b'"'
            ),
        ),
    ]


def headers(base: bytes, rng: random.Random) -> Files:
    def header(column: int, value: Any) -> Callable[[Any], None]:
        return lambda book: _set(book[SHEET], 1, column, value)

    def moved(book: Any) -> None:
        book[SHEET].insert_rows(1, 24)

    def swapped(book: Any) -> None:
        sheet = book[SHEET]
        for row in sheet.iter_rows():
            row[0].value, row[3].value = row[3].value, row[0].value

    def merged(book: Any) -> None:
        book[SHEET].merge_cells("D3:D5")

    return [
        ("header-code-missing", _edit_book(base, header(1, None))),
        ("header-value-renamed", _edit_book(base, header(4, "ค่า"))),
        ("header-duplicated", _edit_book(base, header(6, "ค่าที่ได้"))),
        ("header-below-scan", _edit_book(base, moved)),
        ("header-columns-swapped", _edit_book(base, swapped)),
        ("header-number", _edit_book(base, header(1, 12345))),
        ("merged-values", _edit_book(base, merged)),
        ("header-only", _with_rows(base, [], clear=True)),
    ]


def digits(base: bytes, rng: random.Random) -> Files:
    values = [
        "๘๒.๕",
        "8๒.5",
        "๑,๒๓๔.๕",
        "1,234",
        "12,34",
        "1.2.3",
        "٣٤",
        "۳۴",
        "８２",
        "−5",
        "+๕",
        " 7 ",
        "๗๗๗๗๗๗๗๗๗๗๗๗๗๗๗",
        "1,2,3",
        "๒๕๖๗",
        "0x1F",
        "1_000",
    ]
    files = [
        (f"digits-{i}", _with_rows(base, [("7.3.1", "", 2567, v, "")]))
        for i, v in enumerate(values)
    ]
    years = ["๒๕๖๗", "2567.0", "2567.5", "๒๕๖๗ ", "99999999999999999999999"]
    files += [
        (f"year-{i}", _with_rows(base, [("7.4.1", "", y, 1, "")])) for i, y in enumerate(years)
    ]
    return files


def values(base: bytes, rng: random.Random) -> Files:
    cases: list[Any] = [
        "",
        " ",
        "\u200b",
        "1" * 40,
        "1" * 41,
        "1" * 200,
        "9" * 15,
        "9" * 16,
        "0." + "0" * 19 + "1",
        "0." + "0" * 30 + "1",
        "1e400",
        "NaN",
        "inf",
        "-0",
        1e300,
        1e16,
        1e-30,
        -1e15,
        123456789012345.0,
        0.1,
        True,
        "ก" * 41,
        "12345678901234567890.12345678901234567",
    ]
    files = [
        (f"value-{i}", _with_rows(base, [("7.3.1", "", 2567, v, "")])) for i, v in enumerate(cases)
    ]
    # Numbers openpyxl would turn into a Python int of any size.
    for digits_count in (30, 4400):
        files.append(
            (
                f"value-raw-int-{digits_count}",
                _sub(
                    base,
                    DATA_PART,
                    rb"(<c r=\"D3\"[^>]*><v>)[^<]*(</v>)",
                    rb"\g<1>" + b"7" * digits_count + rb"\2",
                ),
            )
        )
        files.append(
            (
                f"year-raw-int-{digits_count}",
                _sub(
                    base,
                    DATA_PART,
                    rb"(<c r=\"C3\"[^>]*><v>)[^<]*(</v>)",
                    rb"\g<1>" + b"7" * digits_count + rb"\2",
                ),
            )
        )
    files.append(("value-empty-rows-only", _with_rows(base, [("", "", "", "", "")], clear=True)))
    files.append(
        ("value-many-rows", _with_rows(base, [("7.5.1", "", 2567, i, "") for i in range(3)] * 2))
    )
    return files


def marker(base: bytes, rng: random.Random) -> Files:
    def cell(row: int, column: int, value: Any) -> Callable[[Any], None]:
        return lambda book: _set(book[MARKER], row, column, value)

    return [
        ("marker-other-kind", _edit_book(base, cell(1, 2, "people"))),
        ("marker-unknown-kind", _edit_book(base, cell(1, 2, "x" * 5000))),
        ("marker-version-text", _edit_book(base, cell(1, 3, "หนึ่ง"))),
        ("marker-version-huge", _edit_book(base, cell(1, 3, 10**300))),
        ("marker-tag-wrong", _edit_book(base, cell(1, 1, "mk3desk-templat"))),
        ("marker-example-broken-json", _edit_book(base, cell(2, 3, "{not json"))),
        ("marker-example-list", _edit_book(base, cell(2, 3, json.dumps([1, 2, 3])))),
        ("marker-example-huge", _edit_book(base, cell(2, 3, json.dumps({"code": "7" * 30_000})))),
        ("marker-example-sheet-number", _edit_book(base, cell(2, 2, 12))),
        (
            "marker-many-rows",
            _edit_book(base, lambda b: [b[MARKER].append(["example"] * 4) for _ in range(3000)]),
        ),
        ("marker-empty", _edit_book(base, lambda b: b[MARKER].delete_rows(1, 10))),
    ]


CLASSES: dict[str, Callable[[bytes, random.Random], Files]] = {
    "truncated": truncated,
    "flipped": flipped,
    "compression": compression,
    "wrong_crc": wrong_crc,
    "missing_parts": missing_parts,
    "shared_strings": shared_strings,
    "dimensions": dimensions,
    "nested": nested,
    "entities": entities,
    "bombs": bombs,
    "not_zip": not_zip,
    "huge_texts": huge_texts,
    "formulas": formulas,
    "sheet_names": sheet_names,
    "headers": headers,
    "digits": digits,
    "values": values,
    "marker": marker,
}
# Classes whose every file is damaged: each must be refused, never imported.
DAMAGED = frozenset({"truncated", "entities", "not_zip"})


def hostile_files(base: bytes, kind: str, seed: int = 10) -> Iterator[tuple[str, bytes]]:
    """The files of class *kind* (a key of :data:`CLASSES`), built from *base*."""
    yield from CLASSES[kind](base, random.Random(f"{seed}-{kind}"))
