"""Damaged and hostile record files on the command line (issue 21).

Table-driven: each case prepares the data folder, runs real `il2desk` processes and
compares the record's bytes before and after. One plain line, exit 1, no traceback.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from il2desk.storage.migrations import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[2]


def il2desk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "il2desk", *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


def make_record(data_dir: Path) -> Path:
    result = il2desk("--data-dir", str(data_dir), "course", "list")
    assert result.returncode == 0, result.stderr
    return data_dir / "il2desk.sqlite3"


def foreign(path: Path, app_id: int, user_version: int) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:12288] = os.urandom(8192)  # the pages after the first
    path.write_bytes(bytes(data))


def newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


CASES = {
    "not sqlite": (lambda p: p.write_text("my diary, in plain text"), "not a record file"),
    "another program, its id": (lambda p: foreign(p, 0x50484F54, 3), "another program"),
    "another program, no id": (lambda p: foreign(p, 0, LATEST_VERSION), "another program"),
    "damaged pages": (damage, "damaged"),
    "newer il2desk": (newer, "newer version"),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", [["course", "list"], ["export-csv", "--diary", "{out}"],
                                     ["backup", "{out}"]])
def test_a_record_that_is_not_usable_is_refused_untouched(tmp_path, case, command):
    data_dir = tmp_path / "data"
    record = make_record(data_dir)
    prepare, words = CASES[case]
    prepare(record)
    before = record.read_bytes()
    out = tmp_path / "out.file"
    result = il2desk("--data-dir", str(data_dir), *[a.format(out=out) for a in command])
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert words in lines[0]
    assert record.read_bytes() == before
    assert not out.exists()
    # (SQLite's read-only check of a WAL record may leave an empty -wal: never content)
    wal = record.with_name(record.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.mark.parametrize("app_id, user_version", [(0x50484F54, 0), (0x50484F54, 3), (0, 0),
                                                  (0, 2), (0, LATEST_VERSION)])
def test_restore_refuses_another_programs_file(tmp_path, app_id, user_version):
    data_dir = tmp_path / "data"
    record = make_record(data_dir)
    before = record.read_bytes()
    other = tmp_path / "photos.db"
    foreign(other, app_id, user_version)
    other_before = other.read_bytes()
    result = il2desk("--data-dir", str(data_dir), "restore", str(other))
    assert result.returncode != 0
    assert "Nothing was changed" in result.stderr
    assert "Restored" not in result.stdout
    assert record.read_bytes() == before and other.read_bytes() == other_before
    # and the record still works afterwards
    assert il2desk("--data-dir", str(data_dir), "course", "list").returncode == 0
