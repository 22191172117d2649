#!/usr/bin/env bash
# Prepares a fresh Debian machine (or an existing checkout) to run il2desk:
# the system libraries Qt needs, a local virtual environment in .venv, the package
# with its dev extras, and the compiled translations. Safe to run again: each step
# is skipped when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries Qt's offscreen and xcb platforms load, fonts, and the tools the tests
# use (pdftotext, desktop-file-validate, appstreamcli, Xvfb for screenshots, Gnumeric's
# ssconvert for the CSV test).
DEB_PACKAGES=(
  libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libxcb-shm0
  libxcb-sync1 libxcb-render0 libx11-xcb1
  poppler-utils desktop-file-utils appstream xvfb
  gnumeric  # ssconvert: the CSV test opens the export in a real spreadsheet program
  gir1.2-ical-3.0 python3-gi  # libical's restriction check of the calendar export
  python3-venv
  # The screen-reader test (tests/a11y, `make test-a11y`): the accessibility bus, a
  # session bus and Debian's pyatspi, as Orca reads the program.
  at-spi2-core dbus dbus-x11 python3-pyatspi gir1.2-atspi-2.0
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PYTHON"
  "$PYTHON" -m venv .venv
fi
# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.il2desk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
# The compiled translations are committed; this refreshes them after a .ts changed.
if [ -x scripts/build-translations.sh ]; then
  scripts/build-translations.sh
fi
# Bytecode for the program's own modules (an editable install does not make it), so
# even the first start does not compile them (start-up speed, issue 11).
.venv/bin/python -m compileall -q il2desk >/dev/null
