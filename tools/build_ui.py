"""Compile Qt Designer forms: forms/<name>.ui → mk3desk/ui/generated/ui_<name>.py.

    python tools/build_ui.py           # rebuild the modules whose .ui is newer
    python tools/build_ui.py --force   # rebuild all
    python tools/build_ui.py --check   # CI: fail if a module is missing or out of date

The generated modules are committed, so ``pip install .`` needs no build step; a
window uses one by composition (``self.form = Ui_AboutDialog(); self.form.setupUi(self)``).
Every form's root object name must be unique: it is the translation context of the
form's strings, and two forms sharing one would share (and clobber) translations.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "mk3desk" / "ui" / "generated"
HEADER = "# Generated from forms/{name}.ui by tools/build_ui.py — do not edit.\n"
# uic stamps its version into the output; dropped so a Qt patch release does not
# make every committed module "out of date".
_VERSION_LINE = "## Created by: Qt User Interface Compiler version"


class FormError(Exception):
    pass


def uic_command() -> list[str]:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    if sys.platform == "win32":
        return [str(base / "uic.exe"), "-g", "python"]
    return [str(base / "Qt" / "libexec" / "uic"), "-g", "python"]


def module_path(ui: Path, out_dir: Path = GENERATED) -> Path:
    return out_dir / f"ui_{ui.stem}.py"


def root_object_name(ui: Path) -> str:
    widget = ET.parse(ui).getroot().find("widget")
    if widget is None or not widget.get("name"):
        raise FormError(f"{ui.name}: no root widget with a name")
    return str(widget.get("name"))


def check_unique_roots(forms: list[Path]) -> None:
    seen: dict[str, Path] = {}
    for ui in forms:
        name = root_object_name(ui)
        if name in seen:
            raise FormError(
                f"{ui.name} and {seen[name].name} share the root object name {name!r}; "
                "rename one (it is the translation context)"
            )
        seen[name] = ui


def compile_form(ui: Path) -> str:
    """The module text uic makes from *ui* now, with our header."""
    done = subprocess.run(
        [*uic_command(), str(ui)], check=True, capture_output=True, text=True, encoding="utf-8"
    )
    body = "".join(
        line for line in done.stdout.splitlines(keepends=True) if _VERSION_LINE not in line
    )
    return HEADER.format(name=ui.stem) + body


def build(forms: list[Path], out_dir: Path, *, force: bool) -> list[Path]:
    written = []
    for ui in forms:
        target = module_path(ui, out_dir)
        if not force and target.exists() and target.stat().st_mtime >= ui.stat().st_mtime:
            continue
        target.write_text(compile_form(ui), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def check(forms: list[Path], out_dir: Path) -> list[str]:
    """Problems found: missing or stale generated modules."""
    problems = []
    for ui in forms:
        target = module_path(ui, out_dir)
        if not target.exists():
            problems.append(f"{_shown(target)} is missing")
        elif target.read_text(encoding="utf-8") != compile_form(ui):
            problems.append(f"{_shown(target)} differs from {_shown(ui)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify, exit 1 if stale")
    parser.add_argument("--force", action="store_true", help="rebuild every form")
    parser.add_argument("--forms", type=Path, default=FORMS)
    parser.add_argument("--out", type=Path, default=GENERATED)
    args = parser.parse_args(argv)

    forms = sorted(args.forms.glob("*.ui"))
    try:
        check_unique_roots(forms)
    except FormError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        problems = check(forms, args.out)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        if problems:
            print("run: python tools/build_ui.py --force", file=sys.stderr)
            return 1
        print(f"{len(forms)} form module(s) up to date")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for path in build(forms, args.out, force=args.force):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
