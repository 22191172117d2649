#!/usr/bin/env bash
# Developers: collect every translatable string from the sources into the .ts files
# (then translate the new entries, e.g. with pyside6-linguist, and commit the .ts).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find il2desk -name '*.py' | sort)
for ts in resources/i18n/il2desk_*.ts; do
  .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$ts"
done
