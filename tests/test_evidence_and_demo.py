"""Evidence files in the store, the integrity check, and the demo office."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mk3desk.db.engine import Database
from mk3desk.db.evidence_store import EvidenceStore, FileStatus
from mk3desk.db.models import EvidenceFile, FiscalYear, YearIndicator
from mk3desk.domain.errors import StorageError, ValidationError
from mk3desk.domain.workflow import State
from mk3desk.services import evidence, lookup, scoring
from mk3desk.services.context import Actor
from mk3desk.services.demo import create_demo
from mk3desk.services.demo_data import PUBLISHED_2567, PUBLISHED_2567_TOTAL
from mk3desk.services.integrity import check_database
from tests import prebuilt
from tests.support import fresh_database, office_with_year


def test_the_same_bytes_are_stored_once_and_written_atomically(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    a, b = tmp_path / "a.pdf", tmp_path / "copy of a.pdf"
    a.write_bytes(b"%PDF-1.4 minutes of the meeting")
    b.write_bytes(a.read_bytes())
    first, second = store.put(a), store.put(b)
    assert first == second
    assert store.stored_hashes() == {first.sha256}
    assert not list((tmp_path / "store").glob(".incoming-*")), "no temporary file left behind"
    assert store.path_for(first.sha256).read_bytes() == a.read_bytes()


def test_an_unreadable_source_gets_a_thai_message_and_leaves_nothing(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path / "store")
    with pytest.raises(StorageError):
        store.put(tmp_path / "missing.pdf")
    assert store.stored_hashes() == set()


def indicator_in(session: Session, year_id: int, code: str) -> YearIndicator:
    """Indicator *code* of the fiscal year with id *year_id*."""
    year = session.get(FiscalYear, year_id)
    assert year is not None
    return lookup.find_indicator(session, year, code)


def test_check_finds_missing_and_altered_evidence(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    store = EvidenceStore(database.evidence_dir)
    files = []
    for n in range(2):
        path = tmp_path / f"evidence-{n}.pdf"
        path.write_bytes(f"หลักฐาน {n}".encode())
        files.append(path)
    with database.transaction() as s:
        ind = indicator_in(s, year_id, "1.1")
        shas = [
            evidence.add_evidence(s, store, Actor.system(), ind.id, f, criterion_key="B1").sha256
            for f in files
        ]
    assert check_database(database).ok
    store.path_for(shas[0]).unlink()
    store.path_for(shas[1]).write_bytes(b"changed afterwards")
    report = check_database(database)
    assert not report.ok
    texts = " ".join(f.text() for f in report.findings)
    assert "ไม่พบไฟล์หลักฐาน “evidence-0.pdf”" in texts
    assert "evidence-1.pdf" in texts and "SHA-256" in texts
    assert store.status(shas[1]) is FileStatus.ALTERED
    database.close()


def test_removed_evidence_waits_in_the_recycle_list_until_emptied(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    store = EvidenceStore(database.evidence_dir)
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG fake image")
    with database.transaction() as s:
        ind = indicator_in(s, year_id, "1.2")
        ev = evidence.add_evidence(s, store, Actor.system(), ind.id, source)
        evidence.remove_evidence(s, Actor.system(), ev.id)
        sha = ev.sha256
    assert store.path_for(sha).exists(), "a removed file stays until the recycle list is emptied"
    with database.transaction() as s:
        assert evidence.empty_recycle(s, store, Actor.system()) == 1
        assert s.scalar(select(func.count()).select_from(EvidenceFile)) == 0
    assert not store.path_for(sha).exists()
    database.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield database
    database.close()


def test_demo_fy2567_computes_the_published_category_scores(demo: Database) -> None:
    with demo.session() as s:
        result = scoring.year_result(s, lookup.find_year(s, 2567))
    computed = {c.number: c.score for c in result.score.categories}
    assert computed == PUBLISHED_2567
    assert result.official is not None and result.official.total == PUBLISHED_2567_TOTAL
    assert result.official.rank == 38
    rec = result.reconciliation
    assert rec is not None and rec.unexplained == Decimal("-0.19154")


def test_demo_current_year_has_every_pdca_stage_and_sound_files(demo: Database) -> None:
    with demo.session() as s:
        years = sorted(y.be_year for y in lookup.get_office(s).years)
        current = s.get(FiscalYear, lookup.find_year(s, years[-1]).id)
        assert current is not None
        states = {i.state for i in current.indicators}
        returned = s.scalars(
            select(YearIndicator).where(
                YearIndicator.year_id == current.id,
                YearIndicator.state == "returned",
            )
        ).first()
        assert returned is not None and returned.transitions[-1].comment
    assert years[:2] == [2566, 2567] and len(years) == 3
    assert states == {s.value for s in State}
    assert check_database(demo).ok


def test_the_demo_is_not_created_over_an_existing_office(demo: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        create_demo(demo)
    assert "มีข้อมูลสำนักงานอยู่แล้ว" in str(raised.value)


def test_bulk_scoring_of_all_years_equals_scoring_each_year(demo: Database) -> None:
    """The trend chart and the benchmark count criteria in SQL; the figures must not change."""
    with demo.session() as s:
        years = list(lookup.get_office(s).years)
        bulk = scoring.score_years(s, [y.id for y in years])
        for year in years:
            exact, fast = scoring.year_result(s, year).score, bulk[year.id]
            assert fast.total == exact.total
            assert [c.score for c in fast.categories] == [c.score for c in exact.categories]
            assert [i.score for i in fast.indicators] == [i.score for i in exact.indicators]


def test_emptying_the_recycle_list_keeps_files_if_the_transaction_fails(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    store = EvidenceStore(database.evidence_dir)
    source = tmp_path / "minutes.pdf"
    source.write_bytes(b"%PDF minutes")
    with database.transaction() as s:
        ind = indicator_in(s, year_id, "1.3")
        ev = evidence.add_evidence(s, store, Actor.system(), ind.id, source)
        evidence.remove_evidence(s, Actor.system(), ev.id)
        sha = ev.sha256
    with pytest.raises(RuntimeError), database.transaction() as s:
        evidence.empty_recycle(s, store, Actor.system())
        raise RuntimeError("the disk was pulled out before the commit")
    assert store.path_for(sha).exists()
    with database.session() as s:
        assert len(evidence.recycled(s)) == 1, "the record is still in the recycle list"
    with database.transaction() as s:
        evidence.empty_recycle(s, store, Actor.system())
    assert not store.path_for(sha).exists()
    database.close()


def test_the_quick_evidence_check_sees_missing_and_resized_files_the_full_one_also_edits(
    tmp_path: Path,
) -> None:
    from mk3desk.services.integrity import check_evidence

    database = fresh_database(tmp_path)
    year_id = office_with_year(database)
    store = EvidenceStore(database.evidence_dir)
    names = ("same-size.pdf", "resized.pdf", "gone.pdf")
    shas = {}
    with database.transaction() as s:
        ind = indicator_in(s, year_id, "1.4")
        for name in names:
            source = tmp_path / name
            source.write_bytes(f"หลักฐาน {name}".encode())
            shas[name] = evidence.add_evidence(s, store, Actor.system(), ind.id, source).sha256
    same = store.path_for(shas["same-size.pdf"])
    same.write_bytes(bytes(reversed(same.read_bytes())))  # same length, other bytes
    store.path_for(shas["resized.pdf"]).write_bytes(b"x")
    store.path_for(shas["gone.pdf"]).unlink()

    def flagged(verify_content: bool) -> set[str]:
        findings = check_evidence(database, verify_content=verify_content)
        return {n for n in names for f in findings if f.params.get("name") == n}

    assert flagged(verify_content=False) == {"resized.pdf", "gone.pdf"}
    assert flagged(verify_content=True) == set(names)
    database.close()
