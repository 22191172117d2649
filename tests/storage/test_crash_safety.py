"""Kill a writer with SIGKILL at random moments: the record stays whole, and every
write it reported as committed is there (WAL + synchronous=FULL + transactions)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = 50
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_sigkill_never_loses_a_committed_write(tmp_path):
    rng = random.Random(20261125)
    data = tmp_path / "data"
    committed: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _round in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "storage" / "crash_writer.py"), str(data)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        # Wait until it writes at all, then kill it a random moment later.
        first = proc.stdout.readline()
        assert first, proc.stderr.read()
        committed.add(int(first))
        time.sleep(rng.uniform(0.0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate()
        committed.update(int(line) for line in out.split() if line.strip().isdigit())

        conn = sqlite3.connect(data / "il2desk.sqlite3")
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {int(note.removeprefix("entry-")) for (note,) in
                       conn.execute("SELECT note FROM diary_entries")}
        finally:
            conn.close()
        missing = committed - present
        assert not missing, f"committed writes lost after a kill: {sorted(missing)[:10]}"
    assert len(committed) > KILLS
