"""Over a hundred hostile bundles, generated from a genuine one: each ends in a Thai
refusal with the database, the evidence store, HOME and the working folder untouched,
or in a clean import (evidence names made safe); never a traceback."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore
from mk3desk.db.models import EvidenceFile, OutcomeValue
from mk3desk.domain.errors import Mk3Error
from mk3desk.services import bundles, lookup
from mk3desk.sync.format import BundleError
from tests.bundle_support import SYSTEM, dump, office_year
from tests.cli_support import run_cli
from tests.hostile_bundles import OUTCOME_CODE, Case, Source, cases, copy_database, source

THAI = re.compile("[\u0e01-\u0e5b]")
CASES = cases()


@pytest.fixture(scope="module")
def src(tmp_path_factory: pytest.TempPathFactory) -> Source:
    return source(tmp_path_factory.mktemp("hostile-source"))


@pytest.fixture(scope="module")
def shared(src: Source, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One receiver for every refusal: a refusal leaves it exactly as it was."""
    database = copy_database(src.coordinator, tmp_path_factory.mktemp("shared") / "c.sqlite3")
    yield database
    database.close()


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty HOME and working folder that must stay empty."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    yield home
    assert list(home.iterdir()) == []


def _value(database: Database) -> Decimal | None:
    with database.session() as session:
        year = lookup.find_year(session, 2567)
        indicator = lookup.find_indicator(session, year, OUTCOME_CODE)
        found = [v.value for v in indicator.outcome_values if v.be_year == 2567]
        return found[0] if found else None


def _try(database: Database, bundle: Path) -> str | None:
    """Inspect then apply (choosing "theirs"); the Thai refusal, or None when imported."""
    try:
        plan = bundles.inspect_bundle(database, bundle)
    except Mk3Error as error:
        assert isinstance(error, BundleError)
        return error.message
    decisions: dict[str, bundles.Decision] = {i.id: "theirs" for i in plan.conflicts}
    try:
        bundles.apply_bundle(database, bundle, decisions, actor=SYSTEM)
    except Mk3Error as error:  # pragma: no cover - the review must already refuse
        pytest.fail(f"the review showed a plan that apply refused: {error.message}")
    return None


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_a_hostile_bundle_is_refused_in_thai_or_imported_cleanly(
    case: Case, src: Source, shared: Database, tmp_path: Path, outside: Path
) -> None:
    _klass, _name, expected, make = case
    bundle = tmp_path / "hostile.mk3"
    bundle.write_bytes(make(src))
    before = dump(shared)
    files = EvidenceStore(shared.evidence_dir).stored_hashes()
    refusal = _try(shared, bundle)
    if refusal is not None:
        assert expected in ("refuse", "either"), refusal
        assert THAI.search(refusal), refusal
        assert "Traceback" not in refusal
        assert dump(shared) == before
        assert EvidenceStore(shared.evidence_dir).stored_hashes() == files
        return
    assert expected in ("import", "either"), "imported, but should have been refused"
    # An import into the shared receiver: start the next case from a fresh copy.
    with shared.session() as session:
        for evidence in session.query(EvidenceFile):
            name = evidence.file_name
            assert "/" not in name and "\\" not in name and "\u202e" not in name, name
            assert name.strip(" .") and "\x00" not in name, name
    _reset(shared, src)


def _reset(database: Database, src: Source) -> None:
    """Put the shared receiver back to the coordinator's state (rows and files)."""
    import sqlite3

    database.engine.dispose()
    target = Path(str(database.engine.url.database))
    original = sqlite3.connect(src.coordinator)
    copy = sqlite3.connect(target)
    original.backup(copy)
    copy.close()
    original.close()
    store = EvidenceStore(database.evidence_dir)
    for sha in store.stored_hashes():
        store.delete(sha)


