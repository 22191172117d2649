"""Helpers for tests of odd, damaged and read-only record places (issue 21).

Root ignores file permissions: a command or window run "as an ordinary user" is run,
when the tests are root, through `setpriv` without the capabilities that bypass them
(it then meets a 0400 record as any owner does). The window is started through the
real start-up path (`python -m il2desk --data-dir …`, quitting after its first paint)
by tests/window_probe.py, which answers every message box and reports what it showed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = Path(__file__).resolve().with_name("window_probe.py")


def as_ordinary_user() -> list[str]:
    """Root without the powers that ignore file permissions: it then meets them as any
    owner does (a 0400 record cannot be written), and can still read the checkout and
    its virtual environment wherever they are (a 0700 temporary folder included)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def il2desk(*args: str, user: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """`il2desk ARGS` as a real process."""
    return subprocess.run([*(user or []), sys.executable, "-m", "il2desk", *args],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "HOME": tempfile.gettempdir()})


def open_window(data_dir: Path, user: list[str] | None = None) -> dict:
    """Start the window on `data_dir` (offscreen) as the program starts it, and report:
    {"boxes": [message texts], "window": {...} or None, "exit": code, "stderr": ...}."""
    env = {**os.environ, "HOME": tempfile.gettempdir(), "QT_QPA_PLATFORM": "offscreen",
           "IL2DESK_QUIT_AFTER_PAINT": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([*(user or []), sys.executable, str(PROBE), str(data_dir)],
                            capture_output=True, text=True, timeout=90, cwd=ROOT, env=env)
    report: dict = {"boxes": [], "window": None, "exit": None, "stderr": result.stderr}
    for line in result.stdout.splitlines():
        if not line.startswith("{"):
            continue
        item = json.loads(line)
        if "box" in item:
            report["boxes"].append(item["box"])
        elif "window" in item:
            report["window"] = item["window"]
        elif "exit" in item:
            report["exit"] = item["exit"]
    assert report["exit"] is not None, (result.returncode, result.stdout, result.stderr)
    return report


def sha256(path: Path) -> str | None:
    """The file's fingerprint (None when there is no file there)."""
    if not path.is_file():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_folder() -> Path:
    """A folder of the test's own, outside pytest's root-only tmp folder."""
    folder = Path(tempfile.mkdtemp(prefix="il2desk-place-"))
    folder.chmod(0o755)
    return folder


@contextmanager
def read_only_tmpfs(mount_point: Path, fill: Callable[[Path], object]) -> Iterator[Path]:
    """A small tmpfs mounted at `mount_point`, filled by `fill(mount_point)`, then made
    read-only; unmounted afterwards. The test is skipped where no tmpfs can be mounted."""
    mount_point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                      capture_output=True).returncode != 0:
        pytest.skip("no tmpfs can be mounted here")
    try:
        fill(mount_point)
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def remove_user_folder(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def assert_one_line(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    """Exit `code`, one line on stderr holding `words`, never a traceback."""
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
