"""Kill a writer with SIGKILL at random moments: the record stays whole, and every
write it reported as committed is there (WAL + synchronous=FULL + transactions).

The writer (crash_writer.py) saves through the program's own repositories and
reports the durability settings its connection really has.
"""

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


def read_reports(lines: list[str], reported: dict[str, set[int]]) -> None:
    for line in lines:
        kind, _, value = line.strip().partition(" ")
        if kind in reported and value.isdigit():
            reported[kind].add(int(value))


def test_sigkill_never_loses_a_committed_write(tmp_path):
    rng = random.Random(20261125)
    data = tmp_path / "data"
    reported: dict[str, set[int]] = {"diary": set(), "course": set(), "injection": set()}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _round in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "storage" / "crash_writer.py"), str(data)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        # The durability the record relies on: FULL (2) sync of the WAL at each commit.
        settings = proc.stdout.readline().split()
        assert settings == ["settings", "2", "wal"], (settings, proc.stderr.read())
        # Wait until it has committed something, then kill it a random moment later.
        first = proc.stdout.readline()
        assert first.startswith("diary "), proc.stderr.read()
        read_reports([first], reported)
        time.sleep(rng.uniform(0.0, 0.08))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate()
        read_reports(out.splitlines(), reported)

        conn = sqlite3.connect(f"{(data / 'il2desk.sqlite3').as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {
                "diary": {r[0] for r in conn.execute("SELECT id FROM diary_entries")},
                "course": {r[0] for r in conn.execute("SELECT id FROM courses")},
                "injection": {r[0] for r in conn.execute(
                    "SELECT id FROM injections WHERE status = 'done'")},
            }
        finally:
            conn.close()
        for kind, ids in reported.items():
            missing = ids - present[kind]
            assert not missing, f"reported {kind} writes lost: {sorted(missing)[:10]}"
    # Each round reported at least one write, so the checks above checked something.
    assert len(reported["diary"]) >= KILLS and reported["injection"]
