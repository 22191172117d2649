#!/usr/bin/env bash
# Compile the committed .ts translations into the .qm files the app loads (not in git).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
LRELEASE="$VENV/bin/pyside6-lrelease"
[ -x "$LRELEASE" ] || { echo "build-translations: $LRELEASE missing; skipped"; exit 0; }
shopt -s nullglob
for ts in resources/i18n/il2desk_*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$LRELEASE" -silent "$ts" -qm "$qm"
  fi
done
