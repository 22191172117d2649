#!/usr/bin/env bash
# Builds the one-folder il2desk bundle (dist/il2desk/) from a clean checkout.
#
# It makes its own build environment in packaging/.venv-build (never the developer's
# .venv), installs il2desk there as a normal (non-editable) package so the bundle
# carries its version metadata, then runs PyInstaller on packaging/il2desk.spec.
# Safe to run again: the environment is reused while pyproject.toml is unchanged.
#
#   packaging/build.sh            build dist/il2desk/
#   packaging/build.sh --clean    throw away the build environment and build/ first
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=packaging/.venv-build
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
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

if [ ! -x "$VENV/bin/python" ]; then
  echo "build: creating $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
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

# Compile the committed translations (.ts) into resources/i18n/*.qm with this
# environment's lrelease, so a clean checkout (no .venv) still ships them.
shopt -s nullglob
for ts in resources/i18n/*.ts; do
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
shopt -u nullglob

"$VENV/bin/pyinstaller" --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/il2desk.spec

version="$(dist/il2desk/il2desk --version)"
echo "build: dist/il2desk/ is ready ($version, $(du -sh dist/il2desk | cut -f1))"
