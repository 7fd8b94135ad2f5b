"""The README prints the rights table as the code has it (no second copy to drift)."""

from __future__ import annotations

from pathlib import Path

from mk3desk.domain.rights import markdown_table

README = Path(__file__).resolve().parent.parent / "README.md"


def test_the_readme_prints_the_rights_table_the_services_enforce() -> None:
    assert markdown_table() in README.read_text(encoding="utf-8"), (
        "README's rights table differs from mk3desk/domain/rights.py: "
        "paste `python3 -m mk3desk.domain.rights` into README.md"
    )
