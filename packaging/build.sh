#!/usr/bin/env bash
# Builds the one-folder il2desk bundle (dist/il2desk/) and its tarball
# (dist/il2desk-VERSION-linux-x86_64.tar.gz, with install.sh) from a clean checkout.
#
# It makes its own build environment in packaging/.venv-build (never the developer's
# .venv) with one named Python, PYTHON (default /usr/bin/python3.11, Debian's: never
# whichever python3.11 comes first on PATH, whose libpython may carry a RUNPATH into a
# pyenv folder), installs il2desk there as a normal (non-editable) package so the bundle
# carries its version metadata, then runs PyInstaller on packaging/il2desk.spec.
# Safe to run again: the environment is reused while pyproject.toml is unchanged.
#
#   packaging/build.sh            build dist/il2desk/ and the tarball
#   packaging/build.sh --clean    throw away the build environment and build/ first
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=packaging/.venv-build
PYTHON="${PYTHON:-/usr/bin/python3.11}"
case "$PYTHON" in
  /*) [ -x "$PYTHON" ] || { echo "build: $PYTHON not found (set PYTHON=/path/to/python3.11)" >&2; exit 2; } ;;
  *) echo "build: PYTHON must be an absolute path, not $PYTHON" >&2; exit 2 ;;
esac
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"

if [ "${1:-}" = "--clean" ]; then
  rm -rf "$VENV" build/il2desk dist/il2desk
fi

# PyInstaller needs a Python built with a shared libpython (pyenv: --enable-shared).
if [ "$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED"))')" != "1" ]; then
  echo "build: $PYTHON has no shared libpython; PyInstaller cannot bundle it." >&2
  echo "build: use a distribution Python or rebuild with --enable-shared." >&2
  exit 2
fi

# A build environment made by another Python is made again.
if [ -x "$VENV/bin/python" ] && [ "$(cat "$VENV/.il2desk-python" 2>/dev/null)" != "$PYTHON" ]; then
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "build: creating $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
  echo "$PYTHON" > "$VENV/.il2desk-python"
fi
stamp="$VENV/.il2desk-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ -n "$(find il2desk -newer "$stamp" -name '*.py' -print -quit)" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC"
  # Not editable: PyInstaller must see a real dist-info to copy the version from.
  "$VENV/bin/python" -m pip install -q --force-reinstall --no-deps .
  "$VENV/bin/python" -m pip install -q .
  touch "$stamp"
fi

# The compiled translations are committed (resources/i18n/*.qm) and go in with resources/.

"$VENV/bin/pyinstaller" --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/il2desk.spec

version="$(dist/il2desk/il2desk --version)"
echo "build: dist/il2desk/ is ready ($version, $(du -sh dist/il2desk | cut -f1))"

# The tarball people download: the bundle with its own install.sh (which copies it to
# ~/.local/lib/il2desk and adds the menu entry, metainfo and icons) and a short note.
install -m 0755 packaging/install.sh dist/il2desk/install.sh
install -m 0644 packaging/INSTALL.txt dist/il2desk/INSTALL.txt
tarball="dist/il2desk-${version#il2desk }-linux-$(uname -m).tar.gz"
tar -C dist --owner=0 --group=0 -czf "$tarball" il2desk
echo "build: $tarball is ready ($(du -sh "$tarball" | cut -f1))"
