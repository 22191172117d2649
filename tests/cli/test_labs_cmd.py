"""`il2desk labs add | list` as a user types them (issue 19)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import a_course, a_record

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date.today()


def labs(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "il2desk", "labs", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=60, cwd=ROOT)


def count(data_dir: Path) -> int:
    files = list(data_dir.rglob("il2desk.sqlite3"))
    if not files:
        return 0
    with sqlite3.connect(files[0]) as conn:
        return conn.execute("SELECT COUNT(*) FROM lab_results").fetchone()[0]


def test_add_and_list_say_whether_each_counts_in_the_trend(tmp_path):
    with a_record(tmp_path) as ctx:  # a course that ended 10 days ago (rule R16)
        a_course(ctx, start=TODAY - dt.timedelta(days=14), zone="UTC", recorded_after=True,
                 created_utc=dt.datetime.now(dt.UTC))
    old = (TODAY - dt.timedelta(days=40)).isoformat()
    soon = (TODAY - dt.timedelta(days=3)).isoformat()
    first = labs(tmp_path, "add", "--date", old, "--cd4", "640", "--cd4-percent", "31",
                 "--below-limit", "--note", "routine")
    assert first.returncode == 0, first.stderr
    assert "counts in the trend" in first.stdout
    second = labs(tmp_path, "add", "--date", soon, "--cd4", "900", "--viral-load", "4000")
    assert second.returncode == 0, second.stderr
    assert "not counted in the trend" in second.stdout and "after the last" in second.stdout
    assert "A short rise of viral load soon after a course is common" in second.stdout  # R22
    third = labs(tmp_path, "add", "--date", old, "--viral-load", "1 200")
    assert "no CD4 count" in third.stdout
    listing = labs(tmp_path, "list")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert len(lines) == 3
    assert "640 cells/µL" in lines[0] and "31 %" in lines[0] and "undetectable" in lines[0]
    assert lines[0].endswith("counts in the trend.")
    assert "4000 copies/mL" in lines[2] and "not counted in the trend" in lines[2]


@pytest.mark.parametrize(("args", "words"), [
    (("--date", "5 May"), "is not a date"),
    (("--date", "2026-01-01"), "at least one result"),
    (("--date", "2026-01-01", "--cd4", "-3"), "below zero"),
    (("--date", "2026-01-01", "--cd4", "4.5"), "whole number"),
    (("--date", "2026-01-01", "--cd4-percent", "140"), "over 100"),
    (("--date", "2199-01-01", "--cd4", "400"), "in the future"),
    (("--date", "2026-01-01", "--viral-load", "lots"), "whole number"),
    (("--date", "2026-01-01", "--cd4", "400", "--note", "x" * 301), "under 300"),
])
def test_bad_input_is_one_plain_line_and_stores_nothing(tmp_path, args, words):
    result = labs(tmp_path, "add", *args)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert count(tmp_path) == 0


def test_viral_load_and_below_limit_exclude_each_other(tmp_path):
    result = labs(tmp_path, "add", "--date", "2026-01-01", "--viral-load", "50",
                  "--below-limit")
    assert result.returncode == 2 and count(tmp_path) == 0
