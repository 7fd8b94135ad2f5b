"""Open a workbook from an untrusted source without being hurt by it.

Workbooks come from other offices, e-mail and USB sticks. Before openpyxl sees
one we check, cheaply and in this order: the file's size; what it really is (an
old ``.xls``, a password-protected workbook and a renamed ``.csv`` all fail in
openpyxl with messages no clerk understands); the zip's declared sizes and
compression ratios (a zip bomb); and then we inflate every part once while
counting, so an archive that lies about its sizes is stopped too. XML is parsed
only when openpyxl uses ``defusedxml`` (entity expansion, external entities).

Values are read as Excel last calculated them (``data_only=True``). A formula
that was never calculated (written by a program, not by Excel) has no value;
:meth:`SafeWorkbook.scan_sheet` finds those cells, error values (``#N/A``) and
merged cells by parsing a sheet's XML once -- only for sheets that contain any
of them, which a fast byte scan during the inflate pass tells us.
"""

from __future__ import annotations

import lzma
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any
from xml.parsers.expat import ExpatError

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 50 * MIB
DEFAULT_MAX_RATIO = 100
DEFAULT_MAX_UNCOMPRESSED = 500 * MIB
MAX_MEMBERS = 10_000
# openpyxl parses a sheet at roughly 15-60 µs a cell, so what a file may make it
# parse is bounded too: the inflated bytes of its XML parts and the number of
# their tags ("<", 4 to 6 per cell). A larger workbook is refused with advice to
# split it, naming the limit in rows (``rows_within``).
#
# 500,000 tags, measured (bench/excel_limit.py, bench/reliability.py): a row of the
# people sheet (8 columns) as the program's templates write it is 50 tags, so 9,987
# people rows fit (outcome values, 5 columns: 25 tags, 19,978 rows) — three times an
# office's biggest real sheet (a few thousand rows). Reading 9,900 people rows takes
# ≈3 s and ≈+10 MiB, importing them ≈5.4 s CPU and +54 MiB; the costliest hostile file
# at the limit ≈4 s CPU. Twice the limit would put that worst case over the 5 s aim
# for no real sheet gained; the memory is not what limits (openpyxl streams).
DEFAULT_MAX_XML_BYTES = 50 * MIB
DEFAULT_MAX_TAGS = 500_000
TAGS_PER_ROW = 50  # a row of 8 columns (the people sheet), as write_table lays it out
_TAGS_OUTSIDE_ROWS = 1_000  # styles, the header, the group sheet, the template marker
# Small parts compress extremely well (a sheet of empty styled cells, repeated
# XML); a ratio only means "bomb" once the inflated size is large.
_RATIO_FLOOR = 4 * MIB
_CHUNK = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Tokens worth a full XML parse of a sheet: formulas (<f>, <f .../>, or prefixed
# <x:f>), merged cells, error values. Plain substring searches: a regex over every
# "<" of a 6 MB sheet costs more than reading it. A false hit only costs a parse.
_FORMULA_START = b"<f"  # then one of _FORMULA_NEXT (not <formula1> of a drop-down list)
_FORMULA_NEXT = (b">", b" ", b"/")
_SPECIAL_TOKENS = (b":f", b't="e"', b"mergeCell")
_WORKSHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")


# Everything a damaged or hostile workbook makes the zip layer, the decompressors,
# the XML parsers and openpyxl raise while we read it: zipfile (BadZipFile, CRC
# mismatches, NotImplementedError for an unknown compression method), zlib,
# lzma, bz2 (OSError), a stream that ends early (EOFError), expat and
# ElementTree (ExpatError, ParseError is a SyntaxError), defusedxml's refusals
# of entities (ValueError), openpyxl's parsing (KeyError for a missing part,
# IndexError for a shared-string index out of range, ValueError/TypeError for
# a bad attribute, AttributeError for a missing element), a deeply nested part
# (RecursionError), an absurd size (MemoryError, OverflowError). Every reading
# of an untrusted workbook catches exactly these, in :func:`refuse_damaged` and
# for one sheet in :func:`mk3desk.excel.reader.read_sheet`.
DAMAGED_FILE_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    OSError,
    NotImplementedError,
    ExpatError,
    SyntaxError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    RecursionError,
    MemoryError,
    OverflowError,
)


