"""Deletions travel in bundles (tombstones), under the same three-way rules as changes.

A Key Man clears a value or empties a file from the recycle list on the laptop: the
coordinator's copy goes too, unless the coordinator changed it since — then the merge
review shows the deletion against the change and the user picks.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command

from mk3desk.db.engine import Database, make_engine
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.migrate import alembic_config, open_database
from mk3desk.services import bundles, lookup, pdca
from mk3desk.services.bundles import Outcome
from mk3desk.services.evidence import add_evidence, empty_recycle, remove_evidence
from mk3desk.sync.format import BundleError, read_bundle
from tests.bundle_support import (
    OUTCOME_CODE,
    SYSTEM,
    coordinator,
    detail,
    dump,
    laptop_from,
    pair_in,
    send,
    set_value,
    take,
    values,
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path)
    yield coord, laptop
    coord.close()
    laptop.close()


def test_a_value_the_key_man_clears_is_cleared_at_the_coordinator(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "81.5")
    set_value(laptop, 2566, "79")
    take(coord, send(laptop, tmp_path, "first.mk3", (OUTCOME_CODE,)))
    assert values(coord) == {2566: Decimal("79"), 2567: Decimal("81.5")}

    set_value(laptop, 2566, None)  # typed into the wrong year: cleared
    set_value(laptop, 2567, "82")
    work = send(laptop, tmp_path, "second.mk3", (OUTCOME_CODE,))
    plan = bundles.inspect_bundle(coord, work)
    assert [i.title for i in plan.removed] == ["ค่าผลการดำเนินงาน — 2566 — ตัวชี้วัด 7.1.1"]
    assert not plan.conflicts
    report = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert values(coord) == {2567: Decimal("82")}
    assert report.applied.removed == 1 and "ลบตามที่ส่งมา 1 รายการ" in report.summary()

    after = dump(coord)
    again = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after
    assert not again.plan.changes_anything


def test_a_value_cleared_on_the_laptop_after_the_setup_is_cleared_at_the_coordinator(
    tmp_path: Path,
) -> None:
    coord = coordinator(tmp_path)
    set_value(coord, 2565, "70")
    laptop = laptop_from(tmp_path, coord)
    assert values(laptop) == {2565: Decimal("70")}
    set_value(laptop, 2565, None)
    take(coord, send(laptop, tmp_path, "work.mk3", (OUTCOME_CODE,)))
    assert values(coord) == {}
    coord.close()
    laptop.close()


def test_a_value_entered_again_after_its_deletion_arrives_as_new(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "60")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    take(coord, send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, "65")
    plan = bundles.inspect_bundle(coord, send(laptop, tmp_path, "3.mk3", (OUTCOME_CODE,)))
    assert [i.outcome for i in plan.items if i.kind == "outcome"] == [Outcome.ADDED]
    take(coord, tmp_path / "3.mk3")
    assert values(coord) == {2567: Decimal("65")}


def test_evidence_emptied_from_the_recycle_list_goes_at_the_coordinator_with_its_file(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    kept, wrong = tmp_path / "คำสั่งแต่งตั้ง.pdf", tmp_path / "ไฟล์ผิด.pdf"
    kept.write_bytes(b"%PDF-1.4 the order")
    wrong.write_bytes(b"%PDF-1.4 a file attached by mistake")
    store = EvidenceStore(laptop.evidence_dir)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        add_evidence(session, store, SYSTEM, indicator.id, kept)
        mistake = add_evidence(session, store, SYSTEM, indicator.id, wrong)
    take(coord, send(laptop, tmp_path, "1.mk3", ("1.1",)))
    assert [e.file_name for e in detail(coord, "1.1").evidence] == [kept.name, wrong.name]

    with laptop.transaction() as session:
        remove_evidence(session, SYSTEM, mistake.id)
    with laptop.transaction() as session:
        empty_recycle(session, store, SYSTEM)
    work = send(laptop, tmp_path, "2.mk3", ("1.1",))
    assert [i.title for i in bundles.inspect_bundle(coord, work).removed] == [
        "ไฟล์หลักฐาน — ไฟล์ผิด.pdf — ตัวชี้วัด 1.1"
    ]
    take(coord, work)
    [left] = detail(coord, "1.1").evidence
    assert left.file_name == kept.name
    stored = EvidenceStore(coord.evidence_dir).stored_hashes()
    assert stored == {left.sha256}, "the deleted record's file is deleted too"


def test_a_bundle_of_other_indicators_does_not_carry_the_deletion(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "50")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    other = send(laptop, tmp_path, "other.mk3", ("1.1",))
    assert not [r for r in read_bundle(other).records if r.deleted]
    take(coord, other)
    assert values(coord) == {2567: Decimal("50")}


def test_deleted_there_and_changed_here_is_a_conflict_the_user_decides(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    set_value(coord, 2567, "45")  # the coordinator corrected it meanwhile
    work = send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,))
    plan = bundles.inspect_bundle(coord, work)
    [conflict] = plan.conflicts
    assert conflict.title == "ค่าผลการดำเนินงาน — 2567 — ตัวชี้วัด 7.1.1"
    assert ("ค่าที่ได้", "45", "(ลบแล้วในเครื่องที่ส่งมา)") in [
        (d.label, d.mine, d.theirs) for d in conflict.diffs
    ]
    assert "“ใช้ฉบับที่ส่งมา” จะลบรายการนี้" in conflict.note
    before = dump(coord)
    with pytest.raises(BundleError, match="ยังไม่ได้เลือก"):
        bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == before

    bundles.apply_bundle(coord, work, {conflict.id: "mine"}, actor=SYSTEM)
    assert values(coord) == {2567: Decimal("45")}
    assert not bundles.inspect_bundle(coord, work).changes_anything  # decided once
    # The kept value goes back to the laptop as new there, without a conflict.
    back = send(coord, tmp_path, "back.mk3", (OUTCOME_CODE,))
    plan_back = bundles.inspect_bundle(laptop, back)
    assert [i.outcome for i in plan_back.items if i.kind == "outcome"] == [Outcome.ADDED]
    take(laptop, back)
    assert values(laptop) == {2567: Decimal("45")}


def test_choosing_the_deletion_in_the_conflict_deletes(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    set_value(coord, 2567, "45")
    work = send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,))
    report = take(coord, work, outcome="theirs")
    assert values(coord) == {}
    assert report.applied.took_theirs == 1
    after = dump(coord)
    bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after


def test_changed_there_and_deleted_here_is_a_conflict_too(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(coord, 2567, None)  # the coordinator cleared it
    set_value(laptop, 2567, "41")  # the Key Man corrected it
    work = send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,))
    [conflict] = bundles.inspect_bundle(coord, work).conflicts
    assert ("ค่าที่ได้", "(ลบแล้วในเครื่องนี้)", "41") in [
        (d.label, d.mine, d.theirs) for d in conflict.diffs
    ]
    assert "คงการลบไว้" in conflict.note

    take(coord, work, outcome="mine")
    assert values(coord) == {}
    # The deletion kept here then travels back and deletes the laptop's value.
    back = send(coord, tmp_path, "back.mk3", (OUTCOME_CODE,))
    assert [i.title for i in bundles.inspect_bundle(laptop, back).removed] == [
        "ค่าผลการดำเนินงาน — 2567 — ตัวชี้วัด 7.1.1"
    ]
    take(laptop, back)
    assert values(laptop) == {}


def test_changed_there_and_deleted_here_choosing_theirs_brings_it_back(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(coord, 2567, None)
    set_value(laptop, 2567, "41")
    take(coord, send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,)), outcome="theirs")
    assert values(coord) == {2567: Decimal("41")}


def test_a_deletion_already_taken_does_not_fight_a_value_entered_later_here(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    take(coord, send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,)))
    set_value(coord, 2567, "47")  # the coordinator enters the figure itself
    # The laptop still says it deleted its value: that was taken already.
    again = bundles.inspect_bundle(coord, send(laptop, tmp_path, "3.mk3", (OUTCOME_CODE,)))
    assert not again.changes_anything
    take(coord, tmp_path / "3.mk3")
    assert values(coord) == {2567: Decimal("47")}
    take(laptop, send(coord, tmp_path, "back.mk3", (OUTCOME_CODE,)))
    assert values(laptop) == {2567: Decimal("47")}


def test_a_locked_indicator_refuses_an_incoming_deletion(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "40")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    with coord.transaction() as session:
        year = lookup.find_year(session, 2567)
        lookup.find_indicator(session, year, OUTCOME_CODE).state = "locked"
    work = send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,))
    [refused] = bundles.inspect_bundle(coord, work).refused
    assert refused.kind == "outcome" and "ปิดระบบแล้ว" in refused.reason
    take(coord, work)
    assert values(coord) == {2567: Decimal("40")}


@pytest.mark.parametrize("kind", ["pdca", "result"])
def test_rows_of_texts_and_ticks_deleted_on_the_laptop_are_deleted_at_the_coordinator(
    pair: tuple[Database, Database], tmp_path: Path, kind: str
) -> None:
    """No screen deletes these rows today (it empties them); a bundle still carries it."""
    coord, laptop = pair
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        key = indicator.criteria[0].key
        pdca.set_criterion(session, SYSTEM, indicator.id, key, met=True, narrative="ทำแล้ว")
    take(coord, send(laptop, tmp_path, "1.mk3", ("1.1",)))
    assert detail(coord, "1.1").criteria[0].met
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        if kind == "pdca":
            indicator.pdca = None
        else:
            indicator.criteria[0].result = None
    take(coord, send(laptop, tmp_path, "2.mk3", ("1.1",)))
    shown = detail(coord, "1.1")
    if kind == "pdca":
        assert shown.plan_text == "" and shown.criteria[0].met
    else:
        assert not shown.criteria[0].met and shown.plan_text == "แผนเดิม"


def _rewrite_records(source: Path, target: Path, version: int, keep_deleted: bool) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["version"] = version
                if version < 3:  # bundles were not numbered before version 3
                    manifest.pop("sender", None)
                    manifest.pop("sequence", None)
                if version < 4:  # nor did they name who sent them
                    manifest.pop("sent_by", None)
                data = json.dumps(manifest).encode()
            elif info.filename == "records.json":
                records = json.loads(data)
                gone = {"author"} if version < 4 else set()  # nor who wrote each record
                if not keep_deleted:
                    assert not any(r["deleted"] for r in records)
                    gone.add("deleted")
                older = [{k: v for k, v in r.items() if k not in gone} for r in records]
                data = json.dumps(older).encode()
            new.writestr(info.filename, data)
    return target


def test_bundles_are_version_5_and_a_version_1_bundle_still_imports(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "33")
    work = send(laptop, tmp_path, "new.mk3", (OUTCOME_CODE,))
    with zipfile.ZipFile(work) as archive:
        assert json.loads(archive.read("manifest.json"))["version"] == 5
    old = _rewrite_records(work, tmp_path / "old.mk3", 1, keep_deleted=False)
    take(coord, old)
    assert values(coord) == {2567: Decimal("33")}


def test_a_newer_format_is_refused_in_thai_and_a_deletion_in_a_version_1_bundle_is_invalid(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "33")
    take(coord, send(laptop, tmp_path, "1.mk3", (OUTCOME_CODE,)))
    set_value(laptop, 2567, None)
    work = send(laptop, tmp_path, "2.mk3", (OUTCOME_CODE,))
    assert [r.kind.value for r in read_bundle(work).records if r.deleted] == ["outcome"]
    before = dump(coord)
    newer = _rewrite_records(work, tmp_path / "v6.mk3", 6, keep_deleted=True)
    with pytest.raises(BundleError, match=r"รุ่นอื่น \(รูปแบบรุ่น 6\)"):
        bundles.apply_bundle(coord, newer, {}, actor=SYSTEM)
    mislabelled = _rewrite_records(work, tmp_path / "v1.mk3", 1, keep_deleted=True)
    with pytest.raises(BundleError, match="ไม่ใช่ไฟล์ส่งงาน mk3desk"):
        bundles.apply_bundle(coord, mislabelled, {}, actor=SYSTEM)
    assert dump(coord) == before


def test_records_received_before_this_version_still_send_their_deletion(tmp_path: Path) -> None:
    """A laptop set up by the previous version (database revision 0003) is upgraded."""
    coord = coordinator(tmp_path)
    source = tmp_path / "รายงาน.pdf"
    source.write_bytes(b"%PDF-1.4 the coordinator's report")
    with coord.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), OUTCOME_CODE)
        add_evidence(session, EvidenceStore(coord.evidence_dir), SYSTEM, indicator.id, source)
    set_value(coord, 2567, "70")
    laptop = laptop_from(tmp_path, coord)
    laptop.close()
    engine = make_engine(tmp_path / "laptop.sqlite3")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0003")
    engine.dispose()
    laptop = open_database(tmp_path / "laptop.sqlite3")

    set_value(laptop, 2567, None)
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), OUTCOME_CODE)
        remove_evidence(session, SYSTEM, indicator.evidence[0].id)
    with laptop.transaction() as session:
        empty_recycle(session, EvidenceStore(laptop.evidence_dir), SYSTEM)
    work = send(laptop, tmp_path, "work.mk3", (OUTCOME_CODE,))
    assert sorted(i.kind.value for i in bundles.inspect_bundle(coord, work).removed) == [
        "evidence",
        "outcome",
    ]
    take(coord, work)
    assert values(coord) == {} and detail(coord, OUTCOME_CODE).evidence == ()
    coord.close()
    laptop.close()
