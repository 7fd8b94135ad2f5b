"""Bundles carry who (issue #11 item 4): each change names its author, and the receiver
applies its own rights table to that author — forged or forbidden changes are refused
in the review, named, and never written; the rest of the bundle is taken."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mk3desk.cli import run
from mk3desk.db.engine import Database
from mk3desk.domain.workflow import Role, State
from mk3desk.services import accounts, bundles, lookup, pdca, people_edit, settings
from mk3desk.sync.format import read_bundle
from tests.bundle_authors import (
    BACKUP,
    COORDINATOR,
    OWNER,
    REVIEWER,
    actor,
    forge,
    forge_lock,
    give_outcome_to_backup,
    key_man_work,
    person_id,
    person_named,
    rewrite,
    uid_of,
)
from tests.bundle_support import (
    OUTCOME_CODE,
    SYSTEM,
    detail,
    dump,
    office_year,
    pair_in,
    set_value,
    text_of,
    values,
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path, give_outcome_to_backup)
    yield coord, laptop
    coord.close()
    laptop.close()


def refused(plan: bundles.MergePlan) -> list[tuple[str, str]]:
    return [(item.title, item.reason) for item in plan.refused]


def test_a_key_man_s_own_work_is_taken_with_her_name_on_it(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    work = key_man_work(laptop, tmp_path)
    bundle = read_bundle(work)
    assert bundle.version == 5
    assert bundle.manifest.sent_by is not None and bundle.manifest.sent_by.name == OWNER
    authors = {r.kind.value: r.author.name for r in bundle.records if r.author is not None}
    assert authors["pdca"] == OWNER and authors["state"] == OWNER

    plan = bundles.inspect_bundle(coord, work)
    assert plan.refused == [] and plan.refused_by_rights == []
    bundles.apply_bundle(coord, work, {}, actor=SYSTEM)
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == "ทำกิจกรรมครบแล้ว"
    assert detail(coord, "1.1").state == State.IN_PROGRESS
    with coord.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        assert indicator.pdca is not None
        assert indicator.pdca.updated_by_id == person_id(coord, OWNER)
        assert indicator.transitions[-1].actor_id == person_id(coord, OWNER)


def test_a_forged_lock_and_verification_of_her_own_indicator_is_refused_and_named(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)
    forged = rewrite(honest, tmp_path / "ปลอม.mk3", forge_lock(laptop, coord))

    plan = bundles.inspect_bundle(coord, forged)  # the dry run
    reasons = refused(plan)
    state = next(r for t, r in reasons if t.startswith("สถานะ PDCA"))
    assert OWNER in state and "ปิดระบบตัวชี้วัด" in state and "แบ่งแยกหน้าที่" in state
    # Her own moves and the forged ones: none is added, the state they lead to is refused.
    history = [r for t, r in reasons if t.startswith("ประวัติการเปลี่ยนสถานะ")]
    assert len(history) == 5
    assert any(REVIEWER in r and "ไม่มีสิทธิ์ปิดระบบตัวชี้วัด" in r for r in history)
    assert {i.kind.value for i in plan.refused_by_rights} == {"state", "transition"}

    before = dump(coord)
    state_before = detail(coord, "1.1").state
    with pytest.raises(bundles.BundleError, match="ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์"):
        bundles.apply_bundle(coord, forged, {}, actor=SYSTEM)  # not confirmed
    assert dump(coord) == before

    report = bundles.apply_bundle(coord, forged, {}, actor=SYSTEM, skip_refused=True)
    assert refused(report.plan) == reasons  # the review showed what applying did
    assert detail(coord, "1.1").state == state_before != State.LOCKED
    with coord.session() as session:
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        assert "locked" not in {t.to_state for t in indicator.transitions}
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == "ทำกิจกรรมครบแล้ว"  # the rest: taken


def test_verifying_her_own_indicator_names_the_separation_of_duties(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)
    own = forge(laptop, coord, "verified", state_by=OWNER, moves_by=OWNER)
    plan = bundles.inspect_bundle(coord, rewrite(honest, tmp_path / "v.mk3", own))
    state = next(i for i in plan.refused if i.kind.value == "state")
    assert state.by_rights and f"ผู้แก้ไขคือ “{OWNER}”" in state.reason
    assert "รับรองผลการตรวจสอบ" in state.reason and "แบ่งแยกหน้าที่" in state.reason


def test_a_forgery_naming_the_reviewer_throughout_is_refused_for_its_sender(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    """The state and the verifying move both named as the reviewer's: the Key Man who sent
    the bundle vouches for it, and she may not verify her own indicator."""
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)
    forged = forge(laptop, coord, "verified", state_by=REVIEWER, moves_by=REVIEWER)
    plan = bundles.inspect_bundle(coord, rewrite(honest, tmp_path / "r.mk3", forged))
    state = next(i for i in plan.refused if i.kind.value == "state")
    assert f"ผู้ส่งไฟล์คือ “{OWNER}”" in state.reason and "แบ่งแยกหน้าที่" in state.reason
    verify = next(
        i for i in plan.refused if i.kind.value == "transition" and "2024-07-02" in i.title
    )
    assert f"ผู้ส่งไฟล์คือ “{OWNER}”" in verify.reason and "รับรองผลการตรวจสอบ" in verify.reason


def test_a_state_without_the_move_into_it_is_refused(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)

    def verify(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        next(r for r in records if r["kind"] == "state")["data"]["state"] = "verified"

    plan = bundles.inspect_bundle(coord, rewrite(honest, tmp_path / "v.mk3", verify))
    state = next(i for i in plan.refused if i.kind.value == "state")
    assert state.by_rights and "ไม่มีประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะ “ตรวจสอบแล้ว”" in state.reason


def test_changing_another_owner_s_value_is_refused(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    set_value(laptop, 2567, "55")  # written by the set-up tasks: judged as the sender
    out = tmp_path / "ค่า.mk3"
    bundles.export_work(laptop, office_year(laptop), [OUTCOME_CODE], out, actor(laptop, OWNER))
    plan = bundles.inspect_bundle(coord, out)
    (item,) = plan.refused
    assert item.kind.value == "outcome" and item.by_rights
    assert OWNER in item.reason and "ไม่มีสิทธิ์บันทึกค่าผลการดำเนินงาน" in item.reason
    bundles.apply_bundle(coord, out, {}, actor=SYSTEM, skip_refused=True)
    assert values(coord) == {}

    # Its owner sends the same change: taken.
    set_value(laptop, 2567, "56")
    mine = tmp_path / "ค่าของเจ้าของ.mk3"
    bundles.export_work(laptop, office_year(laptop), [OUTCOME_CODE], mine, actor(laptop, BACKUP))
    assert bundles.inspect_bundle(coord, mine).refused == []
    bundles.apply_bundle(coord, mine, {}, actor=SYSTEM)
    assert str(values(coord)[2567]) == "56"


def test_an_author_unknown_here_is_refused(pair: tuple[Database, Database], tmp_path: Path) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)

    def stranger(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        next(r for r in records if r["kind"] == "pdca")["author"] = {
            "uid": "stranger01",
            "name": "นายคนนอก ไม่รู้จัก",
        }

    plan = bundles.inspect_bundle(coord, rewrite(honest, tmp_path / "x.mk3", stranger))
    (item,) = plan.refused
    assert item.kind.value == "pdca" and "นายคนนอก ไม่รู้จัก" in item.reason
    assert "ไม่มีในบุคลากรของฐานข้อมูลนี้" in item.reason


def test_a_work_bundle_cannot_make_anyone_coordinator_or_rename_the_office(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)
    owner_uid = uid_of(coord, OWNER)
    with coord.session() as session:
        office_uid = lookup.get_office(session).uid

    def promote(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        records.append(
            {
                "kind": "person",
                "ref": {"uid": owner_uid},
                "data": {
                    "name": OWNER,
                    "position": "",
                    "group": None,
                    "roles": "coordinator",
                    "active": True,
                },
                "base": None,
                "deleted": False,
                "author": None,
            }
        )
        records.append(
            {
                "kind": "office",
                "ref": {"uid": office_uid},
                "data": {"name": "สำนักงานของฉัน", "short_name": "", "area": "", "address": ""},
                "base": None,
                "deleted": False,
                "author": None,
            }
        )

    bundle = rewrite(honest, tmp_path / "p.mk3", promote)
    plan = bundles.inspect_bundle(coord, bundle)
    kinds = {i.kind.value for i in plan.refused}
    assert kinds == {"person", "office"}
    assert all("ไฟล์ตั้งค่าจากผู้ประสาน" in i.reason for i in plan.refused)
    bundles.apply_bundle(coord, bundle, {}, actor=SYSTEM, skip_refused=True)
    with coord.session() as session:
        assert person_named(session, OWNER).roles == "staff"
        assert lookup.get_office(session).name != "สำนักงานของฉัน"


def test_with_accounts_a_bundle_naming_nobody_is_refused_without_them_taken(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)

    def older(manifest: dict[str, Any], records: list[dict[str, Any]]) -> None:
        manifest["version"] = 3
        manifest.pop("sent_by")
        for record in records:
            record.pop("author")

    old = rewrite(honest, tmp_path / "v3.mk3", older)
    assert bundles.inspect_bundle(coord, old).refused == []  # no accounts: as before
    with coord.transaction() as session:
        accounts.create_account(
            session, SYSTEM, person_id(coord, COORDINATOR), "prasan", "coordinator-pass"
        )
    plan = bundles.inspect_bundle(coord, old)
    assert {i.kind.value for i in plan.refused_by_rights} >= {"pdca", "state"}
    assert all("ไม่ระบุผู้แก้ไข" in i.reason for i in plan.refused_by_rights)
    # The same work, sent by this version (authors named): taken.
    assert bundles.inspect_bundle(coord, honest).refused == []


def test_a_setup_bundle_is_taken_only_from_a_coordinator_where_there_are_accounts(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    by_system, by_owner, by_coordinator = (tmp_path / n for n in ("s.mk3", "o.mk3", "c.mk3"))
    bundles.export_setup(coord, office_year(coord), by_system, SYSTEM)
    bundles.export_setup(coord, office_year(coord), by_coordinator, actor(coord, COORDINATOR))
    # A setup bundle claiming to come from the Key Man (its manifest edited).
    owner = {"uid": uid_of(coord, OWNER), "name": OWNER}
    rewrite(by_coordinator, by_owner, lambda m, r: m.update(sent_by=owner))
    # A laptop without accounts takes any (the first start has nobody to check against).
    assert bundles.inspect_bundle(laptop, by_system) is not None
    with laptop.transaction() as session:
        accounts.create_account(session, SYSTEM, person_id(laptop, OWNER), "somsri", "keyman-pass")
    before = dump(laptop)
    for bundle, who in ((by_system, "ไม่ระบุผู้ส่ง"), (by_owner, OWNER)):
        with pytest.raises(bundles.BundleError, match=who) as refusal:
            bundles.apply_bundle(laptop, bundle, {}, actor=SYSTEM)
        assert "ไม่ใช่ผู้ประสาน" in refusal.value.message
    assert dump(laptop) == before
    plan = bundles.inspect_bundle(laptop, by_coordinator)
    assert plan.manifest.sent_by is not None and plan.manifest.sent_by.name == COORDINATOR
    bundles.apply_bundle(laptop, by_coordinator, {}, actor=SYSTEM)


def test_the_command_line_lists_the_refusals_and_asks_before_taking_the_rest(
    pair: tuple[Database, Database], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coord, laptop = pair
    forged = rewrite(key_man_work(laptop, tmp_path), tmp_path / "f.mk3", forge_lock(laptop, coord))
    database = str(tmp_path / "coordinator.sqlite3")
    before = dump(coord)
    capsys.readouterr()
    assert run(["bundle", "import", "--db", database, "--file", str(forged), "--dry-run"]) == 0
    dry = capsys.readouterr().out
    assert f"ส่งโดย: {OWNER}" in dry
    refusals = dry[dry.index("ไม่รับ:") :]
    assert f"ผู้แก้ไขคือ “{OWNER}”" in refusals and "แบ่งแยกหน้าที่" in refusals
    assert f"ผู้แก้ไขคือ “{REVIEWER}” — ผู้ใช้นี้ไม่มีสิทธิ์ปิดระบบตัวชี้วัด" in refusals
    assert run(["bundle", "import", "--db", database, "--file", str(forged)]) == 2
    out = capsys.readouterr()
    assert out.out.count("ผู้แก้ไขคือ") == dry.count("ผู้แก้ไขคือ")  # the same list
    assert "--skip-refused" in out.err
    assert dump(coord) == before
    assert run(["bundle", "import", "--db", database, "--file", str(forged), "--skip-refused"]) == 0
    assert text_of(coord, "1.1", pdca.PdcaField.DO_LOG) == "ทำกิจกรรมครบแล้ว"
    assert detail(coord, "1.1").state != State.LOCKED


def test_the_receiving_office_s_roles_and_self_review_setting_decide(
    pair: tuple[Database, Database], tmp_path: Path
) -> None:
    """A Key Man who is also on the committee verifies her own indicator: refused, unless
    *this* office allows self-review — judged with this database's roles and setting."""
    coord, laptop = pair
    honest = key_man_work(laptop, tmp_path)

    own = forge(laptop, coord, "verified", state_by=OWNER, moves_by=OWNER)
    forged = rewrite(honest, tmp_path / "v.mk3", own)
    with coord.transaction() as session:
        owner = person_named(session, OWNER)
        people_edit.update_person(
            session,
            SYSTEM,
            owner.id,
            name=owner.name,
            position=owner.position,
            group_id=owner.group_id,
            roles=[Role.STAFF, Role.REVIEWER],
        )
    state = next(
        i for i in bundles.inspect_bundle(coord, forged).refused if i.kind.value == "state"
    )
    assert "แบ่งแยกหน้าที่" in state.reason
    with coord.transaction() as session:
        allowed = replace(settings.load_settings(session), allow_self_review=True)
        settings.save_settings(session, SYSTEM, allowed)
    plan = bundles.inspect_bundle(coord, forged)
    assert plan.refused_by_rights == []
    bundles.apply_bundle(coord, forged, {}, actor=SYSTEM)
    assert detail(coord, "1.1").state == State.VERIFIED