class UnsafeWorkbookError(ValidationError):
    """A workbook that is not opened (its templates are in the ExcelSafety context)."""

    context = "ExcelSafety"


def _refuse(template: str, path: Path, **params: Any) -> ValidationError:
    return UnsafeWorkbookError(template, file=path.name, **params)


def _ensure_safe_xml() -> None:
    import openpyxl

    if not getattr(openpyxl, "DEFUSEDXML", False):
        # openpyxl silently falls back to the unsafe stdlib parser.
        raise UnsafeWorkbookError(
            QT_TRANSLATE_NOOP(
                "ExcelSafety",
                "ไม่สามารถเปิดไฟล์ Excel อย่างปลอดภัยได้ เพราะไม่พบชุดโปรแกรม defusedxml"
                " กรุณาติดตั้งโปรแกรมใหม่",
            )
        )


@dataclass(frozen=True)
class SheetScan:
    """Cells of one sheet that the value view alone cannot reveal.

    Coordinates are ``(row, column)`` 1-based; merged ranges are
    ``(min_row, min_col, max_row, max_col)`` plus their ``A1:B2`` text.
    """

    uncalculated: frozenset[tuple[int, int]] = frozenset()
    errors: frozenset[tuple[int, int]] = frozenset()
    merged: tuple[tuple[int, int, int, int, str], ...] = ()


@dataclass
class _Inspection:
    special_parts: set[str] = field(default_factory=set)
    inflated: int = 0  # bytes of every part
    xml_bytes: int = 0  # bytes of the XML parts
    tags: int = 0  # "<" in the XML parts


class SafeWorkbook:
    """A workbook opened read-only with cached values; close it (or use ``with``)."""

    def __init__(self, path: Path, book: Any, special_parts: set[str]) -> None:
        self.path = path
        self.book = book
        self._special_parts = special_parts
        self._scans: dict[str, SheetScan] = {}

    @property
    def sheet_names(self) -> list[str]:
        return list(self.book.sheetnames)

    def worksheet(self, name: str) -> Any:
        return self.book[name]

    def scan_sheet(self, name: str) -> SheetScan:
        """Uncalculated formulas, error values and merged cells of sheet *name*."""
        if name not in self._scans:
            part = getattr(self.book[name], "_worksheet_path", None)
            if part is None or part not in self._special_parts:
                self._scans[name] = SheetScan()
            else:
                with self.book._archive.open(part) as source:
                    self._scans[name] = _scan_sheet_xml(source)
        return self._scans[name]

    def close(self) -> None:
        self.book.close()

    def __enter__(self) -> SafeWorkbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_workbook_safely(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_ratio: int = DEFAULT_MAX_RATIO,
    max_uncompressed: int = DEFAULT_MAX_UNCOMPRESSED,
    max_xml_bytes: int = DEFAULT_MAX_XML_BYTES,
    max_tags: int = DEFAULT_MAX_TAGS,
) -> SafeWorkbook:
    """Check *path* and open it with openpyxl (read-only, cached values).

    Raises :class:`ValidationError` with a Thai message naming the file for each
    refusal: missing/unreadable, too large, not an ``.xlsx``, encrypted, a zip
    bomb, more XML than can be read in reasonable time, or a workbook openpyxl
    cannot read.
    """
    path = Path(path)
    _ensure_safe_xml()
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("ExcelSafety", "เปิดไฟล์ «{file}» ไม่ได้ ({reason})"),
            path,
            reason=error.strerror or str(error),
        ) from error
    if size > max_bytes:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ExcelSafety", "ไฟล์ «{file}» มีขนาด {size} MB เกินกว่าที่รับได้ ({limit} MB)"
            ),
            path,
            size=_mb(size),
            limit=_mb(max_bytes),
        )
    _check_kind(path, head)
    with refuse_damaged(path):
        inspection = _inspect_zip(
            path,
            max_ratio=max_ratio,
            max_uncompressed=max_uncompressed,
            max_xml_bytes=max_xml_bytes,
            max_tags=max_tags,
        )
        book = _load(path)
    return SafeWorkbook(path, book, inspection.special_parts)


