"""The demo office's indicator reports are signed by a named head of every Key Man's group."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from mk3desk.db.engine import Database
from mk3desk.domain.thaidate import fiscal_year_of
from mk3desk.services import lookup
from mk3desk.services.documents.indicators import group_head
from mk3desk.services.reports import generate
from tests import prebuilt

TODAY = date(2025, 3, 1)  # the day the GUI and Excel tests use too: one prebuilt demo
CURRENT = max(fiscal_year_of(TODAY), 2568)  # the demo's year under way


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    database = prebuilt.demo_office(tmp_path_factory.mktemp("demo") / "office.sqlite3", TODAY)
    return database


def heads_by_code(database: Database, be_year: int) -> dict[str, tuple[str, str]]:
    """(name, position) of the group head who signs each indicator of *be_year*."""
    with database.session() as session:
        year = lookup.find_year(session, be_year)
        heads = {}
        for indicator in year.indicators:
            assert indicator.assignment and indicator.assignment.owner, indicator.code
            owner = indicator.assignment.owner
            head = group_head(indicator)
            assert owner.group is not None, (indicator.code, owner.name)
            assert head is not None, (indicator.code, owner.name, owner.group.name)
            # The group's own director, named as the office names the post.
            assert head.name.strip() and head.id != owner.id
            assert head.position == f"ผู้อำนวยการ{owner.group.name}", head.position
            heads[indicator.code] = (head.name, head.position)
        return heads


@pytest.mark.parametrize("be_year", [2566, 2567, CURRENT])
def test_every_key_man_has_an_executive_group_head(demo: Database, be_year: int) -> None:
    assert heads_by_code(demo, be_year)  # asserts a named head for every indicator


def test_the_current_years_indicator_report_names_every_group_head(
    demo: Database, tmp_path: Path
) -> None:
    heads = heads_by_code(demo, CURRENT)
    with demo.session() as session:
        current = lookup.resolve_year(session, CURRENT)
    result = generate(demo, "indicator", current, tmp_path / "indicators.pdf", today=TODAY)
    assert [str(w) for w in result.warnings] == []  # no blank signature line
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils missing: the PDF's text is not read back")
    text = subprocess.run(
        ["pdftotext", "-raw", str(result.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [re.sub(r"\s+", "", page) for page in text.split("\f")]
    starts = [entry.page for entry in result.outline]
    assert all(p is not None for p in starts) and len(starts) == len(heads)
    ends = [*starts[1:], len(pages) + 1]
    for code, start, end in zip(heads, starts, ends, strict=True):
        assert start is not None and end is not None
        section = "".join(pages[start - 1 : end - 1])  # the indicator's own pages
        name, position = heads[code]
        assert f"({name.replace(' ', '')})" in section, code
        assert position.replace(" ", "") in section, code
