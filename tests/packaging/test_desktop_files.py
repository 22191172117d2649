"""The files that put il2desk in a desktop menu are valid and agree with each other.

The validators come from apt (desktop-file-utils, appstream), installed by
scripts/setup.sh; a test is skipped, saying why, only where they are missing.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from il2desk import APP_ID
from il2desk.ui.about_dialog import LICENCE_ID
from il2desk.ui.icons import ICON_SIZES_PX

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
# In resources/ so that every package carries them (`il2desk desktop-entry install`).
DESKTOP = ROOT / "resources" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        reason = f"{tool} is not installed (apt-get install it; scripts/setup.sh does)"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    return path


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_desktop_file_is_valid() -> None:
    tool = need("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True,
                            check=False)
    # desktop-file-validate prints hints and warnings too; we want none at all.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_is_valid() -> None:
    tool = need("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", "--no-color", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors (E:) and warnings (W:) fail; infos (I:) and pedantic notes (P:) do not.
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_desktop_file_uses_the_application_id() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID
    assert section["Exec"] == "il2desk"
    assert section["Name"] == "il2desk"
    assert section["Terminal"] == "false"


def test_metainfo_agrees_with_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == PYPROJECT["project"]["version"]
    assert root.findtext("provides/binary") == "il2desk"


def test_about_dialog_licence_is_the_project_licence() -> None:
    assert PYPROJECT["project"]["license"] == LICENCE_ID


def test_icons_exist_at_every_standard_size() -> None:
    assert ICON_SIZES_PX == (16, 22, 24, 32, 48, 64, 128, 256, 512)
    for size_px in ICON_SIZES_PX:
        png = HICOLOR / f"{size_px}x{size_px}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), png
        assert png_size(png) == (size_px, size_px)
    svg = ET.parse(HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 128 128"  # square


def test_spec_bundles_resources_metadata_and_the_qt_modules() -> None:
    spec = (PACKAGING / "il2desk.spec").read_text(encoding="utf-8")
    assert 'copy_metadata("il2desk")' in spec  # `il2desk --version` in the bundle
    assert '"resources"' in spec
    assert 'collect_submodules("il2desk")' in spec  # CLI subcommands load by name
    for module in ("PySide6.QtSvg", "PySide6.QtPrintSupport"):
        assert f'"{module}"' in spec
    assert f'APP_ID = "{APP_ID}"' in spec
    # The spec reads the version from pyproject.toml, never its own copy.
    assert PYPROJECT["project"]["version"] not in spec


def test_build_script_uses_its_own_environment_and_is_ignored_by_git() -> None:
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "packaging/.venv-build" in build
    assert "packaging/il2desk.spec" in build
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for entry in ("packaging/.venv-build/", "build/", "dist/"):
        assert entry in ignored


def test_flatpak_manifest_names_the_app_and_runtime() -> None:
    manifest = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", manifest, re.MULTILINE)
    assert re.search(r"^runtime: org\.kde\.Platform$", manifest, re.MULTILINE)
    assert "command: il2desk" in manifest
    for file_name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        assert f"resources/linux/{file_name}" in manifest
    # Issue 22: the tray may talk to the desktop's StatusNotifierWatcher; WebEngine is
    # removed from the base app; no step ends in `; true`, which would hide its failure.
    finish_args = re.findall(r"^  - (--\S+)$", manifest, re.MULTILINE)
    assert "--talk-name=org.kde.StatusNotifierWatcher" in finish_args
    # No network and no file system: the record stays in the sandbox, files go through
    # the portal.
    assert not [a for a in finish_args if a.startswith(("--share=network", "--filesystem"))]
    assert "BASEAPP_REMOVE_WEBENGINE: '1'" in manifest
    assert "/app/cleanup-BaseApp.sh" in manifest
    assert not re.search(r";\s*true\b|\|\|\s*true\b", manifest)


def test_flatpak_builder_reads_the_manifest(tmp_path) -> None:
    tool = need("flatpak-builder")
    # (in a temporary folder: flatpak-builder leaves a .flatpak-builder/ where it runs)
    result = subprocess.run([tool, "--show-manifest",
                             str(PACKAGING / "flatpak" / f"{APP_ID}.yml")], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == APP_ID
    assert [m["name"] for m in shown["modules"]][-1] == "il2desk"


def fake_bundle(folder: Path) -> Path:
    """A stand-in for the PyInstaller bundle: `il2desk` runs this checkout's il2desk."""
    (folder / "_internal").mkdir(parents=True)
    program = folder / "il2desk"
    program.write_text(f'#!/bin/sh\nPYTHONPATH="{ROOT}" exec "{sys.executable}" -m il2desk "$@"\n')
    program.chmod(0o755)
    return folder


def install_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


def test_install_script_installs_and_uninstalls_leaving_only_the_record(tmp_path) -> None:
    need("bash")
    home = tmp_path / "home"
    home.mkdir()
    bundle = fake_bundle(tmp_path / "unpacked" / "il2desk")
    shutil.copy(PACKAGING / "install.sh", bundle / "install.sh")
    env = install_env(home)
    result = subprocess.run(["bash", str(bundle / "install.sh")], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lib = home / ".local" / "lib" / "il2desk"
    assert (lib / "install.sh").is_file()  # so --uninstall works once the tarball is gone
    link = home / ".local" / "bin" / "il2desk"
    assert link.is_symlink() and os.readlink(link) == str(lib / "il2desk")
    share = home / ".local" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert desktop.is_file() and (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size_px in ICON_SIZES_PX:
        assert (share / "icons" / "hicolor" / f"{size_px}x{size_px}" / "apps"
                / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout

    record = share / "il2desk" / "il2desk.sqlite3"  # the patient's data folder
    record.parent.mkdir(parents=True)
    record.write_bytes(b"precious")
    result = subprocess.run(["bash", str(lib / "install.sh"), "--uninstall"], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert record.read_bytes() == b"precious"
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert left == [".local", ".local/share", ".local/share/il2desk",
                    ".local/share/il2desk/il2desk.sqlite3"]


def test_uninstall_in_a_fresh_home_leaves_no_folder_behind(tmp_path) -> None:
    need("bash")
    home = tmp_path / "home"
    home.mkdir()
    bundle = fake_bundle(tmp_path / "bundle")
    script = str(PACKAGING / "install.sh")
    env = install_env(home)
    for args in (["--bundle", str(bundle)], ["--uninstall"]):
        result = subprocess.run(["bash", script, *args], env=env, capture_output=True,
                                text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    assert list(home.iterdir()) == []


def test_uninstall_never_removes_a_folder_that_is_not_ours(tmp_path) -> None:
    need("bash")
    home = tmp_path / "home"
    mine = home / ".local" / "lib" / "il2desk"
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("someone else's")
    result = subprocess.run(["bash", str(PACKAGING / "install.sh"), "--uninstall"],
                            env=install_env(home), capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert (mine / "notes.txt").read_text() == "someone else's"


def test_built_bundle_reports_the_pyproject_version() -> None:
    bundle = ROOT / "dist" / "il2desk" / "il2desk"
    if not os.access(bundle, os.X_OK):
        reason = "no bundle in dist/il2desk (packaging/build.sh builds it)"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    # A bare environment: the bundle must not lean on the virtualenv.
    result = subprocess.run([str(bundle), "--version"], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/")},
                            timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"il2desk {PYPROJECT['project']['version']}"