@contextmanager
def refuse_damaged(path: str | Path) -> Iterator[None]:
    """Turn any of :data:`DAMAGED_FILE_ERRORS` raised inside into the Thai refusal of *path*.

    Wrap everything that reads an untrusted workbook (opening, reading its
    sheets, closing): openpyxl parses parts lazily, so a damaged part may only
    fail while its rows are read.
    """
    try:
        yield
    except ValidationError:
        raise
    except DAMAGED_FILE_ERRORS as error:
        raise _not_workbook(Path(path)) from error


def _mb(size: int) -> str:
    return f"{size / MIB:.1f}"


def _check_kind(path: Path, head: bytes) -> None:
    if head.startswith(_ZIP_MAGIC):
        return
    if head.startswith(_OLE_MAGIC):
        # Excel saves a password-protected .xlsx inside an OLE container with an
        # "EncryptedPackage" stream; any other OLE file is an old binary .xls.
        if _ENCRYPTED_STREAM in path.read_bytes():
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "ExcelSafety",
                    "ไฟล์ «{file}» ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก"
                    " (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่",
                ),
                path,
            )
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "ExcelSafety",
                "ไฟล์ «{file}» เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น"
                " «เวิร์กบุ๊ก Excel (.xlsx)»",
            ),
            path,
        )
    raise _refuse(
        QT_TRANSLATE_NOOP(
            "ExcelSafety",
            "ไฟล์ «{file}» ไม่ใช่ไฟล์ Excel (.xlsx) (อาจเป็นไฟล์ .csv หรือไฟล์อื่นที่เปลี่ยนชื่อ)"
            " กรุณาบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»",
        ),
        path,
    )


def _not_workbook(path: Path) -> ValidationError:
    return _refuse(
        QT_TRANSLATE_NOOP("ExcelSafety", "ไฟล์ «{file}» เสียหายหรือไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ที่อ่านได้"),
        path,
    )


def _bomb(path: Path) -> ValidationError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "ExcelSafety",
            "ไฟล์ «{file}» ขยายตัวเมื่อแตกไฟล์ใหญ่ผิดปกติ (อาจเป็นไฟล์อันตราย) จึงไม่เปิด",
        ),
        path,
    )


def rows_within(max_tags: int = DEFAULT_MAX_TAGS) -> int:
    """The rows of 8 columns a workbook may hold under *max_tags*, rounded down to a
    hundred (9,900 for the default): the limit as a clerk counts it."""
    return max(100, (max_tags - _TAGS_OUTSIDE_ROWS) // TAGS_PER_ROW // 100 * 100)


def _too_much_xml(path: Path, max_tags: int) -> ValidationError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "ExcelSafety",
            "ไฟล์ «{file}» มีข้อมูลมากเกินกว่าที่อ่านได้ในครั้งเดียว: ไฟล์หนึ่งรับได้ประมาณ {rows:,} แถว "
            "(สำหรับตาราง 8 คอลัมน์ เช่น รายชื่อบุคลากร ถ้าคอลัมน์น้อยกว่านี้จะรับได้มากกว่า) "
            "กรุณาแบ่งข้อมูลเป็นหลายไฟล์ แล้วนำเข้าทีละไฟล์",
        ),
        path,
        rows=rows_within(max_tags),
    )


