"""SIGTERM (a desktop logging out) closes il2desk cleanly, like Quit (issue 21)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix",
                                reason="needs SIGTERM")


def test_sigterm_quits_like_quit_and_closes_the_record(tmp_path):
    data_dir = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    app = subprocess.Popen([sys.executable, "-m", "il2desk", "--data-dir", str(data_dir)],
                           cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    try:
        record = data_dir / "il2desk.sqlite3"
        wal = data_dir / "il2desk.sqlite3-wal"
        deadline = time.monotonic() + 30
        while not wal.exists() and time.monotonic() < deadline:  # the record is open
            time.sleep(0.1)
        assert wal.exists(), app.stderr.read() if app.poll() is not None else "not open"
        time.sleep(3)  # the start-up steps after the first paint have run (fallback 1.5 s)
        app.send_signal(signal.SIGTERM)
        code = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert code == 0, app.stderr.read()  # not killed by the signal (-15)
    # Closed cleanly: SQLite merged and removed its journal; the lock is released.
    assert not wal.exists()
    assert record.exists()
    assert not (data_dir / "il2desk.lock").exists()
