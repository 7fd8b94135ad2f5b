"""The process-wide caches: each registers with mk3desk.caches, and clear_all empties it."""

from __future__ import annotations

import ast
import functools
import importlib
import io
from pathlib import Path
from typing import Any

import pytest

import mk3desk
from mk3desk import caches

PACKAGE = Path(mk3desk.__file__).resolve().parent
KNOWN = {
    "columns.normalised_cells",
    "fonts.families",
    "scoreplan.plans",
    "shaping.harfbuzz_fonts",
    "shaping.numbers",
    "shaping.shapes",
    "shaping.writers",
    "thai_text.line_breaks",
    "thai_text.markup",
    "thai_text.widths",
    "thai_wrap.hints",
    "thaisort.keys",
    "thaiwords.dictionary",
    "thaiwords.marks",
    "thaiwords.segments",
}
_MEMOISERS = {"lru_cache", "cache"}


@functools.cache
def _parsed() -> dict[str, tuple[ast.Module, str]]:
    """Every module of the package (the generated Qt forms aside), by dotted name: its
    tree and that tree's source as ``ast.unparse`` writes it (parsed once per run)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        if "generated" in relative.parts:
            continue
        name = ".".join(relative.parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[name] = (tree, ast.unparse(tree))
    return found


def _memoised_functions(tree: ast.Module) -> list[str]:
    """Module-level functions decorated with functools.lru_cache or functools.cache."""
    names = []
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            label = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if label in _MEMOISERS:
                names.append(node.name)
    return names


def _registering_modules() -> list[str]:
    return [name for name, (_tree, text) in _parsed().items() if "caches.register(" in text]


def test_every_memoised_function_registers_its_cache() -> None:
    missing = []
    for module, (tree, text) in _parsed().items():
        for function in _memoised_functions(tree):
            if f"{function}.cache_clear)" not in text:
                missing.append(f"{module}.{function}")
    assert not missing, f"register these with mk3desk.caches.register: {missing}"


def test_the_registry_names_the_known_caches() -> None:
    for module in _registering_modules():
        importlib.import_module(module)
    assert set(caches.names()) >= KNOWN, sorted(KNOWN - set(caches.names()))


def test_clear_all_can_keep_some_and_refuses_unknown_names() -> None:
    with pytest.raises(KeyError):
        caches.clear_all(keep=("no.such.cache",))


def _size(name: str) -> int:
    """How much the cache registered as *name* holds now."""
    empty = caches._clears[name]
    owner: Any = getattr(empty, "__self__", None)
    if owner is not None and hasattr(owner, "cache_info"):  # an lru_cache
        return int(owner.cache_info().currsize)
    if owner is not None:  # a dict or a WeakKeyDictionary
        return len(owner)
    module = importlib.import_module(empty.__module__)
    held = {"thaiwords.dictionary": "_tokenizer", "thai_wrap.hints": "_cache"}[name]
    return 0 if getattr(module, held) is None else 1


def _fill_every_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> object:
    """Use every cache once; returns the framework, whose plan is kept while it lives."""
    from reportlab.pdfgen.canvas import Canvas

    from mk3desk import paths
    from mk3desk.domain import thaiwords
    from mk3desk.domain.scoreplan import prepare
    from mk3desk.domain.template import load_framework
    from mk3desk.domain.thaisort import thai_sort_key
    from mk3desk.reports.fonts import bundled_fonts
    from mk3desk.reports.thai_draw import draw_text
    from mk3desk.reports.thai_text import TextStyle, markup_runs
    from mk3desk.ui import thai_wrap

    for module in _registering_modules():
        importlib.import_module(module)
    text = "ผลการดำเนินงาน (สพป.มหาสารคาม เขต 3) ได้ **ร้อยละ 4.74511**"
    thaiwords.segment(text)
    thai_sort_key("สมชาย")
    framework = load_framework(paths.resource("frameworks", "pmqa40-fy2567.yaml"))
    prepare(framework)
    markup_runs(text)
    canvas = Canvas(io.BytesIO())
    draw_text(canvas, text, 0, 700, 300, TextStyle(bundled_fonts()))
    monkeypatch.setattr(thai_wrap, "_cache", thai_wrap.HintCache(tmp_path / "hints.json"))
    thai_wrap.wrap_hint(text)
    normalise = next(
        importlib.import_module(module)._normalise_cached
        for module in _registering_modules()
        if module.endswith(".columns")
    )
    normalise("  ชื่อ  ")
    return framework


def test_clear_all_empties_every_registered_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    framework = _fill_every_cache(tmp_path, monkeypatch)
    filled = {name for name in caches.names() if _size(name)}
    assert filled >= KNOWN, sorted(KNOWN - filled)  # the workload reached every cache

    caches.clear_all(keep=("thaiwords.dictionary",))
    assert [name for name in caches.names() if _size(name)] == ["thaiwords.dictionary"]

    caches.clear_all()
    assert [name for name in caches.names() if _size(name)] == []
    assert framework is not None
