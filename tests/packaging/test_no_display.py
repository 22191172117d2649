"""Started with no screen at all, il2desk says so in one line and exits 1 (issue 22):
no Qt abort, and no data folder made for nothing. The commands that need no screen
still work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from il2desk.__main__ import NO_DISPLAY_MESSAGE

ROOT = Path(__file__).resolve().parents[2]
SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_without_screen(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {name: value for name, value in os.environ.items()
           if name not in SCREEN_VARIABLES and not name.startswith("XDG_")}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "il2desk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def files_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


@pytest.mark.parametrize("args", [(), ("--data-dir", "record")])
def test_the_window_without_a_screen_is_one_plain_line_and_exit_1(tmp_path, args):
    home = tmp_path / "home"
    home.mkdir()
    args = tuple(str(home / a) if a == "record" else a for a in args)
    result = run_without_screen(home, *args)
    assert result.returncode == 1  # not 134 (Qt's abort)
    assert result.stderr.splitlines() == [NO_DISPLAY_MESSAGE]
    assert result.stdout == ""
    assert files_under(home) == []  # no data folder, no log, nothing


def test_the_message_is_the_one_the_issue_asks_for():
    assert NO_DISPLAY_MESSAGE == (
        "il2desk needs a desktop session to show its window; `il2desk --help` lists "
        "the commands that work without one")


def test_commands_that_need_no_screen_still_work_without_one(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    version = run_without_screen(home, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("il2desk ")
    helped = run_without_screen(home, "--help")
    assert helped.returncode == 0 and "desktop-entry" in helped.stdout
    listed = run_without_screen(home, "course", "list", "--data-dir", str(tmp_path / "rec"))
    assert listed.returncode == 0, listed.stderr
    assert (tmp_path / "rec").is_dir()  # a command that reads the record did open it
