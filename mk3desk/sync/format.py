"""The ``.mk3`` bundle: what is inside, how it is checked, how it is written.

A bundle is a zip holding exactly:

* ``manifest.json`` — ``{"format": "mk3desk-bundle", "version": 2, "kind": "work" | "setup",
  "office": {"uid", "name"}, "be_year", "created_at" (ISO UTC), "created_by", "indicators"}``;
* ``records.json`` — a list of records ``{"kind", "ref", "data", "base", "deleted"}``: *ref*
  says which record it is (uids, the indicator code for matching when uids differ), *data*
  is the content, *base* the SHA-256 of the version the sender last exchanged (``null``:
  never). ``"deleted": true`` makes the record a tombstone: the sender deleted version
  *base* (which it must name), and *data* holds only the fields that name the record
  (schema.KEY_FIELDS). Version 1 bundles, written before deletions travelled, have no
  ``deleted`` and are still read; any other version is refused with a Thai message;
* ``evidence/<sha256>`` — the bytes of each evidence file, named by their SHA-256.

Nothing else is accepted. A bundle comes from a USB stick or e-mail, so it is read as
untrusted: size, member count, names (absolute, ``..``, backslashes, symlinks),
encryption, declared and actual inflated sizes (zip bombs), JSON shape, every field's
type and canonical form, and every evidence file's hash are checked before anything
is merged. Any failure is a :class:`BundleError` with a Thai message.

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
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.sync.schema import (
    DATA_FIELDS,
    FORMAT,
    KEY_FIELDS,
    READABLE_VERSIONS,
    REF_FIELDS,
    SHA_PATTERN,
    VERSION,
    BundleKind,
    BundleRecord,
    Check,
    Manifest,
    RecordKind,
    is_int,
    is_sha,
    is_str,
    is_uid,
    matches,
    optional,
)

SUFFIX = ".mk3"
MANIFEST = "manifest.json"
RECORDS = "records.json"
EVIDENCE_DIR = "evidence/"
_UID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
MIB = 1024 * 1024


class BundleError(ValidationError):
    """A bundle that is refused; nothing was written."""

    context = "Bundle"


@dataclass(frozen=True)
class Limits:
    """Ceilings for an untrusted bundle; tests pass smaller ones."""

    max_bundle_bytes: int = 4096 * MIB
    max_members: int = 20_000
    max_member_bytes: int = 1024 * MIB + MIB  # one evidence file (1 GB) and a little
    max_total_bytes: int = 8192 * MIB
    max_json_bytes: int = 256 * MIB
    max_ratio: int = 200  # inflated / compressed, once a member is larger than ratio_floor
    ratio_floor: int = 8 * MIB


@dataclass
class Bundle:
    """A bundle that passed every check; evidence members are verified against their names."""

    path: Path
    manifest: Manifest
    records: list[BundleRecord]
    evidence: set[str] = field(default_factory=set)  # SHA-256 of the files carried
    version: int = VERSION  # the format it was written in (READABLE_VERSIONS)


def refuse(template: str, **params: Any) -> BundleError:
    return BundleError(template, **params)


def _bad_format(path: Path, detail: str) -> BundleError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle", "ไฟล์ {file} ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง ({detail}) — ไม่ได้รับข้อมูลใด ๆ"
        ),
        file=path.name,
        detail=detail,
    )


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
        raise _bad_format(path, QT_TRANSLATE_NOOP("Bundle", "มีรหัสผ่าน"))
    expected = name in (MANIFEST, RECORDS) or (
        name.startswith(EVIDENCE_DIR) and SHA_PATTERN.match(name[len(EVIDENCE_DIR) :]) is not None
    )
    if not expected:
        raise _bad_format(path, name)
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


def _hash_member(archive: zipfile.ZipFile, name: str, cap: int, path: Path) -> str:
    digest = hashlib.sha256()
    total = 0
    with archive.open(name) as source:
        while chunk := source.read(MIB):
            total += len(chunk)
            if total > cap:
                raise _zip_bomb(path)
            digest.update(chunk)
    return digest.hexdigest()


def _parse_json(raw: bytes, path: Path, what: str) -> Any:
    def no_constants(name: str) -> Any:
        raise ValueError(name)

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad_format(path, f"{what}: JSON") from exc


def _manifest(value: Any, path: Path) -> tuple[Manifest, int]:
    fields: dict[str, Check] = {
        "format": lambda v: v == FORMAT,
        "version": is_int,
        "kind": lambda v: v in BundleKind._value2member_map_,
        "office": lambda v: matches(v, {"uid": is_uid, "name": is_str}),
        "be_year": is_int,
        "created_at": is_str,
        "created_by": is_str,
        "indicators": lambda v: isinstance(v, list) and all(is_str(c) for c in v),
    }
    if (
        isinstance(value, dict)
        and value.get("format") == FORMAT
        and value.get("version") not in READABLE_VERSIONS
    ):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "ไฟล์ {file} สร้างด้วย mk3desk รุ่นอื่น (รูปแบบรุ่น {version}) — โปรดปรับรุ่นโปรแกรมให้ตรงกัน",
            ),
            file=path.name,
            version=value.get("version"),
        )
    if not matches(value, fields):
        raise _bad_format(path, MANIFEST)
    manifest = Manifest(
        kind=BundleKind(value["kind"]),
        office_uid=value["office"]["uid"],
        office_name=value["office"]["name"],
        be_year=value["be_year"],
        created_at=value["created_at"],
        created_by=value["created_by"],
        indicators=tuple(value["indicators"]),
    )
    return manifest, value["version"]


def _record_fields(kind: RecordKind, version: int, deleted: bool) -> dict[str, Check]:
    fields: dict[str, Check] = {
        "kind": is_str,
        "ref": lambda v: matches(v, REF_FIELDS[kind]),
        "data": lambda v: matches(v, DATA_FIELDS[kind]),
        "base": optional(is_sha),
    }
    if version >= 2:
        fields["deleted"] = lambda v: v is deleted
    if deleted:
        # A tombstone names the record and the version it deletes; nothing else.
        fields["data"] = lambda v: matches(v, KEY_FIELDS[kind])
        fields["base"] = is_sha
    return fields


def _records(value: Any, path: Path, version: int) -> list[BundleRecord]:
    if not isinstance(value, list):
        raise _bad_format(path, RECORDS)
    records: list[BundleRecord] = []
    for number, item in enumerate(value, start=1):
        kind_text = item.get("kind") if isinstance(item, dict) else None
        kind = RecordKind._value2member_map_.get(kind_text) if isinstance(kind_text, str) else None
        deleted = isinstance(item, dict) and item.get("deleted") is True
        if (
            not isinstance(kind, RecordKind)
            or (deleted and kind not in KEY_FIELDS)
            or not matches(item, _record_fields(kind, version, deleted))
        ):
            raise _bad_format(path, f"{RECORDS} #{number}")
        records.append(BundleRecord(kind, item["ref"], item["data"], item["base"], deleted))
    return records


def read_bundle(path: Path, limits: Limits | None = None) -> Bundle:
    """Open and check a bundle completely; raise BundleError (Thai) on anything amiss."""
    limits = limits or Limits()
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
        raise _bad_format(path, "zip") from exc
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
            raise _bad_format(path, QT_TRANSLATE_NOOP("Bundle", "มีชื่อไฟล์ซ้ำกัน"))
        total = 0
        for info in infos:
            _check_member(info, path, limits)
            total += info.file_size
        if total > limits.max_total_bytes:
            raise _zip_bomb(path)
        if MANIFEST not in names or RECORDS not in names:
            raise _bad_format(
                path, QT_TRANSLATE_NOOP("Bundle", "ไม่มี manifest.json หรือ records.json")
            )
        manifest, version = _manifest(
            _parse_json(_read_member(archive, MANIFEST, MIB, path), path, MANIFEST), path
        )
        raw = _read_member(archive, RECORDS, limits.max_json_bytes, path)
        records = _records(_parse_json(raw, path, RECORDS), path, version)
        evidence: set[str] = set()
        for name in names:
            if not name.startswith(EVIDENCE_DIR):
                continue
            sha = name[len(EVIDENCE_DIR) :]
            if _hash_member(archive, name, limits.max_member_bytes, path) != sha:
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
    return Bundle(path=path, manifest=manifest, records=records, evidence=evidence, version=version)


def extract_evidence(bundle: Bundle, sha: str, target: Path, limits: Limits | None = None) -> None:
    """Copy evidence *sha* out of the bundle to *target*, checking its hash again."""
    limits = limits or Limits()
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
