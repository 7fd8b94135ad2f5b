#!/usr/bin/env bash
# Install what the test suite needs on a fresh Debian/Ubuntu machine, then mk3desk itself.
# System packages: Qt's offscreen platform (EGL, xkbcommon, fontconfig, dbus) and poppler's
# pdftotext/pdffonts/pdftoppm, which the PDF tests use to read the documents back; the PostgreSQL
# server, which tests/test_postgres.py starts on loopback to run the same code on an office server.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3
          poppler-utils fonts-tlwg-laksaman postgresql)
if command -v apt-get >/dev/null 2>&1; then
    missing=()
    for p in "${packages[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        sudo_cmd=""
        [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
        export DEBIAN_FRONTEND=noninteractive
        $sudo_cmd apt-get update -qq
        $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi
python3 -m pip install --quiet --disable-pip-version-check -e ".[test]"
