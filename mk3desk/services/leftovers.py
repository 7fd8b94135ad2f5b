"""What killed runs leave behind: half-copied evidence files and half-written backups.

An attach copies into ``<store>/.incoming-*`` and renames; a backup writes into a
hidden ``.mk3desk-*.partial`` folder and renames. A run killed half-way leaves that
temporary behind: harmless (nothing refers to it) but it takes space — on a backup
drive, a whole copy each time. The check lists them; cleaning removes those not
touched for a while (a running attach or backup keeps writing to its own, so a
fresh one is left alone).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.services.check_findings import Finding, Severity

PARTIAL_PREFIX = ".mk3desk-"
PARTIAL_SUFFIX = ".partial"
# A temporary younger than this may belong to a run still going: never removed.
STILL_RUNNING = timedelta(minutes=10)


class LeftoverKind(StrEnum):
    INCOMING = "incoming"  # a half-copied evidence file
    PARTIAL = "partial"  # a half-written backup (or restore copy)


@dataclass(frozen=True)
class Leftover:
    path: Path
    kind: LeftoverKind
    size: int  # bytes
    modified: datetime


@dataclass(frozen=True)
class CleanResult:
    removed: int
    freed: int  # bytes
    kept_recent: int  # too fresh to be from a killed run


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _leftover(path: Path, kind: LeftoverKind) -> Leftover:
    """A folder counts as touched when anything in it was (a long copy writes deep inside)."""
    stamps = [path.stat().st_mtime]
    if path.is_dir():
        stamps += [p.stat().st_mtime for p in path.rglob("*")]
    return Leftover(path, kind, _size(path), datetime.fromtimestamp(max(stamps)))


def partial_leftovers(folder: Path) -> list[Leftover]:
    """Hidden ``.mk3desk-*.partial`` temporaries in *folder* (a backup folder)."""
    if not folder.is_dir():
        return []
    return [
        _leftover(p, LeftoverKind.PARTIAL)
        for p in sorted(folder.iterdir())
        if p.name.startswith(PARTIAL_PREFIX) and p.name.endswith(PARTIAL_SUFFIX)
    ]


def find_leftovers(evidence_dir: Path, folders: Iterable[Path]) -> list[Leftover]:
    """Half-copied evidence in *evidence_dir* and half-written backups in *folders*
    (the backup folders, and the database's own folder)."""
    found = [
        _leftover(p, LeftoverKind.INCOMING)
        for p in EvidenceStore(evidence_dir).incoming_leftovers()
    ]
    seen: set[Path] = set()
    for folder in folders:
        key = folder.resolve()
        if key not in seen:
            seen.add(key)
            found += partial_leftovers(folder)
    return found


def clean_leftovers(leftovers: Sequence[Leftover], *, now: datetime | None = None) -> CleanResult:
    """Remove the leftovers not touched for ``STILL_RUNNING``; the others stay."""
    moment = now or datetime.now()
    removed = freed = kept = 0
    for leftover in leftovers:
        if moment - leftover.modified < STILL_RUNNING:
            kept += 1
            continue
        if leftover.path.is_dir():
            shutil.rmtree(leftover.path, ignore_errors=True)
        else:
            leftover.path.unlink(missing_ok=True)
        if not leftover.path.exists():
            removed += 1
            freed += leftover.size
    return CleanResult(removed, freed, kept)


def leftover_findings(leftovers: Sequence[Leftover]) -> list[Finding]:
    findings: list[Finding] = []
    incoming = [x for x in leftovers if x.kind is LeftoverKind.INCOMING]
    partial = [x for x in leftovers if x.kind is LeftoverKind.PARTIAL]
    if incoming:
        findings.append(
            Finding(
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "มีไฟล์หลักฐานที่คัดลอกค้างไม่เสร็จ {count} ไฟล์ ({size}) ในที่เก็บหลักฐาน "
                    "— ลบได้ด้วย mk3desk check --clean-leftovers",
                ),
                {"count": len(incoming), "size": human_size(sum(x.size for x in incoming))},
            )
        )
    if partial:
        folders = sorted({str(x.path.parent) for x in partial})
        findings.append(
            Finding(
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Integrity",
                    "มีข้อมูลสำรองที่เขียนค้างไม่เสร็จ {count} ชุด ({size}) ใน {folders} "
                    "— ลบได้ด้วย mk3desk check --clean-leftovers",
                ),
                {
                    "count": len(partial),
                    "size": human_size(sum(x.size for x in partial)),
                    "folders": ", ".join(folders),
                },
            )
        )
    return findings


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    if size < 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / (1024 * 1024 * 1024):.2f} GB"
