"""`il2desk course stop | cancel | show` as a user types them (issue 19, rule R17)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tests.builders import a_course, a_record, given
from tests.cli.run_cli import run

# The command reads the real wall clock, so the course is placed around today.
TODAY = dt.date.today()


def _record(data_dir, start: dt.date, count: int) -> int:
    with a_record(data_dir) as ctx:
        course_id = a_course(ctx, start=start, zone="UTC", dose_miu="6",
                             created_utc=dt.datetime.now(dt.UTC) - dt.timedelta(days=10))
        given(ctx, course_id, count)
        return course_id


def _states(data_dir) -> list[tuple[str, str]]:
    [path] = list(data_dir.rglob("il2desk.sqlite3"))
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT c.status, i.status FROM injections i JOIN courses c "
                            "ON c.id = i.course_id ORDER BY i.seq").fetchall()


@pytest.fixture
def begun(tmp_path):
    # Began 2 days ago: injections 1 to 4 given, the rest still planned.
    return _record(tmp_path, TODAY - dt.timedelta(days=2), count=4)


def test_stop_keeps_given_marks_rest_not_given(tmp_path, begun):
    at = f"{TODAY - dt.timedelta(days=1):%Y-%m-%d} 21:00"
    result = run(tmp_path, "stop", str(begun), "--reason", "side-effects", "--at", at)
    assert result.returncode == 0, result.stderr
    assert "stopped early (side effects)" in result.stdout
    assert "4 given (kept), 6 not given" in result.stdout
    assert "hard to tolerate" in result.stdout and "discuss it with your doctor" in result.stdout
    states = _states(tmp_path)
    assert [s for _c, s in states] == ["done"] * 4 + ["not_given"] * 6
    assert {c for c, _s in states} == {"stopped"}
    shown = run(tmp_path, "show", str(begun))
    assert shown.returncode == 0, shown.stderr
    assert f"stopped early (side effects) on {TODAY - dt.timedelta(days=1):%a %Y-%m-%d} 21:00" \
        in shown.stdout
    lines = [line for line in shown.stdout.splitlines() if line.startswith("  ")]
    assert len(lines) == 10
    assert lines[0].endswith("given at 08:00") and "not given (course stopped)" in lines[9]
    listing = run(tmp_path, "list")
    assert "stopped early (side effects)" in listing.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("--reason", "tired"), "please write one of side-effects, infection, doctor, other"),
    (("--reason", "doctor", "--at", "yesterday"), "is not a moment"),
    (("--reason", "doctor", "--at", "2099-01-01 10:00"), "cannot be in the future"),
    (("--reason", "doctor", "--at", "2001-01-01 10:00"), "before the course began"),
])
def test_bad_stop_is_one_plain_line_and_stores_nothing(tmp_path, begun, args, words):
    before = _states(tmp_path)
    result = run(tmp_path, "stop", str(begun), *args)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert _states(tmp_path) == before


def test_no_such_course(tmp_path, begun):
    for args in (("stop", "9", "--reason", "other"), ("cancel", "9"), ("show", "9"),
                 ("show", "one")):
        result = run(tmp_path, *args)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1


def test_cancel_only_before_it_began(tmp_path, begun):
    refused = run(tmp_path, "cancel", str(begun))
    assert refused.returncode == 2 and "stop it instead" in refused.stderr
    later = _record(tmp_path, TODAY + dt.timedelta(days=20), count=0)
    result = run(tmp_path, "cancel", str(later))
    assert result.returncode == 0, result.stderr
    assert "cancelled" in result.stdout
    again = run(tmp_path, "stop", str(later), "--reason", "other")
    assert again.returncode == 2 and "was cancelled" in again.stderr
    assert "cancelled" in run(tmp_path, "show", str(later)).stdout


# -- rule R18: the doctor's regimen on the command line --------------------------------

def test_new_once_daily_shortened_course(tmp_path):
    start = (TODAY + dt.timedelta(days=30)).isoformat()
    result = run(tmp_path, "new", "--start", start, "--dose-miu", "4.5", "--days", "3",
                 "--per-day", "1", "--time", "21:00", "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    assert "3 days of one injection" in result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(lines) == 3 and all("21:00" in line for line in lines)


@pytest.mark.parametrize(("args", "words"), [
    (("--days", "three"), "“three” is not a whole number"),
    (("--days", "9"), "only for a low daily dose"),
    (("--per-day", "3"), "please give 1 to 2"),
    (("--time", "21:00"), "please also give --per-day 1"),
    (("--per-day", "1", "--time", "25:00"), "is not a time"),
])
def test_bad_regimen_is_one_line_and_stores_nothing(tmp_path, args, words):
    start = (TODAY + dt.timedelta(days=30)).isoformat()
    result = run(tmp_path, "new", "--start", start, "--dose-miu", "4.5", "--tz", "UTC", *args)
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    files = list(tmp_path.rglob("il2desk.sqlite3"))
    if files:
        with sqlite3.connect(files[0]) as conn:
            assert conn.execute("SELECT COUNT(*) FROM courses").fetchone()[0] == 0


# -- rule R4: the interval on the command line ------------------------------------------

def test_a_start_sooner_than_the_interval_needs_confirm_interval(tmp_path):
    first = TODAY + dt.timedelta(days=30)
    result = run(tmp_path, "new", "--start", first.isoformat(), "--dose-miu", "4.5",
                 "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    soon = (first + dt.timedelta(days=21)).isoformat()
    refused = run(tmp_path, "new", "--start", soon, "--dose-miu", "4.5", "--tz", "UTC")
    assert refused.returncode == 2
    line = refused.stderr.strip()
    assert len(line.splitlines()) == 1
    assert "21 days after the course that began on" in line and "8 weeks" in line
    assert "add --confirm-interval to confirm" in line and "tick the box" not in line
    files = list(tmp_path.rglob("il2desk.sqlite3"))
    with sqlite3.connect(files[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM courses").fetchone()[0] == 1
    confirmed = run(tmp_path, "new", "--start", soon, "--dose-miu", "4.5", "--tz", "UTC",
                    "--confirm-interval")
    assert confirmed.returncode == 0, confirmed.stderr


def test_blood_work_already_due_is_asked_for_as_soon_as_possible(tmp_path):
    soon = (TODAY + dt.timedelta(days=5)).isoformat()
    result = run(tmp_path, "new", "--start", soon, "--dose-miu", "4.5", "--tz", "UTC")
    assert result.returncode == 0, result.stderr
    assert "as soon as possible, before the course starts" in result.stdout


# -- rule R2 on the command line (issue 19) --------------------------------------------

@pytest.mark.parametrize(("dose", "words"), [
    ("9", "Is 9 million units the dose per injection or per day?"),
    ("15", "Is 15 million units the dose per injection or per day?"),
    ("4.55555555555555555555", "at most two decimals"),
])
def test_dose_question_and_decimals(tmp_path, dose, words):
    start = (TODAY + dt.timedelta(days=30)).isoformat()
    result = run(tmp_path, "new", "--start", start, "--dose-miu", dose, "--tz", "UTC")
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "4.55555555555555555555" not in result.stderr  # never echoed back
    if "per day" in words:
        assert "add --confirm-dose to confirm" in result.stderr
        confirmed = run(tmp_path, "new", "--start", start, "--dose-miu", dose, "--tz", "UTC",
                        "--confirm-dose")
        assert confirmed.returncode == 0, confirmed.stderr
