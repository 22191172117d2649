"""The record held by another program for a long time (issue 21): the command line
and the window wait a reasonable time (BUSY_TIMEOUT_MS), then say so plainly."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from il2desk.storage.database import BUSY_TIMEOUT_MS

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")  # the write lock, kept until told
conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def held_record(tmp_path):
    data_dir = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "il2desk", "--data-dir", str(data_dir),
                             "course", "list"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    holder = subprocess.Popen([sys.executable, "-c", HOLDER,
                               str(data_dir / "il2desk.sqlite3")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    try:
        yield data_dir
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_the_command_line_waits_then_says_the_record_is_busy(held_record):
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "il2desk", "--data-dir", str(held_record), "course", "new",
         "--start", "2027-03-10", "--dose-miu", "4.5"],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    waited = time.monotonic() - started
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert "busy" in lines[0] and "nothing was saved" in lines[0]
    assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.9  # it did wait first
    conn = sqlite3.connect(held_record / "il2desk.sqlite3")
    assert conn.execute("SELECT count(*) FROM courses").fetchone()[0] == 0
    conn.close()


def test_the_window_says_it_plainly_instead_of_something_went_wrong(qapp, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from il2desk.ui.errors import install_exception_hook

    old_hook = sys.excepthook
    install_exception_hook(tmp_path / "log.txt")
    try:
        sys.excepthook(sqlite3.OperationalError, sqlite3.OperationalError(
            "database is locked"), None)
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes and "busy" in boxes[-1].text()
        assert "Something went wrong" not in boxes[-1].text()
        for box in boxes:
            box.close()
    finally:
        sys.excepthook = old_hook
