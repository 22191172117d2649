"""`il2desk --version` and `--help` (run as a real process, as a user would)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def test_version_is_the_one_in_pyproject():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"il2desk {version}"


def test_help_lists_the_options():
    result = run("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "--version" in result.stdout
