"""The ``.mk3`` bundle: what is inside, how it is checked, how it is written.

A bundle is a zip holding exactly:

* ``manifest.json`` — ``{"format": "mk3desk-bundle", "version": 5, "kind": "work" | "setup",
  "office": {"uid", "name"}, "be_year", "created_at" (ISO UTC), "created_by", "indicators",
  "sender", "sequence", "sent_by"}`` ("sender" and "sequence" since version 3: the sending
  database and the bundle's number among those it sent, see sync.sequence; "sent_by" since
  version 4: the person who exported it, ``{"uid", "name"}`` or null);
* ``records.json`` — a list of records ``{"kind", "ref", "data", "base", "deleted",
  "author"}``: *ref* says which record it is (uids, the indicator code for matching when
  uids differ), *data* is the content, *base* the SHA-256 of the version the sender last
  exchanged (``null``: never). ``"deleted": true`` makes the record a tombstone: the
  sender deleted version *base* (which it must name), and *data* holds only the fields
  that name the record (schema.KEY_FIELDS). *author* (version 4) is the person who last
  wrote the record on the sending side, ``{"uid", "name"}`` or null (sync.authors); it is
  not part of the content hash. Version 1 bundles, written before deletions travelled,
  have no ``deleted`` and are still read, as are versions 2 to 4 (2 and 3: no authors, judged as
  the manifest's sender, sync.authors); any other version is refused with a Thai
  message. Every record of an indicator must belong to one the manifest names. Version 5
  adds the MK3 Model's records of the year (committees, SWOT, knowledge sessions,
  recognitions, certificates: sync.mk3_fields), which older versions may not carry;
* ``evidence/<sha256>`` — the bytes of each evidence file and of each knowledge
  session's material, named by their SHA-256.

Nothing else is accepted. A bundle comes from a USB stick or e-mail, so it is read as
untrusted: size, member count, names (absolute, ``..``, backslashes, symlinks),
encryption, declared and actual inflated sizes (zip bombs), JSON shape, every field's
type and canonical form, and every evidence file's hash are checked before anything
is merged, record counts before the JSON is parsed in full (sync.limits); the records
themselves are checked in sync.validate. Any failure is a :class:`BundleError` with a
Thai message; whatever a damaged file makes the zip or JSON libraries raise becomes the
one Thai refusal (sync.errors.damaged_as_refusal), never a traceback.

Values in *data* are JSON strings, integers, booleans or null; decimals and times are
strings in their canonical form (``str(Decimal)``, UTC ``isoformat()``) so that a value
stored and read back hashes the same — which is what makes a replay a no-op.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.sync.errors import BundleError, bad_format, damaged_as_refusal, refuse
from mk3desk.sync.limits import MIB, Limits
from mk3desk.sync.schema import (
    SHA_PATTERN,
    VERSION,
    BundleRecord,
    Manifest,
)
from mk3desk.sync.validate import (
    MANIFEST,
    RECORDS,
    check_outgoing,
    manifest_of,
    parse_json,
    records_of,
)

__all__ = ["Bundle", "BundleError", "Limits", "read_bundle", "write_bundle"]

SUFFIX = ".mk3"
EVIDENCE_DIR = "evidence/"


@dataclass
class Bundle:
    """A bundle that passed every check; evidence members are verified against their names."""

    path: Path
    manifest: Manifest
    records: list[BundleRecord]
    evidence: set[str] = field(default_factory=set)  # SHA-256 of the files carried
    version: int = VERSION  # the format it was written in (READABLE_VERSIONS)
    sizes: dict[str, int] = field(default_factory=dict)  # SHA-256 → bytes, as read


def _check_member(info: zipfile.ZipInfo, path: Path, limits: Limits) -> None:
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "ไฟล์ {file} มีชื่อไฟล์ข้างในที่ชี้ออกนอกโฟลเดอร์ ({name}) ซึ่งอาจเป็นอันตราย — ไม่ได้รับข้อมูลใด ๆ",
            ),
            file=path.name,
            name=name,
        )
    if stat.S_ISLNK(info.external_attr >> 16):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Bundle", "ไฟล์ {file} มีทางลัด (symlink) {name} อยู่ข้างใน — ไม่ได้รับข้อมูลใด ๆ"
            ),
            file=path.name,
            name=name,
        )
    if info.flag_bits & 0x1:
        raise bad_format(path, QT_TRANSLATE_NOOP("Bundle", "มีรหัสผ่าน"))
    expected = name in (MANIFEST, RECORDS) or (
        name.startswith(EVIDENCE_DIR) and SHA_PATTERN.match(name[len(EVIDENCE_DIR) :]) is not None
    )
    if not expected:
        raise bad_format(path, name)
    too_big = info.file_size > limits.max_member_bytes
    ratio = info.file_size / max(info.compress_size, 1)
    if too_big or (info.file_size > limits.ratio_floor and ratio > limits.max_ratio):
        raise _zip_bomb(path)


def _zip_bomb(path: Path) -> BundleError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle", "ไฟล์ {file} ขยายตัวเกินขนาดที่ยอมรับได้ (อาจเป็น zip bomb) — ไม่ได้รับข้อมูลใด ๆ"
        ),
        file=path.name,
    )


def _read_member(archive: zipfile.ZipFile, name: str, cap: int, path: Path) -> bytes:
    """Inflate one member, counting: a zip that lies about its sizes is stopped too."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(name) as source:
        while chunk := source.read(MIB):
            total += len(chunk)
            if total > cap:
                raise _zip_bomb(path)
            chunks.append(chunk)
    return b"".join(chunks)


