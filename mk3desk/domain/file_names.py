"""File names that come from outside are names, not paths.

An evidence record's name arrives from a bundle, a dropped file or a chooser, and is
later used to write a temporary copy the desktop opens. A name such as
``../../Startup/run.bat``, ``C:\\Windows\\x.dll``, one with control or bidi characters
(``invoice\u202egpj.exe`` shows as "invoice.exe" reversed) or a reserved Windows
name must never reach the file system as it is. :func:`safe_file_name` reduces any
text to one plain base name; it is applied when a name is received and again when a
copy is written. pathvalidate does the platform rules (reserved names, characters
Windows forbids, trailing dots and spaces); what it leaves — separators it would
merely drop, format characters — is handled here first.

The names the program itself proposes (:func:`proposed_file_name`) are Thai words and
พ.ศ. years joined by "-", made safe the same way: "แม่แบบ-บุคลากรและกลุ่มงาน-2570.xlsx",
"งาน-2570-กนกวรรณ-1.1.mk3".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import PurePath

from pathvalidate import sanitize_filename

# Longest name kept, in UTF-8 bytes (Linux file systems allow 255 bytes; a Thai letter
# takes 3): about 65 Thai letters or 200 Latin ones, the extension kept.
NAME_LIMIT = 200
FALLBACK_NAME = "หลักฐาน"

# Types the Windows shell runs rather than shows: opening one asks first.
EXECUTABLE_SUFFIXES = frozenset(
    {
        ".appref-ms",
        ".bat",
        ".cmd",
        ".com",
        ".cpl",
        ".dll",
        ".exe",
        ".hta",
        ".inf",
        ".jar",
        ".js",
        ".jse",
        ".lnk",
        ".msc",
        ".msi",
        ".msp",
        ".pif",
        ".ps1",
        ".psm1",
        ".py",
        ".pyw",
        ".reg",
        ".scf",
        ".scr",
        ".sh",
        ".url",
        ".vb",
        ".vbe",
        ".vbs",
        ".ws",
        ".wsc",
        ".wsf",
        ".wsh",
    }
)

_SEPARATORS = re.compile(r"[\\/]")
_DRIVE = re.compile(r"^[A-Za-z]:")


def _visible(text: str) -> str:
    """*text* without control (Cc), format (Cf: bidi marks, zero-width) or separator
    (Zl, Zp) characters; other white space becomes a plain space."""
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"):
            continue
        kept.append(" " if category == "Zs" else ch)
    return "".join(kept)


def safe_file_name(name: str, *, limit: int = NAME_LIMIT) -> str:
    """One safe base name for *name*: the last path component, visible characters
    only, valid on Windows and Linux, at most *limit* UTF-8 bytes (the extension kept).
    Never empty, never ``.`` or ``..``."""
    text = unicodedata.normalize("NFC", _visible(name or ""))
    text = _SEPARATORS.split(_DRIVE.sub("", text.strip()))[-1]
    text = " ".join(text.split())  # runs of spaces inside, none at the ends
    if len(text.encode()) > limit:
        suffix = PurePath(text).suffix
        if len(suffix) > 16:  # not an extension worth keeping
            suffix = ""
        stem = text[: len(text) - len(suffix)]
        room = limit - len(suffix.encode())
        stem = stem.encode()[:room].decode(errors="ignore")  # whole characters only
        while stem and unicodedata.category(stem[-1]) == "Mn":
            stem = stem[:-1]  # no vowel or tone mark left without its letter
        text = stem.rstrip(" .") + suffix
    text = sanitize_filename(text, platform="universal").strip(" .")
    if not text or set(text) <= {"."}:
        text = FALLBACK_NAME
    return text


_BRACKETS = re.compile(r"\s*\([^)]*\)")


def proposed_file_name(parts: Iterable[str | int | None], suffix: str) -> str:
    """The name the program proposes in a save dialog: the parts (Thai words, a พ.ศ.
    year, an indicator code, who sent it) joined by "-", each without its bracketed
    explanation and with single spaces, empty parts left out; made safe as
    ``safe_file_name``. ``(["แม่แบบ", "บุคลากรและกลุ่มงาน", 2570], ".xlsx")`` →
    ``แม่แบบ-บุคลากรและกลุ่มงาน-2570.xlsx``."""
    words = []
    for part in parts:
        text = "" if part is None else _SEPARATORS.sub(" ", _BRACKETS.sub("", str(part)))
        text = " ".join(text.split())  # a "/" in an office's name is no folder
        if text:
            words.append(text)
    return safe_file_name("-".join(words) + suffix)


def is_executable_name(name: str) -> bool:
    """Whether the desktop would run a file of this name instead of showing it."""
    return PurePath(safe_file_name(name)).suffix.lower() in EXECUTABLE_SUFFIXES
