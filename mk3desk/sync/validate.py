"""manifest.json and records.json checked field by field, with the record named.

A record that breaks the schema (a field missing, extra or of the wrong type; a number
beyond the value limits; text not in canonical form) refuses the whole bundle with a
Thai message naming the record — its kind, indicator and field — so the sender knows
what to correct. Counts are checked while the JSON is parsed (limits.Limits). Export
applies the same checks (``check_outgoing``): a bundle never carries a record its
receiver would refuse.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.sync.errors import BundleError, bad_format, refuse
from mk3desk.sync.limits import Limits
from mk3desk.sync.schema import (
    AUTHOR_FIELDS,
    DATA_FIELDS,
    FORMAT,
    KEY_FIELDS,
    MK3_KINDS,
    READABLE_VERSIONS,
    REF_FIELDS,
    VERSION,
    BundleKind,
    BundleRecord,
    Check,
    Manifest,
    RecordKind,
    author_of,
    is_int,
    is_sha,
    is_str,
    is_uid,
    matches,
    optional,
)
from mk3desk.sync.texts import KIND_TITLES, field_label

MANIFEST = "manifest.json"
RECORDS = "records.json"


class _TooManyError(Exception):
    pass


def too_many(path: Path, count: int, what: str) -> BundleError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Bundle",
            "ไฟล์ {file} มีข้อมูล{what}มากเกินกว่าที่สำนักงานหนึ่งจะมีได้ (เกิน {count:,} รายการ) "
            "— ไม่ได้รับข้อมูลใด ๆ",
        ),
        file=path.name,
        what=what,
        count=count,
    )


def parse_json(
    raw: bytes, path: Path, what: str, max_records: int | None = None, max_objects: int = 0
) -> Any:
    """Parse, refusing NaN/Infinity. With *max_records*: refuse before parsing when the
    text names more records than that (every record has one ``"ref"``; the count is an
    upper bound), and stop at the first object past *max_objects*."""
    if max_records is not None and raw.count(b'"ref"') > max_records:
        raise too_many(path, max_records, "")
    count = 0

    def no_constants(name: str) -> Any:
        raise ValueError(name)

    def counted(obj: dict[str, Any]) -> dict[str, Any]:
        nonlocal count
        count += 1
        if max_records is not None and count > max_objects:
            raise _TooManyError
        return obj

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=no_constants, object_hook=counted)
    except _TooManyError:
        raise too_many(path, max_records or 0, "") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise bad_format(path, f"{what}: JSON") from exc


def manifest_of(value: Any, path: Path) -> tuple[Manifest, int]:
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
    if isinstance(value, dict) and value.get("version", 0) >= 3:
        fields["sender"] = optional(is_uid)
        fields["sequence"] = optional(lambda v: is_int(v) and v > 0)
    if isinstance(value, dict) and value.get("version", 0) >= 4:
        fields["sent_by"] = optional(lambda v: matches(v, AUTHOR_FIELDS))
    if not matches(value, fields):
        raise bad_format(path, MANIFEST)
    manifest = Manifest(
        kind=BundleKind(value["kind"]),
        office_uid=value["office"]["uid"],
        office_name=value["office"]["name"],
        be_year=value["be_year"],
        created_at=value["created_at"],
        created_by=value["created_by"],
        indicators=tuple(value["indicators"]),
        sender=value.get("sender"),
        sequence=value.get("sequence"),
        sent_by=author_of(value.get("sent_by")),
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
    if version >= 4:
        fields["author"] = optional(lambda v: matches(v, AUTHOR_FIELDS))
    if deleted:
        # A tombstone names the record and the version it deletes; nothing else.
        fields["data"] = lambda v: matches(v, KEY_FIELDS[kind])
        fields["base"] = is_sha
    return fields


def _first_bad_field(item: dict[str, Any], kind: RecordKind, deleted: bool) -> str:
    """The name of the first field of *item* that breaks the schema ("" if none found)."""
    for part, fields in (
        ("ref", REF_FIELDS[kind]),
        ("data", KEY_FIELDS[kind] if deleted else DATA_FIELDS[kind]),
    ):
        value = item.get(part)
        if not isinstance(value, dict):
            return part
        for name in sorted(set(value) ^ set(fields)):
            return name
        for name, check in fields.items():
            if not check(value[name]):
                return name
    return ""


def _describe(item: Any, kind: RecordKind | None, deleted: bool) -> str:
    """The record in words: its kind, indicator and the field at fault."""
    if kind is None or not isinstance(item, dict):
        return QT_TRANSLATE_NOOP("Bundle", "ชนิดข้อมูลไม่ถูกต้อง")
    parts = [KIND_TITLES[kind]]
    ref = item.get("ref")
    if isinstance(ref, dict) and isinstance(ref.get("code"), str):
        parts.append(QT_TRANSLATE_NOOP("Bundle", "ตัวชี้วัด {code}").format(code=ref["code"][:40]))
    data = item.get("data")
    if kind is RecordKind.OUTCOME and isinstance(data, dict) and is_int(data.get("be_year")):
        parts.append(QT_TRANSLATE_NOOP("Bundle", "ปี {year}").format(year=data["be_year"]))
    bad = _first_bad_field(item, kind, deleted)
    if bad:
        parts.append(QT_TRANSLATE_NOOP("Bundle", "ช่อง “{field}”").format(field=field_label(bad)))
    return " ".join(parts)


def record_refusal(path: Path, number: int, item: Any, kind: RecordKind | None) -> BundleError:
    """The bundle refused for one record, named: kind, indicator, year, field."""
    deleted = isinstance(item, dict) and item.get("deleted") is True
    what = QT_TRANSLATE_NOOP("Bundle", "{what}: ค่าผิดรูปแบบ ยาวเกิน หรือมีหลักมากเกินกว่าที่รับได้").format(
        what=_describe(item, kind, deleted)
    )
    return bad_format(path, f"{RECORDS} #{number}: {what}")


def records_of(
    value: Any, path: Path, version: int, manifest: Manifest, limits: Limits
) -> list[BundleRecord]:
    if not isinstance(value, list):
        raise bad_format(path, RECORDS)
    if len(value) > limits.max_records:
        raise too_many(path, limits.max_records, "")
    counts: Counter[RecordKind] = Counter()
    codes = set(manifest.indicators)
    records: list[BundleRecord] = []
    for number, item in enumerate(value, start=1):
        kind_text = item.get("kind") if isinstance(item, dict) else None
        kind = RecordKind._value2member_map_.get(kind_text) if isinstance(kind_text, str) else None
        deleted = isinstance(item, dict) and item.get("deleted") is True
        if (
            not isinstance(kind, RecordKind)
            or (deleted and kind not in KEY_FIELDS)
            or (kind in MK3_KINDS and version < 5)  # no such records before version 5
            or not matches(item, _record_fields(kind, version, deleted))
        ):
            raise record_refusal(path, number, item, kind if isinstance(kind, RecordKind) else None)
        counts[kind] += 1
        if counts[kind] > limits.kind_caps.get(kind, limits.max_records):
            raise too_many(path, limits.kind_caps[kind], KIND_TITLES[kind])
        code = item["ref"].get("code")
        if code is not None and code not in codes:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Bundle",
                    "ไฟล์ {file} มีข้อมูลของตัวชี้วัด {code} ซึ่งไม่อยู่ในรายการตัวชี้วัดที่ไฟล์นี้ระบุว่าส่งมา "
                    "({detail}) — ไม่ได้รับข้อมูลใด ๆ",
                ),
                file=path.name,
                code=str(code)[:40],
                detail=f"{RECORDS} #{number}",
            )
        author = author_of(item.get("author"))
        records.append(BundleRecord(kind, item["ref"], item["data"], item["base"], deleted, author))
    return records


def check_outgoing(out: Path, manifest: Manifest, records: Iterable[BundleRecord]) -> None:
    """Refuse to write a record the receiver would refuse (values past the limits, …),
    naming it, so the sender corrects it here instead of sending an unreadable file."""
    limits = Limits()
    items = [r.to_json() for r in records]
    # Through JSON and back, as the receiver will see them.
    parsed = json.loads(json.dumps(items, ensure_ascii=False))
    try:
        records_of(parsed, out, VERSION, manifest, limits)
    except BundleError as error:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Bundle",
                "ส่งออกไม่ได้: เครื่องที่รับจะไม่รับไฟล์นี้ — {reason} โปรดแก้ไขข้อมูลนั้นก่อนแล้วส่งออกใหม่",
            ),
            reason=error.message,
        ) from error
