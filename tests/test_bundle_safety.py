"""Bundles from a USB stick are untrusted: every bad one is refused in Thai, nothing written."""

from __future__ import annotations

import json
import sqlite3
import stat
import zipfile
from collections.abc import Callable, Iterator
from hashlib import sha256
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.migrate import open_database
from mk3desk.services import bundles, lookup, pdca
from mk3desk.services.evidence import add_evidence
from mk3desk.sync.format import BundleError, Limits
from tests.bundle_support import SYSTEM, dump, edit, pair_in, send_work

EVIDENCE = b"%PDF-1.4 the signed minutes of the meeting"


@pytest.fixture(scope="module")
def source_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("source")


@pytest.fixture(scope="module")
def good(source_folder: Path) -> Iterator[Path]:
    """A genuine work bundle with one evidence file, from the coordinator's own laptop."""
    folder = source_folder
    coord, laptop = pair_in(folder)
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "ประชุมชี้แจงแล้ว")
    source = folder / "minutes.pdf"
    source.write_bytes(EVIDENCE)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        add_evidence(session, EvidenceStore(laptop.evidence_dir), SYSTEM, indicator.id, source)
    yield send_work(laptop, folder)
    coord.close()
    laptop.close()


@pytest.fixture
def receiver(tmp_path: Path, good: Path, source_folder: Path) -> Iterator[Database]:
    """A fresh copy of the coordinator's database as it was before the work came back."""
    original = sqlite3.connect(source_folder / "coordinator.sqlite3")
    copy = sqlite3.connect(tmp_path / "coordinator.sqlite3")
    original.backup(copy)
    copy.close()
    original.close()
    database = open_database(tmp_path / "coordinator.sqlite3")
    yield database
    database.close()


def rewrite(
    source: Path, target: Path, change: Callable[[str, bytes], tuple[str, bytes] | None]
) -> Path:
    """Copy a bundle member by member through *change* (None drops the member)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            changed = change(info.filename, old.read(info))
            if changed is not None:
                new.writestr(changed[0], changed[1])
    return target


def refused(database: Database, bundle: Path, message: str, limits: Limits | None = None) -> None:
    before = dump(database)
    store_before = EvidenceStore(database.evidence_dir).stored_hashes()
    with pytest.raises(BundleError, match=message):
        bundles.inspect_bundle(database, bundle, limits=limits)
    with pytest.raises(BundleError, match=message):
        bundles.apply_bundle(database, bundle, {}, actor=SYSTEM, limits=limits)
    assert dump(database) == before
    assert EvidenceStore(database.evidence_dir).stored_hashes() == store_before


def test_the_genuine_bundle_is_accepted(receiver: Database, good: Path) -> None:
    report = bundles.apply_bundle(receiver, good, {}, actor=SYSTEM)
    assert report.applied.files == 1


def test_a_tampered_evidence_file_is_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    def tamper(name: str, data: bytes) -> tuple[str, bytes]:
        return name, data.replace(b"signed", b"forged") if name.startswith("evidence/") else data

    bad = rewrite(good, tmp_path / "tampered.mk3", tamper)
    refused(receiver, bad, "ถูกแก้ไขหรือเสียหาย")


@pytest.mark.parametrize("name", ["../../outside.txt", "evidence/../../x", "/etc/cron.d/x", "C:/x"])
def test_a_member_pointing_outside_is_refused(
    receiver: Database, good: Path, tmp_path: Path, name: str
) -> None:
    def add(member: str, data: bytes) -> tuple[str, bytes]:
        return member, data

    bad = rewrite(good, tmp_path / "escape.mk3", add)
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr(name, b"owned")
    refused(receiver, bad, "ชี้ออกนอกโฟลเดอร์")
    assert not (tmp_path.parent / "outside.txt").exists()


def test_a_symlink_member_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(good, tmp_path / "link.mk3", lambda n, d: (n, d))
    info = zipfile.ZipInfo("evidence/" + "a" * 64)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr(info, "/etc/passwd")
    refused(receiver, bad, "symlink")


def test_a_zip_bomb_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    zeros = bytes(20 * 1024 * 1024)
    bad = rewrite(good, tmp_path / "bomb.mk3", lambda n, d: (n, d))
    with zipfile.ZipFile(bad, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("evidence/" + sha256(zeros).hexdigest(), zeros)
    refused(receiver, bad, "zip bomb")


def test_too_many_members_are_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    refused(receiver, good, "มากเกินไป", Limits(max_members=2))


def test_an_unexpected_member_is_refused(receiver: Database, good: Path, tmp_path: Path) -> None:
    bad = rewrite(good, tmp_path / "extra.mk3", lambda n, d: (n, d))
    with zipfile.ZipFile(bad, "a") as archive:
        archive.writestr("autorun.exe", b"MZ")
    refused(receiver, bad, "ไม่ใช่ไฟล์ส่งงาน mk3desk")


def _manifest_change(key: str, value: object) -> Callable[[str, bytes], tuple[str, bytes]]:
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name != "manifest.json":
            return name, data
        manifest = json.loads(data)
        manifest[key] = value
        return name, json.dumps(manifest).encode()

    return change


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("format", "something-else", "ไม่ใช่ไฟล์ส่งงาน mk3desk"),
        ("version", 99, "รุ่นอื่น"),
        ("kind", "everything", "ไม่ใช่ไฟล์ส่งงาน mk3desk"),
        ("be_year", "2567", "ไม่ใช่ไฟล์ส่งงาน mk3desk"),
    ],
)
def test_a_manifest_of_the_wrong_format_is_refused(
    receiver: Database, good: Path, tmp_path: Path, key: str, value: object, message: str
) -> None:
    refused(receiver, rewrite(good, tmp_path / "m.mk3", _manifest_change(key, value)), message)


def test_records_of_the_wrong_shape_are_refused(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    def inexact(name: str, data: bytes) -> tuple[str, bytes]:
        if name != "records.json":
            return name, data
        records = json.loads(data)
        records.append(
            {
                "kind": "outcome",
                "ref": {"indicator": "x", "code": "7.1"},
                "data": {"be_year": 2567, "value": "1e2", "note": ""},  # not canonical
                "base": None,
            }
        )
        return name, json.dumps(records).encode()

    refused(receiver, rewrite(good, tmp_path / "r.mk3", inexact), "records.json #")


def test_a_file_that_is_not_a_zip_is_refused(receiver: Database, tmp_path: Path) -> None:
    fake = tmp_path / "fake.mk3"
    fake.write_text("นี่ไม่ใช่ไฟล์ zip", encoding="utf-8")
    refused(receiver, fake, "ไม่ใช่ไฟล์ส่งงาน mk3desk")


def test_missing_evidence_bytes_refuse_only_that_record(
    receiver: Database, good: Path, tmp_path: Path
) -> None:
    bad = rewrite(
        good, tmp_path / "nofile.mk3", lambda n, d: None if n.startswith("evidence/") else (n, d)
    )
    plan = bundles.inspect_bundle(receiver, bad)
    [item] = plan.refused
    assert item.kind == "evidence" and "ไม่มีในเครื่องนี้" in item.reason