def _hash_member(archive: zipfile.ZipFile, name: str, cap: int, path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    total = 0
    with archive.open(name) as source:
        while chunk := source.read(MIB):
            total += len(chunk)
            if total > cap:
                raise _zip_bomb(path)
            digest.update(chunk)
    return digest.hexdigest(), total


def read_bundle(path: Path, limits: Limits | None = None) -> Bundle:
    """Open and check a bundle completely; raise BundleError (Thai) on anything amiss."""
    with damaged_as_refusal(path):
        return _read(path, limits or Limits())


def _read(path: Path, limits: Limits) -> Bundle:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(
            QT_TRANSLATE_NOOP("Bundle", "เปิดไฟล์ {file} ไม่ได้: {reason}"),
            file=path.name,
            reason=exc.strerror or exc,
        ) from exc
    if size > limits.max_bundle_bytes:
        raise refuse(
            QT_TRANSLATE_NOOP("Bundle", "ไฟล์ {file} ใหญ่เกินกว่าที่รับได้ ({size:,} ไบต์)"),
            file=path.name,
            size=size,
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise bad_format(path, "zip") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise refuse(
                QT_TRANSLATE_NOOP("Bundle", "ไฟล์ {file} มีไฟล์ข้างในมากเกินไป ({count:,} ไฟล์)"),
                file=path.name,
                count=len(infos),
            )
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise bad_format(path, QT_TRANSLATE_NOOP("Bundle", "มีชื่อไฟล์ซ้ำกัน"))
        total = 0
        for info in infos:
            _check_member(info, path, limits)
            total += info.file_size
        if total > limits.max_total_bytes:
            raise _zip_bomb(path)
        if MANIFEST not in names or RECORDS not in names:
            raise bad_format(
                path, QT_TRANSLATE_NOOP("Bundle", "ไม่มี manifest.json หรือ records.json")
            )
        manifest, version = manifest_of(
            parse_json(_read_member(archive, MANIFEST, MIB, path), path, MANIFEST), path
        )
        raw = _read_member(archive, RECORDS, limits.max_json_bytes, path)
        parsed = parse_json(raw, path, RECORDS, limits.max_records, limits.max_objects)
        records = records_of(parsed, path, version, manifest, limits)
        evidence: set[str] = set()
        sizes: dict[str, int] = {}
        for name in names:
            if not name.startswith(EVIDENCE_DIR):
                continue
            sha = name[len(EVIDENCE_DIR) :]
            actual, sizes[sha] = _hash_member(archive, name, limits.max_member_bytes, path)
            if actual != sha:
                raise refuse(
                    QT_TRANSLATE_NOOP(
                        "Bundle",
                        "ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 ไม่ตรง) "
                        "— ไม่ได้รับข้อมูลใด ๆ",
                    ),
                    file=path.name,
                    sha=sha[:12],
                )
            evidence.add(sha)
    return Bundle(path, manifest, records, evidence, version, sizes)


def extract_evidence(bundle: Bundle, sha: str, target: Path, limits: Limits | None = None) -> None:
    """Copy evidence *sha* out of the bundle to *target*, checking its hash again."""
    limits = limits or Limits()
    with damaged_as_refusal(bundle.path):
        _extract(bundle, sha, target, limits)


def _extract(bundle: Bundle, sha: str, target: Path, limits: Limits) -> None:
    digest = hashlib.sha256()
    total = 0
    with (
        zipfile.ZipFile(bundle.path) as archive,
        archive.open(EVIDENCE_DIR + sha) as source,
        target.open("wb") as out,
    ):
        while chunk := source.read(MIB):
            total += len(chunk)
            if total > limits.max_member_bytes:
                raise _zip_bomb(bundle.path)
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Bundle", "ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขระหว่างการรับ — ไม่ได้รับข้อมูลใด ๆ"
            ),
            file=bundle.path.name,
            sha=sha[:12],
        )


def write_bundle(
    out: Path, manifest: Manifest, records: list[BundleRecord], evidence: Mapping[str, Path]
) -> None:
    """Write the zip to a temporary name beside *out*, then rename: never a half bundle."""
    check_outgoing(out, manifest, records)
    temp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest.to_json(), ensure_ascii=False, indent=1))
            archive.writestr(
                RECORDS, json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=0)
            )
            for sha, source in sorted(evidence.items()):
                # Most evidence (PDF, JPEG, DOCX) is compressed already.
                archive.write(source, EVIDENCE_DIR + sha, compress_type=zipfile.ZIP_STORED)
        temp.replace(out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise refuse(
            QT_TRANSLATE_NOOP("Bundle", "เขียนไฟล์ {file} ไม่ได้: {reason}"),
            file=out.name,
            reason=exc.strerror or exc,
        ) from exc
