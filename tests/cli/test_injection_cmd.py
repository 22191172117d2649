"""`il2desk injection give` / `injection miss` as a user types them (issue 20, rule S1)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import a_plan, a_record

ROOT = Path(__file__).resolve().parents[2]
# The command reads the real wall clock, so the course is planned three days back: every
# injection time used below is in the past.
START = dt.date.today() - dt.timedelta(days=3)
DAY1 = START.isoformat()
DAY2 = (START + dt.timedelta(days=1)).isoformat()


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "il2desk", "injection", *args, "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=60, cwd=ROOT)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    with a_record(tmp_path, default_zone="Europe/Paris") as ctx:
        ctx.course_service.create_course(a_plan(start=START))
    return tmp_path


def rows(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(data_dir / "il2desk.sqlite3") as conn:
        return conn.execute(
            "SELECT seq, status, site_code, spacing_confirmed, missed_reason "
            "FROM injections ORDER BY seq").fetchall()


def test_give_prints_which_injection_and_stores_it(data_dir):
    result = run(data_dir, "give", "--course", "1", "--at", f"{DAY1} 08:05",
                 "--site", "Left thigh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Recorded the morning injection of day 1 of course 1")
    assert "as given at" in result.stdout and f"{DAY1} 08:05" in result.stdout
    assert "Left thigh" in result.stdout
    assert rows(data_dir)[0][:4] == (1, "done", "thigh-left", 0)

    evening = run(data_dir, "give", "--course", "1", "--at", f"{DAY1} 21:40")
    assert evening.returncode == 0, evening.stderr
    assert "the evening injection of day 1" in evening.stdout
    assert "late by 1 h 40 min" in evening.stdout
    assert rows(data_dir)[1][1] == "done"
    assert rows(data_dir)[1][2] == "abdomen-upper-left"  # the suggested site (rule R12)


def test_a_second_dose_minutes_later_is_refused_then_confirmed(data_dir):
    assert run(data_dir, "give", "--course", "1", "--at", f"{DAY1} 08:05").returncode == 0
    before = rows(data_dir)
    refused = run(data_dir, "give", "--course", "1", "--at", f"{DAY1} 08:30")
    assert refused.returncode == 2
    assert refused.stdout == ""
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1  # one plain line
    assert "Not recorded" in lines[0] and "08:05" in lines[0] and "20:00" in lines[0]
    assert "the evening injection of day 1" in lines[0]
    assert "Traceback" not in refused.stderr
    assert rows(data_dir) == before  # nothing stored

    confirmed = run(data_dir, "give", "--course", "1", "--at", f"{DAY1} 08:30",
                    "--confirm-spacing")
    assert confirmed.returncode == 0, confirmed.stderr
    assert "the evening injection of day 1" in confirmed.stdout
    assert "early by 11 h 30 min" in confirmed.stdout and "spacing confirmed" in confirmed.stdout
    assert rows(data_dir)[1][1] == "done" and rows(data_dir)[1][3] == 1


def test_miss_records_the_due_injection_with_the_reason(data_dir):
    result = run(data_dir, "miss", "--course", "1", "--at", f"{DAY2} 08:20",
                 "--reason", "fever all night")
    assert result.returncode == 0, result.stderr
    # day 1's two injections are past their windows; day 2's morning is the one due
    assert "the morning injection of day 2" in result.stdout and "missed" in result.stdout
    assert rows(data_dir)[2][1] == "missed" and rows(data_dir)[2][4] == "fever all night"


@pytest.mark.parametrize(("args", "needle"), [
    (("give", "--course", "9"), "There is no course number 9"),
    (("give", "--course", "1", "--at", "tomorrow"), "is not a date and time"),
    (("give", "--course", "1", "--at", "2999-01-01 08:00"), "still to come"),
    (("give", "--course", "1", "--site", "elbow"), "is not a site"),
    (("miss", "--course", "1", "--reason", "  "), "Please give a reason"),
])
def test_bad_input_is_one_line_exit_2_and_nothing_stored(data_dir, args, needle):
    before = rows(data_dir)
    result = run(data_dir, *args)
    assert result.returncode == 2
    assert needle in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert rows(data_dir) == before
