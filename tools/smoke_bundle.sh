#!/usr/bin/env bash
# Build the PyInstaller bundle and use it headless the way a clerk's machine would:
# create the demo office, score it, print Thai PDFs (summary, one indicator, the annual book),
# write and read Excel files, open the window and close it.
#
# Then print its size, zipped the way it is handed out and unpacked, e.g.
#   bundle: 98 MB zipped, 185 MB unpacked
# (MB = 1,000,000 bytes) and FAIL when the zip is over MAX_ZIPPED_MB (120 MB, issue #13): a new
# dependency, or a Qt plugin that brings its libraries along, shows up here first (build.spec
# says what is left out and why).
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_ZIPPED_MB=120
python3 -m pip install --quiet --disable-pip-version-check -e ".[build]"
python3 tools/build_i18n.py release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pyinstaller --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build" build.spec
dist="$work/dist/mk3desk"
app="$dist/mk3desk"
export QT_QPA_PLATFORM=offscreen MK3DESK_DATA="$work/data"
db="$work/demo.sqlite3"
# The PDF's text holds $2 (read from a file: `grep -q` on a pipe would stop pdftotext mid-book).
pdf_has() { pdftotext "$1" "$1.txt" && grep -q "$2" "$1.txt"; }

"$app" demo --db "$db" >/dev/null
"$app" score --db "$db" --year 2567 --json >"$work/score.json"
grep -q '"total": "4.74511"' "$work/score.json"
"$app" report summary --db "$db" --year 2567 --out "$work/summary.pdf" >/dev/null
pdf_has "$work/summary.pdf" "๔.๗๔๕๑๑"
"$app" report indicator --db "$db" --year 2567 --indicator 1.1 --out "$work/indicator.pdf" >/dev/null
pdf_has "$work/indicator.pdf" "ตัวชี้วัด ๑.๑"
"$app" report book --db "$db" --year 2567 --out "$work/book.pdf" >/dev/null
pdf_has "$work/book.pdf" "รายงานผลการดำเนินงาน"
# Excel: a template, an export, and that export read back (openpyxl both ways).
"$app" template framework --out "$work/framework.xlsx" >/dev/null
"$app" export people --db "$db" --year 2567 --out "$work/people.xlsx" >/dev/null
"$app" import people --db "$db" --year 2567 --file "$work/people.xlsx" --dry-run >/dev/null
if "$app" --help 2>&1 | grep -q -- "--smoke-test" || grep -q "smoke-test" mk3desk/ui/launch.py; then
    "$app" --db "$db" --smoke-test | tee "$work/smoke.txt"
    # The office server's driver loads inside the frozen program (build.spec, ui/smoke_test.py).
    grep -q "PostgreSQL driver: psycopg .*(binary)" "$work/smoke.txt"
fi

# What must not come back into the bundle (build.spec, tools/pyinstaller_hooks).
unwanted=$(find "$dist" \( -iname "*psycopg2*" -o -iname "*psycopg_c*" -o -iname "*Qt6Quick*" -o -iname "*Qt6Qml*" \
    -o -iname "*qgtk3*" -o -iname "libgtk-3*" -o -iname "opengl32sw*" \
    -o -path "*/Qt/translations/*" \) -print)
if [ -n "$unwanted" ]; then
    echo "the bundle holds what build.spec leaves out:" >&2
    echo "$unwanted" >&2
    exit 1
fi

python3 - "$dist" "$MAX_ZIPPED_MB" <<'PY'
import os
import stat
import sys
import zipfile
from pathlib import Path

dist, limit = Path(sys.argv[1]), int(sys.argv[2])
unpacked = 0
archive = dist.parent / "mk3desk.zip"
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
    for folder, dirs, files in os.walk(dist):
        for name in sorted(dirs + files):
            path = Path(folder, name)
            entry = path.relative_to(dist.parent).as_posix()
            if path.is_symlink():
                # On Linux PyInstaller links the Qt and Pillow libraries into _internal/: stored
                # as links (as `zip -y` does), so each is counted once; Windows bundles have none.
                info = zipfile.ZipInfo(entry)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zipped.writestr(info, os.readlink(path))
            elif path.is_file():
                unpacked += path.stat().st_size
                zipped.write(path, entry)
size = archive.stat().st_size
print(f"bundle: {size / 1e6:.0f} MB zipped, {unpacked / 1e6:.0f} MB unpacked")
if size > limit * 1e6:
    sys.exit(f"bundle too big: {size / 1e6:.1f} MB zipped, over the {limit} MB limit (build.spec)")
PY
echo "bundle smoke test passed"
