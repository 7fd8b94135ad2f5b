"""The test tree's own rules (CONTRIBUTING.md): a test module never imports another.

Importing a test module for one helper runs its module-level code, registers its tests'
fixtures in the importer's namespace and ties two modules' set-ups together, so
pytest-xdist's ``--dist loadfile`` can no longer move them apart. Shared helpers live in
``tests/*_support.py`` (and the like), shared fixtures in ``conftest.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _imported_test_modules(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("tests.test_"):
                found.append(node.module)
            elif node.module == "tests":
                found += [f"tests.{a.name}" for a in node.names if a.name.startswith("test_")]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("tests.test_")]
    return found


def test_no_test_module_imports_another() -> None:
    offenders = {
        path.name: names
        for path in sorted(TESTS.glob("*.py"))
        if (names := _imported_test_modules(path))
    }
    assert offenders == {}


def test_the_rule_sees_every_form_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from tests.test_live import a_window\n"
        "from tests import prebuilt, test_startup\n"
        "import tests.test_cli\n"
        "from tests.live_support import copy_of\n",
        encoding="utf-8",
    )
    assert _imported_test_modules(sample) == [
        "tests.test_live",
        "tests.test_startup",
        "tests.test_cli",
    ]
