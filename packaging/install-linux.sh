#!/usr/bin/env bash
# Installs il2desk for the current user on Linux: the menu entry (.desktop), the
# AppStream metainfo and the icons, into the XDG folders ($XDG_DATA_HOME, by default
# ~/.local/share). No root needed.
#
#   packaging/install-linux.sh                 copy the bundle dist/il2desk/ to
#                                              ~/.local/lib/il2desk, link
#                                              ~/.local/bin/il2desk, add the menu entry
#   packaging/install-linux.sh --bundle DIR    the same, from another bundle folder
#   packaging/install-linux.sh --exec PATH     only the menu entry, starting PATH
#                                              (e.g. a pip-installed il2desk)
#   packaging/install-linux.sh --uninstall     remove all of the above
#
# Your record (the data folder, ~/.local/share/il2desk) is never touched, not even by
# --uninstall: it holds your health history.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
APP_ID="org.il2desk.Il2desk"
SIZES=(16 22 24 32 48 64 128 256 512)

DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB_DIR="$HOME/.local/lib/il2desk"
BIN_LINK="$HOME/.local/bin/il2desk"
APPS_DIR="$DATA_HOME/applications"
METAINFO_DIR="$DATA_HOME/metainfo"
ICONS_DIR="$DATA_HOME/icons/hicolor"

mode=install
bundle="$ROOT/dist/il2desk"
exec_path=""
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) mode=uninstall ;;
    --bundle) bundle="$(cd "${2:?--bundle needs a folder}" && pwd)"; shift ;;
    --exec) exec_path="${2:?--exec needs a path}"; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-linux: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

refresh_caches() {
  # Desktops notice new entries sooner with fresh caches; missing tools are fine.
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$APPS_DIR" 2>/dev/null || true
  # Only refresh an icon cache that exists: creating one in the user's folder could
  # later hide icons other programs add there.
  [ -f "$ICONS_DIR/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t -f "$ICONS_DIR" 2>/dev/null || true
}

if [ "$mode" = uninstall ]; then
  rm -f "$APPS_DIR/$APP_ID.desktop" "$METAINFO_DIR/$APP_ID.metainfo.xml"
  for size in "${SIZES[@]}"; do
    rm -f "$ICONS_DIR/${size}x${size}/apps/$APP_ID.png"
  done
  rm -f "$ICONS_DIR/scalable/apps/$APP_ID.svg"
  # Only remove the link and the program folder if they are ours.
  if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$LIB_DIR/il2desk" ]; then
    rm -f "$BIN_LINK"
  fi
  [ -x "$LIB_DIR/il2desk" ] && rm -rf "$LIB_DIR"
  refresh_caches
  echo "il2desk is removed from the menu. Your record in ${DATA_HOME}/il2desk is kept."
  exit 0
fi

if [ -z "$exec_path" ]; then
  if [ ! -x "$bundle/il2desk" ]; then
    echo "install-linux: no bundle in $bundle (build it with packaging/build.sh," >&2
    echo "install-linux: or pass --exec PATH to use an il2desk you already have)" >&2
    exit 2
  fi
  # Copy to a fresh folder first, then swap, so a failed copy leaves the old one.
  mkdir -p "$(dirname "$LIB_DIR")" "$(dirname "$BIN_LINK")"
  rm -rf "$LIB_DIR.new"
  cp -a "$bundle" "$LIB_DIR.new"
  rm -rf "$LIB_DIR"
  mv "$LIB_DIR.new" "$LIB_DIR"
  ln -sfn "$LIB_DIR/il2desk" "$BIN_LINK"
  exec_path="$LIB_DIR/il2desk"
fi
case "$exec_path" in
  /*) ;;
  *) resolved="$(command -v "$exec_path" || true)"
     [ -n "$resolved" ] || { echo "install-linux: $exec_path not found" >&2; exit 2; }
     exec_path="$resolved" ;;
esac
case "$exec_path" in
  *[[:space:]\"\'\\\`\$]*)
    echo "install-linux: the program path must not contain spaces or quotes: $exec_path" >&2
    exit 2 ;;
esac

mkdir -p "$APPS_DIR" "$METAINFO_DIR"
# The menu entry starts this very program (absolute path: ~/.local/bin may not be on
# the desktop session's PATH).
sed "s|^Exec=.*|Exec=$exec_path|" "$ROOT/resources/linux/$APP_ID.desktop" > "$APPS_DIR/$APP_ID.desktop"
chmod 0644 "$APPS_DIR/$APP_ID.desktop"
install -m 0644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" "$METAINFO_DIR/$APP_ID.metainfo.xml"

icons_src="$ROOT/resources/icons/hicolor"
[ -d "$icons_src" ] || icons_src="$LIB_DIR/_internal/resources/icons/hicolor"
for size in "${SIZES[@]}"; do
  install -D -m 0644 "$icons_src/${size}x${size}/apps/$APP_ID.png" \
    "$ICONS_DIR/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$icons_src/scalable/apps/$APP_ID.svg" "$ICONS_DIR/scalable/apps/$APP_ID.svg"
refresh_caches
echo "il2desk is in your applications menu (it starts $exec_path)."
echo "To remove it: $0 --uninstall"
