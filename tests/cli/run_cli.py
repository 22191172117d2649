"""Run `il2desk course ...` as a real process on a data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "il2desk", "course", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=60, cwd=ROOT)
