"""`il2desk course new` / `course list` as a real process (issue 4)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from tests.cli.run_cli import run

# The command reads the real wall clock (SystemClock), so dates are chosen relative to
# today rather than fixed.
TODAY = dt.date.today()
FUTURE = TODAY + dt.timedelta(days=30)


def count_courses(data_dir: Path) -> int:
    files = list(data_dir.rglob("il2desk.sqlite3"))
    if not files:
        return 0
    with sqlite3.connect(files[0]) as conn:
        return conn.execute("SELECT COUNT(*) FROM courses").fetchone()[0]


def test_new_prints_ten_injections_and_list_shows_it(tmp_path):
    result = run(tmp_path, "new", "--start", FUTURE.isoformat(), "--dose-miu", "4.5",
                 "--morning", "08:00", "--evening", "20:00", "--tz", "Europe/Paris")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(lines) == 10  # rule R1
    assert "08:00 morning" in lines[0] and "20:00 evening" in lines[1]
    assert "4.5 million units per injection" in result.stdout  # rule D4
    assert "Pre-filled" in result.stdout
    assert count_courses(tmp_path) == 1
    listing = run(tmp_path, "list")
    assert listing.returncode == 0
    assert FUTURE.isoformat() in listing.stdout and "0 of 10 done" in listing.stdout


def test_vial_prints_volume_and_mark(tmp_path):  # rule D3
    result = run(tmp_path, "new", "--start", FUTURE.isoformat(), "--dose-miu", "4.5",
                 "--concentration", "18", "--syringe", "u100-0.5", "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    assert "0.25 mL" in result.stdout and "the 25-unit mark" in result.stdout


def test_dst_note_in_the_listing(tmp_path):  # rule T1
    year = TODAY.year + 1
    # Second Sunday of March in New York: clocks go forward at 02:00.
    first = dt.date(year, 3, 1)
    sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7)
    start = sunday - dt.timedelta(days=4)
    result = run(tmp_path, "new", "--start", start.isoformat(), "--dose-miu", "4.5",
                 "--morning", "02:30", "--evening", "14:30", "--tz", "America/New_York")
    assert result.returncode == 0, result.stderr
    assert "03:30 morning  (clocks change that night: moved forward)" in result.stdout


def test_typo_guard_needs_confirm_dose(tmp_path):  # rule R2
    args = ("new", "--start", FUTURE.isoformat(), "--dose-miu", "45", "--tz", "UTC")
    refused = run(tmp_path, *args)
    assert refused.returncode != 0
    assert "--confirm-dose" in refused.stderr
    assert count_courses(tmp_path) == 0
    assert run(tmp_path, *args, "--confirm-dose").returncode == 0


@pytest.mark.parametrize(("extra", "expected"), [
    (("--start", (TODAY - dt.timedelta(days=3)).isoformat()), "past"),
    (("--morning", "20:00", "--evening", "08:00"), "later in the day"),
    (("--morning", "08:00", "--evening", "12:00"), "8 hours"),
    (("--tz", "Mars/Olympus"), "time zone"),
    (("--start", "2027-02-30"), "not a date"),
    (("--dose-miu", "four"), "Dose"),
    (("--concentration", "18"), "--syringe"),
    (("--syringe", "u100-1"), "--concentration"),
])
def test_refusals_write_nothing(tmp_path, extra, expected):
    args = {"--start": FUTURE.isoformat(), "--dose-miu": "4.5", "--tz": "UTC"}
    for flag, value in zip(extra[::2], extra[1::2], strict=True):
        args[flag] = value
    flat = [item for pair in args.items() for item in pair]
    result = run(tmp_path, "new", *flat)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one line
    assert result.stdout == ""
    assert count_courses(tmp_path) == 0


def test_overlap_is_refused(tmp_path):
    ok = run(tmp_path, "new", "--start", FUTURE.isoformat(), "--dose-miu", "4.5", "--tz", "UTC")
    assert ok.returncode == 0
    second = run(tmp_path, "new", "--start", (FUTURE + dt.timedelta(days=2)).isoformat(),
                 "--dose-miu", "4.5", "--tz", "UTC")
    assert second.returncode == 2
    assert "overlap" in second.stderr
    assert count_courses(tmp_path) == 1


def test_list_without_courses(tmp_path):
    result = run(tmp_path, "list")
    assert result.returncode == 0
    assert "No courses yet" in result.stdout


def test_vial_says_the_dose_the_rounded_mark_really_gives(tmp_path):  # rule D3
    result = run(tmp_path, "new", "--start", FUTURE.isoformat(), "--dose-miu", "4.7",
                 "--concentration", "18", "--syringe", "u100-0.5", "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    assert "the 26-unit mark" in result.stdout
    assert ("That mark gives 4.68 million units (difference from your dose of 4.7 million "
            "units: -0.4 %).") in result.stdout
