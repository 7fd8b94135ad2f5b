"""Work that travels: a coordinator's set-up goes to a laptop, the Key Man's work comes back.

The builders shared with the other bundle test files are in tests/bundle_support.py.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.models import Office, YearIndicator
from mk3desk.services import bundles, lookup, pdca
from mk3desk.services.bundles import ForeignBundleError, Outcome
from mk3desk.services.evidence import add_evidence
from mk3desk.sync.format import BundleError, read_bundle
from tests.bundle_support import SYSTEM, dump, edit, office_year, pair_in, send_work, text_of
from tests.support import fresh_database


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path)
    yield coord, laptop
    coord.close()
    laptop.close()


def _setup_records(database: Database, folder: Path, name: str) -> set[str]:
    path = folder / name
    bundles.export_setup(database, office_year(database), path, SYSTEM)
    return {
        repr((r.kind, sorted(r.ref.items()), sorted(r.data.items())))
        for r in read_bundle(path).records
    }


def test_setup_bundle_creates_the_office_and_year_with_the_same_uids(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    with coord.session() as a, laptop.session() as b:
        assert [o.uid for o in a.query(Office)] == [o.uid for o in b.query(Office)]
        mine, theirs = (sorted(i.uid for i in s.query(YearIndicator)) for s in (a, b))
        assert mine == theirs and len(mine) > 20
        indicator = lookup.find_indicator(b, lookup.find_year(b, 2567), "1.1")
        assert indicator.assignment is not None and indicator.assignment.owner is not None
        assert indicator.assignment.owner.name == "นางสาวสมศรี ใจดี"
    assert text_of(laptop, "1.1", pdca.PdcaField.PLAN) == "แผนเดิม"
    # Everything the coordinator would send again, the laptop now holds identically.
    assert _setup_records(coord, tmp_path, "a.mk3") == _setup_records(laptop, tmp_path, "b.mk3")


def test_a_change_made_only_on_the_laptop_is_taken(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "แผนที่ปรับบนแล็ปท็อป")
    edit(coord, "1.2", pdca.PdcaField.PLAN, "งานของผู้ประสานเอง")
    plan = bundles.inspect_bundle(coord, send_work(laptop, tmp_path))
    assert [i.title for i in plan.taken] == ["บันทึก PDCA — ตัวชี้วัด 1.1"]
    assert not plan.conflicts and not plan.refused
    bundles.apply_bundle(coord, tmp_path / "work.mk3", {}, actor=SYSTEM)
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "แผนที่ปรับบนแล็ปท็อป"
    assert text_of(coord, "1.2", pdca.PdcaField.PLAN) == "งานของผู้ประสานเอง"


def test_a_change_on_both_sides_is_a_conflict_and_nothing_is_overwritten_silently(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "ฉบับแล็ปท็อป")
    edit(coord, "1.1", pdca.PdcaField.PLAN, "ฉบับผู้ประสาน")
    work = send_work(laptop, tmp_path)
    plan = bundles.inspect_bundle(coord, work)
    [conflict] = plan.conflicts
    [diff] = conflict.diffs
    assert (diff.label, diff.mine, diff.theirs) == ("การวางแผน (Plan)", "ฉบับผู้ประสาน", "ฉบับแล็ปท็อป")
    before = dump(coord)
    with pytest.raises(BundleError, match="ยังไม่ได้เลือก"):
        bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == before
    bundles.apply_bundle(coord, work, {conflict.id: "theirs"}, actor=SYSTEM)
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "ฉบับแล็ปท็อป"


def test_keeping_mine_settles_the_conflict_and_my_version_goes_back_cleanly(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "ฉบับแล็ปท็อป")
    edit(coord, "1.1", pdca.PdcaField.PLAN, "ฉบับผู้ประสาน")
    work = send_work(laptop, tmp_path)
    [conflict] = bundles.inspect_bundle(coord, work).conflicts
    bundles.apply_bundle(coord, work, {conflict.id: "mine"}, actor=SYSTEM)
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "ฉบับผู้ประสาน"
    assert not bundles.inspect_bundle(coord, work).changes_anything  # decided once
    # The coordinator's version, sent back, replaces the laptop's without a conflict.
    back = tmp_path / "back.mk3"
    bundles.export_work(coord, office_year(coord), ["1.1"], back, SYSTEM)
    plan = bundles.inspect_bundle(laptop, back)
    assert [i.outcome for i in plan.items if i.kind == "pdca"] == [Outcome.TAKEN]


def test_replaying_the_same_bundle_changes_nothing(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "1 ต.ค. 2566 ประชุมชี้แจง")
    source = tmp_path / "หลักฐาน.pdf"
    source.write_bytes(b"%PDF-1.4 evidence of the meeting")
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        add_evidence(session, EvidenceStore(laptop.evidence_dir), SYSTEM, indicator.id, source)
    work = send_work(laptop, tmp_path)
    first = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert first.applied.files == 1
    after_first = dump(coord)
    second = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after_first
    assert (second.applied.added, second.applied.taken, second.applied.files) == (0, 0, 0)
    with coord.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        [evidence] = indicator.evidence
        assert evidence.file_name == "หลักฐาน.pdf"
        assert EvidenceStore(coord.evidence_dir).path_for(evidence.sha256).read_bytes() == (
            source.read_bytes()
        )


@pytest.mark.parametrize("ticked", [False, True], ids=["file-only", "ticked-too"])
def test_new_evidence_for_a_criterion_arrives_with_its_link_and_bytes_once(
    pair: tuple[Database, Database], tmp_path: Path, ticked: bool
) -> None:
    """The Key Man attaches a new file to criterion B1 on the laptop (and ticks B1, or not)
    and sends the work: the office receives the record, its criterion link, the file's
    bytes under their SHA-256 — and a second import of the same bundle changes nothing.
    (File only was the case blocked by an autoflush: "NOT NULL … evidence_file.sha256".)"""
    coord, laptop = pair
    source = tmp_path / "คำสั่งแต่งตั้งคณะทำงาน.pdf"
    content = b"%PDF-1.4 order of appointment " + bytes(range(256)) * 40
    source.write_bytes(content)
    digest = hashlib.sha256(content).hexdigest()
    with laptop.transaction() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        if ticked:
            pdca.set_criterion(session, SYSTEM, indicator.id, "B1", met=True, narrative="มีคำสั่ง")
        add_evidence(
            session,
            EvidenceStore(laptop.evidence_dir),
            SYSTEM,
            indicator.id,
            source,
            description="คำสั่งแต่งตั้ง",
            criterion_key="B1",
        )
    work = send_work(laptop, tmp_path)
    plan = bundles.inspect_bundle(coord, work)
    assert plan.of(Outcome.REFUSED) == [] and plan.conflicts == []
    assert "evidence" in {i.kind for i in plan.added}

    first = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert first.applied.files == 1 and first.applied.refused == 0
    with coord.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        [evidence] = indicator.evidence
        assert (evidence.file_name, evidence.description) == (source.name, "คำสั่งแต่งตั้ง")
        assert evidence.criterion is not None and evidence.criterion.key == "B1"
        assert evidence.criterion.indicator_id == indicator.id  # the office's own row
        assert (evidence.sha256, evidence.size) == (digest, len(content))
        stored_file = EvidenceStore(coord.evidence_dir).path_for(evidence.sha256)
        assert stored_file.read_bytes() == content
        b1 = next(c for c in indicator.criteria if c.key == "B1")
        assert (b1.result is not None and b1.result.met) is ticked

    after_first = dump(coord)
    second = bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert dump(coord) == after_first
    assert (second.applied.added, second.applied.taken, second.applied.files) == (0, 0, 0)
    assert EvidenceStore(coord.evidence_dir).stored_hashes() == {digest}


def test_a_locked_indicator_on_the_coordinator_refuses_incoming_work(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.DO_LOG, "งานที่ทำหลังปิดระบบ")
    with coord.transaction() as session:
        # Set directly: walking the whole PDCA cycle is covered by the workflow tests.
        lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1").state = "locked"
    work = send_work(laptop, tmp_path)
    [refused] = bundles.inspect_bundle(coord, work).refused
    assert "ปิดระบบแล้ว" in refused.reason and refused.title == "บันทึก PDCA — ตัวชี้วัด 1.1"
    bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == ""


def test_a_bundle_of_another_office_is_refused_unless_accepted(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    _coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "แผนจากสำนักงานอื่น")
    work = send_work(laptop, tmp_path)
    other = fresh_database(tmp_path, "other.sqlite3")
    with other.transaction() as session:
        from mk3desk.services import years

        years.create_office(session, SYSTEM, name="สำนักงานเขตพื้นที่การศึกษาอื่น เขต 2")
        years.create_year(session, SYSTEM, be_year=2567)
    before = dump(other)
    with pytest.raises(ForeignBundleError, match="สำนักงานเขตพื้นที่การศึกษาทดสอบ เขต 1"):
        bundles.apply_bundle(other, work, {}, actor=SYSTEM)
    assert dump(other) == before
    # Confirmed: indicators are matched by code since the uids differ.
    report = bundles.apply_bundle(other, work, {}, accept_foreign=True, actor=SYSTEM)
    assert report.plan.foreign and text_of(other, "1.1", pdca.PdcaField.PLAN) == "แผนจากสำนักงานอื่น"
    other.close()


def test_a_bundle_of_another_fiscal_year_is_refused_unless_accepted(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    work = send_work(laptop, tmp_path)
    with coord.transaction() as session:
        from mk3desk.services import years

        years.create_year(session, SYSTEM, be_year=2568)
    in_view = office_year(coord, 2568)  # the year the coordinator works in
    before = dump(coord)
    with pytest.raises(ForeignBundleError, match="ปีงบประมาณ 2567 ไม่ใช่ปี 2568"):
        bundles.inspect_bundle(coord, work, office_year=in_view)
    with pytest.raises(ForeignBundleError):
        bundles.apply_bundle(coord, work, {}, office_year=in_view, actor=SYSTEM)
    assert dump(coord) == before


def test_work_cannot_arrive_before_the_setup(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    _coord, laptop = pair
    work = send_work(laptop, tmp_path)
    empty = fresh_database(tmp_path, "empty.sqlite3")
    before = dump(empty)
    with pytest.raises(BundleError, match="รับไฟล์ตั้งค่าจากผู้ประสานก่อน"):
        bundles.apply_bundle(empty, work, {}, actor=SYSTEM)
    assert dump(empty) == before
    empty.close()


def test_a_received_row_keeps_its_uid_unless_this_database_uses_it(tmp_path: Path) -> None:
    from sqlalchemy import select

    from mk3desk.db.models import Group
    from mk3desk.sync.mk3_apply import Uids
    from tests.support import office_with_year

    database = fresh_database(tmp_path)
    try:
        office_with_year(database)
        with database.transaction() as session:
            [used] = session.scalars(select(YearIndicator.uid).limit(1))
            uids = Uids(session)
            # Used here by another row (another office's indicator, say): a new uid.
            assert uids(YearIndicator, used) not in (used, "")
            # Free: kept — and then taken, for a second row of this bundle.
            assert uids(YearIndicator, "from-the-other-machine") == "from-the-other-machine"
            assert uids(YearIndicator, "from-the-other-machine") != "from-the-other-machine"
            # Each model has uids of its own.
            assert uids(Group, used) == used
    finally:
        database.close()