def _inspect_zip(
    path: Path, *, max_ratio: int, max_uncompressed: int, max_xml_bytes: int, max_tags: int
) -> _Inspection:
    inspection = _Inspection()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {info.filename for info in members}
            if "[Content_Types].xml" not in names or not any(
                name.startswith("xl/") for name in names
            ):
                raise _not_workbook(path)
            if len(members) > MAX_MEMBERS:
                raise _bomb(path)
            if any(info.flag_bits & 0x1 for info in members):
                raise _refuse(
                    QT_TRANSLATE_NOOP("ExcelSafety", "ไฟล์ «{file}» ถูกเข้ารหัสไว้ จึงอ่านไม่ได้"), path
                )
            # What the archive declares...
            total = sum(info.file_size for info in members)
            if total > max_uncompressed:
                raise _bomb(path)
            for info in members:
                ratio_bad = info.file_size > max_ratio * max(info.compress_size, 1)
                if info.file_size > _RATIO_FLOOR and ratio_bad:
                    raise _bomb(path)
            # ...and what it really inflates to, counted as we go.
            limits = (max_uncompressed, max_xml_bytes, max_tags)
            for info in members:
                with archive.open(info) as member:
                    _drain(member, info, limits, inspection, path)
    except ValidationError:
        raise
    except DAMAGED_FILE_ERRORS as error:  # incl. an exotic compression method
        raise _not_workbook(path) from error
    return inspection


def _drain(
    member: IO[bytes],
    info: zipfile.ZipInfo,
    limits: tuple[int, int, int],
    inspection: _Inspection,
    path: Path,
) -> None:
    max_uncompressed, max_xml_bytes, max_tags = limits
    watch = _WORKSHEET_PART.match(info.filename) is not None
    xml = info.filename.endswith((".xml", ".rels"))
    tail = b""
    while chunk := member.read(_CHUNK):
        inspection.inflated += len(chunk)
        if inspection.inflated > max_uncompressed:
            raise _bomb(path)
        if xml:
            inspection.xml_bytes += len(chunk)
            inspection.tags += chunk.count(b"<")
            if inspection.xml_bytes > max_xml_bytes or inspection.tags > max_tags:
                raise _too_much_xml(path, max_tags)
        if watch:
            # Keep a little of the previous chunk: a tag may straddle two chunks.
            window = tail + chunk
            if _has_special(window):
                inspection.special_parts.add(info.filename)
                watch = False
            tail = chunk[-32:]


def _has_special(window: bytes) -> bool:
    """Whether *window* has any of the tokens above (one pass for the three formula ones)."""
    start = window.find(_FORMULA_START)
    while start != -1:
        if window[start + 2 : start + 3] in _FORMULA_NEXT:
            return True
        start = window.find(_FORMULA_START, start + 2)
    return any(token in window for token in _SPECIAL_TOKENS)


def _load(path: Path) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as error:
        # openpyxl raises anything from KeyError to its own exceptions on broken
        # or unsupported (e.g. "Strict Open XML") workbooks.
        raise _not_workbook(path) from error


def _scan_sheet_xml(source: IO[bytes]) -> SheetScan:
    from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]
    from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

    uncalculated: set[tuple[int, int]] = set()
    errors: set[tuple[int, int]] = set()
    merged: list[tuple[int, int, int, int, str]] = []
    for _event, element in iterparse(source, events=("end",)):
        tag = element.tag.rpartition("}")[2]
        if tag == "c":
            ref = element.get("r")
            if ref:
                has_formula = has_value = False
                for child in element:
                    child_tag = child.tag.rpartition("}")[2]
                    if child_tag == "f":
                        has_formula = True
                    elif child_tag in ("v", "is") and (child.text or len(child)):
                        has_value = True
                where = coordinate_to_tuple(ref)
                if has_formula and not has_value:
                    uncalculated.add(where)
                if element.get("t") == "e":
                    errors.add(where)
            element.clear()
        elif tag == "mergeCell":
            ref = element.get("ref")
            if ref:
                min_col, min_row, max_col, max_row = range_boundaries(ref)
                merged.append((min_row, min_col, max_row, max_col, ref))
        elif tag == "row":
            element.clear()
    return SheetScan(frozenset(uncalculated), frozenset(errors), tuple(merged))
