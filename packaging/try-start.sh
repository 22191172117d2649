#!/usr/bin/env bash
# Starts an installed il2desk the way the desktop menu would — the Exec line of the menu
# entry installed under HOME (or the system's) — under Xvfb, with only what a desktop
# session gives (HOME, a bare PATH, DISPLAY, LANG: no virtualenv, no PYTHONPATH), waits
# for its window and saves a screenshot of the screen.
#
#   packaging/try-start.sh OUT.png HOME [LANG]      (LANG default C.UTF-8)
#
# The menu entry is looked for in HOME/.local/share/applications, then
# /usr/share/applications. Needs xvfb-run, and a Python with PySide6 for the screenshot
# (GRAB_PYTHON, default .venv/bin/python): the program itself runs without it.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(realpath -m "${1:?OUT.png}")"
home="$(realpath "${2:?HOME}")"
lang="${3:-C.UTF-8}"
GRAB_PYTHON="${GRAB_PYTHON:-.venv/bin/python}"
APP_ID="org.il2desk.Il2desk"

desktop="$home/.local/share/applications/$APP_ID.desktop"
[ -f "$desktop" ] || desktop="/usr/share/applications/$APP_ID.desktop"
[ -f "$desktop" ] || { echo "try-start: no menu entry for il2desk" >&2; exit 2; }
command="$(sed -n 's/^Exec=//p' "$desktop")"
echo "try-start: $desktop: Exec=$command"

export OUT GRAB_PYTHON home lang command
xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  # The Exec line is split as a shell would (the paths here have no quotes in them).
  eval "set -- $command"
  env -i HOME="$home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" \
      LANG="$lang" "$@" > "$home/try-stdout.txt" 2> "$home/try-stderr.txt" &
  pid=$!
  log="$home/.local/share/il2desk/il2desk.log"
  for _ in $(seq 1 120); do
    [ -f "$log" ] && grep -q "started" "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  sleep 2  # let it paint
  "$GRAB_PYTHON" scripts/grab-screen.py "$OUT"
  kill "$pid" 2>/dev/null || true
  wait "$pid" || true
'
echo "try-start: screenshot $OUT"
echo "try-start: stderr:"; sed "s/^/  /" "$home/try-stderr.txt"
grep "started" "$home/.local/share/il2desk/il2desk.log" | sed "s|$home|~|; s/^/  log: /"
rm -f "$home/try-stdout.txt" "$home/try-stderr.txt"
