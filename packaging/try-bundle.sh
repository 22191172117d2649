#!/usr/bin/env bash
# Starts the built bundle under Xvfb with a clean environment (no virtualenv, no
# PYTHONPATH, a throw-away HOME), checks that its window appears and which data folder
# it uses, and saves a screenshot.
#
#   packaging/try-bundle.sh [OUT.png]        (default docs/screenshots/bundle.png)
#
# Needs xvfb-run, and a Python with PySide6 only for the screenshot (GRAB_PYTHON,
# default .venv/bin/python): the bundle itself runs without it. With PIP_IL2DESK set to
# a pip-installed il2desk, that one is started afterwards under the same HOME, to show
# both use the one per-user data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots/bundle.png}"
GRAB_PYTHON="${GRAB_PYTHON:-.venv/bin/python}"
BUNDLE="$PWD/dist/il2desk/il2desk"
[ -x "$BUNDLE" ] || { echo "try-bundle: build first (packaging/build.sh)" >&2; exit 2; }

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

echo "try-bundle: $("$BUNDLE" --version) from $BUNDLE"
export OUT GRAB_PYTHON BUNDLE home
xvfb-run -a -s "-screen 0 1280x900x24" bash -c '
  # Only what a desktop session would give the app: no venv, no PYTHONPATH.
  env -i HOME="$home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="${XAUTHORITY:-}" \
      LANG=C.UTF-8 "$BUNDLE" > "$home/stdout.txt" 2> "$home/stderr.txt" &
  pid=$!
  for _ in $(seq 1 60); do
    [ -f "$home/.local/share/il2desk/il2desk.log" ] && grep -q "started" "$home/.local/share/il2desk/il2desk.log" && break
    sleep 0.5
  done
  sleep 2  # let it paint
  "$GRAB_PYTHON" scripts/grab-screen.py "$OUT"
  kill "$pid"
  wait "$pid" || true
'
echo "try-bundle: stderr of the bundle:"; sed "s/^/  /" "$home/stderr.txt"
echo "try-bundle: files in the data folder:"
find "$home" -path "$home/stdout.txt" -prune -o -path "$home/stderr.txt" -prune -o -type f -print | sed "s|$home|~|; s/^/  /"
grep "started" "$home/.local/share/il2desk/il2desk.log" | sed "s|$home|~|; s/^/  log: /"

if [ -n "${PIP_IL2DESK:-}" ]; then
  echo "try-bundle: now the pip-installed app, same HOME: $PIP_IL2DESK"
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
      IL2DESK_QUIT_AFTER_PAINT=1 timeout 60 "$PIP_IL2DESK" >/dev/null 2>&1
  mapfile -t records < <(find "$home" -name il2desk.sqlite3)
  printf '  record files under HOME: %s\n' "${records[@]/#$home/\~}"
  if [ "${#records[@]}" -ne 1 ]; then
    echo "try-bundle: the bundle and the pip app use different data folders" >&2
    exit 1
  fi
  echo "try-bundle: one record, shared by the bundle and the pip-installed app"
fi
