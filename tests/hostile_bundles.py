"""Hostile ``.mk3`` bundles made by code from a genuine one (no checked-in blobs).

``source(folder)`` builds a small office: a coordinator and a Key Man's laptop set up
from it; the laptop sends work (1.1 with a text and an evidence file, 7.1.1 with an
outcome value 11: bundle A), then changes the value to 22 and sends again (B).
``cases()`` lists (class, name, expected, make) where *make(source)* returns the bytes
of one malformed bundle and *expected* is "refuse", "import" or "either".
"""

from __future__ import annotations

import io
import json
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from hashlib import sha256
from pathlib import Path
from typing import Any

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.migrate import open_database
from mk3desk.domain.workflow import State
from mk3desk.services import bundles, lookup, pdca, workflow
from mk3desk.services.evidence import add_evidence
from tests.bundle_support import SYSTEM, coordinator, edit, laptop_from, office_year

OUTCOME_CODE = "7.1.1"
EVIDENCE = b"%PDF-1.4 the signed minutes of the meeting"


@dataclass
class Source:
    folder: Path
    coordinator: Path  # the coordinator's database before any work came back
    a: Path  # work: value 11
    b: Path  # work: value 22, exported after A
    members: dict[str, bytes]  # of A
    manifest: dict[str, Any]
    records: list[dict[str, Any]]

    @property
    def raw(self) -> bytes:
        return self.a.read_bytes()


def set_value(database: Database, value: str) -> None:
    with database.transaction() as session:
        year = lookup.find_year(session, 2567)
        indicator = lookup.find_indicator(session, year, OUTCOME_CODE)
        pdca.set_outcome_value(session, SYSTEM, indicator.id, 2567, Decimal(value))


def copy_database(source: Path, target: Path) -> Database:
    original = sqlite3.connect(source)
    copy = sqlite3.connect(target)
    original.backup(copy)
    copy.close()
    original.close()
    return open_database(target)


