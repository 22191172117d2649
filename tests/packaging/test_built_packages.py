"""The bundle's tarball and the .deb, when they have been built (`make bundle`, `make
deb`; each test is skipped, saying so, when its file is not in dist/).

The tarball is installed from its unpacked folder into a fresh HOME with its own
install.sh, started, and uninstalled leaving only the record (issue 22).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tarfile
import tomllib
from pathlib import Path

import pytest

from il2desk import APP_ID
from il2desk.ui.icons import ICON_SIZES_PX

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "project"]["version"]


def built(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    if not found:
        reason = f"no dist/{pattern} (make bundle / make deb builds it)"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    return found[-1]


def session_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program: no virtualenv, no PYTHONPATH."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_tarball_installs_starts_and_uninstalls_in_a_fresh_home(tmp_path):
    tarball = built(f"il2desk-{VERSION}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path / "unpacked", filter="tar")
    for name in ("il2desk/install.sh", "il2desk/INSTALL.txt", "il2desk/il2desk",
                 f"il2desk/_internal/resources/linux/{APP_ID}.desktop",
                 f"il2desk/_internal/resources/linux/{APP_ID}.metainfo.xml",
                 "il2desk/_internal/resources/i18n/il2desk_es.qm",
                 f"il2desk/_internal/resources/icons/hicolor/48x48/apps/{APP_ID}.png"):
        assert name in names, name
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run([str(tmp_path / "unpacked" / "il2desk" / "install.sh")],
                            env=session_env(home), capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lib = home / ".local" / "lib" / "il2desk"
    share = home / ".local" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    exec_line = next(line for line in desktop.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    assert exec_line == f"Exec={lib / 'il2desk'}"  # the copy the menu entry starts
    for px in ICON_SIZES_PX:
        assert (share / "icons" / "hicolor" / f"{px}x{px}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout

    version = subprocess.run([str(home / ".local" / "bin" / "il2desk"), "--version"],
                             env=session_env(home), capture_output=True, text=True,
                             timeout=60, check=False)
    assert version.stdout.strip() == f"il2desk {VERSION}", version.stderr
    started = subprocess.run(shlex.split(exec_line.removeprefix("Exec=")),
                             env=session_env(home, QT_QPA_PLATFORM="offscreen",
                                             IL2DESK_QUIT_AFTER_PAINT="1",
                                             LANG="es_ES.UTF-8"),
                             capture_output=True, text=True, timeout=120, check=False)
    assert started.returncode == 0, started.stderr
    assert "il2desk-first-paint" in started.stdout.splitlines()

    result = subprocess.run([str(lib / "install.sh"), "--uninstall"], env=session_env(home),
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    left = {str(p.relative_to(home)) for p in home.rglob("*")}
    # Only the record the start made (the patient's data) is left, nothing of il2desk.
    assert {p.split("/")[2] for p in left if p.count("/") >= 2} == {"il2desk"}
    assert all(p in (".local", ".local/share") or p.startswith(".local/share/il2desk")
               for p in left), sorted(left)


def test_the_deb_has_the_bundle_the_link_the_menu_entry_and_its_depends():
    deb = built(f"il2desk_{VERSION}-*.deb")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    paths = {line.split()[5].removeprefix(".") for line in listing.splitlines()}
    assert "/opt/il2desk/il2desk" in paths
    assert f"/usr/share/applications/{APP_ID}.desktop" in paths
    assert f"/usr/share/metainfo/{APP_ID}.metainfo.xml" in paths
    assert "/usr/share/man/man1/il2desk.1.gz" in paths
    assert "/usr/share/doc/il2desk/copyright" in paths
    for px in ICON_SIZES_PX:
        assert f"/usr/share/icons/hicolor/{px}x{px}/apps/{APP_ID}.png" in paths
    assert "/opt/il2desk/install.sh" not in paths  # the tarball's per-user installer
    link = next(line for line in listing.splitlines() if " ./usr/bin/il2desk " in line)
    assert link.endswith("-> /opt/il2desk/il2desk")
    fields = {name: subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True,
                                   text=True, check=True).stdout.strip()
              for name in ("Package", "Version", "Depends")}
    assert fields["Package"] == "il2desk"
    assert fields["Version"].startswith(f"{VERSION}-")
    depends = fields["Depends"]
    for package in ("libc6 (>= 2.", "libgl1", "libegl1", "libxcb1", "fontconfig-config"):
        assert package in depends, depends
    assert os.path.getsize(deb) > 10_000_000  # the whole bundle, not an empty shell
