"""Every package carries the Spanish translation (issue 22).

The compiled translation (.qm) is committed beside its source (.ts), so a wheel or an
sdist needs no Qt tool to carry it; the first test fails when the two disagree (run
`scripts/build-translations.sh` and commit the .qm). The slow test builds the sdist and
the wheel as a user's `python -m build` would, from a copy of the checkout, installs the
wheel into a fresh virtual environment (no system site-packages) and starts it in Spanish.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import textwrap
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
REBUILD = "run scripts/build-translations.sh and commit resources/i18n/*.qm"


def finished_messages(ts: Path) -> list[tuple[str, str, str, int]]:
    """(context, source, translation, n) of every finished message; a plural gives one
    entry per form, with a count that picks it (1, then 2: English and Spanish)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                    "unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            forms = translation.findall("numerusform")  # a plural, seen as one or not
            if forms:
                for n, form in enumerate(forms, start=1):
                    found.append((name, source, form.text or "", n))
            else:
                found.append((name, source, translation.text or "", -1))
    return found


@pytest.mark.parametrize("ts", sorted(I18N.glob("il2desk_*.ts")), ids=lambda p: p.name)
def test_the_committed_qm_says_what_its_ts_says(ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} is missing: {REBUILD}"
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    messages = finished_messages(ts)
    # The whole program, not a stub (English, the source language, has only plurals).
    assert len(messages) > (10 if ts.name == "il2desk_en.ts" else 500)
    differ = [(context, source) for context, source, text, n in messages
              if translator.translate(context, source, None, n) != text]
    assert differ == [], f"{len(differ)} messages differ, e.g. {differ[:3]}: {REBUILD}"


def checkout_copy(destination: Path) -> Path:
    """The files a fresh clone would have (tracked, plus new files not ignored)."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: cannot tell which files a clone would have")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():  # (a file deleted but not yet committed is skipped)
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return destination


def build(source: Path, out: Path, *kinds: str) -> Path:
    # No isolation: the build tools come from this environment (pyproject's dev extras),
    # so the test needs no network.
    result = subprocess.run([sys.executable, "-m", "build", "--no-isolation", *kinds,
                             "-o", str(out), str(source)],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "SetuptoolsDeprecationWarning" not in result.stdout + result.stderr
    return out


def wheel_contents(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


# Runs the installed il2desk as `il2desk` would (its main()), and prints the main
# window's menu titles once it is painted.
_START_AND_SHOW_MENUS = textwrap.dedent("""
    import sys
    import il2desk
    from il2desk.ui import first_paint
    from PySide6.QtWidgets import QApplication, QMainWindow

    print("package:", il2desk.__file__, flush=True)
    report = first_paint.FirstPaintProbe._report_and_quit

    def report_with_menus(self):
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QMainWindow) and window.isVisible():
                titles = [a.text() for a in window.menuBar().actions()]
                print("menus:", "|".join(titles), flush=True)
        report(self)

    first_paint.FirstPaintProbe._report_and_quit = report_with_menus
    from il2desk.__main__ import main
    sys.exit(main([]))
""")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_the_wheel_from_a_fresh_clone_installs_and_starts_in_spanish(tmp_path) -> None:
    source = checkout_copy(tmp_path / "clone")
    # `python -m build`: the sdist, then the wheel built from that sdist.
    from_sdist = build(source, tmp_path / "from-sdist")
    [sdist] = from_sdist.glob("*.tar.gz")
    [wheel] = from_sdist.glob("*.whl")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for ts in I18N.glob("il2desk_*.ts"):
        assert f"resources/i18n/{ts.name}" in names
        assert f"resources/i18n/{ts.with_suffix('.qm').name}" in names
    assert "resources/linux/org.il2desk.Il2desk.desktop" in names

    # The wheel built straight from the checkout is the same as the one from the sdist.
    direct = build(source, tmp_path / "direct", "--wheel")
    [direct_wheel] = direct.glob("*.whl")
    contents = wheel_contents(wheel)
    assert contents == wheel_contents(direct_wheel)
    data = f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.data/data/share/il2desk"
    for qm in I18N.glob("il2desk_*.qm"):
        assert contents[f"{data}/resources/i18n/{qm.name}"] == qm.read_bytes()
    assert f"{data}/resources/linux/org.il2desk.Il2desk.metainfo.xml" in contents
    metadata = contents[next(n for n in contents if n.endswith(".dist-info/METADATA"))]
    assert b"\nLicense-Expression: GPL-3.0-or-later\n" in metadata

    # A fresh virtual environment, as pipx makes: none of this machine's site-packages.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
         str(wheel)], capture_output=True, text=True, timeout=240, check=False)
    assert installed.returncode == 0, installed.stderr[-3000:]

    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "es_ES.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "IL2DESK_QUIT_AFTER_PAINT": "1"}
    version = subprocess.run([str(venv / "bin" / "il2desk"), "--version"], env=env,
                             capture_output=True, text=True, timeout=60, check=False)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("il2desk ")
    started = subprocess.run([str(python), "-c", _START_AND_SHOW_MENUS], env=env,
                             cwd=home, capture_output=True, text=True, timeout=120,
                             check=False)
    assert started.returncode == 0, started.stderr[-3000:]
    lines = started.stdout.splitlines()
    package = next(line for line in lines if line.startswith("package: "))
    assert package.startswith(f"package: {venv}"), package  # not the checkout's copy
    assert "menus: &Archivo|&Ir|A&yuda" in lines, lines
    assert "il2desk-first-paint" in lines
    assert (home / ".local" / "share" / "il2desk" / "il2desk.sqlite3").is_file()
