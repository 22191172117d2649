#!/usr/bin/env bash
# Installs il2desk for the current user on Linux, no root needed. It travels in the
# bundle's tarball (il2desk/install.sh) and works from a checkout too (the bundle is then
# dist/il2desk, built by packaging/build.sh).
#
#   ./install.sh                 copy the bundle to ~/.local/lib/il2desk, link
#                                ~/.local/bin/il2desk, and add the menu entry, the
#                                metainfo and the icons to $XDG_DATA_HOME
#                                (default ~/.local/share)
#   ./install.sh --bundle DIR    the same, from another bundle folder
#   ./install.sh --uninstall     remove all of that, and the folders it leaves empty
#
# The menu entry is written by the bundle itself (`il2desk desktop-entry install`, the
# command pip and pipx users have too). Your record (~/.local/share/il2desk) is never
# touched, not even by --uninstall: it holds your health history.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
LIB_DIR="$HOME/.local/lib/il2desk"
BIN_LINK="$HOME/.local/bin/il2desk"

mode=install
if [ -x "$HERE/il2desk" ] && [ -d "$HERE/_internal" ]; then
  bundle="$HERE"                      # inside the unpacked tarball
else
  bundle="$(dirname "$HERE")/dist/il2desk"  # packaging/ in a checkout
fi
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) mode=uninstall ;;
    --bundle) bundle="$(cd "${2:?--bundle needs a folder}" && pwd)"; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

# Removes each folder given, then its parents, while they are empty (never $HOME).
remove_empty_folders() {
  local folder
  for folder in "$@"; do
    while [ "$folder" != "$HOME" ] && [ "${folder#"$HOME"/}" != "$folder" ] \
        && [ -d "$folder" ] && rmdir "$folder" 2>/dev/null; do
      folder="$(dirname "$folder")"
    done
  done
}

ours() {  # the installed program folder looks like one of our bundles
  [ -x "$LIB_DIR/il2desk" ] && [ -d "$LIB_DIR/_internal" ]
}

if [ "$mode" = uninstall ]; then
  if ours; then
    "$LIB_DIR/il2desk" desktop-entry remove >/dev/null
  elif [ -x "$bundle/il2desk" ]; then
    "$bundle/il2desk" desktop-entry remove >/dev/null
  fi
  # Only remove the link and the program folder if they are ours.
  if [ -L "$BIN_LINK" ] && [ "$(readlink "$BIN_LINK")" = "$LIB_DIR/il2desk" ]; then
    rm -f "$BIN_LINK"
  fi
  if ours; then
    rm -rf "$LIB_DIR"
  fi
  remove_empty_folders "$(dirname "$BIN_LINK")" "$(dirname "$LIB_DIR")"
  echo "il2desk is removed. Your record in ${XDG_DATA_HOME:-$HOME/.local/share}/il2desk is kept."
  exit 0
fi

if [ ! -x "$bundle/il2desk" ]; then
  echo "install: no il2desk bundle in $bundle (build it with packaging/build.sh)" >&2
  exit 2
fi
if [ "$bundle" != "$LIB_DIR" ]; then
  # Copy to a fresh folder first, then swap, so a failed copy leaves the old one.
  mkdir -p "$(dirname "$LIB_DIR")"
  rm -rf "$LIB_DIR.new"
  cp -a "$bundle" "$LIB_DIR.new"
  rm -rf "$LIB_DIR"
  mv "$LIB_DIR.new" "$LIB_DIR"
fi
mkdir -p "$(dirname "$BIN_LINK")"
ln -sfn "$LIB_DIR/il2desk" "$BIN_LINK"
# The menu entry starts $LIB_DIR/il2desk by its absolute path: ~/.local/bin may not be
# on the desktop session's PATH.
"$LIB_DIR/il2desk" desktop-entry install >/dev/null
echo "il2desk is installed in $LIB_DIR and is in your applications menu."
echo "To remove it: $LIB_DIR/install.sh --uninstall"