def source(folder: Path) -> Source:
    coord = coordinator(folder)
    laptop = laptop_from(folder, coord)
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "ประชุมชี้แจงแล้ว")
    attached = folder / "minutes.pdf"
    attached.write_bytes(EVIDENCE)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        add_evidence(session, EvidenceStore(laptop.evidence_dir), SYSTEM, indicator.id, attached)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        workflow.move_indicator(session, SYSTEM, indicator.id, State.PLANNING, "เริ่มวางแผน")
    set_value(laptop, "11")
    codes = ("1.1", OUTCOME_CODE)
    a, b = folder / "a.mk3", folder / "b.mk3"
    bundles.export_work(laptop, office_year(laptop), codes, a, SYSTEM)
    set_value(laptop, "22")
    bundles.export_work(laptop, office_year(laptop), codes, b, SYSTEM)
    coord.close()
    laptop.close()
    with zipfile.ZipFile(a) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    return Source(
        folder,
        folder / "coordinator.sqlite3",
        a,
        b,
        members,
        json.loads(members["manifest.json"]),
        json.loads(members["records.json"]),
    )


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def with_records(src: Source, records: Any, manifest: Any = None) -> bytes:
    members = dict(src.members)
    members["records.json"] = json.dumps(records, ensure_ascii=False).encode()
    if manifest is not None:
        members["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return zip_of(members)


def with_manifest(src: Source, **changes: Any) -> bytes:
    manifest = dict(src.manifest)
    for key, value in changes.items():
        if value is _DROP:
            manifest.pop(key)
        else:
            manifest[key] = value
    return with_records(src, src.records, manifest)


class _Drop:
    """Marks a field to remove; a stable repr keeps test ids the same in every xdist worker."""

    def __repr__(self) -> str:
        return "<dropped>"


_DROP = _Drop()


def _manifest_as(key: str, value: Any, src: Source) -> bytes:
    return with_manifest(src, **{key: value})


def first(src: Source, kind: str) -> int:
    return next(i for i, r in enumerate(src.records) if r["kind"] == kind and not r["deleted"])


def change_record(kind: str, change: Callable[[dict[str, Any]], None]) -> Callable[[Source], bytes]:
    def make(s: Source) -> bytes:
        records = json.loads(json.dumps(s.records))
        change(records[first(s, kind)])
        return with_records(s, records)

    return make


def set_path(path: tuple[str, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(record: dict[str, Any]) -> None:
        target = record
        for part in path[:-1]:
            target = target[part]
        if value is _DROP:
            target.pop(path[-1])
        else:
            target[path[-1]] = value

    return change


def truncated(offset_fraction: float) -> Callable[[Source], bytes]:
    return lambda s: s.raw[: int(len(s.raw) * offset_fraction)]


def flipped(offset_fraction: float) -> Callable[[Source], bytes]:
    def make(s: Source) -> bytes:
        data = bytearray(s.raw)
        at = min(int(len(data) * offset_fraction), len(data) - 1)
        data[at] ^= 0xFF
        return bytes(data)

    return make


def compression(member: str, method: int) -> Callable[[Source], bytes]:
    """The compression method field of *member* patched (local header and directory)."""

    def make(s: Source) -> bytes:
        data = bytearray(zip_of(s.members))
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
            offset = archive.getinfo(member).header_offset
        struct.pack_into("<H", data, offset + 8, method)
        name = member.encode()
        at = 0
        while (at := data.find(b"PK\x01\x02", at + 1)) != -1:
            length = struct.unpack_from("<H", data, at + 28)[0]
            if bytes(data[at + 46 : at + 46 + length]) == name:
                struct.pack_into("<H", data, at + 10, method)
        return bytes(data)

    return make


def many_records(count: int, kind: str = "transition") -> Callable[[Source], bytes]:
    """*count* records like the first of *kind*; transitions made distinct (their comment)."""

    def make(s: Source) -> bytes:
        template = json.loads(json.dumps(s.records[first(s, kind)]))
        if kind == "transition":
            template["data"]["comment"] = "@@N@@"
        text = json.dumps(template, ensure_ascii=False)
        parts = [text.replace("@@N@@", str(number)) for number in range(count)]
        members = dict(s.members)
        members["records.json"] = ("[" + ",".join(parts) + "]").encode()
        return zip_of(members)

    return make


def at_the_caps(transitions: int, results: int) -> Callable[[Source], bytes]:
    """Distinct state moves of one indicator and results naming criteria it lacks."""

    def make(s: Source) -> bytes:
        move = json.loads(json.dumps(s.records[first(s, "transition")]))
        move["data"]["comment"] = "@@N@@"
        result = json.loads(json.dumps(s.records[first(s, "pdca")]))
        result.update(kind="result", base=None)
        result["data"] = {"criterion": "@@N@@", "met": True, "narrative": "ทำแล้ว"}
        parts = [
            json.dumps(template, ensure_ascii=False).replace("@@N@@", f"k{number}")
            for template, count in ((move, transitions), (result, results))
            for number in range(count)
        ]
        members = dict(s.members)
        members["records.json"] = ("[" + ",".join(parts) + "]").encode()
        return zip_of(members)

    return make


def zip_bomb(s: Source) -> bytes:
    zeros = bytes(64 * 1024 * 1024)
    members = dict(s.members)
    members["evidence/" + sha256(zeros).hexdigest()] = zeros
    return zip_of(members)


def deep_json(s: Source) -> bytes:
    members = dict(s.members)
    members["records.json"] = b"[" * 200_000 + b"]" * 200_000
    return zip_of(members)


def deep_data(s: Source) -> bytes:
    records = json.loads(json.dumps(s.records))
    records[first(s, "pdca")]["data"]["plan_text"] = "@@NEST@@"
    text = json.dumps(records, ensure_ascii=False)
    nested = '{"a":' * 5_000 + '"x"' + "}" * 5_000
    members = dict(s.members)
    members["records.json"] = text.replace('"@@NEST@@"', nested).encode()
    return zip_of(members)


def duplicate(kind: str) -> Callable[[Source], bytes]:
    def make(s: Source) -> bytes:
        records = list(s.records)
        records.append(records[first(s, kind)])
        return with_records(s, records)

    return make


def outside_manifest(s: Source) -> bytes:
    records = json.loads(json.dumps(s.records))
    records[first(s, "pdca")]["ref"]["code"] = "2.1"
    return with_records(s, records)


def tampered_evidence(s: Source) -> bytes:
    members = {
        n: (d.replace(b"signed", b"forged") if n.startswith("evidence/") else d)
        for n, d in s.members.items()
    }
    return zip_of(members)


def dropped(member_prefix: str) -> Callable[[Source], bytes]:
    return lambda s: zip_of({n: d for n, d in s.members.items() if not n.startswith(member_prefix)})


Case = tuple[str, str, str, Callable[[Source], bytes]]


def cases() -> list[Case]:
    out: list[Case] = []
    for n in range(30):
        out.append(("truncated", f"at {n / 30:.3f}", "refuse", truncated(n / 30)))
    for n in range(20):
        out.append(("flipped", f"at {(n + 0.5) / 20:.3f}", "either", flipped((n + 0.5) / 20)))
    for member in ("records.json", "manifest.json"):
        for method in (1, 6, 9, 93, 95, 97, 98, 99):
            out.append(("compression", f"{member} {method}", "refuse", compression(member, method)))
    out += [
        ("missing", "manifest", "refuse", dropped("manifest.json")),
        ("missing", "records", "refuse", dropped("records.json")),
        ("missing", "everything", "refuse", lambda s: zip_of({})),
        ("missing", "not a zip", "refuse", lambda s: "ไม่ใช่ zip".encode()),
        ("missing", "empty file", "refuse", lambda s: b""),
    ]
    for key, value in (
        ("format", "mk2desk"),
        ("version", 0),
        ("version", 99),
        ("version", "3"),
        ("version", True),
        ("kind", "all"),
        ("office", None),
        ("be_year", "2567"),
        ("indicators", "1.1"),
        ("sender", "../x"),
        ("sequence", -1),
        ("sequence", _DROP),
        ("sent_by", _DROP),
        ("sent_by", "นางสาวสมศรี"),
        ("sent_by", {"uid": "../x", "name": "x"}),
        ("sent_by", {"uid": "abc"}),
        ("created_at", 5),
    ):
        out.append(("manifest", f"{key}={value!r}", "refuse", partial(_manifest_as, key, value)))
    shapes: list[tuple[str, tuple[str, ...], Any]] = [
        ("pdca", ("data", "plan_text"), 5),
        ("pdca", ("data", "plan_text"), None),
        ("pdca", ("data", "do_log"), _DROP),
        ("pdca", ("data", "extra"), "x"),
        ("pdca", ("ref", "indicator"), "../../etc"),
        ("pdca", ("ref",), "1.1"),
        ("pdca", ("base",), "zz"),
        ("pdca", ("deleted",), "no"),
        ("pdca", ("kind",), "pdcaa"),
        ("outcome", ("data", "be_year"), "2567"),
        ("outcome", ("data", "value"), 11),
        ("outcome", ("data", "value"), "1e1"),
        ("outcome", ("data", "value"), "NaN"),
        ("outcome", ("data", "value"), "Infinity"),
        ("evidence", ("data", "size"), "42"),
        ("evidence", ("data", "added_at"), "เมื่อวาน"),
        ("evidence", ("data", "sha256"), "A" * 64),
        ("state", ("data", "state"), ["done"]),
        ("transition", ("data", "at"), "2024-01-01T00:00:00"),
        ("transition", ("extra",), 1),
        ("pdca", ("author",), _DROP),
        ("pdca", ("author",), "นางสาวสมศรี"),
        ("pdca", ("author",), {"uid": "a/b", "name": "x"}),
        ("state", ("author",), {"uid": "abc", "name": "x", "roles": "coordinator"}),
    ]
    for kind, path, value in shapes:
        out.append(
            (
                "shape",
                f"{kind} {'.'.join(path)}={value!r}"[:60],
                "refuse",
                change_record(kind, set_path(path, value)),
            )
        )
    out += [
        (
            "huge",
            "text 100001",
            "refuse",
            change_record("pdca", set_path(("data", "plan_text"), "ก" * 100_001)),
        ),
        (
            "huge",
            "name 1001",
            "refuse",
            change_record("evidence", set_path(("data", "file_name"), "ก" * 1001)),
        ),
        (
            "huge",
            "code 5000",
            "refuse",
            change_record("pdca", set_path(("ref", "code"), "1" * 5000)),
        ),
    ]
    for value in (
        "1" * 41,
        "1" * 16,
        "0." + "1" * 21,
        "1E+50",
        "-" + "9" * 40,
        "1" * 15 + "." + "1" * 25,
    ):
        out.append(
            (
                "value limits",
                value[:20],
                "refuse",
                change_record("outcome", set_path(("data", "value"), value)),
            )
        )
    for value in ("๑๒", "١٢", "12.๕", "๒๕๖๗", "１２"):
        out.append(
            (
                "digits",
                value,
                "refuse",
                change_record("outcome", set_path(("data", "value"), value)),
            )
        )
    out.append(
        (
            "digits",
            "year ๒๕๖๗",
            "refuse",
            change_record("outcome", set_path(("data", "be_year"), "๒๕๖๗")),
        )
    )
    out += [
        ("nesting", "records 200000 deep", "refuse", deep_json),
        ("nesting", "data 5000 deep", "refuse", deep_data),
        ("too many", "200000 transitions", "refuse", many_records(200_000)),
        ("too many", "30000 outcomes", "refuse", many_records(30_000, "outcome")),
        ("duplicates", "pdca twice", "refuse", duplicate("pdca")),
        ("duplicates", "evidence twice", "refuse", duplicate("evidence")),
        ("duplicates", "outcome twice", "refuse", duplicate("outcome")),
    ]
    for name in (
        "../../x.bat",
        "C:\\x.pdf",
        "\u202egpj.exe",
        "/etc/passwd",
        "a/b\\c.pdf",
        "con.pdf",
        "\x00x.pdf",
        " ..",
    ):
        out.append(
            (
                "evidence names",
                repr(name),
                "import",
                change_record("evidence", set_path(("data", "file_name"), name)),
            )
        )
    out += [
        (
            "evidence",
            "size +1",
            "refuse",
            change_record("evidence", set_path(("data", "size"), len(EVIDENCE) + 1)),
        ),
        (
            "evidence",
            "size 10 GB",
            "refuse",
            change_record("evidence", set_path(("data", "size"), 10**10)),
        ),
        (
            "evidence",
            "size -1",
            "either",
            change_record("evidence", set_path(("data", "size"), -1)),
        ),
        (
            "evidence",
            "other sha",
            "either",
            change_record("evidence", set_path(("data", "sha256"), "0" * 64)),
        ),
        ("evidence", "bytes tampered", "refuse", tampered_evidence),
        ("evidence", "file missing", "either", dropped("evidence/")),
        ("manifest", "indicator outside", "refuse", outside_manifest),
        ("bomb", "64 MB of zeros", "refuse", zip_bomb),
    ]
    return out
