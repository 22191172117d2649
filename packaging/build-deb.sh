#!/usr/bin/env bash
# Builds a Debian package of the bundle: dist/il2desk_VERSION-1_ARCH.deb (`make deb`).
#
#   /opt/il2desk/                 the PyInstaller bundle (packaging/build.sh)
#   /usr/bin/il2desk              a link to /opt/il2desk/il2desk
#   /usr/share/applications/      the menu entry (Exec=il2desk)
#   /usr/share/metainfo/          the AppStream metainfo
#   /usr/share/icons/hicolor/     the icons (dpkg's triggers refresh the icon cache)
#   /usr/share/doc/il2desk/       copyright and changelog
#   /usr/share/man/man1/          il2desk.1
#
# Depends names the system libraries the bundle does not carry (PyInstaller leaves out
# libc, OpenGL/EGL, libxcb, Wayland and libdrm on purpose: they must match the system's
# drivers and display server), found from the bundle's own ELF files, and what the
# bundled fontconfig needs to find a font. lintian's findings are explained in
# packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x dist/il2desk/il2desk ] || bash packaging/build.sh
version="$(dist/il2desk/il2desk --version)"
version="${version#il2desk }"
revision=1
arch="$(dpkg --print-architecture)"
APP_ID="org.il2desk.Il2desk"
# The project has no public address yet: set DEB_MAINTAINER="Name <address>" for a real one.
maintainer="${DEB_MAINTAINER:-il2desk developers <il2desk@localhost>}"
root="build/deb/il2desk_${version}-${revision}_${arch}"
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/doc/il2desk"

cp -a dist/il2desk "$root/opt/il2desk"
# The tarball's per-user installer has no place in a system package.
rm -f "$root/opt/il2desk/install.sh" "$root/opt/il2desk/INSTALL.txt"
ln -s /opt/il2desk/il2desk "$root/usr/bin/il2desk"
install -D -m 0644 "resources/linux/$APP_ID.desktop" \
  "$root/usr/share/applications/$APP_ID.desktop"
install -D -m 0644 "resources/linux/$APP_ID.metainfo.xml" \
  "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
  install -D -m 0644 "resources/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$root/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "resources/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$root/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

install -D -m 0644 /dev/null "$root/usr/share/man/man1/il2desk.1.gz"
gzip -9n < packaging/il2desk.1 > "$root/usr/share/man/man1/il2desk.1.gz"
# Debian wants shared libraries not executable, and stripped (the PySide6 wheel's ICU
# libraries are not).
find "$root/opt/il2desk" -type f -name '*.so*' -exec chmod 0644 {} +
while IFS= read -r -d '' elf; do
  kind="$(file -b "$elf")"
  if [[ "$kind" == ELF*"shared object"*"not stripped"* ]]; then
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$elf"
  fi
done < <(find "$root/opt/il2desk" -type f -name '*.so*' -print0)

# Debian's machine-readable copyright, pointing at the GPL the system already has.
cat > "$root/usr/share/doc/il2desk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: il2desk

Files: *
Copyright: 2026 il2desk developers
License: GPL-3.0-or-later

Files: opt/il2desk/_internal/*
Copyright: The Qt Company Ltd. and others (Qt 6, PySide6), the Python Software
 Foundation (Python), and the authors of the bundled libraries
License: various
 The bundle carries Qt (LGPL-3.0), PySide6 (LGPL-3.0), Python (PSF-2.0) and the
 system libraries PyInstaller copied from the build machine (Debian ${version%%.*}),
 each under its own licence.

License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License version 3
 can be found in "/usr/share/common-licenses/GPL-3".
EOF
{
  echo "il2desk ($version-$revision) unstable; urgency=medium"
  echo
  echo "  * Package of the il2desk $version bundle (packaging/build-deb.sh)."
  echo
  echo " -- $maintainer  $(date -R)"
} | gzip -9n > "$root/usr/share/doc/il2desk/changelog.Debian.gz"
chmod 0644 "$root/usr/share/doc/il2desk/"*

# The system libraries the bundle's programs and plugins load but do not carry.
mapfile -t bundled < <(find "$root/opt/il2desk" \( -type f -o -type l \) -printf '%f\n' | sort -u)
declare -A carried=()
for name in "${bundled[@]}"; do carried["$name"]=1; done
declare -A packages=()
glibc="2.17"
ldcache="$(ldconfig -p)"
while IFS= read -r -d '' elf; do
  [[ "$(file -b "$elf")" == ELF* ]] || continue
  while read -r lib; do
    [ -n "${carried[$lib]:-}" ] && continue
    path="$(awk -v l="$lib" '$1 == l {print $NF; exit}' <<< "$ldcache")"
    [ -n "$path" ] || { echo "build-deb: $lib (needed by $elf) is not on this system" >&2; exit 1; }
    package=""
    for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "$(readlink -f "$path" | sed 's|^/usr||')"; do
      package="$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1 || true)"
      [ -n "$package" ] && break
    done
    [ -n "$package" ] || { echo "build-deb: no package owns $path" >&2; exit 1; }
    packages["$package"]=1
  done < <(readelf -d "$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  newest="$(objdump -T "$elf" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1 || true)"
  [ -n "$newest" ] && glibc="$(printf '%s\n%s\n' "$glibc" "$newest" | sort -V | tail -1)"
done < <(find "$root/opt/il2desk" -type f -print0)
unset 'packages[libc6]'
depends="libc6 (>= $glibc)"
for package in $(printf '%s\n' "${!packages[@]}" | sort); do depends+=", $package"; done
# The bundled fontconfig reads the system's configuration and needs one font at least.
depends+=", fontconfig-config, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core"

installed_kb="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat > "$root/DEBIAN/control" <<EOF
Package: il2desk
Version: $version-$revision
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $depends
Recommends: xkb-data, hicolor-icon-theme
Section: misc
Priority: optional
Description: companion for home interleukin-2 injections
 il2desk helps people who inject interleukin-2 (aldesleukin) under the skin
 at home: it walks them through each five-day course step by step (pills,
 ice packs, injection sites, preparing the syringe), reminds them, and keeps
 a side-effect diary and lab results on their own computer. It never uses the
 network.
 .
 This package carries its own Python and Qt in /opt/il2desk.
EOF
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
  | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb="dist/il2desk_${version}-${revision}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "build-deb: $deb is ready ($(du -h "$deb" | cut -f1)); Depends: $depends"