def test_an_older_bundle_after_a_newer_one_is_refused_and_the_value_stays(
    src: Source, tmp_path: Path, outside: Path
) -> None:
    coord = copy_database(src.coordinator, tmp_path / "c.sqlite3")
    bundles.apply_bundle(coord, src.b, {}, actor=SYSTEM)
    assert _value(coord) == Decimal("22")
    before = dump(coord)
    plan = bundles.inspect_bundle(coord, src.a)
    [stale] = [i for i in plan.refused if i.kind.value == "outcome"]
    assert "เก่ากว่า" in stale.reason
    assert not plan.taken and not plan.conflicts
    report = bundles.apply_bundle(coord, src.a, {}, actor=SYSTEM)
    assert report.applied.taken == 0 and report.applied.refused >= 1
    assert _value(coord) == Decimal("22")
    assert {k: v for k, v in dump(coord).items() if k not in ("audit_log", "sync_state")} == {
        k: v for k, v in before.items() if k not in ("audit_log", "sync_state")
    }
    # Replaying the newer one still changes nothing, and A then B (in order) still works.
    assert not bundles.inspect_bundle(coord, src.b).changes_anything
    coord.close()
    fresh = copy_database(src.coordinator, tmp_path / "d.sqlite3")
    bundles.apply_bundle(fresh, src.a, {}, actor=SYSTEM)
    assert _value(fresh) == Decimal("11")
    bundles.apply_bundle(fresh, src.b, {}, actor=SYSTEM)
    assert _value(fresh) == Decimal("22")
    fresh.close()


def test_a_value_past_the_limits_names_its_record_and_is_never_exported(
    src: Source, tmp_path: Path, outside: Path
) -> None:
    from tests.hostile_bundles import change_record, set_path

    bundle = tmp_path / "long.mk3"
    bundle.write_bytes(change_record("outcome", set_path(("data", "value"), "1" * 41))(src))
    coord = copy_database(src.coordinator, tmp_path / "c.sqlite3")
    with pytest.raises(BundleError, match=f"ค่าผลการดำเนินงาน ตัวชี้วัด {OUTCOME_CODE} ปี 2567"):
        bundles.inspect_bundle(coord, bundle)
    # The sender holding such a value (entered before the limits) cannot export it.
    with coord.transaction() as session:
        year = lookup.find_year(session, 2567)
        indicator = lookup.find_indicator(session, year, OUTCOME_CODE)
        indicator.outcome_values.append(OutcomeValue(be_year=2567, value=Decimal("1" * 41)))
    out = tmp_path / "out.mk3"
    with pytest.raises(BundleError, match=f"ส่งออกไม่ได้.*ตัวชี้วัด {OUTCOME_CODE} ปี 2567"):
        bundles.export_work(coord, office_year(coord), [OUTCOME_CODE], out, SYSTEM)
    assert not out.exists() and not out.with_name(out.name + ".part").exists()
    with pytest.raises(BundleError, match="ส่งออกไม่ได้"):
        bundles.export_setup(coord, office_year(coord), out, SYSTEM)
    coord.close()


CLI_SAMPLE = [
    "truncated: at 0.500",
    "compression: records.json 99",
    "nesting: records 200000 deep",
    "value limits: 11111111111111111111",
    "evidence: size +1",
]


@pytest.mark.parametrize("name", CLI_SAMPLE)
def test_the_command_line_refuses_with_exit_2_and_no_traceback(
    name: str, src: Source, tmp_path: Path, outside: Path
) -> None:
    [case] = [c for c in CASES if f"{c[0]}: {c[1]}" == name]
    bundle = tmp_path / "hostile.mk3"
    bundle.write_bytes(case[3](src))
    database = tmp_path / "c.sqlite3"
    copy_database(src.coordinator, database).close()
    # In this process (tests/cli_support.py), in the empty HOME and working folder of
    # `outside`: an exception escaping the Thai refusal would fail here as a traceback would.
    done = run_cli("bundle", "import", "--db", database, "--file", bundle)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert THAI.search(done.stderr), done.stderr


def test_at_least_a_hundred_hostile_bundles() -> None:
    assert len(CASES) >= 100
