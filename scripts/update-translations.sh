#!/usr/bin/env bash
# Developers: collect every translatable string from the sources into the .ts files
# (then translate the new entries, e.g. with pyside6-linguist, and commit the .ts).
# The tool is taken from ./.venv; set VENV=/path/to/venv to use another one (a git
# worktree sharing the main checkout's environment, for example).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
LUPDATE="$VENV/bin/pyside6-lupdate"
[ -x "$LUPDATE" ] || { echo "update-translations: $LUPDATE missing (set VENV=...)" >&2; exit 1; }
mapfile -t sources < <(find il2desk -name '*.py' | sort)
shopt -s nullglob
ts_files=(resources/i18n/il2desk_*.ts)
# A fresh language starts from the Spanish one's list of messages: name it here.
[ ${#ts_files[@]} -gt 0 ] || ts_files=(resources/i18n/il2desk_es.ts)
for ts in "${ts_files[@]}"; do
  lang="${ts##*_}"; lang="${lang%.ts}"
  # lupdate's Python reader drops plural forms (%n): keep_plurals.py puts them back.
  plurals="$(mktemp)"
  "$VENV/bin/python" scripts/keep_plurals.py save "$ts" "$plurals"
  "$LUPDATE" -no-obsolete -locations none -target-language "$lang" "${sources[@]}" -ts "$ts"
  "$VENV/bin/python" scripts/keep_plurals.py restore "$ts" "$plurals"
  rm -f "$plurals"
done
