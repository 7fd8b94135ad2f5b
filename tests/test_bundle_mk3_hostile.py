"""Hostile MK3 records: the coordinator's genuine setup bundle edited by hand, one field at
a time, and sent again to a laptop set up from it. A field of the wrong form (length,
date, uid, an extra field, a record kind older formats did not have) refuses the whole
bundle in Thai; a record that breaks a rule of the program (a role, kind or status it does
not know, two chairs, nobody attending, a person, indicator, file or recognition that is
nowhere, a certificate reprinted) is refused in the review with a Thai reason. Either way
nothing is written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.errors import Mk3Error
from mk3desk.services import bundles
from mk3desk.sync.format import BundleError
from tests.bundle_authors import rewrite
from tests.bundle_mk3_support import Office, demo_with_setup, laptop_set_up
from tests.bundle_support import SYSTEM, dump

THAI = re.compile("[\u0e01-\u0e5b]")
Records = list[dict[str, Any]]
Change = Callable[[dict[str, Any], Records], None]


def first(records: Records, kind: str, test: Callable[[dict[str, Any]], bool] = bool) -> Any:
    return next(r for r in records if r["kind"] == kind and test(r))


def data_of(kind: str, change: Callable[[dict[str, Any]], object], **having: int) -> Change:
    """Change the data of the first *kind* record (with at least *having* list items)."""

    def edit(manifest: dict[str, Any], records: Records) -> None:
        record = first(
            records, kind, lambda r: all(len(r["data"][k]) >= n for k, n in having.items())
        )
        change(record["data"])

    return edit


def setting(name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.__setitem__(name, value)


def in_list(name: str, index: int, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda data: data[name][index].__setitem__(key, value)


def twice(name: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data[name][1] = {**data[name][0], "sort_order": data[name][1]["sort_order"]}

    return change


def older_format(manifest: dict[str, Any], records: Records) -> None:
    manifest["version"] = 4


def uid_too_long(manifest: dict[str, Any], records: Records) -> None:
    first(records, "knowledge")["ref"]["uid"] = "a" * 33


FILE_NOWHERE = "0" * 64
# (what, expected, change): "refuse" — the whole bundle; "record" — that record, in the review.
CASES: list[tuple[str, str, Change]] = [
    ("committee: a blank name", "refuse", data_of("committee", setting("name", "  "))),
    (
        "committee: order number of 41",
        "refuse",
        data_of("committee", setting("order_number", "๑" * 41)),
    ),
    ("committee: no such day", "refuse", data_of("committee", setting("order_date", "2023-02-30"))),
    (
        "committee: a Thai date",
        "refuse",
        data_of("committee", setting("effective_from", "1/10/2566")),
    ),
    ("committee: signer of 201", "refuse", data_of("committee", setting("signer_name", "ก" * 201))),
    (
        "committee: member's extra field",
        "refuse",
        data_of("committee", in_list("members", 0, "x", 1)),
    ),
    (
        "committee: member order -1",
        "refuse",
        data_of("committee", in_list("members", 0, "sort_order", -1)),
    ),
    ("committee: members not a list", "refuse", data_of("committee", setting("members", {}))),
    ("knowledge: a uid of 33", "refuse", uid_too_long),
    ("knowledge: topic of 301", "refuse", data_of("knowledge", setting("topic", "ก" * 301))),
    ("knowledge: no day", "refuse", data_of("knowledge", setting("held_on", None))),
    (
        "knowledge: material named by a path",
        "refuse",
        data_of("knowledge", in_list("materials", 0, "sha256", "../../etc/passwd"), materials=1),
    ),
    (
        "knowledge: material of -1 bytes",
        "refuse",
        data_of("knowledge", in_list("materials", 0, "size", -1), materials=1),
    ),
    (
        "knowledge: material of the wrong size",
        "refuse",
        data_of("knowledge", in_list("materials", 0, "size", 3), materials=1),
    ),
    (
        "knowledge: material with a blank name",
        "refuse",
        data_of("knowledge", in_list("materials", 0, "file_name", " "), materials=1),
    ),
    (
        "knowledge: a local time",
        "refuse",
        data_of(
            "knowledge", in_list("materials", 0, "added_at", "2024-01-01T10:00:00"), materials=1
        ),
    ),
    ("recognition: no day", "refuse", data_of("recognition", setting("awarded_on", None))),
    (
        "recognition: a person's uid with a slash",
        "refuse",
        data_of("recognition", setting("person", "a/b")),
    ),
    ("certificate: number 0", "refuse", data_of("certificate", setting("number", 0))),
    ("certificate: number as text", "refuse", data_of("certificate", setting("number", "1"))),
    ("certificate: no signer", "refuse", data_of("certificate", setting("signer_name", ""))),
    (
        "certificate: a recipient of 201",
        "refuse",
        data_of("certificate", setting("recipient_name", "ก" * 201)),
    ),
    ("swot: no such day", "refuse", data_of("swot", setting("held_on", "2024-02-30"))),
    ("swot: an extra field", "refuse", data_of("swot", setting("score", 5))),
    ("swot: strengths as a list", "refuse", data_of("swot", setting("strengths", ["ดี"]))),
    ("an older format with MK3 records", "refuse", older_format),
    (
        "committee: a role nobody knows",
        "record",
        data_of("committee", in_list("members", 0, "role", "king")),
    ),
    (
        "committee: two chairs",
        "record",
        data_of(
            "committee",
            lambda d: [m.__setitem__("role", "chair") for m in d["members"][:2]],
            members=2,
        ),
    ),
    ("committee: one person twice", "record", data_of("committee", twice("members"), members=2)),
    ("committee: no members", "record", data_of("committee", setting("members", []))),
    (
        "committee: a member nobody knows",
        "record",
        data_of("committee", in_list("members", 0, "person", "nobody0")),
    ),
    (
        "committee: an order number with the year",
        "record",
        data_of("committee", setting("order_number", "12/2566")),
    ),
    ("knowledge: a kind nobody knows", "record", data_of("knowledge", setting("kind", "party"))),
    ("knowledge: nobody invited", "record", data_of("knowledge", setting("attendees", []))),
    (
        "knowledge: an unknown status",
        "record",
        data_of("knowledge", in_list("attendees", 0, "status", "asleep")),
    ),
    (
        "knowledge: one attendee twice",
        "record",
        data_of("knowledge", twice("attendees"), attendees=2),
    ),
    (
        "knowledge: an attendee nobody knows",
        "record",
        data_of("knowledge", in_list("attendees", 0, "person", "nobody0")),
    ),
    (
        "knowledge: an indicator not in the year",
        "record",
        data_of("knowledge", setting("indicators", [{"indicator": "zz", "code": "99.9"}])),
    ),
    (
        "knowledge: an indicator linked twice",
        "record",
        data_of("knowledge", lambda d: d["indicators"].append(d["indicators"][0]), indicators=1),
    ),
    (
        "knowledge: a file that is nowhere",
        "record",
        data_of("knowledge", in_list("materials", 0, "sha256", FILE_NOWHERE), materials=1),
    ),
    (
        "recognition: a kind nobody knows",
        "record",
        data_of("recognition", setting("kind", "bribe")),
    ),
    (
        "recognition: nobody recognised",
        "record",
        data_of("recognition", lambda d: d.update(person=None, group=None)),
    ),
    (
        "recognition: a reason of 401",
        "record",
        data_of("recognition", setting("reason", "ก" * 401)),
    ),
    (
        "recognition: a group nobody knows",
        "record",
        data_of("recognition", lambda d: d.update(person=None, group="nogroup")),
    ),
    (
        "certificate: reprinted with another reason",
        "record",
        data_of("certificate", setting("reason", "เหตุผลใหม่")),
    ),
    ("certificate: renumbered", "record", data_of("certificate", setting("number", 999))),
    (
        "certificate: a recognition nobody knows",
        "record",
        data_of("certificate", setting("recognition", "norecognition")),
    ),
    (
        "certificate: a recipient nobody knows",
        "record",
        data_of("certificate", setting("person", "nobody0")),
    ),
    ("swot: made in the future", "record", data_of("swot", setting("held_on", "2999-01-01"))),
    ("swot: nobody took part", "record", data_of("swot", setting("participants", ""))),
]


# The review (``inspect_bundle``) and applying plan with the same code (read_bundle, then
# merge.plan_merge on the same database): each "record" case is applied — what the review
# would show is the plan the apply returns, and that nothing is written is checked on the
# apply — and the first case of each record kind is also inspected as the window does,
# its plan compared whole with the apply's (planning the whole demo's setup bundle takes
# ~0.35 s; inspecting every case as well was a third of the module's time).
REVIEWED = {
    next(what for what, expected, _ in CASES if expected == "record" and what.startswith(kind))
    for kind in ("committee", "knowledge", "recognition", "certificate", "swot")
}


@pytest.fixture(scope="module")
def received(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Office, Database]]:
    """The demo's setup bundle and a laptop set up from it (shared: nothing is written)."""
    folder = tmp_path_factory.mktemp("mk3-hostile")
    office = demo_with_setup(folder)
    laptop = laptop_set_up(folder / "laptop.sqlite3")
    yield office, laptop
    laptop.close()


