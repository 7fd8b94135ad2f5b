#!/usr/bin/env bash
# Build the PyInstaller bundle and use it headless the way a clerk's machine would:
# create the demo office, score it, print a Thai PDF, open the window and close it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e ".[build]"
python3 tools/build_i18n.py release >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pyinstaller --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build" build.spec
app="$work/dist/mk3desk/mk3desk"
export QT_QPA_PLATFORM=offscreen MK3DESK_DATA="$work/data"
"$app" demo --db "$work/demo.sqlite3" >/dev/null
"$app" score --db "$work/demo.sqlite3" --year 2567 --json | grep -q '"total": "4.74511"'
"$app" report summary --db "$work/demo.sqlite3" --year 2567 --out "$work/summary.pdf" >/dev/null
pdftotext "$work/summary.pdf" - | grep -q "๔.๗๔๕๑๑"
if "$app" --help 2>&1 | grep -q -- "--smoke-test" || grep -q "smoke-test" mk3desk/ui/launch.py; then
    "$app" --db "$work/demo.sqlite3" --smoke-test
fi
echo "bundle smoke test passed ($(du -sh "$work/dist/mk3desk" | cut -f1))"
