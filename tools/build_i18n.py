"""Translation catalogues: extract strings and compile them.

    python tools/build_i18n.py update    # lupdate mk3desk/ and forms/ into i18n/mk3desk_{th,en}.ts
    python tools/build_i18n.py release   # lrelease every i18n/*.ts into a .qm beside it

Thai is the source language. ``update`` rewrites ``mk3desk_th.ts`` as an identity
catalogue (every translation = its source, marked finished) and merges new strings
into ``mk3desk_en.ts`` keeping the English already written (lupdate's own merge; a
string whose Thai changed comes back unfinished for a translator to check).
``i18n/qtbase_th.ts`` (Qt's own strings in Thai) is written by hand and only compiled.
Strings are found in ``self.tr()`` / ``QCoreApplication.translate()`` calls, in
``QT_TRANSLATE_NOOP(context, text)`` marks in the Qt-free layers, and in ``.ui`` forms;
``mk3desk/ui/generated`` is skipped because its strings are the forms' strings.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mk3desk.ui.i18n import compile_catalogues, qt_tool  # noqa: E402

I18N = ROOT / "i18n"
APP_CATALOGUES = {"th": I18N / "mk3desk_th.ts", "en": I18N / "mk3desk_en.ts"}
_TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def source_files(root: Path = ROOT) -> list[Path]:
    """Python modules and forms that may hold user-visible strings."""
    generated = root / "mk3desk" / "ui" / "generated"
    sources = [p for p in sorted((root / "mk3desk").rglob("*.py")) if generated not in p.parents]
    sources += sorted((root / "forms").glob("*.ui"))
    return sources


def run_lupdate(sources: list[Path], ts: Path, language: str, *, drop_obsolete: bool) -> str:
    # A list file keeps the command line short (Windows limits it to 32k characters).
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources))
    try:
        cmd = [
            str(qt_tool("lupdate")),
            f"@{lst.name}",
            "-source-language",
            "th_TH",
            "-target-language",
            language,
            "-locations",
            "relative",
            "-ts",
            str(ts),
        ]
        if drop_obsolete:
            cmd.insert(1, "-no-obsolete")
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        return done.stdout
    finally:
        Path(lst.name).unlink()


def make_identity(ts: Path) -> int:
    """Give every message of *ts* its source as a finished translation; return the count."""
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:  # Thai has a single plural form
            for form in forms:
                form.text = source
        else:
            translation.text = source
        count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(_TS_HEADER + body + "\n", encoding="utf-8")
    return count


def unfinished(ts: Path) -> int:
    root = ET.parse(ts).getroot()
    return sum(1 for t in root.iter("translation") if t.get("type") == "unfinished")


def update() -> None:
    I18N.mkdir(exist_ok=True)
    sources = source_files()
    run_lupdate(sources, APP_CATALOGUES["th"], "th_TH", drop_obsolete=True)
    count = make_identity(APP_CATALOGUES["th"])
    run_lupdate(sources, APP_CATALOGUES["en"], "en", drop_obsolete=False)
    todo = unfinished(APP_CATALOGUES["en"])
    print(f"{count} strings; {todo} still to translate in {APP_CATALOGUES['en'].name}")


def release() -> None:
    for qm in compile_catalogues(sorted(I18N.glob("*.ts"))):
        print(f"wrote {qm.relative_to(ROOT)}")


def check() -> int:
    """Exit 1 if a committed .qm differs from what lrelease makes of its .ts now.

    The .qm files are committed (like the compiled forms) so that `pip install .`
    ships working translations without Qt's tools in the build environment.
    """
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for ts in sorted(I18N.glob("*.ts")):
            copy = Path(folder) / ts.name
            shutil.copy2(ts, copy)
            [qm] = compile_catalogues([copy])
            committed = ts.with_suffix(".qm")
            if not committed.exists() or committed.read_bytes() != qm.read_bytes():
                stale.append(committed.name)
    if stale:
        print(f"out of date: {', '.join(stale)} — run tools/build_i18n.py release", file=sys.stderr)
        return 1
    print(f"{len(list(I18N.glob('*.ts')))} translation catalogue(s) compiled and up to date")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return check()
        update() if args.command == "update" else release()
    except subprocess.CalledProcessError as exc:
        print(exc.stdout or "", exc.stderr or "", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
