"""A bundle refused as a whole, and the one place that turns a damaged file into Thai.

A bundle comes from a USB stick or e-mail: a zip cut short, a flipped byte, a
compression method this Python lacks, bytes that are not UTF-8, JSON nested a
hundred thousand deep or of an unexpected shape. Whatever the library raises for
that family, :func:`damaged_as_refusal` turns it into the one Thai refusal, so no
reader of a bundle shows a traceback and nothing is written.
"""

from __future__ import annotations

import json
import lzma
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, Mk3Error, ValidationError
from mk3desk.domain.file_names import safe_file_name


class BundleError(ValidationError):
    """A bundle that is refused; nothing was written."""

    context = "Bundle"


def refuse(template: str, **params: Any) -> BundleError:
    return BundleError(template, **params)


def bad_format(path: Path, detail: str) -> BundleError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle", "ไฟล์ {file} ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง ({detail}) — ไม่ได้รับข้อมูลใด ๆ"
        ),
        file=path.name,
        detail=detail,
    )


def damaged(path: Path, detail: str) -> BundleError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์ส่งงาน {file} เสียหาย อ่านไม่ได้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ "
            "โปรดขอให้ผู้ส่งส่งออกไฟล์ใหม่อีกครั้ง",
        ),
        file=path.name,
        detail=detail,
    )


def size_mismatch(record: Any, actual: int) -> BundleError:
    """Evidence *record* (a BundleRecord) declares a size its file does not have."""
    return file_size_mismatch(record.data["file_name"], record.data["size"], actual)


def file_size_mismatch(name: str, declared: int, actual: int) -> BundleError:
    """A file (evidence, a session's material) declared *declared* bytes, has *actual*."""
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์หลักฐาน “{name}” มีขนาดไม่ตรงกับที่ระบุไว้ในไฟล์ส่งงาน "
            "({declared} กับ {actual} ไบต์) — ไม่ได้รับข้อมูลใด ๆ",
        ),
        name=safe_file_name(name),
        declared=declared,
        actual=actual,
    )


# What reading a damaged or hostile zip and its JSON can raise: a bad archive or CRC
# (BadZipFile), broken deflate/bzip2/lzma streams, an unsupported compression method
# (NotImplementedError), a member cut short (EOFError), a read failure (OSError), bytes
# that are not UTF-8, JSON errors (ValueError) and nesting too deep (RecursionError), and
# structures of the wrong shape (KeyError, TypeError, IndexError, AttributeError).
DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    EOFError,
    OSError,
    UnicodeError,
    json.JSONDecodeError,
    RecursionError,
    MemoryError,
    KeyError,
    TypeError,
    ValueError,
    IndexError,
    AttributeError,
)


@contextmanager
def damaged_as_refusal(path: Path) -> Iterator[None]:
    """Run a bundle read; any error of the DAMAGE family becomes the Thai refusal.

    Thai errors (Mk3Error, itself never one of the family above) pass unchanged.
    """
    try:
        yield
    except Mk3Error:
        raise
    except DAMAGE as exc:
        raise damaged(path, type(exc).__name__) from exc
