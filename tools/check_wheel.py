"""Build the wheel `pip install .` would install and check it carries what the program reads.

A source checkout finds resources/ and i18n/ beside the package; an installed one
only has what setup.py copied into mk3desk/_data/. CI runs this so the README's run
command keeps working on a fresh machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEEDED = (
    "mk3desk/_data/resources/fonts/Sarabun-Regular.ttf",
    "mk3desk/_data/resources/fonts/OFL.txt",
    "mk3desk/_data/resources/frameworks/pmqa40-fy2567.yaml",
    "mk3desk/_data/resources/dictionaries/thai_office_words.txt",
    "mk3desk/_data/resources/dictionaries/thai_words.txt",
    "mk3desk/_data/i18n/qtbase_th.qm",
    "mk3desk/_data/i18n/mk3desk_th.qm",
    "mk3desk/_data/i18n/mk3desk_en.qm",
    "mk3desk/db/migrations/versions/0001_first_schema.py",
    "mk3desk/db/migrations/env.py",
    "mk3desk/db/migrations/script.py.mako",
)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", folder, str(ROOT)],
            check=True,
        )
        [wheel] = Path(folder).glob("mk3desk-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in NEEDED if name not in names]
    if missing:
        print("the wheel lacks: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"wheel carries resources, translations and migrations ({len(names)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