@pytest.fixture(scope="module")
def before(received: tuple[Office, Database]) -> dict[str, Any]:
    return dump(received[1])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_hostile_mk3_record_is_refused_in_thai_and_nothing_is_written(
    case: tuple[str, str, Change],
    received: tuple[Office, Database],
    before: dict[str, Any],
    tmp_path: Path,
) -> None:
    what, expected, change = case
    office, laptop = received
    hostile = rewrite(office.setup, tmp_path / "แก้ไขเอง.mk3", change)
    if expected == "refuse":
        # Applying reads and plans as the review does, inside its transaction.
        with pytest.raises(BundleError) as refused:
            bundles.apply_bundle(laptop, hostile, {}, actor=SYSTEM)
        assert THAI.search(refused.value.message) and "ไม่ได้รับข้อมูลใด ๆ" in refused.value.message
    else:
        try:
            report = bundles.apply_bundle(laptop, hostile, {}, actor=SYSTEM)
        except Mk3Error as error:  # pragma: no cover - one record, not the whole bundle
            pytest.fail(f"the whole bundle was refused, not the one record: {error.message}")
        changed = [i for i in report.plan.items if i.outcome.value != "unchanged"]
        assert [i.outcome.value for i in changed] == ["refused"], changed
        assert THAI.search(changed[0].reason) and not changed[0].by_rights
        assert report.applied.refused == 1
        if what in REVIEWED:
            assert bundles.inspect_bundle(laptop, hostile) == report.plan
    assert dump(laptop) == before
