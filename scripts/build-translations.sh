#!/usr/bin/env bash
# Compile the .ts translations into the .qm files the app loads. Both are committed (every
# wheel and sdist carries the .qm without a Qt tool at build time); run this after
# translating and commit the .qm too (tests/packaging/test_translations_packaged.py).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
LRELEASE="$VENV/bin/pyside6-lrelease"
[ -x "$LRELEASE" ] || { echo "build-translations: $LRELEASE missing; skipped"; exit 0; }
shopt -s nullglob
for ts in resources/i18n/il2desk_*.ts; do
  # Always (a fraction of a second): after a merge the .qm may be older than its .ts
  # whatever the files' times say. lrelease writes the same bytes for the same .ts.
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
