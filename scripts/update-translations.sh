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
# The domain's plural templates first: lupdate keeps the first sighting of a message,
# and only there does it see that they are plurals (il2desk/domain/plurals.py).
mapfile -t sources < <(echo il2desk/domain/plurals.py
                       find il2desk -name '*.py' ! -path il2desk/domain/plurals.py | sort)
shopt -s nullglob
ts_files=(resources/i18n/il2desk_*.ts)
# English is the source language: its file holds only the plural forms ("%n hour(s)"
# → "1 hour", "2 hours"), filled in from the "(s)" by scripts/english_plurals.py.
# A fresh language starts from the Spanish one's list of messages: name it here.
[ ${#ts_files[@]} -gt 0 ] || ts_files=(resources/i18n/il2desk_es.ts)
for ts in "${ts_files[@]}"; do
  lang="${ts##*_}"; lang="${lang%.ts}"
  only=()
  [ "$lang" = en ] && only=(-pluralonly)
  # lupdate's Python reader drops the plural forms of a translate(…, n) it does not see
  # as a plural: keep_plurals.py puts them back.
  plurals="$(mktemp)"
  "$VENV/bin/python" scripts/keep_plurals.py save "$ts" "$plurals"
  "$LUPDATE" -no-obsolete -locations none "${only[@]}" -target-language "$lang" \
    "${sources[@]}" -ts "$ts"
  "$VENV/bin/python" scripts/keep_plurals.py restore "$ts" "$plurals"
  rm -f "$plurals"
done
[ -f resources/i18n/il2desk_en.ts ] && "$VENV/bin/python" scripts/english_plurals.py \
  resources/i18n/il2desk_en.ts
